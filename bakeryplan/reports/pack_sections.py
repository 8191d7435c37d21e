"""The parts of the progress pack laid out on a Flow: cover, summary, measures, steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Plan
from bakeryplan.reports.one_page_marks import LEGEND, MarkKind, draw_mark, health_mark
from bakeryplan.reports.pack_content import (
    GoalSteps,
    MeasurePage,
    PackContent,
    StepLine,
    SummaryRow,
)
from bakeryplan.reports.pack_layout import MUTED, RULE, ZEBRA, Flow, TextStyle
from bakeryplan.text.sentences import health_label
from bakeryplan.text.translate import translate

TITLE = TextStyle(24, bold=True)
HEADING = TextStyle(16, bold=True)
SUBHEADING = TextStyle(11.5, bold=True)
BODY = TextStyle(10.5)
SMALL = TextStyle(9, color=MUTED)
QUOTE = TextStyle(11.5, italic=True)
CELL = TextStyle(8.5)
CELL_BOLD = TextStyle(8.5, bold=True)
HEADER_CELL = TextStyle(8, bold=True, color=MUTED)
NOTE_CELL = TextStyle(8, italic=True, color=MUTED)

#: Summary columns: header (in English; ``column_headers`` in the pack's language),
#: right-aligned (numbers), may wrap between words.
COLUMNS: tuple[tuple[str, bool, bool], ...] = (
    ("Goal / measure", False, True),
    ("Area", False, True),
    ("Owner", False, True),
    ("Due", False, False),
    ("Planned", True, False),
    ("Actual", True, False),
    ("Difference", True, False),
    ("Health", False, False),
)
_HEALTH = len(COLUMNS) - 1


def column_headers() -> tuple[str, ...]:
    """The summary's column headers in the current language, in the order of COLUMNS."""
    return (
        translate("pack", "Goal / measure"),
        translate("pack", "Area"),
        translate("pack", "Owner"),
        translate("pack", "Due"),
        translate("pack", "Planned"),
        translate("pack", "Actual"),
        translate("pack", "Difference"),
        translate("pack", "Health"),
    )


def section_name(section: str) -> str:
    """A section's name as the contents list prints it."""
    names = {
        "Summary": translate("pack", "Summary"),
        "Measures": translate("pack", "Measures"),
        "Steps": translate("pack", "Steps"),
    }
    return names[section]


#: The goal column's share of the width: the other columns wrap between words to make it.
GOAL_SHARE = 0.3
#: Below this share of the width, numbers are squeezed instead of goal titles.
GOAL_LEAST = 0.2
#: Lines a goal title may take in the summary before it ends in an ellipsis.
TITLE_LINES = 3


def cover(flow: Flow, content: PackContent, contents: dict[str, int]) -> None:
    """Business, owner, date, vision, the health overview and a table of contents."""
    flow.skip(flow.mm(18))
    flow.paragraph(translate("pack", "PROGRESS PACK"), SMALL, after=flow.pt(6))
    flow.paragraph(content.business, TITLE, max_lines=3, after=flow.pt(6))
    as_of = translate("pack", "Progress report as of {day}").format(day=content.on)
    flow.paragraph(as_of, BODY, after=flow.pt(2))
    if content.owner:
        owner = translate("pack", "Owner: {owner}").format(owner=content.owner)
        flow.paragraph(owner, BODY, max_lines=2)
    flow.skip(flow.mm(10))
    flow.rule(after=flow.mm(6))
    flow.paragraph(translate("pack", "Our vision"), SUBHEADING, after=flow.pt(4))
    vision = content.vision or translate("pack", "No vision written yet.")
    flow.paragraph(vision, QUOTE, max_lines=14)
    if content.vision_why:
        flow.skip(flow.pt(6))
        why = translate("pack", "Why it matters: {why}").format(why=content.vision_why)
        flow.paragraph(why, BODY, max_lines=8)
    flow.skip(flow.mm(8))
    flow.paragraph(translate("pack", "At a glance"), SUBHEADING, after=flow.pt(4))
    flow.paragraph(content.overview, BODY, after=flow.pt(8))
    _legend(flow)
    flow.skip(flow.mm(8))
    flow.paragraph(translate("pack", "Contents"), SUBHEADING, after=flow.pt(4))
    _contents(flow, contents)


