"""Every user edit as an undoable command (the one module panels and wizards import).

Each ``redo`` and ``undo`` runs exactly one repository transaction (``repository.atomic()``)
and then ``document.reload()``, which emits ``document.changed`` once. Commands keep the
values they need to undo (frozen dataclasses, so nothing changes under them); a value added
and then undone is re-inserted with the same id on redo, so later commands that refer to
that id stay valid.

Command texts name the kind of edit only ("Add goal"), never user text: they end up in
menu items where ``&`` would turn into a mnemonic.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bakeryplan.domain.model import Actual, Business, VisionRevision
from bakeryplan.ui.command_base import (
    ACTUAL,
    FEEDBACK,
    GOAL,
    MEASURE,
    PERSON,
    REVIEW,
    STEP,
    AddItem,
    CompositeCommand,
    DeleteItem,
    EditItem,
    PlanCommand,
    tr,
)
from bakeryplan.ui.command_review import HoldReview, feedback_as_step
from bakeryplan.ui.command_structure import (
    AddGoalBreakdown,
    DeleteGoal,
    DeleteMeasure,
    DeletePerson,
    MoveGoal,
    MoveStep,
)

if TYPE_CHECKING:
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.document import PlanDocument


class AddPerson(AddItem):
    kind, label = PERSON, "Add person"


class EditPerson(EditItem):
    kind, label = PERSON, "Edit person"


class AddGoal(AddItem):
    kind, label = GOAL, "Add goal"


class EditGoal(EditItem):
    kind, label = GOAL, "Edit goal"


class AddMeasure(AddItem):
    kind, label = MEASURE, "Add measure"


class EditMeasure(EditItem):
    """A measure as its form saves it (the form says whether a plan is still the one drawn
    from last year: ``MeasureForm.measure``)."""

    kind, label = MEASURE, "Edit measure"


class PlanFromLastYear(EditItem):
    """The measure with the plan drawn from last year: its curve, baseline, target and dates
    replaced in one transaction; undo puts the previous plan back."""

    kind, label = MEASURE, "Plan from last year"


class AddActual(AddItem):
    kind, label = ACTUAL, "Add actual"


class EditActual(EditItem):
    kind, label = ACTUAL, "Edit actual"


class DeleteActual(DeleteItem):
    kind, label = ACTUAL, "Delete actual"


class AddStep(AddItem):
    kind, label = STEP, "Add step"


class EditStep(EditItem):
    kind, label = STEP, "Edit step"


class DeleteStep(DeleteItem):
    kind, label = STEP, "Delete step"


class AddFeedback(AddItem):
    kind, label = FEEDBACK, "Add feedback"


class EditFeedback(EditItem):
    kind, label = FEEDBACK, "Edit feedback"


class DeleteFeedback(DeleteItem):
    kind, label = FEEDBACK, "Delete feedback"


class AddReview(AddItem):
    kind, label = REVIEW, "Add review"


class EditReview(EditItem):
    kind, label = REVIEW, "Edit review"


class DeleteReview(DeleteItem):
    kind, label = REVIEW, "Delete review"


# --- business and vision ---------------------------------------------------------


class SetBusiness(PlanCommand):
    def __init__(self, document: PlanDocument, business: Business) -> None:
        super().__init__(document, tr("Edit business details"))
        self.before = document.plan.business
        self.after = business

    def apply(self, repository: PlanRepository) -> None:
        repository.set_business(self.after)

    def revert(self, repository: PlanRepository) -> None:
        repository.set_business(self.before)


class AddVisionRevision(PlanCommand):
    """A new vision revision; earlier ones are kept, undo removes only this one."""

    def __init__(self, document: PlanDocument, revision: VisionRevision) -> None:
        super().__init__(document, tr("Revise vision"))
        self.revision = revision

    def apply(self, repository: PlanRepository) -> None:
        self.revision = repository.add_vision(self.revision)

    def revert(self, repository: PlanRepository) -> None:
        repository.delete_vision(self.revision.id)


def actuals_import(document: PlanDocument, actuals: Sequence[Actual]) -> CompositeCommand:
    """All imported actuals as one undo step."""
    return CompositeCommand(
        document, tr("Import actuals"), [AddActual(document, a) for a in actuals]
    )


def delete_actuals(document: PlanDocument, actual_ids: Sequence[int]) -> PlanCommand:
    """One or several actuals deleted as one undo step."""
    if len(actual_ids) == 1:
        return DeleteActual(document, actual_ids[0])
    return CompositeCommand(
        document, tr("Delete actuals"), [DeleteActual(document, i) for i in actual_ids]
    )


__all__ = [
    "AddActual",
    "AddFeedback",
    "AddGoal",
    "AddGoalBreakdown",
    "AddMeasure",
    "AddPerson",
    "AddReview",
    "AddStep",
    "AddVisionRevision",
    "CompositeCommand",
    "DeleteActual",
    "DeleteFeedback",
    "DeleteGoal",
    "DeleteMeasure",
    "DeletePerson",
    "DeleteReview",
    "DeleteStep",
    "EditActual",
    "EditFeedback",
    "EditGoal",
    "EditMeasure",
    "EditPerson",
    "EditReview",
    "EditStep",
    "HoldReview",
    "MoveGoal",
    "MoveStep",
    "PlanCommand",
    "PlanFromLastYear",
    "SetBusiness",
    "actuals_import",
    "delete_actuals",
    "feedback_as_step",
]
