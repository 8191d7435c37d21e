"""The sentence and the button each tab shows while it has nothing to show.

One function per tab, so a panel adds its cover with one line and the words of every
empty tab are read side by side here. A cover that needs a goal first opens the goal
wizard itself: panels never call each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.empty_state import EmptyCover

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument


def _cover(
    document: PlanDocument,
    area: QWidget,
    sentence: str,
    button: str,
    on_click: Callable[[], None],
    is_empty: Callable[[], bool],
) -> EmptyCover:
    cover = EmptyCover(area, sentence, button, on_click, is_empty, enabled=not document.read_only)
    document.plan_changed.connect(lambda _notice: cover.refresh())
    table: Any = area
    if hasattr(table, "empty_text"):
        table.empty_text = ""  # the cover says it, with its button
    return cover


def open_goal_wizard(parent: QWidget, document: PlanDocument) -> None:
    from bakeryplan.ui.wizards.goal_wizard import run_goal_wizard

    run_goal_wizard(parent.window(), document)


def goals_cover(panel: Any, area: QWidget) -> EmptyCover:
    document = panel.document
    return _cover(
        document,
        area,
        translate(
            "EmptyStates",
            "Goals are what the business wants to reach, each with someone who owns it, "
            "a date and a number that shows progress.",
        ),
        translate("EmptyStates", "Add your first goal…"),
        panel.add_goal,
        lambda: not document.plan.goals,
    )


def _needs_measure(panel: Any, area: QWidget, sentence: str) -> EmptyCover:
    document = panel.document
    return _cover(
        document,
        area,
        sentence,
        translate("EmptyStates", "Add a goal with a number…"),
        lambda: open_goal_wizard(panel, document),
        lambda: not document.plan.measures,
    )


def actuals_cover(panel: Any, area: QWidget) -> EmptyCover:
    return _needs_measure(
        panel,
        area,
        translate(
            "EmptyStates",
            "Here you record the real figures, day by day or week by week, and see them "
            "against the plan. First add a goal with a number to measure.",
        ),
    )


def chart_cover(panel: Any, area: QWidget) -> EmptyCover:
    document = panel.document
    return _cover(
        document,
        area,
        translate(
            "EmptyStates",
            "The chart shows how a number moves against its plan, week after week. Add a "
            "goal with a number to measure, or with steps, to see one.",
        ),
        translate("EmptyStates", "Add a goal with a number…"),
        lambda: open_goal_wizard(panel, document),
        lambda: not document.plan.measures and not document.plan.steps,
    )


def people_cover(panel: Any, area: QWidget) -> EmptyCover:
    document = panel.document
    return _cover(
        document,
        area,
        translate(
            "EmptyStates",
            "Everyone who owns a goal or a step, yourself too, so every piece of work has "
            "a name on it.",
        ),
        translate("EmptyStates", "Add a person…"),
        panel.add_person,
        lambda: not document.plan.people,
    )


def feedback_cover(panel: Any, area: QWidget) -> EmptyCover:
    document = panel.document
    return _cover(
        document,
        area,
        translate(
            "EmptyStates",
            "What your team, customers and suppliers tell you: note it, answer it, and "
            "turn a good idea into a step.",
        ),
        translate("EmptyStates", "Add feedback…"),
        panel.add_feedback,
        lambda: not document.plan.feedback,
    )


def reviews_cover(panel: Any, area: QWidget) -> EmptyCover:
    document = panel.document
    return _cover(
        document,
        area,
        translate(
            "EmptyStates",
            "Look at the plan together at a regular rhythm, see what changed, and keep "
            "what you decided.",
        ),
        translate("EmptyStates", "Hold your first review…"),
        panel.hold_review,
        lambda: not document.plan.reviews,
    )
