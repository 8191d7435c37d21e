"""The plan as it stood at a review: targets, planned curves, goals and each measure's health.

A review keeps one, so a later review can say what the owner changed in the plan itself
("the target of Weekly revenue went from 9,000 to 9,500"), not only what happened, and
which measures changed health since. It holds only what a comparison needs, so it stays
small: no actuals, no steps, no text but names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import MeasureStatus, measure_status
from bakeryplan.domain.model import (
    Counting,
    CurveKind,
    CurvePoint,
    GoalStatus,
    Measure,
    Period,
    Plan,
    PlanOrigin,
)


@dataclass(frozen=True)
class MeasureSnapshot:
    """One measure's plan (its planned curve, how it is counted, and where it came from when
    it was drawn from last year) and its health then."""

    measure_id: int
    goal_id: int
    name: str
    unit: str
    baseline: float
    target: float
    start: date
    target_date: date
    curve: CurveKind
    points: tuple[CurvePoint, ...]
    period: Period
    counting: Counting
    health: Health
    planned_from: PlanOrigin | None = None  # None in snapshots kept before schema 5

    def same_curve(self, other: MeasureSnapshot) -> bool:
        """Whether both plan the same way between the same ends (points included)."""
        return (self.curve, self.points) == (other.curve, other.points)


@dataclass(frozen=True)
class GoalSnapshot:
    """One goal's title, status and due date."""

    goal_id: int
    title: str
    status: GoalStatus
    due: date | None


@dataclass(frozen=True)
class PlanSnapshot:
    """Every measure and goal of a plan on one day, in plan order."""

    measures: tuple[MeasureSnapshot, ...] = ()
    goals: tuple[GoalSnapshot, ...] = ()

    def measure(self, measure_id: int) -> MeasureSnapshot | None:
        return next((m for m in self.measures if m.measure_id == measure_id), None)

    def goal(self, goal_id: int) -> GoalSnapshot | None:
        return next((g for g in self.goals if g.goal_id == goal_id), None)


def measure_snapshot(m: Measure, health: Health) -> MeasureSnapshot:
    """What a snapshot keeps of one measure."""
    return MeasureSnapshot(
        measure_id=m.id,
        goal_id=m.goal_id,
        name=m.name,
        unit=m.unit,
        baseline=m.baseline,
        target=m.target,
        start=m.start,
        target_date=m.target_date,
        curve=m.curve,
        points=m.points,
        period=m.period,
        counting=m.counting,
        health=health,
        planned_from=m.planned_from,
    )


def standing(plan: Plan, on: date) -> tuple[MeasureStatus, ...]:
    """Every measure's status on ``on``, in the order of their goals."""
    return tuple(
        measure_status(m, plan.actuals_of(m.id), on, business=plan.business)
        for goal in plan.goals
        for m in plan.measures_of(goal.id)
    )


def snapshot_of(plan: Plan, statuses: tuple[MeasureStatus, ...]) -> PlanSnapshot:
    """The snapshot of ``plan`` with its measures' statuses already worked out."""
    return PlanSnapshot(
        tuple(measure_snapshot(s.measure, s.health) for s in statuses),
        tuple(GoalSnapshot(g.id, g.title, g.status, g.due) for g in plan.goals),
    )


def take_snapshot(plan: Plan, on: date) -> PlanSnapshot:
    """The plan on ``on``: health as ``measure_status`` judges it that day (entries after
    ``on`` do not count), measures in the order of their goals."""
    return snapshot_of(plan, standing(plan, on))