def _legend(flow: Flow) -> None:
    """The health marks: shape and word, so the pack reads in black and white."""
    metrics = flow.metrics(SMALL)
    height = metrics.lineSpacing() * 1.4
    font = flow.font(SMALL)

    def paint(painter: QPainter, rect: QRectF) -> None:
        x = rect.left()
        side = metrics.height()
        for health in LEGEND:
            draw_mark(painter, health_mark(health), QRectF(x, rect.top(), side, side))
            painter.setFont(font)
            painter.setPen(QPen(QColor(MUTED)))
            label = health_label(health)
            painter.drawText(QPointF(x + side * 1.35, rect.top() + metrics.ascent()), label)
            x += side * 1.35 + metrics.horizontalAdvance(label) + side * 1.6

    flow.place(height, paint)


def _contents(flow: Flow, contents: dict[str, int]) -> None:
    """Section start pages; filled in after layout, when every page number is known."""
    style = BODY
    spacing = flow.metrics(style).lineSpacing()
    names = ("Summary", "Measures", "Steps")
    font = flow.font(style)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setFont(font)
        painter.setPen(QPen(QColor(style.color)))
        y = rect.top()
        for name in names:
            if name not in contents:
                continue
            row = QRectF(rect.left(), y, rect.width() * 0.6, spacing)
            painter.drawText(row, int(Qt.AlignmentFlag.AlignLeft), section_name(name))
            page = translate("pack", "page {number}").format(number=contents[name])
            painter.drawText(row, int(Qt.AlignmentFlag.AlignRight), page)
            y += spacing

    flow.place(spacing * len(names), paint)


def summary(flow: Flow, rows: tuple[SummaryRow, ...]) -> None:
    """Each goal with its measures and steps: plan, actual, variance and health."""
    flow.new_page("Summary")
    flow.paragraph(translate("pack", "Summary"), HEADING, after=flow.pt(8))
    if not rows:
        flow.paragraph(translate("pack", "This plan has no goals yet."), BODY)
        return
    widths = summary_widths(flow, rows)
    pad = _cell_pad(flow)
    _table_header(flow, widths, pad)
    spacing = flow.metrics(CELL).lineSpacing()
    for row in rows:
        lines = summary_row_lines(flow, row, widths)
        height = max(len(cell) for cell in lines) * spacing + 2 * pad
        if height > flow.room:
            flow.new_page()
            _table_header(flow, widths, pad)
        style = CELL_BOLD if row.is_goal else CELL
        indent = _indent(flow, row)
        flow.place(height, _row_painter(flow, widths, lines, row, indent, pad, row.is_goal, style))


def summary_widths(flow: Flow, rows: tuple[SummaryRow, ...]) -> list[float]:
    """Column widths measured from the headers and the cells, never narrower than a header.

    Dates, numbers and health get the width of their longest cell, so they never wrap. When
    room is short, perspective and owner wrap between words first, then the goal column
    gives way down to ``GOAL_LEAST``; only then are the others squeezed (to their header).
    """
    pad, safety = _cell_pad(flow), flow.pt(1.5)
    header_metrics, cell_metrics = flow.metrics(HEADER_CELL), flow.metrics(CELL)
    cells = [_cells(row) for row in rows]
    natural, wrapped, headers = [], [], []
    headers_now = column_headers()
    for i, (_, _, wraps) in enumerate(COLUMNS[1:], start=1):
        header = headers_now[i]
        texts = [row[i] for row in cells]
        extra = 2 * pad + safety + (_mark_room(flow) if i == _HEALTH else 0.0)
        head = header_metrics.horizontalAdvance(header) + 2 * pad + safety
        words = [w for t in texts for w in t.split()] if wraps else texts
        widest = max((cell_metrics.horizontalAdvance(t) for t in texts), default=0.0)
        widest_word = max((cell_metrics.horizontalAdvance(w) for w in words), default=0.0)
        headers.append(head)
        natural.append(max(head, widest + extra))
        wrapped.append(max(head, widest_word + extra))
    goal = flow.width * GOAL_SHARE
    others = _give_way(natural, wrapped, sum(natural) + goal - flow.width)
    goal = max(flow.width - sum(others), flow.width * GOAL_LEAST)
    others = _give_way(others, headers, sum(others) + goal - flow.width)
    return [flow.width - sum(others), *others]


def _give_way(widths: list[float], floors: list[float], needed: float) -> list[float]:
    """Narrow the columns towards their floors, each by its share of the slack."""
    slack = sum(w - f for w, f in zip(widths, floors, strict=True))
    if needed <= 0 or slack <= 0:
        return widths
    share = min(needed, slack) / slack
    return [w - (w - f) * share for w, f in zip(widths, floors, strict=True)]


