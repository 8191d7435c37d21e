"""Counting entries into periods by each rule, and the plan's value of each period."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bakeryplan.domain.counting import PlannedPeriods, counted_periods, counted_value
from bakeryplan.domain.curves import expected_value
from bakeryplan.domain.model import Actual, Counting, CurveKind, Period
from bakeryplan.domain.periods import BusinessCalendar, Span
from tests.domain.builders import actuals, d, measure

MONDAYS = BusinessCalendar(week_start=0)
SUNDAYS = BusinessCalendar(week_start=6)
# A weekly total planned from 0 to 700 over ten weeks from Monday 5 January 2026: the curve
# rises 10 a day, so each week's planned total is the curve's mean over its seven days.
WEEKLY = measure(
    start=d(1, 5), target_date=d(3, 16), target=700, period=Period.WEEK, counting=Counting.TOTAL
)


def test_total_is_the_sum_of_every_entry() -> None:
    assert counted_value(Counting.TOTAL, actuals((d(1, 5), 1), (d(1, 5), 2), (d(1, 6), 4))) == 7


def test_a_total_does_not_depend_on_the_order_entries_were_recorded_in() -> None:
    # Added left to right, 1.0 + 524287.31 + 0.38 and 0.38 + 524287.31 + 1.0 differ in the
    # last bit; an exactly rounded sum does not.
    forwards = actuals((d(1, 5), 1.0), (d(1, 5), 524287.31), (d(1, 5), 0.38))
    backwards = list(reversed(forwards))
    assert counted_value(Counting.TOTAL, forwards) == counted_value(Counting.TOTAL, backwards)


def test_average_is_the_mean_of_the_daily_totals() -> None:
    # Two entries on Monday make one day of 30; Tuesday 10: a daily rate of 20.
    entries = actuals((d(1, 5), 10), (d(1, 5), 20), (d(1, 6), 10))
    assert counted_value(Counting.AVERAGE, entries) == 20


def test_latest_is_the_last_entry_by_day_then_by_the_order_recorded() -> None:
    entries = actuals((d(1, 6), 4.4), (d(1, 5), 4.9), (d(1, 6), 4.6))
    assert counted_value(Counting.LATEST, entries) == 4.6


def test_no_entries_is_no_data_never_zero() -> None:
    for rule in Counting:
        assert counted_value(rule, []) is None


@pytest.mark.parametrize(
    ("rule", "expected"), [(Counting.TOTAL, 1313.47), (Counting.AVERAGE, 1313.47)]
)
def test_a_days_product_groups_make_the_days_figure(rule: Counting, expected: float) -> None:
    groups = (261.12, 402.5, 198.35, 150.0, 221.5, 80.0)
    m = dataclasses.replace(WEEKLY, period=Period.DAY, counting=rule)
    periods = counted_periods(m, actuals(*((d(1, 6), v) for v in groups)), d(1, 7), MONDAYS)
    assert [(p.start, p.entries) for p in periods] == [(d(1, 6), 6)]
    assert periods[0].actual == pytest.approx(expected)


def test_a_weekly_total_counts_each_week_and_skips_empty_weeks() -> None:
    entries = actuals(
        (d(1, 5), 100), (d(1, 7), 120), (d(1, 11), 90),  # week of 5 January
        (d(1, 26), 200),  # week of 26 January; the two weeks between have no data
        (d(2, 2), 50), (d(2, 3), 60),  # week of 2 February, unfinished on 4 February
    )  # fmt: skip
    periods = counted_periods(WEEKLY, entries, d(2, 4), MONDAYS)
    assert [(p.start, p.end, p.actual, p.complete) for p in periods] == [
        (d(1, 5), d(1, 11), 310, True),
        (d(1, 26), d(2, 1), 200, True),
        (d(2, 2), d(2, 8), 110, False),
    ]


def test_entries_after_the_day_asked_about_do_not_count() -> None:
    entries = actuals((d(1, 5), 100), (d(1, 9), 50))
    (week,) = counted_periods(WEEKLY, entries, d(1, 8), MONDAYS)
    assert (week.actual, week.entries, week.complete) == (100, 1, False)


def test_weeks_of_a_us_business_start_on_sunday() -> None:
    entries = actuals((d(1, 10), 1), (d(1, 11), 2))  # Saturday, then Sunday
    weeks = counted_periods(WEEKLY, entries, d(1, 20), SUNDAYS)
    assert [(w.start, w.actual) for w in weeks] == [(d(1, 4), 1), (d(1, 11), 2)]
    weeks = counted_periods(WEEKLY, entries, d(1, 20), MONDAYS)
    assert [(w.start, w.actual) for w in weeks] == [(d(1, 5), 3)]


def test_a_weeks_planned_total_is_the_curves_mean_over_its_days() -> None:
    planned = PlannedPeriods(WEEKLY)
    assert planned.whole(Span(d(1, 5), d(1, 11))) == pytest.approx(30)  # 0, 10, ... 60
    assert planned.whole(Span(d(1, 12), d(1, 18))) == pytest.approx(100)


def test_the_current_weeks_plan_due_so_far_is_its_days_share() -> None:
    planned = PlannedPeriods(WEEKLY)
    week = Span(d(1, 12), d(1, 18))  # planned 70, 80, ... 130 a day: 100 for the week
    # By Wednesday: (70 + 80 + 90) / 7 of the week's plan is due.
    assert planned.due_by(week, d(1, 14)) == pytest.approx(240 / 7)
    assert planned.due_by(week, d(1, 18)) == pytest.approx(100)
    assert planned.due_by(week, d(1, 11)) == 0


def test_an_average_so_far_is_compared_with_the_plan_of_the_days_so_far() -> None:
    m = dataclasses.replace(WEEKLY, counting=Counting.AVERAGE)
    assert PlannedPeriods(m).due_by(Span(d(1, 12), d(1, 18)), d(1, 14)) == pytest.approx(80)


def test_a_latest_figure_is_planned_on_the_day_it_was_read() -> None:
    m = dataclasses.replace(WEEKLY, period=Period.MONTH, counting=Counting.LATEST)
    (month,) = counted_periods(m, actuals((d(1, 20), 140)), d(2, 10), MONDAYS)
    assert month.planned == pytest.approx(expected_value(m, d(1, 20))) == 150
    assert month.actual == 140


def test_the_target_dates_period_is_planned_partly_at_the_target() -> None:
    # Target 700 on Monday 16 March: that week plans 700 on every day (the target holds).
    planned = PlannedPeriods(WEEKLY)
    assert planned.whole(Span(d(3, 16), d(3, 22))) == pytest.approx(700)
    # The week before rises 10 a day, from 630 on Monday 9 March to 690 on Sunday.
    assert planned.whole(Span(d(3, 9), d(3, 15))) == pytest.approx(sum(range(630, 700, 10)) / 7)


def test_a_year_of_a_seasonal_plan_is_its_daily_mean() -> None:
    m = measure(
        start=d(1, 1),
        target_date=d(12, 31),
        baseline=6500,
        target=9000,
        curve=CurveKind.CUSTOM,
        points=((d(6, 1), 7000), (d(12, 20), 9500), (d(12, 28), 8000)),
        period=Period.YEAR,
        counting=Counting.TOTAL,
    )
    year = Span(date(2026, 1, 1), date(2026, 12, 31))
    days = [year.start + timedelta(days=i) for i in range(year.days)]
    brute_force = sum(expected_value(m, day) for day in days) / len(days)
    assert PlannedPeriods(m).whole(year) == pytest.approx(brute_force)


curve_kinds = st.sampled_from([CurveKind.LINEAR, CurveKind.STEPPED, CurveKind.CUSTOM])


@settings(max_examples=60, deadline=None)
@given(
    kind=curve_kinds,
    offsets=st.lists(st.integers(-30, 500), max_size=6),
    values=st.lists(st.floats(-1e4, 1e4), min_size=6, max_size=6),
    first=st.integers(-60, 400),
    length=st.integers(63, 500),
)
def test_long_stretches_are_averaged_exactly(
    kind: CurveKind, offsets: list[int], values: list[float], first: int, length: int
) -> None:
    start, end = d(1, 1), d(12, 31)
    by_date = {start + timedelta(days=o): v for o, v in zip(offsets, values, strict=False)}
    points = tuple(sorted(by_date.items()))  # one value a date, in date order
    m = measure(start=start, target_date=end, target=1000, curve=kind, points=points)
    m = dataclasses.replace(m, counting=Counting.TOTAL)
    stretch = Span(start + timedelta(days=first), start + timedelta(days=first + length))
    days = [stretch.start + timedelta(days=i) for i in range(stretch.days)]
    brute_force = sum(expected_value(m, day) for day in days) / len(days)
    assert PlannedPeriods(m).whole(stretch) == pytest.approx(brute_force, abs=1e-6)


entry_days = st.lists(
    st.tuples(st.integers(0, 60), st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 2))),
    min_size=1,
    max_size=30,
)


@settings(max_examples=80, deadline=None)
@given(
    pairs=entry_days,
    period=st.sampled_from(list(Period)),
    rule=st.sampled_from(list(Counting)),
    seed=st.randoms(use_true_random=False),
)
def test_reordering_entries_never_changes_a_periods_value(
    pairs: list[tuple[int, float]], period: Period, rule: Counting, seed: object
) -> None:
    m = dataclasses.replace(WEEKLY, period=period, counting=rule)
    entries = actuals(*((d(1, 5) + timedelta(days=n), v) for n, v in pairs))
    shuffled = list(entries)
    seed.shuffle(shuffled)  # type: ignore[attr-defined]
    on = d(3, 31)
    assert counted_periods(m, shuffled, on, MONDAYS) == counted_periods(m, entries, on, MONDAYS)


@settings(max_examples=80, deadline=None)
@given(
    pairs=entry_days,
    period=st.sampled_from(list(Period)),
    rule=st.sampled_from([Counting.TOTAL, Counting.AVERAGE]),
    cut=st.floats(0, 1),
)
def test_splitting_an_entry_within_its_day_never_changes_a_periods_value(
    pairs: list[tuple[int, float]], period: Period, rule: Counting, cut: float
) -> None:
    m = dataclasses.replace(WEEKLY, period=period, counting=rule)
    entries = actuals(*((d(1, 5) + timedelta(days=n), v) for n, v in pairs))
    first = entries[0]
    part = round(first.value * cut, 2)
    split = [
        dataclasses.replace(first, value=part),
        Actual(first.measure_id, first.on, first.value - part, id=len(entries) + 1),
        *entries[1:],
    ]
    on = d(3, 31)
    whole = counted_periods(m, entries, on, MONDAYS)
    parts = counted_periods(m, split, on, MONDAYS)
    assert [(p.span, p.planned) for p in parts] == [(p.span, p.planned) for p in whole]
    for was, now in zip(whole, parts, strict=True):
        assert now.actual == pytest.approx(was.actual, abs=1e-6)


def test_the_week_a_measure_starts_in_is_planned_and_counted_from_its_start() -> None:
    # Starts on Friday 9 January: that week plans Friday to Sunday only, and an entry of the
    # Thursday before (history) is not part of it.
    m = dataclasses.replace(WEEKLY, start=d(1, 9), target_date=d(3, 20))
    entries = actuals((d(1, 8), 999), (d(1, 9), 1), (d(1, 10), 2), (d(1, 11), 3))
    periods = counted_periods(m, entries, d(1, 20), MONDAYS)
    first = next(p for p in periods if p.start == d(1, 5))
    assert (first.actual, first.entries) == (6, 3)
    assert first.planned == pytest.approx((0 + 10 + 20) / 7)  # 3 of the week's 7 days


def test_this_weeks_plan_is_due_through_yesterday_until_today_is_recorded() -> None:
    entries = actuals((d(1, 12), 70), (d(1, 13), 80))  # Monday and Tuesday
    (week,) = counted_periods(WEEKLY, entries, d(1, 15), MONDAYS)  # Thursday, nothing yet
    assert week.planned_so_far == pytest.approx((70 + 80 + 90) / 7)  # through Wednesday
    entries = actuals((d(1, 12), 70), (d(1, 13), 80), (d(1, 14), 90), (d(1, 15), 100))
    (week,) = counted_periods(WEEKLY, entries, d(1, 15), MONDAYS)
    assert week.planned_so_far == pytest.approx((70 + 80 + 90 + 100) / 7)  # today recorded
