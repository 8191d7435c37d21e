"""Plan a measure from last year: the dialog, then one undoable edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bakeryplan.editing import commands
from bakeryplan.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bakeryplan.editing.document import PlanDocument


def plan_measure_from_last_year(
    document: PlanDocument, measure_id: int, parent: QWidget | None = None
) -> bool:
    """Open "Plan from last year" for a measure; True when its new plan was saved."""
    measure = document.plan.measure(measure_id)
    if measure is None or document.read_only:
        return False
    derived = dialogs.plan_from_last_year(parent, document.plan, measure, document.today())
    if derived is None:
        return False
    document.push(commands.PlanFromLastYear(document, derived))
    return True
