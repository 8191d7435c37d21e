"""Moving a goal or a step up or down among its siblings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from bakeryplan.domain.model import Goal, Plan, Step
from bakeryplan.editing import record_kinds as kinds
from bakeryplan.editing.change_notice import Operation, PlanChange, change
from bakeryplan.editing.plan_command import PlanCommand
from bakeryplan.editing.record_kinds import RecordKind
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository


class Reorder(PlanCommand):
    """Moves one item among its siblings by rewriting the siblings' positions."""

    kind: ClassVar[RecordKind[Any]]

    def undo_text(self) -> str:
        """The Edit menu's "Undo …" words, in the language of the moment."""
        raise NotImplementedError

    def __init__(self, document: PlanDocument, item_id: int, offset: int) -> None:
        super().__init__(document, self.undo_text())
        siblings = list(self.siblings(document.plan, item_id))
        index = next(i for i, s in enumerate(siblings) if s.id == item_id)
        target = max(0, min(len(siblings) - 1, index + offset))
        self.moved = target != index
        reordered = siblings[:]
        reordered.insert(target, reordered.pop(index))
        slots = sorted(s.position for s in siblings)
        if len(set(slots)) != len(slots):  # equal positions cannot express an order
            slots = [slots[0] + i for i in range(len(slots))]
        after = [replace(item, position=slot) for item, slot in zip(reordered, slots, strict=True)]
        before = {s.id: s for s in siblings}
        # Only the siblings whose position changes are written and announced.
        self.after = tuple(a for a in after if a != before[a.id])
        self.before = tuple(before[a.id] for a in self.after)

    def siblings(self, plan: Plan, item_id: int) -> Sequence[Any]:
        raise NotImplementedError

    def apply(self, repository: PlanRepository) -> None:
        for item in self.after:
            self.kind.update(repository, item)

    def revert(self, repository: PlanRepository) -> None:
        for item in self.before:
            self.kind.update(repository, item)

    def changes(self) -> Iterable[PlanChange]:
        return (change(self.kind.change, Operation.EDITED, (a.id for a in self.after)),)


class MoveGoal(Reorder):
    """Moves a goal up (offset < 0) or down among goals of its perspective and parent."""

    kind = kinds.GOAL

    def undo_text(self) -> str:
        return translate("commands", "Move goal")

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

    kind = kinds.STEP

    def undo_text(self) -> str:
        return translate("commands", "Move step")

    def siblings(self, plan: Plan, item_id: int) -> Sequence[Step]:
        step = kinds.STEP.current(plan, item_id)
        return sorted(plan.steps_of(step.goal_id), key=lambda s: s.position)
