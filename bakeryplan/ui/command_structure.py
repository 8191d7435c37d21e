"""Edits that change the plan's structure: cascading deletes, reordering, wizard results.

Deletes remove children explicitly (deepest first) and unlink what refers to the deleted
item, so undo can put back exactly what was there without depending on how the store
cascades.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from bakeryplan.domain.model import Goal, Measure, Person, Plan, Step
from bakeryplan.ui.command_base import (
    GOAL,
    MEASURE,
    PERSON,
    STEP,
    DeleteItem,
    ItemKind,
    PlanCommand,
    find_by_id,
    tr,
)

if TYPE_CHECKING:
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.document import PlanDocument


class DeletePerson(DeleteItem):
    """Deleting a person first unassigns what they own, so undo can give it back."""

    kind, label = PERSON, "Delete person"

    def __init__(self, document: PlanDocument, item_id: int) -> None:
        super().__init__(document, item_id)
        plan = document.plan
        self.owned_goals = tuple(g for g in plan.goals if g.owner_id == item_id)
        self.owned_steps = tuple(s for s in plan.steps if s.owner_id == item_id)

    def apply(self, repository: PlanRepository) -> None:
        for goal in self.owned_goals:
            repository.update_goal(replace(goal, owner_id=None))
        for step in self.owned_steps:
            repository.update_step(replace(step, owner_id=None))
        super().apply(repository)

    def revert(self, repository: PlanRepository) -> None:
        super().revert(repository)
        for goal in self.owned_goals:
            repository.update_goal(goal)
        for step in self.owned_steps:
            repository.update_step(step)


class DeleteGoal(DeleteItem):
    """Deletes a goal with its sub-goals, measures, actuals and steps; undo restores all.

    Children are deleted explicitly (deepest first) and feedback is unlinked explicitly,
    so undo does not depend on how the store cascades.
    """

    kind, label = GOAL, "Delete goal"

    def __init__(self, document: PlanDocument, item_id: int) -> None:
        super().__init__(document, item_id)
        plan = document.plan
        self.goals = _goal_with_descendants(plan, item_id)  # parents before children
        goal_ids = {g.id for g in self.goals}
        self.measures = tuple(m for m in plan.measures if m.goal_id in goal_ids)
        measure_ids = {m.id for m in self.measures}
        self.actuals = tuple(a for a in plan.actuals if a.measure_id in measure_ids)
        self.steps = tuple(s for s in plan.steps if s.goal_id in goal_ids)
        self.linked_feedback = tuple(f for f in plan.feedback if f.goal_id in goal_ids)

    def apply(self, repository: PlanRepository) -> None:
        for feedback in self.linked_feedback:
            repository.update_feedback(replace(feedback, goal_id=None))
        for actual in self.actuals:
            repository.delete_actual(actual.id)
        for measure in self.measures:
            repository.delete_measure(measure.id)
        for step in self.steps:
            repository.delete_step(step.id)
        for goal in reversed(self.goals):
            repository.delete_goal(goal.id)

    def revert(self, repository: PlanRepository) -> None:
        for goal in self.goals:
            repository.add_goal(goal)
        for measure in self.measures:
            repository.add_measure(measure)
        for actual in self.actuals:
            repository.add_actual(actual)
        for step in self.steps:
            repository.add_step(step)
        for feedback in self.linked_feedback:
            repository.update_feedback(feedback)


def _goal_with_descendants(plan: Plan, goal_id: int) -> tuple[Goal, ...]:
    top = plan.goal(goal_id)
    if top is None:
        raise KeyError(goal_id)
    ordered = [top]
    for goal in ordered:  # grows while iterating: breadth first
        ordered.extend(plan.subgoals_of(goal.id))
    return tuple(ordered)


class DeleteMeasure(DeleteItem):
    """Deletes a measure and its actuals; undo puts both back."""

    kind, label = MEASURE, "Delete measure"

    def __init__(self, document: PlanDocument, item_id: int) -> None:
        super().__init__(document, item_id)
        self.actuals = document.plan.actuals_of(item_id)

    def apply(self, repository: PlanRepository) -> None:
        for actual in self.actuals:
            repository.delete_actual(actual.id)
        super().apply(repository)

    def revert(self, repository: PlanRepository) -> None:
        super().revert(repository)
        for actual in self.actuals:
            repository.add_actual(actual)


class Reorder(PlanCommand):
    """Moves one item among its siblings by rewriting the siblings' positions."""

    kind: ClassVar[ItemKind]
    label: ClassVar[str]

    def __init__(self, document: PlanDocument, item_id: int, offset: int) -> None:
        super().__init__(document, tr(self.label))
        siblings = list(self.siblings(document.plan, item_id))
        index = next(i for i, s in enumerate(siblings) if s.id == item_id)
        target = max(0, min(len(siblings) - 1, index + offset))
        self.moved = target != index
        self.before = tuple(siblings)
        reordered = siblings[:]
        reordered.insert(target, reordered.pop(index))
        slots = sorted(s.position for s in siblings)
        if len(set(slots)) != len(slots):  # equal positions cannot express an order
            slots = [slots[0] + i for i in range(len(slots))]
        self.after = tuple(
            replace(item, position=slot) for item, slot in zip(reordered, slots, strict=True)
        )

    def siblings(self, plan: Plan, item_id: int) -> Sequence[Any]:
        raise NotImplementedError

    def apply(self, repository: PlanRepository) -> None:
        for item in self.after:
            self.kind.update(repository, item)

    def revert(self, repository: PlanRepository) -> None:
        for item in self.before:
            self.kind.update(repository, item)


class MoveGoal(Reorder):
    """Moves a goal up (offset < 0) or down among goals of its perspective and parent."""

    kind, label = GOAL, "Move goal"

    def siblings(self, plan: Plan, item_id: int) -> Sequence[Goal]:
        goal = plan.goal(item_id)
        if goal is None:
            raise KeyError(item_id)
        return sorted(
            (
                g
                for g in plan.goals
                if g.perspective == goal.perspective and g.parent_id == goal.parent_id
            ),
            key=lambda g: g.position,
        )


class MoveStep(Reorder):
    """Moves a step up (offset < 0) or down among the steps of its goal."""

    kind, label = STEP, "Move step"

    def siblings(self, plan: Plan, item_id: int) -> Sequence[Step]:
        step = find_by_id(plan.steps, item_id)
        return sorted(plan.steps_of(step.goal_id), key=lambda s: s.position)


# --- wizard results -----------------------------------------------------------------------


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
        super().__init__(document, tr("Add goal with wizard"))
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
