"""The vision wizard: five short questions, then a draft the owner edits with live feedback.

A blank page is the hardest part of writing a vision, so the wizard asks one question per
page, each with an example, and composes the answers into plain sentences to start from.
Finish adds ONE new vision revision (earlier ones are kept); undo removes just that one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bakeryplan.domain.model import VisionRevision
from bakeryplan.editing.commands import AddVisionRevision
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.languages import language_of
from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.keep_typing import AsksBeforeClosing
from bakeryplan.ui.wizards.finish import push_or_explain, run_editing_wizard
from bakeryplan.ui.wizards.vision_draft import VisionAnswers, compose_vision_draft, example_vision
from bakeryplan.ui.wizards.wording_feedback import WordingFeedback
from bakeryplan.ui.wizards.wording_loader import warm_up


@dataclass(frozen=True)
class Question:
    key: str
    title: str
    question: str
    example: str


def questions() -> tuple[Question, ...]:
    return (
        Question(
            "who",
            translate("VisionWizard", "Who you serve"),
            translate(
                "VisionWizard",
                "Who are your customers? Think of the people who come back every week.",
            ),
            translate(
                "VisionWizard",
                "Families and office workers in Riverside who want good bread before work.",
            ),
        ),
        Question(
            "best",
            translate("VisionWizard", "What you do best"),
            translate("VisionWizard", "What do you do better than anyone nearby?"),
            translate("VisionWizard", "Slow-rising sourdough and a warm welcome at the counter."),
        ),
        Question(
            "known_for",
            translate("VisionWizard", "What you want to be known for"),
            translate(
                "VisionWizard", "When people talk about your business, what should they say?"
            ),
            translate(
                "VisionWizard", "Bread that is still warm at seven, and a name for every regular."
            ),
        ),
        Question(
            "future",
            translate("VisionWizard", "Where you will be in 3 to 5 years"),
            translate(
                "VisionWizard",
                "Picture the business in three to five years. What is true then? Start with 'we'.",
            ),
            translate("VisionWizard", "We run two shops and supply six local cafes."),
        ),
        Question(
            "why",
            translate("VisionWizard", "Why it matters"),
            translate("VisionWizard", "Why does this matter to you, your team and your customers?"),
            translate(
                "VisionWizard",
                "Good bread brings people together, and our team deserves steady work.",
            ),
        ),
    )


def _plain_label(text: str, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
    return label


class QuestionPage(QWizardPage):
    """One question, one example, one answer box; Back and Next keep what was typed."""

    def __init__(
        self, question: Question, number: int, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.setTitle(question.title)
        self.setSubTitle(
            translate(
                "VisionWizard", "Question {number} of {count}. Short and plain is best."
            ).format(number=number, count=count)
        )
        self.answer = QPlainTextEdit()
        self.answer.setObjectName(f"answer_{question.key}")
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(
            translate("VisionWizard", "Write a sentence or two in your own words.")
        )
        self.answer.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(question.question))
        layout.addWidget(self.answer)
        layout.addWidget(
            _plain_label(
                translate("VisionWizard", "For example: {example}").format(
                    example=question.example
                ),
                muted=True,
            )
        )
        layout.addStretch(1)

    def text(self) -> str:
        return self.answer.toPlainText().strip()

    def cleanupPage(self) -> None:
        """Keep the answer when the owner goes Back (Qt would reset it)."""


class DraftPage(QWizardPage):
    """The composed draft in an editor, with live plain-language feedback beside it."""

    def __init__(self, wizard: VisionWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._composed = ""
        self.setTitle(translate("VisionWizard", "Your vision, in your words"))
        self._draft_subtitle = translate(
            "VisionWizard",
            "Here is a draft made from your answers. Change anything; short and plain is best.",
        )
        self.setSubTitle(self._draft_subtitle)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("visionDraft")
        self.editor.setTabChangesFocus(True)
        self.feedback = WordingFeedback(
            self.editor, language=language_of(wizard.document.plan.business.locale)
        )
        self.feedback.setMinimumWidth(220)
        self.feedback.setMaximumWidth(280)
        row = QHBoxLayout()
        row.addWidget(self.editor, 3)
        row.addWidget(self.feedback, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(_plain_label(translate("VisionWizard", "An example from a bakery:")))
        layout.addWidget(_plain_label(example_vision(), muted=True))
        self.editor.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        """Compose the draft again unless the owner has already changed it."""
        composed = compose_vision_draft(self._wizard.answers())
        current = self.editor.toPlainText()
        if not composed and not current:
            vision = self._wizard.document.plan.vision
            composed = vision.text if vision is not None else ""
        if current in ("", self._composed) and composed:
            self.editor.setPlainText(composed)
        self._composed = composed
        if not self.editor.toPlainText().strip():
            self.setSubTitle(
                translate(
                    "VisionWizard",
                    "Write two or three plain sentences: who you serve, what you do best, and "
                    "where the business will be in a few years. Go Back to answer the questions "
                    "and a draft is made for you.",
                )
            )
            self.editor.setPlaceholderText(
                translate("VisionWizard", "Start typing your vision here.")
            )
        else:
            self.setSubTitle(self._draft_subtitle)
        self.feedback.refresh()

    def untouched(self, text: str) -> None:
        """``text`` is in the editor as given, not typed: new answers may replace it."""
        self._composed = text

    def cleanupPage(self) -> None:
        """Keep the draft when the owner goes Back."""

    def isComplete(self) -> bool:
        return bool(self.editor.toPlainText().strip())


class VisionWizard(AsksBeforeClosing, QWizard):
    """Collects answers and a draft; Finish pushes one AddVisionRevision."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        warm_up(language_of(document.plan.business.locale))
        self.document = document
        self.pushed = False
        self.setWindowTitle(translate("VisionWizard", "Write your vision"))
        self.setObjectName("visionWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        asked = questions()
        self.question_pages = {
            q.key: QuestionPage(q, number, len(asked)) for number, q in enumerate(asked, start=1)
        }
        for page in self.question_pages.values():
            self.addPage(page)
        self.draft_page = DraftPage(self)
        self.addPage(self.draft_page)
        current = document.plan.vision
        if current is not None:
            # A revision starts from the vision as it stands: its "why" stays unless changed.
            self.question_pages["why"].answer.setPlainText(current.why)
            self.draft_page.editor.setPlainText(current.text)
            self.draft_page.untouched(current.text)
        self.resize(760, 540)

    def answers(self) -> VisionAnswers:
        pages = self.question_pages
        return VisionAnswers(
            who=pages["who"].text(),
            best=pages["best"].text(),
            known_for=pages["known_for"].text(),
            future=pages["future"].text(),
            why=pages["why"].text(),
        )

    def revision(self) -> VisionRevision:
        """The vision revision the wizard would add now."""
        created = datetime.combine(self.document.today(), datetime.now().time()).replace(
            microsecond=0
        )
        return VisionRevision(
            text=self.draft_page.editor.toPlainText().strip(),
            why=self.answers().why,
            created=created,
        )

    def accept(self) -> None:
        command = AddVisionRevision(self.document, self.revision())
        self.pushed = push_or_explain(self, self.document, command)
        if self.pushed:
            super().accept()


def run_vision_wizard(parent: QWidget | None, document: PlanDocument) -> bool:
    """Run the wizard modally; True when a new vision revision was added."""
    return run_editing_wizard(
        parent,
        document,
        VisionWizard,
        translate(
            "VisionWizard", "This plan is open read-only, so the vision cannot be changed here."
        ),
    )
