"""What an empty tab says: one sentence about what it is for, and the button that fills it.

Laid over a list (or any area) while there is nothing in it, so a new owner never meets
a blank grey box and always sees the next step. The panel says when it is empty through
``is_empty``; the cover follows the document's changes and the area's size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


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
        self.sentence.setMaximumWidth(520)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.sentence.setFont(font)
        self.button = QPushButton(button_text, self)
        self.button.setAccessibleName(button_text.replace("&", "").rstrip("…"))
        self.button.clicked.connect(lambda _checked=False: on_click())
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.sentence, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(14)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        host.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def refresh(self) -> None:
        """Shown, covering the area, exactly while the panel has nothing to list."""
        empty = self._is_empty()
        if empty:
            self.setGeometry(self._host.rect())
            self.raise_()
        self.setVisible(empty)
