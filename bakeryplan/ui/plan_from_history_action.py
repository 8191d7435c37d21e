"""Plan a measure from last year: from the goals tab (the dialog, then one undoable edit),
or from the Edit measure form (the dialog fills the form; OK saves it as the form's edit)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from bakeryplan.domain.model import Measure, Plan
from bakeryplan.ui import commands, dialogs
from bakeryplan.ui.widgets.parsing import number_edit_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bakeryplan.ui.document import PlanDocument
    from bakeryplan.ui.widgets.form import FormDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanFromHistory", text)


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


def offer_in_form(
    form: FormDialog, plan: Plan, measure: Measure, today: date
) -> Callable[[], Measure]:
    """A "Plan from last year…" button in a measure's form. Its dialog starts from the
    measure as the form says it; once accepted, the form's numbers and dates show the new
    plan. Returns what the form's values apply to: the measure with the curve drawn last."""
    drawn = [measure]
    button = QPushButton(_tr("Plan from &last year…"), form)

    def plan_it() -> None:
        typed = dataclasses.replace(drawn[0], **form.values())
        derived = dialogs.plan_from_last_year(form, plan, typed, today)
        if derived is None:
            return
        drawn[0] = derived
        for key in ("baseline", "target"):
            form.set_text(key, number_edit_text(getattr(derived, key), form.decimal_mark))
        form.set_date("start", derived.start)
        form.set_date("target_date", derived.target_date)

    button.clicked.connect(plan_it)
    form.add_widget_row(_tr("Seasonal plan:"), button)
    return lambda: drawn[0]
