"""Deletes that take other records with them or unlink them: a goal, a measure, a person.

What goes is computed once, by ``domain.cascade``, when the command is made; the command
removes children explicitly (deepest first) and unlinks what refers to the deleted record,
so undo puts back exactly what was there without depending on how the store cascades.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from bakeryplan.domain.cascade import Cascade, goal_deletion, measure_deletion, person_deletion
from bakeryplan.domain.model import Person
from bakeryplan.editing import record_kinds as kinds
from bakeryplan.editing.change_notice import ChangeKind, Operation, PlanChange, change
from bakeryplan.editing.plan_command import PlanCommand
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository


class CascadingDelete(PlanCommand):
    """The writes and the notice of any ``Cascade``; ``person`` is the person removed."""

    def __init__(
        self, document: PlanDocument, text: str, cascade: Cascade, person: Person | None = None
    ) -> None:
        super().__init__(document, text)
        self.cascade = cascade
        self.person = person

    def apply(self, repository: PlanRepository) -> None:
        c = self.cascade
        for feedback in c.feedback_after():
            repository.update_feedback(feedback)
        for goal in c.goals_after():
            repository.update_goal(goal)
        for step in c.steps_after():
            repository.update_step(step)
        for actual in c.actuals:
            repository.delete_actual(actual.id)
        for measure in c.measures:
            repository.delete_measure(measure.id)
        for step in c.steps:
            repository.delete_step(step.id)
        for goal in reversed(c.goals):
            repository.delete_goal(goal.id)
        if self.person is not None:
            repository.delete_person(self.person.id)

    def revert(self, repository: PlanRepository) -> None:
        c = self.cascade
        if self.person is not None:
            repository.add_person(self.person)
        for goal in c.goals:
            repository.add_goal(goal)
        for measure in c.measures:
            repository.add_measure(measure)
        for actual in c.actuals:
            repository.add_actual(actual)
        for step in c.steps:
            repository.add_step(step)
        for step in c.unassigned_steps:
            repository.update_step(step)
        for goal in c.unassigned_goals:
            repository.update_goal(goal)
        for feedback in c.unlinked_feedback:
            repository.update_feedback(feedback)

    def changes(self) -> Iterable[PlanChange]:
        c, removed, edited = self.cascade, Operation.REMOVED, Operation.EDITED
        if self.person is not None:
            yield change(ChangeKind.PERSON, removed, [self.person.id])
        yield change(ChangeKind.GOAL, removed, (g.id for g in c.goals))
        yield change(ChangeKind.MEASURE, removed, (m.id for m in c.measures))
        yield change(ChangeKind.ACTUAL, removed, (a.id for a in c.actuals))
        yield change(ChangeKind.STEP, removed, (s.id for s in c.steps))
        yield change(ChangeKind.FEEDBACK, edited, (f.id for f in c.unlinked_feedback))
        yield change(ChangeKind.GOAL, edited, (g.id for g in c.unassigned_goals))
        yield change(ChangeKind.STEP, edited, (s.id for s in c.unassigned_steps))


class DeleteGoal(CascadingDelete):
    """A goal with its sub-goals, measures, actuals and steps; its feedback unlinked."""

    def __init__(self, document: PlanDocument, goal_id: int) -> None:
        super().__init__(
            document, translate("commands", "Delete goal"), goal_deletion(document.plan, goal_id)
        )


class DeleteMeasure(CascadingDelete):
    """A measure and its actuals."""

    def __init__(self, document: PlanDocument, measure_id: int) -> None:
        cascade = measure_deletion(document.plan, measure_id)
        super().__init__(document, translate("commands", "Delete measure"), cascade)


class DeletePerson(CascadingDelete):
    """A person; the goals and steps they owned are kept, with no owner."""

    def __init__(self, document: PlanDocument, person_id: int) -> None:
        person = kinds.PERSON.current(document.plan, person_id)
        cascade = person_deletion(document.plan, person_id)
        super().__init__(document, translate("commands", "Delete person"), cascade, person)
