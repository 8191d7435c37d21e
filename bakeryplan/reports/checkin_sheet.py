"""The paper check-in sheet for a week: on the printer, in the print preview, or as a PDF.

One landscape page: each measure counted daily or weekly is a row with a box per day, its
plan beside it and a box for the week's figure; below, the steps due that week with their
owners, and lines for notes. It always fits one page: rows shrink to a readable minimum,
then the notes go, then steps and last measures are cut with a line saying how many.
Black ink, grey rules and no colour, so it photocopies. Text is drawn as plain text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPainter, QPen

from bakeryplan.domain.model import Plan
from bakeryplan.domain.periods import Span
from bakeryplan.reports.checkin_content import SheetContent, sheet_content
from bakeryplan.reports.checkin_table import (
    INK,
    LEFT,
    RULE,
    SOFT,
    TOP_LEFT,
    WRAP,
    Units,
    draw_text,
    one_line,
    table,
)
from bakeryplan.reports.fonts import ensure_fonts
from bakeryplan.reports.one_page import page_layout_for
from bakeryplan.reports.one_page_marks import draw_mark
from bakeryplan.reports.pdf_file import write_page_pdf
from bakeryplan.reports.qt_runtime import ensure_gui_app
from bakeryplan.text.translate import PLURAL, in_language, translate

# Sizes in millimetres and points; rows shrink from ROW_MOST to ROW_LEAST to fit.
ROW_MOST, ROW_LEAST = 16.0, 7.0
NOTES_LEAST = 14.0


@dataclass(frozen=True)
class SheetFit:
    """What made it onto the page: for tests, and to say what was cut."""

    rows: int
    rows_cut: int
    steps: int
    steps_cut: int
    row_height_mm: float
    notes: bool


def paint_checkin_sheet(painter: QPainter, page: QRectF, content: SheetContent) -> SheetFit:
    """Lay the sheet out inside ``page`` (device units of the painter) and paint it."""
    units = Units(painter, ensure_fonts())
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setClipRect(page)
        with in_language(content.language):  # the plan's language, whatever the window's
            top = _header(painter, units, page, content)
            area = QRectF(page.left(), top, page.width(), page.bottom() - top)
            return _body(painter, units, area, content)
    finally:
        painter.restore()


def _header(painter: QPainter, units: Units, page: QRectF, content: SheetContent) -> float:
    """Title and how to use the sheet; returns where the table starts."""
    title = units.font(15, bold=True)
    small = units.font(9.5)
    y = page.top()
    height = units.metrics(title).lineSpacing()
    name = one_line(units, units.font(11, bold=True), content.business, page.width() * 0.4)
    draw_text(
        painter,
        units.font(11, bold=True),
        SOFT,
        QRectF(page.left(), y, page.width(), height),
        name,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    )
    draw_text(
        painter, title, INK, QRectF(page.left(), y, page.width() * 0.6, height), content.title, LEFT
    )
    y += height + units.mm(1)
    if content.owner:
        how = translate(
            "checkin_sheet",
            "Write each day's figure in its box as you count it, and a note on anything "
            "unusual (a closed day, a big order). Hand it to {owner} at the end of the week.",
        ).format(owner=content.owner)
    else:
        how = translate(
            "checkin_sheet",
            "Write each day's figure in its box as you count it, and a note on anything "
            "unusual (a closed day, a big order).",
        )
    spacing = units.metrics(small).lineSpacing()
    lines = 2 if units.metrics(small).horizontalAdvance(how) > page.width() else 1
    draw_text(
        painter,
        small,
        SOFT,
        QRectF(page.left(), y, page.width(), spacing * lines),
        how,
        TOP_LEFT | WRAP,
    )
    return y + spacing * lines + units.mm(2)


def _body(painter: QPainter, units: Units, area: QRectF, content: SheetContent) -> SheetFit:
    """The table, then the steps, then lines for notes when there is room for them."""
    head_h, gap = units.mm(6), units.mm(3)
    step_line = units.metrics(units.font(9.5)).lineSpacing() * 1.15
    heading = units.metrics(units.font(10.5, bold=True)).lineSpacing() * 1.3
    count = len(content.steps)
    step_columns = 1 if count <= 3 else 2 if count <= 8 else 3
    steps_h = gap + heading + -(-max(count, 1) // step_columns) * step_line
    rows = len(content.rows)
    room = area.height() - head_h - steps_h
    notes = True
    row_h = min(units.mm(ROW_MOST), (room - units.mm(NOTES_LEAST)) / max(rows, 1))
    if row_h < units.mm(ROW_LEAST):
        notes = False
        row_h = max(units.mm(ROW_LEAST), min(units.mm(ROW_MOST), room / max(rows, 1)))
    shown_rows = rows
    least_steps = gap + heading + 2 * step_line  # the heading, one step and "and N more"
    if head_h + rows * row_h > area.height() - least_steps:
        fit = int((area.height() - head_h - least_steps) // row_h)
        shown_rows = max(0, min(rows, fit - 1))  # one row's room says what was cut
    y = table(painter, units, area, content, row_h, head_h, shown_rows) + gap
    lines = max(0, int((area.bottom() - y - heading) // step_line))
    shown_steps = count if -(-count // step_columns) <= lines else max(0, lines - 1) * step_columns
    y = _steps(painter, units, area, y, content, shown_steps, step_columns, step_line, heading)
    notes = notes and area.bottom() - y - gap >= units.mm(NOTES_LEAST)
    if notes:
        _notes(painter, units, QRectF(area.left(), y + gap, area.width(), area.bottom() - y - gap))
    return SheetFit(
        rows=shown_rows,
        rows_cut=rows - shown_rows,
        steps=shown_steps,
        steps_cut=count - shown_steps,
        row_height_mm=row_h / units.mm(1),
        notes=notes,
    )


def _steps(
    painter: QPainter,
    units: Units,
    area: QRectF,
    y: float,
    content: SheetContent,
    shown: int,
    columns: int,
    line: float,
    heading: float,
) -> float:
    """The steps due this week, each with a box to tick, its owner and its day."""
    draw_text(
        painter,
        units.font(10.5, bold=True),
        INK,
        QRectF(area.left(), y, area.width(), heading),
        translate("checkin_sheet", "Steps due this week"),
        LEFT,
    )
    y += heading
    font = units.font(9.5)
    if not content.steps:
        draw_text(
            painter,
            font,
            SOFT,
            QRectF(area.left(), y, area.width(), line),
            translate("checkin_sheet", "No step is due this week."),
            LEFT,
        )
        return y + line
    width = area.width() / columns
    side = units.metrics(font).height() * 0.85
    items = list(content.steps[:shown])
    per_column = -(-len(items) // columns) if items else 0
    for index, step in enumerate(items):
        column, place = divmod(index, per_column)
        x, top = area.left() + column * width, y + place * line
        draw_mark(painter, "checkbox", QRectF(x, top + (line - side) / 2, side, side))
        rect = QRectF(x + side * 1.6, top, width - side * 1.6 - units.mm(4), line)
        who = f" \u2014 {step.owner}, {step.due}"
        room = max(rect.width() - units.metrics(font).horizontalAdvance(who), rect.width() * 0.4)
        text = one_line(units, font, step.title, room) + who
        draw_text(painter, font, INK, rect, one_line(units, font, text, rect.width()), LEFT)
    bottom = y + per_column * line
    cut = len(content.steps) - shown
    if cut:
        more = translate(
            "checkin_sheet", "… and %n more step(s): see the Goals tab.", None, PLURAL, cut
        )
        draw_text(painter, font, SOFT, QRectF(area.left(), bottom, area.width(), line), more, LEFT)
        bottom += line
    return bottom


def _notes(painter: QPainter, units: Units, area: QRectF) -> None:
    """A heading and ruled lines to write on, as many as fit."""
    font = units.font(10.5, bold=True)
    heading = units.metrics(font).lineSpacing() * 1.4
    draw_text(
        painter,
        font,
        INK,
        QRectF(area.left(), area.top(), area.width(), heading),
        translate("checkin_sheet", "Notes"),
        LEFT,
    )
    painter.setPen(QPen(RULE, units.mm(0.2)))
    gap = units.mm(8)
    y = area.top() + heading + gap
    while y <= area.bottom():
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        y += gap


# --- the page and the PDF ------------------------------------------------------------------


def sheet_page_layout(page_size: str = "a4") -> QPageLayout:
    """Landscape, so seven day boxes are wide enough to write a number in."""
    return page_layout_for(page_size, landscape=True)


def write_checkin_pdf(
    plan: Plan, path: str | os.PathLike[str], *, week: Span, page_size: str = "a4"
) -> SheetFit:
    """Write the week's check-in sheet as a one-page PDF; complete or not at all."""
    ensure_gui_app()
    layout = sheet_page_layout(page_size)
    content = sheet_content(plan, week)
    return write_page_pdf(
        path,
        layout,
        translate("checkin_sheet", "{business}: {title}").format(
            business=content.business, title=content.title
        ),
        lambda painter, page: paint_checkin_sheet(painter, page, content),
    )
