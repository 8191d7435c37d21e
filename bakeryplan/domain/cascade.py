"""What else goes, or changes, when a goal, a measure or a person is deleted.

One answer for the edit that deletes and for every question that warns before it ("this
also deletes 40 recorded actuals"), so the warning never counts differently from the edit.
Children are listed explicitly (parents before children) so that an undo can put back
exactly what was there without depending on how the store cascades.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bakeryplan.domain.model import Actual, Feedback, Goal, Measure, Plan, Step


@dataclass(frozen=True)
class Cascade:
    """Records a delete removes, and records it keeps but unlinks (as they are before)."""

    goals: tuple[Goal, ...] = ()
    """Removed: the goal and its sub-goals, parents before children."""
    measures: tuple[Measure, ...] = ()
    actuals: tuple[Actual, ...] = ()
    steps: tuple[Step, ...] = ()
    unlinked_feedback: tuple[Feedback, ...] = ()
    """Kept, no longer linked to a removed goal."""
    unassigned_goals: tuple[Goal, ...] = ()
    """Kept, no longer owned by a removed person."""
    unassigned_steps: tuple[Step, ...] = ()

    def feedback_after(self) -> tuple[Feedback, ...]:
        return tuple(replace(f, goal_id=None) for f in self.unlinked_feedback)

    def goals_after(self) -> tuple[Goal, ...]:
        return tuple(replace(g, owner_id=None) for g in self.unassigned_goals)

    def steps_after(self) -> tuple[Step, ...]:
        return tuple(replace(s, owner_id=None) for s in self.unassigned_steps)


def goal_deletion(plan: Plan, goal_id: int) -> Cascade:
    """A goal goes with its sub-goals, their measures, actuals and steps; feedback about
    any of them stays, unlinked."""
    top = plan.goal(goal_id)
    if top is None:
        raise KeyError(goal_id)
    goals = [top]
    for goal in goals:  # grows while iterating: breadth first, parents before children
        goals.extend(plan.subgoals_of(goal.id))
    goal_ids = {g.id for g in goals}
    measures = tuple(m for m in plan.measures if m.goal_id in goal_ids)
    measure_ids = {m.id for m in measures}
    return Cascade(
        goals=tuple(goals),
        measures=measures,
        actuals=tuple(a for a in plan.actuals if a.measure_id in measure_ids),
        steps=tuple(s for s in plan.steps if s.goal_id in goal_ids),
        unlinked_feedback=tuple(f for f in plan.feedback if f.goal_id in goal_ids),
    )


def measure_deletion(plan: Plan, measure_id: int) -> Cascade:
    """A measure goes with its actuals."""
    measure = plan.measure(measure_id)
    if measure is None:
        raise KeyError(measure_id)
    return Cascade(measures=(measure,), actuals=plan.actuals_of(measure_id))


def person_deletion(plan: Plan, person_id: int) -> Cascade:
    """A person goes alone; the goals and steps they owned stay, with no owner."""
    return Cascade(
        unassigned_goals=tuple(g for g in plan.goals if g.owner_id == person_id),
        unassigned_steps=tuple(s for s in plan.steps if s.owner_id == person_id),
    )
