"""The check-in sheet's drawing tools and its table: a row per measure, a box per day.

Shared with ``checkin_sheet`` (the page: header, steps, notes, fitting and the PDF): sizes in
the painter's device units, plain-text drawing, and the greys the sheet prints in.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from bakeryplan.reports.checkin_content import SheetContent, SheetRow
from bakeryplan.text.translate import PLURAL, translate

INK = QColor("#111111")
SOFT = QColor("#444444")
RULE = QColor("#777777")
SHADE = QColor("#e4e4e4")
NAME_SHARE, PLAN_SHARE, WEEK_SHARE = 0.22, 0.16, 0.08


class Units:
    """Millimetres and points in the painter's device units; fonts of the report family."""

    def __init__(self, painter: QPainter, family: str) -> None:
        self.device = painter.device()
        self.dpi = self.device.logicalDpiY()
        self.family = family

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)


def draw_text(
    painter: QPainter, font: QFont, color: QColor, rect: QRectF, text: str, flags: int
) -> None:
    """Plain text in a rectangle: ``drawText`` never reads HTML, so "<b>" prints as typed."""
    painter.setFont(font)
    painter.setPen(QPen(color))
    painter.drawText(rect, flags, text)


def one_line(units: Units, font: QFont, text: str, width: float) -> str:
    """``text`` cut to ``width`` with an ellipsis: a long name never runs into the boxes."""
    return units.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
WRAP = int(Qt.TextFlag.TextWordWrap)


def _columns(area: QRectF) -> list[tuple[float, float]]:
    """(left, width) of the name, plan, seven day and week columns."""
    name_w, plan_w, week_w = (area.width() * s for s in (NAME_SHARE, PLAN_SHARE, WEEK_SHARE))
    day_w = (area.width() - name_w - plan_w - week_w) / 7
    widths = [name_w, plan_w, *[day_w] * 7, week_w]
    columns, x = [], area.left()
    for width in widths:
        columns.append((x, width))
        x += width
    return columns


def table(
    painter: QPainter,
    units: Units,
    area: QRectF,
    content: SheetContent,
    row_h: float,
    head_h: float,
    shown: int,
) -> float:
    """The header row and one row per measure; returns the bottom of the table."""
    columns = _columns(area)
    pad = units.mm(1.5)
    head_font = units.font(9, bold=True)
    y = area.top()
    painter.fillRect(QRectF(area.left(), y, area.width(), head_h), SHADE)
    labels = [
        translate("checkin_sheet", "Measure"),
        translate("checkin_sheet", "Plan"),
        *content.days,
        translate("checkin_sheet", "Week"),
    ]
    for (left, width), label in zip(columns, labels, strict=True):
        flags = LEFT if left == area.left() else CENTRE
        rect = QRectF(left + pad, y, width - 2 * pad, head_h)
        draw_text(
            painter, head_font, INK, rect, one_line(units, head_font, label, rect.width()), flags
        )
    y += head_h
    if not content.rows:
        message = translate(
            "checkin_sheet",
            "No measure is counted by the day or the week: nothing to count on paper.",
        )
        draw_text(
            painter,
            units.font(10),
            SOFT,
            QRectF(area.left() + pad, y, area.width(), units.mm(10)),
            message,
            LEFT,
        )
        _grid(painter, units, columns, area.top(), y, head_h, [])
        return y + units.mm(10)
    tops = []
    for row in content.rows[:shown]:
        tops.append(y)
        _row(painter, units, columns, y, row_h, row)
        y += row_h
    cut = len(content.rows) - shown
    if cut:
        text = translate(
            "checkin_sheet", "… and %n more measure(s): see the Actuals tab.", None, PLURAL, cut
        )
        draw_text(
            painter,
            units.font(9.5),
            SOFT,
            QRectF(area.left() + pad, y, area.width(), row_h),
            text,
            LEFT,
        )
        y += row_h
    _grid(painter, units, columns, area.top(), area.top() + head_h + shown * row_h, head_h, tops)
    return y


def _row(
    painter: QPainter,
    units: Units,
    columns: list[tuple[float, float]],
    y: float,
    height: float,
    row: SheetRow,
) -> None:
    pad = units.mm(1.5)
    name_font, how_font = units.font(9.5, bold=True), units.font(7)
    (name_x, name_w), (plan_x, plan_w) = columns[0], columns[1]
    name_h = units.metrics(name_font).lineSpacing()
    how_h = units.metrics(how_font).lineSpacing()
    top = y + max(pad * 0.5, (height - name_h - how_h) / 2)
    name = one_line(units, name_font, row.name, name_w - 2 * pad)
    draw_text(
        painter, name_font, INK, QRectF(name_x + pad, top, name_w - 2 * pad, name_h), name, LEFT
    )
    how = one_line(units, how_font, row.how, name_w - 2 * pad)
    draw_text(
        painter,
        how_font,
        SOFT,
        QRectF(name_x + pad, top + name_h, name_w - 2 * pad, how_h),
        how,
        LEFT,
    )
    plan_rect = QRectF(plan_x + pad, y, plan_w - 2 * pad, height)
    for size in (9.0, 8.0, 7.0):  # the plan shrinks rather than spill out of its box
        plan_font = units.font(size)
        needed = units.metrics(plan_font).boundingRect(plan_rect, LEFT | WRAP, row.plan)
        if needed.height() <= height and needed.width() <= plan_rect.width() + 0.5:
            break
    draw_text(painter, plan_font, INK, plan_rect, row.plan, LEFT | WRAP)
    if not row.weekly:
        week_x, week_w = columns[-1]
        painter.fillRect(QRectF(week_x, y, week_w, height), SHADE)


def _grid(
    painter: QPainter,
    units: Units,
    columns: list[tuple[float, float]],
    top: float,
    bottom: float,
    head_h: float,
    row_tops: list[float],
) -> None:
    """Box rules: thin between rows and days, heavier round the table and under the header."""
    left, right = columns[0][0], columns[-1][0] + columns[-1][1]
    thin, heavy = units.mm(0.2), units.mm(0.45)
    painter.setPen(QPen(RULE, thin))
    for row_top in row_tops[1:]:
        painter.drawLine(QPointF(left, row_top), QPointF(right, row_top))
    for x, _width in columns[1:]:
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    painter.setPen(QPen(INK, heavy))
    painter.drawLine(QPointF(left, top + head_h), QPointF(right, top + head_h))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(left, top, right - left, bottom - top))
