"""Every user edit as an undoable command: the one module panels and wizards import.

Each ``redo`` and ``undo`` runs exactly one repository transaction (``repository.atomic()``)
and then ``document.reload(notice)``, which announces what changed once. Commands keep the
values they need to undo (frozen dataclasses, so nothing changes under them); a value added
and then undone is re-inserted with the same id on redo, so later commands that refer to
that id stay valid.
"""

from __future__ import annotations

from bakeryplan.editing.cascading_deletes import DeleteGoal, DeleteMeasure, DeletePerson
from bakeryplan.editing.goal_breakdown_command import AddGoalBreakdown
from bakeryplan.editing.import_entries_command import ImportEntries
from bakeryplan.editing.plan_command import CompositeCommand, PlanCommand
from bakeryplan.editing.record_commands import (
    AddActual,
    AddFeedback,
    AddGoal,
    AddMeasure,
    AddPerson,
    AddReview,
    AddStep,
    AddVisionRevision,
    DeleteActual,
    DeleteFeedback,
    DeleteReview,
    DeleteStep,
    EditActual,
    EditFeedback,
    EditGoal,
    EditMeasure,
    EditPerson,
    EditReview,
    EditStep,
    PlanFromLastYear,
    SetBusiness,
    actuals_import,
    delete_actuals,
)
from bakeryplan.editing.reorder_commands import MoveGoal, MoveStep
from bakeryplan.editing.review_commands import HoldReview, feedback_as_step

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
    "ImportEntries",
    "MoveGoal",
    "MoveStep",
    "PlanCommand",
    "PlanFromLastYear",
    "SetBusiness",
    "actuals_import",
    "delete_actuals",
    "feedback_as_step",
]
