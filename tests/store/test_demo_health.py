"""The demo shows every traffic light: the engine must find the healths the demo was made for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.status import plan_status
from bakeryplan.store import demo_figures
from bakeryplan.store.demo import demo_plan

INTENDED_MEASURES = {
    demo_figures.REVENUE: Health.ON_TRACK,
    demo_figures.COST_SHARE: Health.ON_TRACK,
    demo_figures.RATING: Health.ON_TRACK,
    demo_figures.CAFES: Health.AT_RISK,
    demo_figures.WASTE: Health.BEHIND,
    demo_figures.SOLO_BAKES: Health.ON_TRACK,
}
INTENDED_GOALS = {
    demo_figures.REVENUE_GOAL: Health.ON_TRACK,
    demo_figures.COST_GOAL: Health.ON_TRACK,
    demo_figures.RATING_GOAL: Health.ON_TRACK,
    demo_figures.CAFE_GOAL: Health.AT_RISK,
    demo_figures.WASTE_GOAL: Health.BEHIND,
    demo_figures.SOURDOUGH_GOAL: Health.ON_TRACK,
}
TODAYS = [
    date(2026, 11, 27),
    date(2027, 3, 1),
    date(2026, 6, 15),
    date(2026, 12, 24),
    date(2027, 1, 2),
    date(2028, 2, 29),
]


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_measures_have_the_intended_health(today: date) -> None:
    plan = demo_plan(today)
    found = {m.id: measure_status(m, plan.actuals_of(m.id), today).health for m in plan.measures}
    assert found == INTENDED_MEASURES


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_goals_show_on_track_behind_and_at_risk(today: date) -> None:
    status = plan_status(demo_plan(today), today)
    found = {report.goal.id: report.health for report in status.goals}
    assert {gid: found[gid] for gid in INTENDED_GOALS} == INTENDED_GOALS
    assert {Health.ON_TRACK, Health.BEHIND, Health.AT_RISK} <= set(found.values())


def test_healths_hold_across_a_whole_year() -> None:
    """Whatever day the demo is opened, it tells the same story."""
    first = date(2026, 1, 5)
    for week in range(0, 53, 2):
        today = first + timedelta(weeks=week, days=week % 7)
        plan = demo_plan(today)
        found = {
            m.id: measure_status(m, plan.actuals_of(m.id), today).health for m in plan.measures
        }
        assert found == INTENDED_MEASURES, today
