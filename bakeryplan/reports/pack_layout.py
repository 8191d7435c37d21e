"""A small flowing page layout for the progress pack: text, rows, marks and pictures.

Layout runs before painting: every piece is measured with the PDF writer's own font
metrics and placed on a page, so the total page count is known before the first footer
("Page 3 of 9") is painted. User text is always drawn as plain text (QPainter.drawText
never reads HTML); lines are broken with QTextLayout, which also breaks words too long for
their column, and a text that needs more lines than allowed ends in an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

Op = Callable[[QPainter], None]

INK = "#1a1a1a"
MUTED = "#555555"
RULE = "#9a9a9a"
ZEBRA = "#f1f1f1"
#: A grid's share of the page width, and its first (text) column's share of the grid.
GRID_SHARE = 0.78
GRID_FIRST_SHARE = 0.31


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)
    section: str = ""


@dataclass(frozen=True)
class TextStyle:
    size: float
    bold: bool = False
    italic: bool = False
    color: str = INK


class Flow:
    """Places pieces top to bottom on pages of one size, starting a new page when full."""

    def __init__(self, device: QPagedPaintDevice, family: str, width: float, height: float):
        self.device = device
        self.family = family
        self.width = width
        self.height = height
        self.dpi = device.logicalDpiY()
        self.pages: list[Page] = []
        self.y = 0.0
        self.section = ""
        self.new_page()

    # -- units and fonts --------------------------------------------------------------------

    def pt(self, points: float) -> float:
        return points / 72.0 * self.dpi

    def mm(self, millimetres: float) -> float:
        return millimetres / 25.4 * self.dpi

    def font(self, style: TextStyle) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(style.size)
        font.setBold(style.bold)
        font.setItalic(style.italic)
        return font

    def metrics(self, style: TextStyle) -> QFontMetricsF:
        return QFontMetricsF(self.font(style), self.device)

    # -- pages ------------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def room(self) -> float:
        return self.height - self.y

    def new_page(self, section: str | None = None) -> None:
        if section is not None:
            self.section = section
        self.pages.append(Page(section=self.section))
        self.y = 0.0

    def ensure_room(self, needed: float) -> None:
        """Start a new page unless ``needed`` fits (a piece taller than a page just starts)."""
        if needed > self.room and self.y > 0:
            self.new_page()

    def skip(self, amount: float) -> None:
        self.y = min(self.y + amount, self.height)

    # -- text -------------------------------------------------------------------------------

    def lines(self, text: str, style: TextStyle, width: float, max_lines: int = 0) -> list[str]:
        """Break plain text into lines no wider than ``width``; ellipsis past ``max_lines``."""
        font = self.font(style)
        metrics = QFontMetricsF(font, self.device)
        out: list[str] = []
        for paragraph in text.replace("\r\n", "\n").split("\n"):
            layout = QTextLayout(paragraph, font, self.device)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                out.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
            layout.endLayout()
        out = [line.rstrip() for line in out] or [""]
        if max_lines and len(out) > max_lines:
            kept = out[:max_lines]
            last = kept[-1] + " " + out[max_lines]
            kept[-1] = metrics.elidedText(last + "…", Qt.TextElideMode.ElideRight, width)
            if not kept[-1].endswith("…"):
                kept[-1] = kept[-1].rstrip() + "…"
            return kept
        return out

    def text_height(self, lines: list[str], style: TextStyle) -> float:
        return len(lines) * self.metrics(style).lineSpacing()

    def text_op(
        self, rect: QRectF, lines: list[str], style: TextStyle, align: Qt.AlignmentFlag
    ) -> Op:
        font = self.font(style)
        joined = "\n".join(lines)
        flags = int(align | Qt.AlignmentFlag.AlignTop)

        def paint(painter: QPainter) -> None:
            painter.setFont(font)
            painter.setPen(QPen(QColor(style.color)))
            painter.drawText(rect, flags, joined)

        return paint

    def paragraph(
        self,
        text: str,
        style: TextStyle,
        *,
        indent: float = 0.0,
        max_lines: int = 0,
        after: float = 0.0,
        keep_with: float = 0.0,
    ) -> None:
        """Flowing text; long text continues on the next page line by line."""
        width = self.width - indent
        lines = self.lines(text, style, width, max_lines)
        spacing = self.metrics(style).lineSpacing()
        self.ensure_room(min(len(lines), 2) * spacing + keep_with)
        while lines:
            fit = max(1, int(self.room // spacing)) if self.y > 0 else len(lines)
            fit = min(fit, len(lines), max(1, int(self.height // spacing)))
            chunk, lines = lines[:fit], lines[fit:]
            rect = QRectF(indent, self.y, width, spacing * len(chunk) + 1)
            self.page.ops.append(self.text_op(rect, chunk, style, Qt.AlignmentFlag.AlignLeft))
            self.y += spacing * len(chunk)
            if lines:
                self.new_page()
        self.skip(after)

    def rule(self, *, color: str = RULE, after: float = 0.0) -> None:
        y, width = self.y, self.width
        pen_width = self.pt(0.6)

        def paint(painter: QPainter) -> None:
            painter.setPen(QPen(QColor(color), pen_width))
            painter.drawLine(QPointF(0, y), QPointF(width, y))

        self.page.ops.append(paint)
        self.skip(pen_width + after)

    def place(self, height: float, paint: Callable[[QPainter, QRectF], None]) -> QRectF:
        """Reserve a block of ``height`` on the current (or next) page for custom painting."""
        self.ensure_room(height)
        rect = QRectF(0, self.y, self.width, height)
        self.page.ops.append(lambda painter: paint(painter, rect))
        self.y += height
        return rect

    def grid(
        self,
        headers: tuple[str, ...],
        rows: tuple[tuple[str, ...], ...],
        header_style: TextStyle,
        cell_style: TextStyle,
        *,
        notes: tuple[str, ...] = (),
        note_style: TextStyle | None = None,
    ) -> None:
        """A plain grid of short texts, one line each: first column left, the others right.

        Narrower than the page (numbers far apart are hard to read across), ruled under the
        header and shaded every other row, both only as wide as the grid. ``notes`` (one per
        row, "" for none) are written under their row across the grid, in ``note_style``.
        """
        pad = self.pt(3)
        table = self.width * GRID_SHARE
        rest = (1.0 - GRID_FIRST_SHARE) / (len(headers) - 1)
        widths = [table * GRID_FIRST_SHARE] + [table * rest] * (len(headers) - 1)
        spacing = self.metrics(cell_style).lineSpacing()
        rule_width = self.pt(0.6)
        zebra = QBrush(QColor(ZEBRA))

        def row(cells: tuple[str, ...], style: TextStyle, shade: bool, ruled: bool) -> None:
            boxes = []
            x = 0.0
            for i, (text, width) in enumerate(zip(cells, widths, strict=True)):
                align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                box = QRectF(x + pad, pad, width - 2 * pad, spacing)
                boxes.append((box, self.lines(text, style, box.width(), max_lines=1), align))
                x += width

            def paint(painter: QPainter, rect: QRectF) -> None:
                if shade:
                    painter.fillRect(QRectF(rect.left(), rect.top(), table, rect.height()), zebra)
                if ruled:
                    painter.setPen(QPen(QColor(MUTED), rule_width))
                    painter.drawLine(QPointF(0, rect.bottom()), QPointF(table, rect.bottom()))
                for box, line, align in boxes:
                    self.text_op(box.translated(0, rect.top()), line, style, align)(painter)

            self.place(spacing + 2 * pad, paint)
            if ruled:
                self.skip(rule_width)

        def note(text: str, shade: bool) -> None:
            style = note_style or cell_style
            lines = self.lines(text, style, table - 2 * pad, max_lines=2)
            height = self.text_height(lines, style) + pad
            box = QRectF(pad, 0, table - 2 * pad, height)

            def paint(painter: QPainter, rect: QRectF) -> None:
                if shade:
                    painter.fillRect(QRectF(rect.left(), rect.top(), table, rect.height()), zebra)
                self.text_op(
                    box.translated(0, rect.top()), lines, style, Qt.AlignmentFlag.AlignLeft
                )(painter)

            self.place(height, paint)

        row(headers, header_style, False, True)
        for index, cells in enumerate(rows):
            row(cells, cell_style, index % 2 == 1, False)
            if index < len(notes) and notes[index]:
                note(notes[index], index % 2 == 1)
