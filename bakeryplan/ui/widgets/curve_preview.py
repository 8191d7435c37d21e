"""A small drawing of a measure's planned path, so a seasonal plan can be checked at a glance.

Drawn with QPainter from the domain's own corners (``planned_series``): what the preview
shows is the curve health and the chart use. A point after the target date, which the form
refuses, is drawn past the target date's line as a hollow mark in the problem colour, so the
owner sees which one it is.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from bakeryplan.domain.curves import planned_series
from bakeryplan.domain.model import CurveKind, Measure
from bakeryplan.text.translate import translate
from bakeryplan.ui import theme

_MARGIN = 8.0
_DOT = 3.0


class CurvePreview(QWidget):
    """The planned path from start to target date (and any point beyond it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure: Measure | None = None
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("CurvePreview", "Preview of the planned path"))

    def sizeHint(self) -> QSize:
        return QSize(220, 120)

    def set_measure(self, measure: Measure | None) -> None:
        self.measure = measure
        self.update()

    def corners(self) -> list[tuple[date, float]]:
        """What is drawn: the curve's corners from the start to the target date."""
        m = self.measure
        if m is None or m.target_date < m.start:
            return []
        return planned_series(m, m.start, m.target_date)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        m = self.measure
        corners = self.corners()
        if m is None or not corners:
            painter.end()
            return
        shaped = m.curve is not CurveKind.LINEAR
        late = [p for p in m.points if p.on > m.target_date] if shaped else []
        first = m.start.toordinal()
        last = max([m.target_date, *(p.on for p in late)]).toordinal()
        values = [v for _, v in corners] + [p.value for p in late]
        low, high = min(values), max(values)
        if high == low:
            low, high = low - 1.0, high + 1.0
        area = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)

        def place(day: date, value: float) -> QPointF:
            x = area.left() + area.width() * (day.toordinal() - first) / max(last - first, 1)
            y = area.bottom() - area.height() * (value - low) / (high - low)
            return QPointF(x, y)

        text = palette.color(QPalette.ColorRole.Text)
        target_x = place(m.target_date, low).x()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(target_x, area.top()), QPointF(target_x, area.bottom()))
        path = QPainterPath(place(*corners[0]))
        for corner in corners[1:]:
            path.lineTo(place(*corner))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawPath(path)
        painter.setPen(QPen(text, 1))
        painter.setBrush(text)
        for point in m.points if shaped else ():
            if m.start <= point.on <= m.target_date:
                painter.drawEllipse(place(point.on, point.value), _DOT, _DOT)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(theme.problem_colour()), 2))
        for point in late:
            painter.drawEllipse(place(point.on, point.value), _DOT + 1, _DOT + 1)
        painter.end()
