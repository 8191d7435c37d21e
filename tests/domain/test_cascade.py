"""What a delete takes with it, counted once for the edit and for the question before it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bakeryplan.domain.cascade import goal_deletion, measure_deletion, person_deletion
from bakeryplan.domain.model import Goal, Measure, Plan
from bakeryplan.store.demo import demo_plan

TODAY = date(2026, 11, 27)


@pytest.fixture
def plan() -> Plan:
    return demo_plan(TODAY)


def test_a_goal_goes_with_its_sub_goals_and_everything_under_them(plan: Plan) -> None:
    goal = next(g for g in plan.goals if plan.measures_of(g.id) and plan.steps_of(g.id))
    sub = Goal(title="Sub", perspective=goal.perspective, parent_id=goal.id, id=900)
    sub_measure = Measure(goal_id=900, name="Sub measure", id=901)
    feedback = replace(plan.feedback[0], goal_id=900)
    plan = replace(
        plan,
        goals=(*plan.goals, sub),
        measures=(*plan.measures, sub_measure),
        feedback=(feedback, *plan.feedback[1:]),
    )
    cascade = goal_deletion(plan, goal.id)
    assert [g.id for g in cascade.goals] == [goal.id, 900]  # parents before children
    assert {m.id for m in cascade.measures} == {m.id for m in plan.measures_of(goal.id)} | {901}
    measure_ids = {m.id for m in cascade.measures}
    assert {a.id for a in cascade.actuals} == {
        a.id for a in plan.actuals if a.measure_id in measure_ids
    }
    assert cascade.actuals
    assert {s.id for s in cascade.steps} == {s.id for s in plan.steps_of(goal.id)}
    assert feedback in cascade.unlinked_feedback
    assert all(f.goal_id is None for f in cascade.feedback_after())
    assert not cascade.unassigned_goals and not cascade.unassigned_steps


def test_a_measure_goes_with_its_entries_only(plan: Plan) -> None:
    measure = next(m for m in plan.measures if plan.actuals_of(m.id))
    cascade = measure_deletion(plan, measure.id)
    assert cascade.measures == (measure,)
    assert cascade.actuals == plan.actuals_of(measure.id)
    assert not cascade.goals and not cascade.steps and not cascade.unlinked_feedback


def test_a_person_leaves_what_they_owned_without_an_owner(plan: Plan) -> None:
    owner = next(p for p in plan.people if any(g.owner_id == p.id for g in plan.goals))
    cascade = person_deletion(plan, owner.id)
    assert {g.id for g in cascade.unassigned_goals} == {
        g.id for g in plan.goals if g.owner_id == owner.id
    }
    assert all(g.owner_id is None for g in cascade.goals_after())
    assert all(s.owner_id is None for s in cascade.steps_after())
    assert not cascade.goals and not cascade.measures and not cascade.actuals


def test_an_unknown_record_is_refused(plan: Plan) -> None:
    with pytest.raises(KeyError):
        goal_deletion(plan, 999_999)
    with pytest.raises(KeyError):
        measure_deletion(plan, 999_999)
