"""Measured text and simple shapes for the one-page plan, recorded before they are painted.

Layout code asks a ``Typesetter`` to break text into lines at a width; the answer is a
``Piece``: its height and a list of drawing operations with their exact rectangles. The same
operations are measured and then painted, so what the layout counted is what the page
shows, and tests can check that no two rectangles overlap.

Text is always drawn with ``QPainter.drawText(point, str)``: plain text, never rich text,
so "<b>x</b>" in a goal title prints as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)

from bakeryplan.reports.one_page_marks import MarkKind, draw_mark

INK = QColor("#1a1a1a")
SOFT_INK = QColor("#404040")  # secondary text: still dark enough for a cheap printer
RULE = QColor("#9a9a9a")
LIGHT_FILL = QColor("#f1eee8")
ELLIPSIS = "\u2026"

BoxKind = Literal["text", "mark"]


@dataclass(frozen=True)
class DrawnBox:
    """A rectangle the page drew something in (device units), with what it was."""

    kind: BoxKind
    rect: QRectF
    text: str


@dataclass(frozen=True)
class TextOp:
    font: QFont
    color: QColor
    lines: tuple[tuple[QPointF, str], ...]  # baseline origin and text of each line
    rect: QRectF

    def shifted(self, dx: float, dy: float) -> TextOp:
        offset = QPointF(dx, dy)
        return TextOp(
            self.font,
            self.color,
            tuple((origin + offset, text) for origin, text in self.lines),
            self.rect.translated(dx, dy),
        )

    def paint(self, painter: QPainter) -> None:
        painter.setFont(self.font)
        painter.setPen(QPen(self.color))
        for origin, text in self.lines:
            painter.drawText(origin, text)

    def boxes(self) -> list[DrawnBox]:
        return [DrawnBox("text", self.rect, "\n".join(text for _, text in self.lines))]


@dataclass(frozen=True)
class MarkOp:
    kind: MarkKind
    rect: QRectF

    def shifted(self, dx: float, dy: float) -> MarkOp:
        return MarkOp(self.kind, self.rect.translated(dx, dy))

    def paint(self, painter: QPainter) -> None:
        draw_mark(painter, self.kind, self.rect)

    def boxes(self) -> list[DrawnBox]:
        return [DrawnBox("mark", self.rect, str(self.kind))]


@dataclass(frozen=True)
class ShapeOp:
    """Rules, fills and frames: decoration that text may sit on top of.

    Everything is a filled area (a rule is a thin rectangle, a frame a ring), so nothing
    is stroked past its rectangle and no pen styles are needed.
    """

    rect: QRectF
    color: QColor
    frame_width: float = 0.0  # 0 fills the whole rectangle; more draws a frame inside it

    def shifted(self, dx: float, dy: float) -> ShapeOp:
        return ShapeOp(self.rect.translated(dx, dy), self.color, self.frame_width)

    def paint(self, painter: QPainter) -> None:
        # fillPath, not fillRect: fillRect's overloads make PySide build the whole Qt
        # namespace of enums, a twentieth of a second at every print-plan start.
        area = QPainterPath()
        area.addRect(self.rect)
        if self.frame_width:
            w = self.frame_width
            area.addRect(self.rect.adjusted(w, w, -w, -w))  # odd-even fill: a ring
        painter.fillPath(area, QBrush(self.color))

    def boxes(self) -> list[DrawnBox]:
        return []


def rule(x: float, y: float, width: float, thickness: float, color: QColor = RULE) -> ShapeOp:
    """A horizontal line whose top edge is at ``y``."""
    return ShapeOp(QRectF(x, y, width, thickness), color)


Op = TextOp | MarkOp | ShapeOp


@dataclass
class Piece:
    """Laid-out content: operations relative to the piece's top-left, and its size."""

    width: float
    height: float = 0.0
    ops: list[Op] = field(default_factory=list)

    def place(self, other: Piece, dx: float, dy: float) -> None:
        """Put another piece inside this one at (dx, dy), growing the height to hold it."""
        self.ops.extend(op.shifted(dx, dy) for op in other.ops)
        self.height = max(self.height, dy + other.height)

    def stack(self, other: Piece, gap: float = 0.0, dx: float = 0.0) -> None:
        """Put another piece below everything so far."""
        top = self.height + gap if self.ops or self.height else 0.0
        self.place(other, dx, top)

    def add(self, op: Op) -> None:
        self.ops.append(op)
        self.height = max(self.height, op.rect.bottom())