def summary_row_lines(flow: Flow, row: SummaryRow, widths: list[float]) -> list[list[str]]:
    """The lines each cell of a summary row is drawn in (a title up to ``TITLE_LINES``)."""
    pad = _cell_pad(flow)
    lines = []
    for i, text in enumerate(_cells(row)):
        room = widths[i] - 2 * pad
        if i == 0:
            room -= _indent(flow, row)
            style = CELL_BOLD if row.is_goal else CELL
            lines.append(flow.lines(text, style, room, max_lines=TITLE_LINES))
        else:
            room -= _mark_room(flow) if i == _HEALTH and row.health is not None else 0.0
            lines.append(flow.lines(text, CELL, room, max_lines=2))
    return lines


def _cell_pad(flow: Flow) -> float:
    return flow.pt(2.5)


def _indent(flow: Flow, row: SummaryRow) -> float:
    return 0.0 if row.is_goal else flow.pt(8)


def _mark_room(flow: Flow) -> float:
    return flow.metrics(CELL).height() * 1.3


def _cells(row: SummaryRow) -> list[str]:
    health = health_label(row.health) if row.health is not None else ""
    return [
        row.name,
        row.perspective,
        row.owner,
        row.due,
        row.planned,
        row.actual,
        row.variance,
        health,
    ]


def _table_header(flow: Flow, widths: list[float], pad: float) -> None:
    spacing = flow.metrics(HEADER_CELL).lineSpacing()
    lines = [[name] for name in column_headers()]
    flow.place(
        spacing + 2 * pad,
        _row_painter(flow, widths, lines, None, 0.0, pad, False, HEADER_CELL),
    )
    flow.rule(color=MUTED)


def _row_painter(
    flow: Flow,
    widths: list[float],
    lines: list[list[str]],
    row: SummaryRow | None,
    indent: float,
    pad: float,
    shade: bool,
    first_style: TextStyle,
) -> Callable[[QPainter, QRectF], None]:
    cell_style = HEADER_CELL if row is None else CELL
    text_ops = []
    x = 0.0
    for i, ((_, right, _), width) in enumerate(zip(COLUMNS, widths, strict=True)):
        style = first_style if i == 0 else cell_style
        left = x + pad + (indent if i == 0 else 0.0)
        mark_room = 0.0
        if row is not None and row.health is not None and i == _HEALTH:
            mark_room = _mark_room(flow)
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        room = width - 2 * pad - mark_room - (indent if i == 0 else 0.0)
        text_ops.append((i, left, mark_room, room, style, align))
        x += width

    def paint(painter: QPainter, rect: QRectF) -> None:
        if shade:  # a goal row: shaded, with a rule above it
            painter.fillRect(rect, QBrush(QColor(ZEBRA)))
            painter.setPen(QPen(QColor(RULE), flow.pt(0.4)))
            painter.drawLine(rect.topLeft(), rect.topRight())
        for i, left, mark_room, room, style, align in text_ops:
            cell = QRectF(left + mark_room, rect.top() + pad, room, rect.height() - 2 * pad)
            if mark_room and row is not None and row.health is not None:
                side = flow.metrics(CELL).height()
                draw_mark(painter, health_mark(row.health), QRectF(left, cell.top(), side, side))
            flow.text_op(cell, lines[i], style, align)(painter)

    return paint


def measure_page(flow: Flow, plan: Plan, on: date, page: MeasurePage) -> None:
    """One measure: heading, its chart (vector, drawn from SVG), the note, latest values."""
    flow.new_page("Measures")
    flow.paragraph(page.name, HEADING, max_lines=2, after=flow.pt(2))
    flow.paragraph(
        translate("pack", "Goal: {goal}").format(goal=page.goal),
        SMALL,
        max_lines=2,
        after=flow.pt(4),
    )
    if page.origin:
        flow.paragraph(page.origin, SMALL, max_lines=2, after=flow.pt(4))
    _health_line(flow, page.health)
    note_lines = flow.lines(page.note, BODY, flow.width, max_lines=8)
    if page.explanation:
        note_lines += flow.lines(page.explanation, QUOTE, flow.width, max_lines=6)
    cell = flow.metrics(CELL).lineSpacing() + 2 * flow.pt(3)
    notes = sum(1 for note in page.recent_notes if note)
    below = flow.text_height(note_lines, BODY) + flow.pt(60) + cell * (len(page.recent) + 2)
    below += notes * flow.metrics(NOTE_CELL).lineSpacing() * 2
    chart_height = min(flow.width * 0.72, max(flow.room - below, flow.width * 0.4))
    svg = chart_svg(plan, page.measure_id, on, flow.width / flow.dpi, chart_height / flow.dpi)
    renderer = QSvgRenderer(QByteArray(svg))
    if renderer.isValid():
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        flow.place(chart_height, lambda painter, rect: renderer.render(painter, rect))
    else:  # never a page that silently lacks its chart
        flow.paragraph(chart_missing(), BODY, after=flow.pt(12))
    flow.skip(flow.pt(10))
    flow.paragraph(translate("pack", "What this means"), SUBHEADING, after=flow.pt(3))
    flow.paragraph(page.note, BODY, max_lines=8, after=flow.pt(12))
    if page.explanation:
        flow.paragraph(page.explanation, QUOTE, max_lines=6, after=flow.pt(12))
    if page.recent:
        latest = translate("pack", "Latest values")
        flow.paragraph(latest, SUBHEADING, after=flow.pt(3), keep_with=cell * 2)
        flow.grid(
            (
                translate("pack", "Period"),
                translate("pack", "Planned"),
                translate("pack", "Actual"),
                translate("pack", "Difference"),
            ),
            page.recent,
            HEADER_CELL,
            CELL,
            notes=page.recent_notes,
            note_style=NOTE_CELL,
        )


