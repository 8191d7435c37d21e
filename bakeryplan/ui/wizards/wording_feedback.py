"""Live plain-language feedback next to a text editor: length, reading ease, jargon, advice.

The owner writes for staff and customers; the feedback is a gentle nudge, never a gate.
Jargon words are marked inside the editor itself with extra selections, so the text the
owner typed is never changed by the highlighting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from bakeryplan.text.languages import ENGLISH
from bakeryplan.text.translate import translate
from bakeryplan.text.wording_advice import advice_sentence, readability_label
from bakeryplan.ui.wizards.wording_loader import wording

if TYPE_CHECKING:
    from bakeryplan.domain.wording import JargonHit, TextCheck

JARGON_BACKGROUND = QColor("#FFE2A8")
JARGON_UNDERLINE = QColor("#B3261E")
LIVE_DELAY_MS = 120


def jargon_format() -> QTextCharFormat:
    """How a jargon word looks in the editor: a soft background and a wavy underline."""
    fmt = QTextCharFormat()
    fmt.setBackground(JARGON_BACKGROUND)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(JARGON_UNDERLINE)
    fmt.setToolTip(
        translate(
            "WordingFeedback", "A word many readers may not use. Could you say it more simply?"
        )
    )
    return fmt


def highlight_jargon(editor: QPlainTextEdit, hits: Sequence[JargonHit]) -> None:
    """Mark each jargon hit (character offsets into the editor's text) in the editor."""
    selections: list[QTextEdit.ExtraSelection] = []
    length = editor.document().characterCount() - 1
    for hit in hits:
        if not 0 <= hit.start < hit.end <= length:
            continue
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(editor.document())
        cursor.setPosition(hit.start)
        cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = jargon_format()
        selections.append(selection)
    editor.setExtraSelections(selections)


def highlighted_ranges(editor: QPlainTextEdit) -> list[tuple[int, int]]:
    """The (start, end) ranges currently marked as jargon; for tests and screenshots."""
    ranges = []
    for selection in editor.extraSelections():
        if selection.format.hasProperty(QTextFormat.Property.TextUnderlineStyle):
            ranges.append((selection.cursor.selectionStart(), selection.cursor.selectionEnd()))
    return ranges


class WordingFeedback(QWidget):
    """Shows a TextCheck in words and keeps an editor's jargon marks up to date."""

    def __init__(
        self, editor: QPlainTextEdit, parent: QWidget | None = None, *, language: str = ENGLISH
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.language = language  # the plan's: the check reads the text in it
        self.length_label = self._label()
        self.reading_label = self._label()
        self.jargon_label = self._label()
        self.advice_label = self._label()
        self.advice_label.setObjectName("wordingAdvice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(translate("WordingFeedback", "How it reads"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        for label in (self.length_label, self.reading_label, self.jargon_label, self.advice_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIVE_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        editor.textChanged.connect(self._timer.start)

    def _label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def refresh(self) -> None:
        """Check the editor's text now and show the result."""
        self._timer.stop()
        text = self.editor.toPlainText()
        check = wording().check_vision(text, self.language)
        self.show_check(check)
        highlight_jargon(self.editor, check.jargon)

    def show_check(self, check: TextCheck) -> None:
        self.length_label.setText(
            translate("WordingFeedback", "Length: {words} words in {sentences} sentences").format(
                words=check.words, sentences=check.sentences
            )
        )
        if check.reading_ease is None:
            reading = translate("WordingFeedback", "Reading ease: {label}").format(
                label=readability_label(check.readability)
            )
        else:
            reading = translate(
                "WordingFeedback", "Reading ease: {label} ({score:.0f} of 100)"
            ).format(label=readability_label(check.readability), score=check.reading_ease)
        self.reading_label.setText(reading)
        words = sorted({hit.word.lower() for hit in check.jargon})
        if words:
            self.jargon_label.setText(
                translate("WordingFeedback", "Words to say more simply: {words}").format(
                    words=", ".join(words)
                )
            )
        else:
            self.jargon_label.setText(translate("WordingFeedback", "No jargon found."))
        self.advice_label.setText("\n".join(f"• {advice_sentence(line)}" for line in check.advice))
