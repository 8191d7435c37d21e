"""The sections of the huddle page, each laid out at one type size and page width.

Every section is a ``Piece`` (operations with exact rectangles and a height), so the
fitting in ``one_page_layout`` can measure a section and then place exactly what it
measured. Columns are set so that nothing in a row can overlap its neighbour: every text
is wrapped (and, past its line limit, elided) inside its own column.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from bakeryplan.reports.one_page_content import GoalLine, OnePageContent, StepLine
from bakeryplan.reports.one_page_marks import LEGEND, health_mark
from bakeryplan.reports.one_page_paint import (
    INK,
    LIGHT_FILL,
    SOFT_INK,
    MarkOp,
    Piece,
    ShapeOp,
    Typesetter,
    rule,
)
from bakeryplan.text.sentences import health_label
from bakeryplan.text.translate import PLURAL, translate

MIN_BODY_PT = 8.0
NOTE_RULE_SPACING_PT = 22.0  # handwriting needs about 8 mm between lines
NOTE_MIN_RULES = 3


@dataclass(frozen=True)
class StepColumns:
    mark: float
    title_x: float
    title_width: float
    who_x: float
    who_width: float
    when_x: float
    when_width: float


@dataclass(frozen=True)
class Sizes:
    body: float

    @property
    def title(self) -> float:
        return self.body * 5 / 3

    @property
    def heading(self) -> float:
        return self.body * 1.2

    @property
    def small(self) -> float:
        return max(self.body * 0.85, MIN_BODY_PT)


class Sections:
    """Builds each part of the page for one content at one width."""

    def __init__(self, ts: Typesetter, content: OnePageContent, width: float) -> None:
        self.ts = ts
        self.content = content
        self.width = width

    def header(self, z: Sizes) -> Piece:
        ts, content = self.ts, self.content
        huddle = translate("one_page", "Staff huddle")
        right_width = min(
            max(ts.advance(huddle, z.body, bold=True), ts.advance(content.date_text, z.body)) + 1.0,
            self.width * 0.45,
        )
        gap = ts.pt(z.body)
        name, _ = ts.text(
            content.business_name, z.title, self.width - right_width - gap, bold=True, max_lines=2
        )
        label, _ = ts.text(huddle, z.body, right_width, bold=True, align_right=True)
        day, _ = ts.text(content.date_text, z.body, right_width, align_right=True, max_lines=2)
        right = Piece(right_width)
        right.stack(label)
        right.stack(day)
        piece = Piece(self.width)
        piece.place(name, 0.0, 0.0)
        piece.place(right, self.width - right_width, max(0.0, name.height - right.height) / 2)
        piece.add(rule(0.0, piece.height + ts.pt(5), self.width, ts.pt(2), INK))
        return piece

    def heading(self, text: str, z: Sizes, note: str = "") -> Piece:
        ts = self.ts
        heading, _ = ts.text(text.upper(), z.heading, self.width, bold=True)
        if not note:
            return heading
        heading_width = ts.advance(text.upper(), z.heading, bold=True) + ts.pt(z.body)
        note_width = self.width - heading_width
        piece = Piece(self.width)
        piece.place(heading, 0.0, 0.0)
        note_piece, _ = ts.text(note, z.small, note_width, color=SOFT_INK, align_right=True)
        baseline_gap = max(0.0, heading.height - note_piece.height) * 0.7
        piece.place(note_piece, heading_width, baseline_gap)
        return piece

    def vision(self, z: Sizes, max_lines: int | None) -> tuple[Piece, bool]:
        ts = self.ts
        pad = ts.pt(z.body * 0.6)
        bar = ts.pt(3)
        inner_width = self.width - bar - pad * 2
        text = self.content.vision
        color = INK if text else SOFT_INK
        body, cut = ts.text(
            text
            or translate("one_page", "No vision written yet: write it in the app under Vision."),
            z.body,
            inner_width,
            color=color,
            max_lines=max_lines,
        )
        inner = Piece(inner_width)
        inner.stack(body)
        if cut:
            more, _ = ts.text(
                translate("one_page", "The full vision is in the app."),
                z.small,
                inner_width,
                bold=True,
                color=SOFT_INK,
            )
            inner.stack(more, ts.pt(z.body * 0.25))
        piece = Piece(self.width)
        height = inner.height + pad * 2
        piece.add(ShapeOp(QRectF(0, 0, self.width, height), LIGHT_FILL))
        piece.add(ShapeOp(QRectF(0, 0, bar, height), INK))
        piece.place(inner, bar + pad, pad)
        return piece, cut

    def goals_heading(self, z: Sizes) -> Piece:
        title = translate("one_page", "Our goals")
        heading = self.heading(title, z)
        if not self.content.goals:
            return heading
        legend = self.legend(z, self.width)
        piece = Piece(self.width)
        piece.place(heading, 0.0, 0.0)
        heading_width = self.ts.advance(title.upper(), z.heading, bold=True) + self.ts.pt(z.body)
        if legend.width <= self.width - heading_width:
            piece.place(legend, self.width - legend.width, max(0.0, heading.height - legend.height))
        else:
            piece.stack(self.legend(z, self.width), self.ts.pt(z.body * 0.25))
        piece.height += self.ts.pt(z.body * 0.2)
        return piece

    def legend(self, z: Sizes, width: float) -> Piece:
        """The five marks with their words, flowed into as many lines as the width needs."""
        ts = self.ts
        mark_side = ts.line_height(z.small) * 0.9
        item_gap = ts.pt(z.small * 0.9)
        piece = Piece(0.0)
        x = y = 0.0
        line_height = ts.line_height(z.small)
        for health in LEGEND:
            label_width = ts.advance(health_label(health), z.small) + 1.0
            item_width = mark_side + ts.pt(3) + label_width
            if x > 0 and x + item_width > width:
                x, y = 0.0, y + line_height + ts.pt(2)
            piece.add(
                MarkOp(
                    health_mark(health),
                    QRectF(x, y + (line_height - mark_side) / 2, mark_side, mark_side),
                )
            )
            label, _ = ts.text(health_label(health), z.small, label_width, color=SOFT_INK)
            piece.place(label, x + mark_side + ts.pt(3), y)
            x += item_width + item_gap
            piece.width = max(piece.width, x - item_gap)
        return piece

    def goal_row(self, goal: GoalLine, z: Sizes) -> Piece:
        ts = self.ts
        pad = ts.pt(z.body * 0.3)
        gap = ts.pt(z.body * 0.8)
        mark_col = ts.pt(z.body * 1.6)
        figures_col = self.width * 0.36
        text_col = self.width - mark_col - figures_col - gap
        left = Piece(text_col)
        title, _ = ts.text(goal.title, z.body, text_col, bold=True, max_lines=3)
        left.stack(title)
        details, _ = ts.text(goal.details, z.body, text_col, color=SOFT_INK, max_lines=2)
        left.stack(details, ts.pt(1))
        right = Piece(figures_col)
        name, _ = ts.text(goal.measure_name, z.body, figures_col, color=SOFT_INK, max_lines=2)
        right.stack(name)
        figures_text = goal.measure_figures
        if ts.advance(figures_text, z.body, bold=True) > figures_col:
            figures_text = figures_text.replace(" · ", "\n")  # break between now and plan
        figures, _ = ts.text(figures_text, z.body, figures_col, bold=True, max_lines=3)
        right.stack(figures, ts.pt(1))
        piece = Piece(self.width)
        side = ts.line_height(z.body) * 0.95
        first_line = ts.line_height(z.body, bold=True)
        mark_rect = QRectF(0.0, pad + (first_line - side) / 2, side, side)
        piece.add(MarkOp(health_mark(goal.health), mark_rect))
        piece.place(left, mark_col, pad)
        piece.place(right, mark_col + text_col + gap, pad)
        piece.height += pad
        self._separator(piece)
        return piece

    def steps_heading(self, z: Sizes) -> Piece:
        ts = self.ts
        note = translate("one_page", "open steps due by {day}, and anything overdue").format(
            day=self.content.lookahead_end
        )
        piece = self.heading(translate("one_page", "The next two weeks"), z, note)
        if not self.content.steps:
            return piece
        columns = self.step_columns(z)
        header = Piece(self.width)
        for text, x, width in (
            (translate("one_page", "Step"), columns.title_x, columns.title_width),
            (translate("one_page", "Who"), columns.who_x, columns.who_width),
            (translate("one_page", "By when"), columns.when_x, columns.when_width),
        ):
            label, _ = ts.text(text, z.small, width, color=SOFT_INK, max_lines=1)
            header.place(label, x, 0.0)
        piece.stack(header, ts.pt(z.body * 0.3))
        return piece

    def step_columns(self, z: Sizes) -> StepColumns:
        ts = self.ts
        gap = ts.pt(z.body * 0.8)
        mark = ts.line_height(z.body) * 0.95
        title_x = ts.pt(z.body * 1.6)
        when_width = 1.0 + max(
            mark + ts.pt(3) + ts.advance(translate("one_page", "OVERDUE"), z.body, bold=True),
            ts.advance("00 Mmm 0000", z.body, bold=True),
            ts.advance(translate("one_page", "By when"), z.small),
        )
        who_width = self.width * 0.24
        title_width = self.width - title_x - who_width - when_width - gap * 2
        return StepColumns(
            mark,
            title_x,
            title_width,
            title_x + title_width + gap,
            who_width,
            self.width - when_width,
            when_width,
        )

    def step_row(self, step: StepLine, z: Sizes) -> Piece:
        ts = self.ts
        pad = ts.pt(z.body * 0.3)
        c = self.step_columns(z)
        side = c.mark
        line = ts.line_height(z.body)
        piece = Piece(self.width)
        piece.add(MarkOp("checkbox", QRectF(0.0, pad + (line - side) / 2, side, side)))
        title, _ = ts.text(step.title, z.body, c.title_width, max_lines=3)
        piece.place(title, c.title_x, pad)
        who, _ = ts.text(step.owner, z.body, c.who_width, max_lines=2)
        piece.place(who, c.who_x, pad)
        when = Piece(c.when_width)
        if step.overdue:
            when.add(MarkOp("overdue", QRectF(0.0, (line - side) / 2, side, side)))
            label, _ = ts.text(
                translate("one_page", "OVERDUE"), z.body, c.when_width - side - ts.pt(3), bold=True
            )
            when.place(label, side + ts.pt(3), 0.0)
        due, _ = ts.text(step.due, z.body, c.when_width, bold=step.overdue, max_lines=2)
        when.stack(due)
        piece.place(when, c.when_x, pad)
        piece.height += pad
        self._separator(piece)
        return piece

    def feedback(self, z: Sizes) -> Piece:
        ts = self.ts
        count = self.content.open_feedback
        label = translate("one_page", "Open feedback:")
        label_width = ts.advance(label, z.body, bold=True) + 1.0
        if count == 0:
            text = translate("one_page", "none waiting for an answer.")
        else:
            text = translate(
                "one_page", "%n piece(s) waiting for an answer (see Feedback in the app).",
                None, PLURAL, count
            )  # fmt: skip
        gap = ts.pt(z.body * 0.4)
        head, _ = ts.text(label, z.body, label_width, bold=True)
        rest, _ = ts.text(text, z.body, self.width - label_width - gap, max_lines=2)
        piece = Piece(self.width)
        piece.place(head, 0.0, 0.0)
        piece.place(rest, label_width + gap, 0.0)
        return piece

    def notes(self, z: Sizes, height: float) -> Piece:
        """The heading and an empty ruled box for what is said at the huddle."""
        ts = self.ts
        piece = self.heading(translate("one_page", "Notes from the huddle"), z)
        spacing = ts.pt(NOTE_RULE_SPACING_PT)
        top = piece.height + ts.pt(z.body * 0.3)
        box_height = max(height - top, spacing * NOTE_MIN_RULES + ts.pt(6))
        piece.add(ShapeOp(QRectF(0.0, top, self.width, box_height), SOFT_INK, ts.pt(1)))
        inset = ts.pt(6)
        y = spacing
        while y < box_height - ts.pt(4):
            piece.add(rule(inset, top + y, self.width - 2 * inset, ts.pt(0.5)))
            y += spacing
        return piece

    def quiet(self, text: str, z: Sizes) -> Piece:
        piece, _ = self.ts.text(text, z.body, self.width, color=SOFT_INK)
        return piece

    def more_line(self, text: str, z: Sizes) -> Piece:
        pad = self.ts.pt(z.body * 0.3)
        line, _ = self.ts.text(text, z.body, self.width, bold=True, color=SOFT_INK)
        piece = Piece(self.width)
        piece.place(line, self.ts.pt(z.body * 1.6), pad)
        piece.height += pad
        return piece

    def _separator(self, piece: Piece) -> None:
        """A thin rule under a row, inside the row's own height."""
        thickness = self.ts.pt(0.5)
        piece.add(rule(0.0, piece.height, self.width, thickness))
