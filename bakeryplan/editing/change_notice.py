"""What an edit changed, as the panels are told it: kinds of record, their ids, what happened.

An edit, its undo and its redo each announce one ``ChangeNotice``: a tuple of
``PlanChange(kind, ids, operation)``, one per kind and operation, so that a panel updates
only what it shows (a typed actual touches the actuals grid and the chart, not the people).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class ChangeKind(Enum):
    GOAL = "goal"
    MEASURE = "measure"
    ACTUAL = "actual"
    STEP = "step"
    PERSON = "person"
    FEEDBACK = "feedback"
    REVIEW = "review"
    VISION = "vision"
    BUSINESS = "business"
    """One per plan: its change has no ids."""
    RECIPE = "recipe"


class Operation(Enum):
    ADDED = "added"
    EDITED = "edited"
    REMOVED = "removed"

    def inverted(self) -> Operation:
        """What undoing this operation does."""
        if self is Operation.ADDED:
            return Operation.REMOVED
        if self is Operation.REMOVED:
            return Operation.ADDED
        return self


@dataclass(frozen=True)
class PlanChange:
    kind: ChangeKind
    ids: frozenset[int]
    operation: Operation


def change(kind: ChangeKind, operation: Operation, ids: Iterable[int] = ()) -> PlanChange:
    return PlanChange(kind, frozenset(ids), operation)


@dataclass(frozen=True)
class ChangeNotice:
    """The changes of one edit, one ``PlanChange`` per (kind, operation), in a fixed order."""

    changes: tuple[PlanChange, ...] = ()

    @classmethod
    def of(cls, changes: Iterable[PlanChange]) -> ChangeNotice:
        """Changes of the same kind and operation merged; a change naming no record of a
        kind that has ids dropped (a reorder that moved nothing)."""
        merged: dict[tuple[ChangeKind, Operation], frozenset[int]] = {}
        for item in changes:
            if not item.ids and item.kind is not ChangeKind.BUSINESS:
                continue
            key = (item.kind, item.operation)
            merged[key] = merged.get(key, frozenset()) | item.ids
        order = {kind: number for number, kind in enumerate(ChangeKind)}
        keys = sorted(merged, key=lambda k: (order[k[0]], list(Operation).index(k[1])))
        return cls(tuple(PlanChange(kind, merged[kind, op], op) for kind, op in keys))

    def inverted(self) -> ChangeNotice:
        """The notice of the undo: added records are removed and the other way round."""
        return ChangeNotice.of(
            PlanChange(c.kind, c.ids, c.operation.inverted()) for c in self.changes
        )

    def touches(self, *kinds: ChangeKind) -> bool:
        return any(c.kind in kinds for c in self.changes)

    def ids_of(self, kind: ChangeKind, *operations: Operation) -> frozenset[int]:
        """The ids of ``kind`` changed (by any of ``operations``, or by any at all)."""
        found: frozenset[int] = frozenset()
        for c in self.changes:
            if c.kind is kind and (not operations or c.operation in operations):
                found |= c.ids
        return found

    def __bool__(self) -> bool:
        return bool(self.changes)
