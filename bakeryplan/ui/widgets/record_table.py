"""A table of records that says what to do when it has none, instead of showing blank rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTableWidget, QWidget

from bakeryplan.ui.widgets.fit import fit_view

EMPTY_TEXT_MARGIN = 24


class RecordTable(QTableWidget):
    """A QTableWidget that paints ``empty_text`` (plain text) while it has no rows."""

    def __init__(self, columns: int, parent: QWidget | None = None, empty_text: str = "") -> None:
        super().__init__(0, columns, parent)
        self.empty_text = empty_text
        fit_view(self)  # a long name is cut with "…" and shown whole on hover

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.rowCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        try:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            box = (
                self.viewport()
                .rect()
                .adjusted(
                    EMPTY_TEXT_MARGIN, EMPTY_TEXT_MARGIN, -EMPTY_TEXT_MARGIN, -EMPTY_TEXT_MARGIN
                )
            )
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(box, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text)
        finally:
            painter.end()
