"""A problem message: warning sign, bold text in a colour that reads in light and dark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from bakeryplan.ui import theme

ICON_SIZE = 16


class ProblemLabel(QWidget):
    """Hidden until there is a problem; says it in words, with a sign, not by colour alone.

    ``keep_space`` reserves its height while hidden, so showing a problem does not shrink
    the widget above it (the actuals grid would cut off the row being typed).
    """

    def __init__(self, parent: QWidget | None = None, *, keep_space: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(keep_space)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_problem(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        """Colours are picked when shown, so a theme switched meanwhile is followed."""
        colour = theme.problem_colour().name()
        self.label.setStyleSheet(f"color: {colour};")
        self.icon.setPixmap(theme.severity_icon("warning", ICON_SIZE).pixmap(ICON_SIZE))
        super().showEvent(event)
