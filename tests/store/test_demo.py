"""The demo plan is what new users and the team see first: it must be complete and coherent."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta

import pytest

from bakeryplan.domain.model import (
    Counting,
    CurveKind,
    Direction,
    FeedbackSource,
    FeedbackStatus,
    Period,
    Perspective,
    Plan,
)
from bakeryplan.store.demo import demo_plan

TODAYS = [date(2026, 11, 27), date(2027, 3, 1), date(2026, 6, 15), date(2028, 2, 29)]


@pytest.fixture(params=TODAYS, ids=str)
def today(request: pytest.FixtureRequest) -> date:
    return request.param


def test_same_day_gives_the_same_plan(today: date) -> None:
    assert demo_plan(today) == demo_plan(today)


def test_another_day_moves_the_dates() -> None:
    first, later = demo_plan(date(2026, 11, 27)), demo_plan(date(2026, 12, 27))
    assert first.actuals[-1].on < later.actuals[-1].on
    assert first.business == later.business


def test_business_and_vision(today: date) -> None:
    plan = demo_plan(today)
    assert plan.business.name == "Sunrise Bakery"
    assert plan.business.owner == "Maria Lopez"
    assert plan.business.currency == "EUR"
    assert plan.business.locale in {"en_IE", "en_GB"}
    assert len(plan.visions) == 2
    assert plan.visions[0].created < plan.visions[1].created <= datetime.combine(today, time.max)
    vision = plan.vision
    assert vision is not None
    sentences = [s for s in vision.text.split(".") if s.strip()]
    assert 2 <= len(sentences) <= 4


def test_counts(today: date) -> None:
    plan = demo_plan(today)
    assert len(plan.people) >= 3
    assert all(p.role for p in plan.people)
    assert len(plan.goals) >= 5
    assert len(plan.steps) >= 8
    assert len(plan.reviews) >= 1


def test_every_perspective_has_a_goal(today: date) -> None:
    assert {g.perspective for g in demo_plan(today).goals} == set(Perspective)


def test_measures_cover_every_direction_and_a_seasonal_curve(today: date) -> None:
    plan = demo_plan(today)
    assert {m.direction for m in plan.measures} == set(Direction)
    seasonal = [m for m in plan.measures if m.curve is CurveKind.CUSTOM]
    assert seasonal
    for m in plan.measures:
        dates = [p.on for p in m.points]
        assert dates == sorted(dates)
        assert len(set(dates)) == len(dates)
        if m.points:
            assert m.points[0].on == m.start
            assert m.points[-1].on == m.target_date


def test_actuals_span_six_to_twelve_months_and_end_near_today(today: date) -> None:
    plan = demo_plan(today)
    for m in plan.measures:
        actuals = plan.actuals_of(m.id)
        assert actuals, m.name
        assert today - timedelta(days=7) <= actuals[-1].on < today
    revenue = plan.actuals_of(plan.measures[0].id)
    span = revenue[-1].on - revenue[0].on
    assert timedelta(days=180) <= span <= timedelta(days=366)
    # Daily till takings: closed on Sundays until the first Sunday opening, open every day since.
    gaps = [(b.on - a.on).days for a, b in itertools.pairwise(revenue)]
    assert set(gaps) == {1, 2}
    first_sunday = next(a for a in revenue if a.on.weekday() == 6)
    assert first_sunday.note == "First Sunday opening"
    assert all(
        b.on - a.on == timedelta(days=1)
        for a, b in itertools.pairwise(revenue)
        if a.on >= first_sunday.on
    )


def test_weekly_revenue_is_a_weekly_total_of_the_takings(today: date) -> None:
    revenue = demo_plan(today).measures[0]
    assert (revenue.name, revenue.period, revenue.counting) == (
        "Weekly revenue",
        Period.WEEK,
        Counting.TOTAL,
    )


def test_steps_include_done_and_overdue(today: date) -> None:
    steps = demo_plan(today).steps
    assert all(s.owner_id and s.due for s in steps)
    assert any(s.done for s in steps)
    assert any(s.done is None and s.due and s.due < today for s in steps)
    assert any(s.done is None and s.due and s.due > today for s in steps)


def test_feedback_is_mixed(today: date) -> None:
    feedback = demo_plan(today).feedback
    assert {f.source for f in feedback} == set(FeedbackSource)
    assert FeedbackStatus.NEW in {f.status for f in feedback}
    assert len({f.status for f in feedback}) >= 3
    assert any(f.goal_id for f in feedback)
    assert all(f.received <= today for f in feedback)


def test_ids_run_from_one_per_table(today: date) -> None:
    plan = demo_plan(today)
    tables = [
        plan.visions,
        plan.people,
        plan.goals,
        plan.measures,
        plan.actuals,
        plan.steps,
        plan.feedback,
        plan.reviews,
    ]
    for rows in tables:
        assert [row.id for row in rows] == list(range(1, len(rows) + 1))


def test_references_point_at_existing_records(today: date) -> None:
    plan = demo_plan(today)
    _assert_referential_integrity(plan)


def _assert_referential_integrity(plan: Plan) -> None:
    people = {p.id for p in plan.people}
    goals = {g.id for g in plan.goals}
    measures = {m.id for m in plan.measures}
    for g in plan.goals:
        assert g.owner_id in people
        assert g.parent_id is None or g.parent_id in goals - {g.id}
    assert all(m.goal_id in goals for m in plan.measures)
    assert all(a.measure_id in measures for a in plan.actuals)
    assert all(s.goal_id in goals and s.owner_id in people for s in plan.steps)
    assert all(f.goal_id is None or f.goal_id in goals for f in plan.feedback)
