"""A small chart for the "Plan from last year" preview: last year faint, the new plan bold.

Drawn with QPainter: the preview is redrawn as the owner types, and matplotlib would cost
a second on first use for a picture this simple. Colours come from the palette, so it reads
in the dark scheme too; the legend says which line is which in words, not by colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from bakeryplan.text.translate import PLURAL, translate

MARGIN_LEFT = 64
MARGIN = 12
LEGEND_HEIGHT = 32
AXIS_HEIGHT = 20
DAY = timedelta(days=1)


def nice_step(highest: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving three to six grid lines."""
    if highest <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(highest / 3))
    return next(power * f for f in (1, 2, 5, 10) if highest / (power * f) <= 6)


@dataclass(frozen=True)
class ChartPeriod:
    """One period of the preview: where it starts and ends, last year's and the plan's."""

    start: date
    end: date
    last_year: float | None
    planned: float


class HistoryChart(QWidget):
    """Last year's periods as a faint stepped line, the new plan as a bold one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods: tuple[ChartPeriod, ...] = ()
        self.format_value: Callable[[float], str] = lambda value: f"{value:,.0f}"
        self.format_month: Callable[[date], str] = lambda day: day.strftime("%b")
        self.labels = (
            translate("PlanFromHistory", "Last year"),
            translate("PlanFromHistory", "New plan"),
        )
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 220)

    def set_periods(self, periods: Sequence[ChartPeriod]) -> None:
        self.periods = tuple(periods)
        count = len(self.periods)
        self.setAccessibleDescription(
            translate(
                "PlanFromHistory", "%n period(s), last year and the new plan", None, PLURAL, count
            )
            if self.periods
            else ""
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.periods:
            painter.end()
            return
        area = QRectF(
            MARGIN_LEFT,
            MARGIN + LEGEND_HEIGHT,
            max(10.0, self.width() - MARGIN_LEFT - MARGIN),
            max(10.0, self.height() - 2 * MARGIN - LEGEND_HEIGHT - AXIS_HEIGHT),
        )
        first, last = self.periods[0].start, self.periods[-1].end
        days = max(1, (last - first).days + 1)
        highest = max(max(p.planned, p.last_year or 0.0) for p in self.periods)
        step = nice_step(highest)
        top = step * (int(highest / step) + 1)

        def x_of(day: date) -> float:
            return area.left() + area.width() * (day - first).days / days

        def y_of(value: float) -> float:
            return area.bottom() - area.height() * value / top

        text = palette.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlphaF(0.25)
        painter.setPen(QPen(faint, 1))
        tick = 0.0
        while tick <= top + step / 2:
            y = y_of(tick)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.format_value(tick),
            )
            tick += step
        self._month_ticks(painter, area, x_of, text)
        past = QColor(text)
        past.setAlphaF(0.45)
        self._steps(painter, [(p, p.last_year) for p in self.periods], x_of, y_of, QPen(past, 1.5))
        plan_pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
        self._steps(painter, [(p, p.planned) for p in self.periods], x_of, y_of, plan_pen)
        self._legend(painter, past, plan_pen.color(), text)
        painter.end()

    def _steps(
        self,
        painter: QPainter,
        values: list[tuple[ChartPeriod, float | None]],
        x_of: Callable[[date], float],
        y_of: Callable[[float], float],
        pen: QPen,
    ) -> None:
        """Each period's value held across it; a period without a value breaks the line."""
        path = QPainterPath()
        drawing = False
        for period, value in values:
            if value is None:
                drawing = False
                continue
            left, right = x_of(period.start), x_of(period.end + DAY)
            y = y_of(value)
            if drawing:
                path.lineTo(left, y)
            else:
                path.moveTo(left, y)
            path.lineTo(right, y)
            drawing = True
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _month_ticks(
        self, painter: QPainter, area: QRectF, x_of: Callable[[date], float], text: QColor
    ) -> None:
        first, last = self.periods[0].start, self.periods[-1].end
        month = date(first.year, first.month, 1)
        painter.setPen(text)
        while month <= last:
            if month >= first:
                x = x_of(month)
                painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
                painter.drawText(
                    QRectF(x + 2, area.bottom() + 2, 60, AXIS_HEIGHT),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.format_month(month),
                )
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)

    def _legend(self, painter: QPainter, past: QColor, plan: QColor, text: QColor) -> None:
        x = float(MARGIN_LEFT)
        for colour, width, label in ((past, 1.5, self.labels[0]), (plan, 2.5, self.labels[1])):
            painter.setPen(QPen(colour, width))
            painter.drawLine(QPointF(x, MARGIN + 9), QPointF(x + 24, MARGIN + 9))
            painter.setPen(text)
            box = QRectF(x + 30, MARGIN, 200, 18)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += 40 + painter.fontMetrics().horizontalAdvance(label)
