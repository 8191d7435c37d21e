"""How each kind of record is added, updated, deleted and found: typed, one entry per kind.

Every operation is an ordinary call of a named repository method, so a type checker and a
code search see each one (no method looked up by a built name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from bakeryplan.domain.model import Actual, Feedback, Goal, Measure, Person, Plan, Review, Step
from bakeryplan.editing.change_notice import ChangeKind
from bakeryplan.store.repository import PlanRepository


class Stored(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=Stored)


@dataclass(frozen=True)
class RecordKind(Generic[T]):
    """One concept's operations on the plan file and its records in a Plan value."""

    change: ChangeKind
    add: Callable[[PlanRepository, T], T]
    update: Callable[[PlanRepository, T], None]
    delete: Callable[[PlanRepository, int], None]
    records: Callable[[Plan], Sequence[T]]

    def current(self, plan: Plan, item_id: int) -> T:
        """The stored record ``item_id``; KeyError when the plan has none."""
        for item in self.records(plan):
            if item.id == item_id:
                return item
        raise KeyError(item_id)


PERSON = RecordKind[Person](
    ChangeKind.PERSON,
    add=PlanRepository.add_person,
    update=PlanRepository.update_person,
    delete=PlanRepository.delete_person,
    records=lambda plan: plan.people,
)
GOAL = RecordKind[Goal](
    ChangeKind.GOAL,
    add=PlanRepository.add_goal,
    update=PlanRepository.update_goal,
    delete=PlanRepository.delete_goal,
    records=lambda plan: plan.goals,
)
MEASURE = RecordKind[Measure](
    ChangeKind.MEASURE,
    add=PlanRepository.add_measure,
    update=PlanRepository.update_measure,
    delete=PlanRepository.delete_measure,
    records=lambda plan: plan.measures,
)
ACTUAL = RecordKind[Actual](
    ChangeKind.ACTUAL,
    add=PlanRepository.add_actual,
    update=PlanRepository.update_actual,
    delete=PlanRepository.delete_actual,
    records=lambda plan: plan.actuals,
)
STEP = RecordKind[Step](
    ChangeKind.STEP,
    add=PlanRepository.add_step,
    update=PlanRepository.update_step,
    delete=PlanRepository.delete_step,
    records=lambda plan: plan.steps,
)
FEEDBACK = RecordKind[Feedback](
    ChangeKind.FEEDBACK,
    add=PlanRepository.add_feedback,
    update=PlanRepository.update_feedback,
    delete=PlanRepository.delete_feedback,
    records=lambda plan: plan.feedback,
)
REVIEW = RecordKind[Review](
    ChangeKind.REVIEW,
    add=PlanRepository.add_review,
    update=PlanRepository.update_review,
    delete=PlanRepository.delete_review,
    records=lambda plan: plan.reviews,
)
