"""The dark scheme's style: Fusion, with check boxes outlined in the text colour.

Fusion draws a check box border a little darker than the window, which vanishes on a dark
palette: an unticked step would look like no box at all. Only the dark scheme uses this
(``theme.apply_theme``): a Python style costs a call into Python for every primitive drawn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget


class ReadableStyle(QProxyStyle):
    _CHECKS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def __init__(self, base_style_name: str, is_dark: Callable[[], bool]) -> None:
        super().__init__(base_style_name)
        self._is_dark = is_dark

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._CHECKS and self._is_dark():
            painter.save()
            colour = option.palette.color(QPalette.ColorRole.Text)
            colour.setAlpha(150)
            painter.setPen(colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            side = min(option.rect.width(), option.rect.height(), 14)
            box = QRectF(0, 0, side - 1, side - 1)
            box.moveCenter(QRectF(option.rect).center())
            painter.drawRect(box)
            painter.restore()
