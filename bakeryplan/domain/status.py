"""The status of a whole plan on a date: every goal with its measures, steps and health.

A goal's health is the worst of its measures' and its steps' health, ignoring NOT_STARTED
unless nothing has started (``health.worst``). A goal marked DONE by its owner is ACHIEVED
whatever its numbers say. Goals come in plan order. Each measure reads only its own actuals
through the plan's index, so the cost grows linearly with the size of the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.burnup import StepProgress, step_progress
from bakeryplan.domain.health import Health, worst
from bakeryplan.domain.measure_status import MeasureStatus, measure_status
from bakeryplan.domain.model import Goal, GoalStatus, Person, Plan


@dataclass(frozen=True)
class GoalStatusReport:
    goal: Goal
    owner: Person | None
    measures: tuple[MeasureStatus, ...]
    steps: StepProgress | None
    health: Health


@dataclass(frozen=True)
class PlanStatus:
    on: date
    goals: tuple[GoalStatusReport, ...]

    def goal(self, goal_id: int) -> GoalStatusReport | None:
        """The report of one goal, or None when the plan has no such goal."""
        return next((report for report in self.goals if report.goal.id == goal_id), None)


def goal_status(plan: Plan, goal: Goal, on: date) -> GoalStatusReport:
    """The status of one goal of the plan on a date."""
    measures = tuple(
        measure_status(m, plan.actuals_of(m.id), on, business=plan.business)
        for m in plan.measures_of(goal.id)
    )
    steps = step_progress(plan.steps_of(goal.id), on)
    healths = [s.health for s in measures]
    if steps is not None:
        healths.append(steps.health)
    health = Health.ACHIEVED if goal.status is GoalStatus.DONE else worst(healths)
    return GoalStatusReport(goal, plan.person(goal.owner_id), measures, steps, health)


def plan_status(plan: Plan, on: date) -> PlanStatus:
    """The status of every goal of the plan on a date, in plan order."""
    return PlanStatus(on, tuple(goal_status(plan, goal, on) for goal in plan.goals))
