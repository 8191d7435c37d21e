"""How each kind of record is added, updated, deleted and found: typed, one entry per kind.

Every operation is an ordinary call of a named repository method, so a type checker and a
code search see each one (no method looked up by a built name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from bakeryplan.domain.model import Actual, Feedback, Goal, Measure, Person, Plan, Review, Step
from bakeryplan.editing.change_notice import ChangeKind

if TYPE_CHECKING:
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
    add=lambda repository, item: repository.add_person(item),
    update=lambda repository, item: repository.update_person(item),
    delete=lambda repository, item_id: repository.delete_person(item_id),
    records=lambda plan: plan.people,
)
GOAL = RecordKind[Goal](
    ChangeKind.GOAL,
    add=lambda repository, item: repository.add_goal(item),
    update=lambda repository, item: repository.update_goal(item),
    delete=lambda repository, item_id: repository.delete_goal(item_id),
    records=lambda plan: plan.goals,
)
MEASURE = RecordKind[Measure](
    ChangeKind.MEASURE,
    add=lambda repository, item: repository.add_measure(item),
    update=lambda repository, item: repository.update_measure(item),
    delete=lambda repository, item_id: repository.delete_measure(item_id),
    records=lambda plan: plan.measures,
)
ACTUAL = RecordKind[Actual](
    ChangeKind.ACTUAL,
    add=lambda repository, item: repository.add_actual(item),
    update=lambda repository, item: repository.update_actual(item),
    delete=lambda repository, item_id: repository.delete_actual(item_id),
    records=lambda plan: plan.actuals,
)
STEP = RecordKind[Step](
    ChangeKind.STEP,
    add=lambda repository, item: repository.add_step(item),
    update=lambda repository, item: repository.update_step(item),
    delete=lambda repository, item_id: repository.delete_step(item_id),
    records=lambda plan: plan.steps,
)
FEEDBACK = RecordKind[Feedback](
    ChangeKind.FEEDBACK,
    add=lambda repository, item: repository.add_feedback(item),
    update=lambda repository, item: repository.update_feedback(item),
    delete=lambda repository, item_id: repository.delete_feedback(item_id),
    records=lambda plan: plan.feedback,
)
REVIEW = RecordKind[Review](
    ChangeKind.REVIEW,
    add=lambda repository, item: repository.add_review(item),
    update=lambda repository, item: repository.update_review(item),
    delete=lambda repository, item_id: repository.delete_review(item_id),
    records=lambda plan: plan.reviews,
)
