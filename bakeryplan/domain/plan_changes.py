"""What changed between two snapshots of a plan: the plan itself, and each measure's health.

Reviews compare the snapshot kept by the previous review with the plan as it stands (or
with their own snapshot), so the team sees what the owner changed (a target raised, a goal
dropped, a curve redrawn) next to what happened. Values stay typed here; wording them in
the business's money and dates is the reports' job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import PlanOrigin
from bakeryplan.domain.snapshot import GoalSnapshot, MeasureSnapshot, PlanSnapshot

ChangeValue = float | date | str | PlanOrigin | None


class ChangeField(StrEnum):
    """What about a measure or goal changed."""

    ADDED = "added"
    REMOVED = "removed"
    NAME = "name"  # a measure's name or a goal's title
    TARGET = "target"
    TARGET_DATE = "target_date"
    BASELINE = "baseline"
    START = "start"
    CURVE = "curve"  # the planned curve's kind or points
    COUNTING = "counting"  # period and counting rule, as "week total"
    ORIGIN = "planned_from"  # drawn from last year, drawn again, or no longer as drawn
    STATUS = "status"
    DUE = "due"


@dataclass(frozen=True)
class PlanChange:
    """One change to a measure or goal; ``before`` and ``after`` are the field's values
    (None where the field has none: a goal with no due date, an added measure)."""

    subject: str  # "measure" or "goal"
    subject_id: int
    name: str  # as it is now, or as it was when removed
    field: ChangeField
    before: ChangeValue = None
    after: ChangeValue = None
    unit: str = ""  # the measure's unit, to write values of targets and baselines


@dataclass(frozen=True)
class HealthChange:
    """A measure whose health differs; ``before`` None: the measure is new since."""

    measure_id: int
    name: str
    before: Health | None
    after: Health


def plan_changes(before: PlanSnapshot, after: PlanSnapshot) -> tuple[PlanChange, ...]:
    """Measures, then goals: added, removed and changed, in the order of ``after`` (removed
    ones in the order of ``before``)."""
    changes: list[PlanChange] = []
    for now in after.measures:
        then = before.measure(now.measure_id)
        if then is None:
            changes.append(PlanChange("measure", now.measure_id, now.name, ChangeField.ADDED))
        else:
            changes += _measure_changes(then, now)
    for then in before.measures:
        if after.measure(then.measure_id) is None:
            changes.append(PlanChange("measure", then.measure_id, then.name, ChangeField.REMOVED))
    for goal in after.goals:
        old = before.goal(goal.goal_id)
        if old is None:
            changes.append(PlanChange("goal", goal.goal_id, goal.title, ChangeField.ADDED))
        else:
            changes += _goal_changes(old, goal)
    for old in before.goals:
        if after.goal(old.goal_id) is None:
            changes.append(PlanChange("goal", old.goal_id, old.title, ChangeField.REMOVED))
    return tuple(changes)


def health_changes(before: PlanSnapshot, after: PlanSnapshot) -> tuple[HealthChange, ...]:
    """Measures of ``after`` whose health is not what ``before`` recorded (or that are new)."""
    changes = []
    for now in after.measures:
        then = before.measure(now.measure_id)
        was = then.health if then is not None else None
        if was is not now.health:
            changes.append(HealthChange(now.measure_id, now.name, was, now.health))
    return tuple(changes)


def _measure_changes(then: MeasureSnapshot, now: MeasureSnapshot) -> list[PlanChange]:
    def change(field: ChangeField, old: ChangeValue, new: ChangeValue) -> PlanChange:
        return PlanChange("measure", now.measure_id, now.name, field, old, new, now.unit)

    found = []
    if then.name != now.name:
        found.append(change(ChangeField.NAME, then.name, now.name))
    for field, old, new in (
        (ChangeField.TARGET, then.target, now.target),
        (ChangeField.TARGET_DATE, then.target_date, now.target_date),
        (ChangeField.BASELINE, then.baseline, now.baseline),
        (ChangeField.START, then.start, now.start),
    ):
        if old != new:
            found.append(change(field, old, new))
    if not then.same_curve(now):
        found.append(change(ChangeField.CURVE, then.curve.value, now.curve.value))
    if then.planned_from != now.planned_from:
        found.append(change(ChangeField.ORIGIN, then.planned_from, now.planned_from))
    if (then.period, then.counting) != (now.period, now.counting):
        old_rule = f"{then.period.value} {then.counting.value}"
        found.append(
            change(ChangeField.COUNTING, old_rule, f"{now.period.value} {now.counting.value}")
        )
    return found


def _goal_changes(then: GoalSnapshot, now: GoalSnapshot) -> list[PlanChange]:
    found = []
    if then.title != now.title:
        found.append(
            PlanChange("goal", now.goal_id, now.title, ChangeField.NAME, then.title, now.title)
        )
    if then.status is not now.status:
        found.append(
            PlanChange(
                "goal",
                now.goal_id,
                now.title,
                ChangeField.STATUS,
                then.status.value,
                now.status.value,
            )
        )
    if then.due != now.due:
        found.append(PlanChange("goal", now.goal_id, now.title, ChangeField.DUE, then.due, now.due))
    return found
