"""The goal wizard's result: a goal with its measures, steps and new people, one undo step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bakeryplan.domain.model import Goal, Measure, Person, Step
from bakeryplan.editing.change_notice import ChangeKind, Operation, PlanChange, change
from bakeryplan.editing.plan_command import PlanCommand
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository


class AddGoalBreakdown(PlanCommand):
    """A goal from the goal wizard with its measures, steps and new people: one undo step.

    ``measures`` and ``steps`` come with ``goal_id == 0`` (the new goal's id is set here).
    An ``owner_id`` (of the goal or of a step) may name one of ``new_people`` by a
    negative temporary id: -1 is ``new_people[0]``, -2 is ``new_people[1]`` and so on;
    it is replaced with that person's stored id. Undo removes all of it.
    After the first redo, ``goal``, ``measures``, ``steps`` and ``new_people`` hold the
    stored values with their ids.
    """

    def __init__(
        self,
        document: PlanDocument,
        goal: Goal,
        measures: Sequence[Measure],
        steps: Sequence[Step],
        new_people: Sequence[Person],
    ) -> None:
        super().__init__(document, translate("commands", "Add goal with wizard"))
        self.goal = goal
        self.measures = tuple(measures)
        self.steps = tuple(steps)
        self.new_people = tuple(new_people)
        self._stored = False

    def apply(self, repository: PlanRepository) -> None:
        if self._stored:  # redo after undo: same ids, same values
            for person in self.new_people:
                repository.add_person(person)
            repository.add_goal(self.goal)
            for measure in self.measures:
                repository.add_measure(measure)
            for step in self.steps:
                repository.add_step(step)
            return
        people = tuple(repository.add_person(p) for p in self.new_people)

        def owner(owner_id: int | None) -> int | None:
            if owner_id is not None and owner_id < 0:
                return people[-owner_id - 1].id
            return owner_id

        goal = repository.add_goal(replace(self.goal, owner_id=owner(self.goal.owner_id)))
        measures = tuple(repository.add_measure(replace(m, goal_id=goal.id)) for m in self.measures)
        steps = tuple(
            repository.add_step(replace(s, goal_id=goal.id, owner_id=owner(s.owner_id)))
            for s in self.steps
        )
        self.new_people, self.goal, self.measures, self.steps = people, goal, measures, steps
        self._stored = True

    def revert(self, repository: PlanRepository) -> None:
        for step in self.steps:
            repository.delete_step(step.id)
        for measure in self.measures:
            repository.delete_measure(measure.id)
        repository.delete_goal(self.goal.id)
        for person in self.new_people:
            repository.delete_person(person.id)

    def changes(self) -> Iterable[PlanChange]:
        added = Operation.ADDED
        return (
            change(ChangeKind.PERSON, added, (p.id for p in self.new_people)),
            change(ChangeKind.GOAL, added, [self.goal.id]),
            change(ChangeKind.MEASURE, added, (m.id for m in self.measures)),
            change(ChangeKind.STEP, added, (s.id for s in self.steps)),
        )
