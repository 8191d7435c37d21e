"""A plan loaded with only its entries up to a day gives the same status and findings as all."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from bakeryplan.domain.alignment import find_alignment_issues
from bakeryplan.domain.model import Actual, Measure, Plan
from bakeryplan.domain.status import plan_status
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository

TODAY = date(2026, 11, 27)


def with_dense_history(plan: Plan, seed: int) -> Plan:
    """The demo with extra daily actuals, some on the same day, to stress the cut-off."""
    rng = random.Random(seed)
    extra = []
    next_id = max(a.id for a in plan.actuals) + 1
    for measure in plan.measures:
        known = plan.actuals_of(measure.id)
        if not known:
            continue
        for day in range(0, 120, rng.choice((1, 2, 3))):
            on = TODAY - timedelta(days=day)
            extra.append(
                Actual(measure.id, on, known[-1].value * rng.uniform(0.9, 1.1), id=next_id)
            )
            next_id += 1
    return dataclasses.replace(plan, actuals=plan.actuals + tuple(extra))


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(
    "on", [TODAY, TODAY - timedelta(days=40), TODAY + timedelta(days=90), date(2026, 3, 1)]
)
def test_entries_up_to_the_day_give_the_same_status(tmp_path: Path, seed: int, on: date) -> None:
    path = tmp_path / "plan.bakeryplan"
    PlanRepository.create(path, with_dense_history(demo_plan(TODAY), seed)).close()
    with PlanRepository.open(path, read_only=True) as repository:
        full = repository.load()
        trimmed = repository.load_for_status(on)
    for measure in full.measures:
        known = [a for a in full.actuals_of(measure.id) if a.on <= on]
        assert list(trimmed.actuals_of(measure.id)) == known
    assert plan_status(trimmed, on) == plan_status(full, on)
    assert find_alignment_issues(trimmed, on) == find_alignment_issues(full, on)


def with_target_reached_long_ago(plan: Plan) -> tuple[Plan, int]:
    """The demo plus a measure at its target every month since February (the brief's case)."""
    goal = plan.goals[0]
    measure_id = max(m.id for m in plan.measures) + 1
    measure = Measure(
        goal.id,
        "Loyalty cards",
        baseline=0.0,
        target=100.0,
        start=date(2026, 1, 1),
        target_date=date(2026, 12, 31),
        id=measure_id,
    )
    next_id = max(a.id for a in plan.actuals) + 1
    readings = tuple(
        Actual(measure_id, date(2026, 2, 1) + timedelta(days=30 * i), 100.0 + i, id=next_id + i)
        for i in range(12)
    )
    return (
        dataclasses.replace(
            plan, measures=(*plan.measures, measure), actuals=plan.actuals + readings
        ),
        measure_id,
    )


@pytest.mark.parametrize("on", [TODAY, date(2026, 8, 1), TODAY + timedelta(days=90)])
def test_a_target_reached_long_ago_keeps_its_first_date(tmp_path: Path, on: date) -> None:
    path = tmp_path / "plan.bakeryplan"
    plan, measure_id = with_target_reached_long_ago(demo_plan(TODAY))
    PlanRepository.create(path, plan).close()
    with PlanRepository.open(path, read_only=True) as repository:
        full = repository.load()
        trimmed = repository.load_for_status(on)
    full_status, trimmed_status = plan_status(full, on), plan_status(trimmed, on)
    assert trimmed_status == full_status
    assert find_alignment_issues(trimmed, on) == find_alignment_issues(full, on)
    reached = next(s for g in full_status.goals for s in g.measures if s.measure.id == measure_id)
    assert reached.forecast is not None
    assert reached.forecast.reach_date == date(2026, 2, 1)
