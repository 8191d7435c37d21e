"""Fitting the huddle page's sections on exactly one page.

Sections are laid out at a body size of 12 pt, then smaller sizes down to 8 pt until
everything fits. When even 8 pt is too small the vision is shortened and goals and steps
are cut, each list ending with a line that says how many more are in the app. Goals that
need attention (at risk, behind) keep their place first; steps keep the soonest due.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bakeryplan.reports.one_page_content import OnePageContent
from bakeryplan.reports.one_page_paint import DrawnBox, Piece, Typesetter
from bakeryplan.reports.one_page_sections import MIN_BODY_PT, Sections, Sizes
from bakeryplan.text.translate import PLURAL, translate

Item = TypeVar("Item")

BODY_SIZES_PT = (12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, MIN_BODY_PT)
DEFAULT_BODY_PT = BODY_SIZES_PT[0]
VISION_LINES_WHEN_SHORT_OF_SPACE = 6

__all__ = ["BODY_SIZES_PT", "DEFAULT_BODY_PT", "MIN_BODY_PT", "LayoutResult", "PageLayout"]


@dataclass(frozen=True)
class LayoutResult:
    """What the page showed and left out, the type size used, and every box drawn."""

    body_pt: float
    goals_shown: int
    goals_total: int
    steps_shown: int
    steps_total: int
    vision_cut: bool
    left_out: tuple[str, ...]  # the sentences printed about what is only in the app
    boxes: tuple[DrawnBox, ...]
    clipped: bool = False  # the page is too small even for the shortest layout

    @property
    def cut(self) -> bool:
        return bool(self.left_out)


class PageLayout:
    """Builds the page for one content at one width; ``fit`` picks sizes and cuts."""

    def __init__(self, ts: Typesetter, content: OnePageContent, width: float, height: float):
        self.ts = ts
        self.content = content
        self.width = width
        self.height = height
        self.sections = Sections(ts, content, width)

    # ---- fitting -------------------------------------------------------------------------

    def fit(self) -> tuple[Piece, LayoutResult]:
        """Everything at the largest type that holds it; else a cut at the smallest type."""
        goals, steps = self.content.goals, self.content.steps
        for z, vision_lines in self._attempts():
            top, vision_cut = self._top(z, vision_lines)
            budget = self.height - top.height - self._bottom_height(z)
            # Each goal takes at least two lines and each step one: skip hopeless sizes
            # without measuring hundreds of rows.
            line = self.ts.line_height(z.body)
            if (2 * len(goals) + len(steps)) * line > budget:
                continue
            goal_rows = _rows_within(budget, goals, self.sections.goal_row, z)
            if goal_rows is None:
                continue
            step_budget = budget - sum(row.height for row in goal_rows)
            step_rows = _rows_within(step_budget, steps, self.sections.step_row, z)
            if step_rows is None:
                continue
            every_goal, every_step = list(range(len(goals))), list(range(len(steps)))
            return self._assemble(z, top, vision_cut, goal_rows, every_goal, step_rows, every_step)
        return self._cut_to_fit(Sizes(MIN_BODY_PT))

    @staticmethod
    def _attempts() -> list[tuple[Sizes, int | None]]:
        """Type sizes to try with the whole vision, then the smallest with a short one."""
        whole = [(Sizes(body), None) for body in BODY_SIZES_PT]
        return [*whole, (Sizes(MIN_BODY_PT), VISION_LINES_WHEN_SHORT_OF_SPACE)]

    def _cut_to_fit(self, z: Sizes) -> tuple[Piece, LayoutResult]:
        content = self.content
        for vision_lines in (VISION_LINES_WHEN_SHORT_OF_SPACE, 3, 1):
            top, vision_cut = self._top(z, vision_lines)
            budget = self.height - top.height - self._bottom_height(z)
            if budget >= 0:
                break
        more_height = self.sections.more_line("+0 more", z).height
        by_attention = sorted(range(len(content.goals)), key=lambda i: content.goals[i].attention)
        lists: dict[str, list[int]] = {"goals": [], "steps": []}
        rows: dict[str, list[Piece]] = {"goals": [], "steps": []}
        order = {"goals": by_attention, "steps": list(range(len(content.steps)))}
        build: dict[str, Callable[[int], Piece]] = {
            "goals": lambda i: self.sections.goal_row(content.goals[i], z),
            "steps": lambda i: self.sections.step_row(content.steps[i], z),
        }
        active = {name: bool(order[name]) for name in order}
        used = 0.0
        while any(active.values()):
            for name in ("goals", "steps"):
                if not active[name]:
                    continue
                index = order[name][len(lists[name])]
                row = build[name](index)
                incomplete = sum(
                    len(order[n]) - len(lists[n]) - (1 if n == name else 0) > 0 for n in order
                )
                if used + row.height + incomplete * more_height <= budget:
                    lists[name].append(index)
                    rows[name].append(row)
                    used += row.height
                    active[name] = len(lists[name]) < len(order[name])
                else:
                    active[name] = False
        # Goals were chosen by attention; they are shown in the plan's own order.
        shown_goals = sorted(zip(lists["goals"], rows["goals"], strict=True), key=lambda p: p[0])
        return self._assemble(
            z,
            top,
            vision_cut,
            [row for _, row in shown_goals],
            [i for i, _ in shown_goals],
            rows["steps"],
            lists["steps"],
        )

    # ---- assembling ----------------------------------------------------------------------

    def _assemble(
        self,
        z: Sizes,
        top: Piece,
        vision_cut: bool,
        goal_rows: list[Piece],
        goal_indexes: list[int],
        step_rows: list[Piece],
        step_indexes: list[int],
    ) -> tuple[Piece, LayoutResult]:
        content = self.content
        gap = self.ts.pt(z.body * 0.5)
        section_gap = self.ts.pt(z.body * 0.8)
        page = Piece(self.width)
        page.stack(top)
        left_out: list[str] = []
        if vision_cut:
            left_out.append(translate("one_page", "The full vision is in the app."))
        page.stack(self.sections.goals_heading(z), section_gap)
        if not content.goals:
            page.stack(
                self.sections.quiet(
                    translate("one_page", "No goals yet. Add the first one in the app."), z
                ),
                gap,
            )
        for row in goal_rows:
            page.stack(row)
        hidden_goals = len(content.goals) - len(goal_indexes)
        if hidden_goals:
            text = translate("one_page", "+%n more goal(s) in the app", None, PLURAL, hidden_goals)
            left_out.append(text)
            page.stack(self.sections.more_line(text, z))
        page.stack(self.sections.steps_heading(z), section_gap)
        if not content.steps:
            page.stack(
                self.sections.quiet(
                    translate("one_page", "Nothing is due in the next two weeks."), z
                ),
                gap,
            )
        for row in step_rows:
            page.stack(row)
        hidden_steps = len(content.steps) - len(step_indexes)
        if hidden_steps:
            text = translate("one_page", "+%n more step(s) in the app", None, PLURAL, hidden_steps)
            left_out.append(text)
            page.stack(self.sections.more_line(text, z))
        page.stack(self.sections.feedback(z), section_gap)
        page.stack(self.sections.notes(z, self.height - page.height - section_gap), section_gap)
        boxes = tuple(box for op in page.ops for box in op.boxes())
        clipped = page.height > self.height + 0.5
        result = LayoutResult(
            body_pt=z.body,
            goals_shown=len(goal_indexes),
            goals_total=len(content.goals),
            steps_shown=len(step_indexes),
            steps_total=len(content.steps),
            vision_cut=vision_cut,
            left_out=tuple(left_out),
            boxes=boxes,
            clipped=clipped,
        )
        return page, result

    def _top(self, z: Sizes, vision_lines: int | None) -> tuple[Piece, bool]:
        """Header and vision: the part above the goals."""
        piece = self.sections.header(z)
        gap = self.ts.pt(z.body * 0.5)
        section_gap = self.ts.pt(z.body * 0.8)
        piece.stack(self.sections.heading(translate("one_page", "Our vision"), z), section_gap)
        vision, cut = self.sections.vision(z, vision_lines)
        piece.stack(vision, gap)
        return piece, cut

    def _bottom_height(self, z: Sizes) -> float:
        """Everything but the rows of goals and steps, below the vision, at its least."""
        gap = self.ts.pt(z.body * 0.5)
        section_gap = self.ts.pt(z.body * 0.8)
        goals_empty = self.sections.quiet("x", z).height + gap if not self.content.goals else 0.0
        steps_empty = self.sections.quiet("x", z).height + gap if not self.content.steps else 0.0
        return (
            section_gap
            + self.sections.goals_heading(z).height
            + goals_empty
            + section_gap
            + self.sections.steps_heading(z).height
            + steps_empty
            + section_gap
            + self.sections.feedback(z).height
            + section_gap
            + self.sections.notes(z, 0.0).height
        )


def _rows_within(
    budget: float, items: Sequence[Item], build: Callable[[Item, Sizes], Piece], z: Sizes
) -> list[Piece] | None:
    """Every item's row at sizes ``z``, or None as soon as they no longer fit in ``budget``."""
    rows: list[Piece] = []
    used = 0.0
    for item in items:
        row = build(item, z)
        used += row.height
        if used > budget:
            return None
        rows.append(row)
    return rows