def chart_missing() -> str:
    return translate(
        "pack", "The chart of this measure could not be drawn; its figures follow below."
    )


def _health_line(flow: Flow, health: Health) -> None:
    metrics = flow.metrics(BODY)
    font = flow.font(BODY)

    def paint(painter: QPainter, rect: QRectF) -> None:
        side = metrics.height()
        draw_mark(painter, health_mark(health), QRectF(rect.left(), rect.top(), side, side))
        painter.setFont(font)
        painter.setPen(QPen(QColor(BODY.color)))
        text = translate("pack", "Health: {health}").format(health=health_label(health))
        painter.drawText(QPointF(rect.left() + side * 1.4, rect.top() + metrics.ascent()), text)

    flow.place(metrics.lineSpacing() * 1.5, paint)


def chart_svg(plan: Plan, measure_id: int, on: date, width_in: float, height_in: float) -> bytes:
    """The measure chart as SVG bytes, light style, titles left to the page."""
    import io

    import matplotlib as mpl

    from bakeryplan.reports.chart import measure_figure

    figure = measure_figure(
        plan, measure_id, on, titled=False, size_inches=(width_in, height_in), dark=False
    )
    buffer = io.BytesIO()
    # Text stays text: Qt draws it with the same DejaVu font, shapes right-to-left scripts
    # and falls back for missing glyphs, and the words stay searchable in the PDF.
    with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "bakeryplan"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def steps(flow: Flow, goals: tuple[GoalSteps, ...]) -> None:
    """Per goal with steps: what is overdue, what comes next, what was done lately."""
    if not goals:
        return
    flow.new_page("Steps")
    flow.paragraph(translate("pack", "Steps"), HEADING, after=flow.pt(8))
    for goal in goals:
        flow.paragraph(goal.goal, SUBHEADING, max_lines=3, keep_with=flow.pt(30))
        flow.paragraph(goal.counts, SMALL, after=flow.pt(4))
        groups: tuple[tuple[str, tuple[StepLine, ...], MarkKind], ...] = (
            (translate("pack", "Overdue"), goal.overdue, "overdue"),
            (translate("pack", "Next"), goal.upcoming, "checkbox"),
            (translate("pack", "Recently done"), goal.done, "achieved"),
        )
        for label, items, kind in groups:
            if not items:
                continue
            flow.paragraph(label, CELL_BOLD, keep_with=flow.pt(12))
            for item in items:
                text = translate("pack", "{step} — {owner}, {day}").format(
                    step=item.title, owner=item.owner, day=item.when
                )
                _step_item(flow, text, kind)
        flow.skip(flow.pt(10))


def _step_item(flow: Flow, text: str, kind: MarkKind) -> None:
    metrics = flow.metrics(BODY)
    side = metrics.height() * 0.9
    indent = side * 1.8
    lines = flow.lines(text, BODY, flow.width - indent, max_lines=3)
    height = flow.text_height(lines, BODY)
    op = flow.text_op
    font_style = BODY

    def paint(painter: QPainter, rect: QRectF) -> None:
        draw_mark(painter, kind, QRectF(rect.left() + side * 0.3, rect.top(), side, side))
        text_rect = QRectF(rect.left() + indent, rect.top(), rect.width() - indent, height)
        op(text_rect, lines, font_style, Qt.AlignmentFlag.AlignLeft)(painter)

    flow.place(height + flow.pt(2), paint)
