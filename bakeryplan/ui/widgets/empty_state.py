"""What an empty tab says: one sentence about what it is for, and the button that fills it.

Laid over a list (or any area) while there is nothing in it, so a new owner never meets
a blank grey box and always sees the next step. The panel says when it is empty through
``is_empty``; the cover follows the document's changes and the area's size.

``EmptyCover`` makes the cover the first time the area is empty: a plan with records
never shows it, and making it asks Qt for the list's viewport, whose first Python wrapper
costs about 10 ms (PySide6 sets up every widget class to find the viewport's type).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QPushButton, QWidget

SENTENCE_WIDTH = 520  # pixels: a comfortable line for one or two sentences
GAP = 16  # between the sentence and its button


class EmptyCover:
    """The ``EmptyState`` of ``area``, made the first time ``is_empty()`` on a refresh."""

    def __init__(
        self,
        area: QWidget,
        sentence: str,
        button_text: str,
        on_click: Callable[[], None],
        is_empty: Callable[[], bool],
        *,
        enabled: bool = True,
    ) -> None:
        self._area = area
        self._sentence = sentence
        self._button_text = button_text
        self._on_click = on_click
        self._is_empty = is_empty
        self._enabled = enabled
        self.state: EmptyState | None = None
        self.refresh()

    def refresh(self) -> None:
        if self.state is not None:
            self.state.refresh()
        elif self._is_empty():
            self.state = EmptyState(
                self._area, self._sentence, self._button_text, self._on_click, self._is_empty
            )
            self.state.button.setEnabled(self._enabled)


class EmptyState(QFrame):
    """A cover over ``area`` (a list's viewport when it is one) while ``is_empty()``."""

    def __init__(
        self,
        area: QWidget,
        sentence: str,
        button_text: str,
        on_click: Callable[[], None],
        is_empty: Callable[[], bool],
    ) -> None:
        host = area.viewport() if isinstance(area, QAbstractScrollArea) else area
        super().__init__(host)
        self.setObjectName("emptyState")
        self._host = host
        self._is_empty = is_empty
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.sentence = QLabel(self)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setText(sentence)
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.sentence.setFont(font)
        self.button = QPushButton(button_text, self)
        self.button.setAccessibleName(button_text.replace("&", "").rstrip("…"))
        self.button.clicked.connect(lambda _checked=False: on_click())
        host.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        """Cover the area; the sentence as wide as reads well, the button under it, both
        a little above the middle (placed here: the cover is no part of a layout)."""
        area = self._host.rect()
        self.setGeometry(area)
        width = max(120, min(SENTENCE_WIDTH, area.width() - 48))
        height = self.sentence.heightForWidth(width)
        button = self.button.sizeHint()
        total = height + GAP + button.height()
        top = max(12, (area.height() - total) * 2 // 5)
        self.sentence.setGeometry((area.width() - width) // 2, top, width, height)
        self.button.setGeometry(
            (area.width() - button.width()) // 2,
            top + height + GAP,
            button.width(),
            button.height(),
        )

    def refresh(self) -> None:
        """Shown, covering the area, exactly while the panel has nothing to list."""
        empty = self._is_empty()
        if empty:
            self._place()
            self.raise_()
        self.setVisible(empty)