@dataclass(frozen=True)
class Wrapped:
    lines: tuple[str, ...]
    widths: tuple[float, ...]
    cut: bool  # the text did not fit in max_lines and the last line ends in "…"


class Typesetter:
    """Fonts and line breaking for one paint device, with sizes given in points."""

    def __init__(self, device: QPaintDevice, family: str) -> None:
        self.device = device
        self.family = family
        self.px_per_pt = device.logicalDpiY() / 72.0

    def pt(self, points: float) -> float:
        return points * self.px_per_pt

    def font(self, size_pt: float, *, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        # The same metrics on screen preview and in the PDF: no hinting.
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # No "ff"/"fi" ligatures: the PDF's text then searches and copies as typed.
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def wrap(self, text: str, font: QFont, width: float, max_lines: int | None = None) -> Wrapped:
        """Break plain text into lines no wider than ``width``; long words break anywhere.

        Each line of the text starts a new paragraph. Past ``max_lines`` the rest of the
        text is squeezed into the last line and elided with "…".
        """
        metrics = self.metrics(font)
        paragraphs = [" ".join(p.split()) for p in text.splitlines()]
        paragraphs = [p for p in paragraphs if p] or [""]
        broken = [
            (index, start, line)
            for index, paragraph in enumerate(paragraphs)
            for start, line in _break_paragraph(paragraph, font, width, self.device)
        ]
        cut = False
        lines = [line for _, _, line in broken]
        if max_lines is not None and len(broken) > max_lines:
            index, start, _ = broken[max_lines - 1]
            remainder = " ".join([paragraphs[index][start:], *paragraphs[index + 1 :]]).strip()
            last = elide(metrics, remainder, width)
            cut = last != remainder
            lines = [*lines[: max_lines - 1], last]
        widths = tuple(metrics.horizontalAdvance(line) for line in lines)
        return Wrapped(tuple(lines), widths, cut)

    def text(
        self,
        text: str,
        size_pt: float,
        width: float,
        *,
        bold: bool = False,
        color: QColor = INK,
        max_lines: int | None = None,
        align_right: bool = False,
    ) -> tuple[Piece, bool]:
        """A block of wrapped text as a piece; the flag says it was cut short."""
        font = self.font(size_pt, bold=bold)
        metrics = self.metrics(font)
        wrapped = self.wrap(text, font, width, max_lines)
        spacing = metrics.lineSpacing()
        placed: list[tuple[QPointF, str]] = []
        widest = max(wrapped.widths, default=0.0)
        left = width - widest if align_right else 0.0
        for i, (line, line_width) in enumerate(zip(wrapped.lines, wrapped.widths, strict=True)):
            x = width - line_width if align_right else 0.0
            placed.append((QPointF(x, i * spacing + metrics.ascent()), line))
        height = (len(wrapped.lines) - 1) * spacing + metrics.height()
        piece = Piece(width)
        rect = QRectF(left, 0.0, widest, height)
        piece.add(TextOp(font, color, tuple(placed), rect))
        return piece, wrapped.cut

    def line_height(self, size_pt: float, *, bold: bool = False) -> float:
        return self.metrics(self.font(size_pt, bold=bold)).height()

    def advance(self, text: str, size_pt: float, *, bold: bool = False) -> float:
        return self.metrics(self.font(size_pt, bold=bold)).horizontalAdvance(text)


def elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    """The longest start of ``text`` that fits in ``width`` with "…" after it."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def _break_paragraph(
    paragraph: str, font: QFont, width: float, device: QPaintDevice
) -> list[tuple[int, str]]:
    """(start index, text) of each line; Qt counts in UTF-16 units, Python in code points."""
    if not paragraph:
        return [(0, "")]
    layout = QTextLayout(paragraph, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    utf16 = paragraph.encode("utf-16-le", "surrogatepass")
    result: list[tuple[int, str]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        before = utf16[: 2 * start].decode("utf-16-le", "surrogatepass")
        text = utf16[2 * start : 2 * (start + length)].decode("utf-16-le", "surrogatepass")
        result.append((len(before), text.rstrip()))
    layout.endLayout()
    return result
