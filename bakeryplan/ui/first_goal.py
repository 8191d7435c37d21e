"""After a new plan: the next step is a first goal, so the app says so and offers it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs


def offer_first_goal(parent: QWidget | None, document: PlanDocument) -> bool:
    """Ask whether to add the first goal now; the goal wizard if so. True when one was added."""
    if document.read_only or document.plan.goals:
        return False
    wanted = dialogs.ask(
        parent,
        translate("FirstGoal", "Add your first goal"),
        translate(
            "FirstGoal",
            "Your plan is ready. The next step is a first goal: something the business "
            "wants to reach, who owns it, by when, and a number that shows progress.\n\n"
            "The goal wizard asks for each in turn; it takes a few minutes.",
        ),
        translate("FirstGoal", "Add your first goal…"),
    )
    if not wanted:
        return False
    from bakeryplan.ui.wizards.goal_wizard import run_goal_wizard

    return run_goal_wizard(parent, document)
