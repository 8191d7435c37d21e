"""A plan loaded with only its newest actuals gives the same status and findings as all."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from bakeryplan.domain.alignment import find_alignment_issues
from bakeryplan.domain.model import Actual, Plan
from bakeryplan.domain.status import STATUS_ACTUALS, plan_status
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
def test_newest_actuals_give_the_same_status(tmp_path: Path, seed: int, on: date) -> None:
    path = tmp_path / "plan.bakeryplan"
    PlanRepository.create(path, with_dense_history(demo_plan(TODAY), seed)).close()
    with PlanRepository.open(path, read_only=True) as repository:
        full = repository.load()
        trimmed = repository.load_for_status(on, STATUS_ACTUALS)
    assert len(trimmed.actuals) < len(full.actuals)
    for measure in full.measures:
        newest = [a for a in full.actuals_of(measure.id) if a.on <= on][-STATUS_ACTUALS:]
        assert list(trimmed.actuals_of(measure.id)) == newest
    assert plan_status(trimmed, on) == plan_status(full, on)
    assert find_alignment_issues(trimmed, on) == find_alignment_issues(full, on)
