"""Where a measure stands: its window of complete periods, the current period so far, health."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.forecast import Outlook
from bakeryplan.domain.health import Health, target_reached
from bakeryplan.domain.measure_status import (
    default_window,
    health_window,
    latest_actual,
    measure_status,
)
from bakeryplan.domain.model import Business, Counting, CurveKind, CurvePoint, Direction, Period
from tests.domain.builders import JAN_11, actuals, d, measure

GERMAN = Business("Bäckerei", locale="de_DE", week_start=0)
# Weekly revenue planned at 1,000 a week all along (baseline 0 before the plan, 1,000 from
# Monday 5 January): a flat stretch makes the figures easy to read.
WEEKLY = measure(
    baseline=0,
    target=2000,
    start=d(1, 5),
    target_date=d(12, 28),
    curve=CurveKind.STEPPED,
    points=((d(1, 5), 1000),),
    period=Period.WEEK,
    counting=Counting.TOTAL,
)


def days_of(first: date, values: list[float]) -> list[tuple[date, float]]:
    return [(first + timedelta(days=i), v) for i, v in enumerate(values)]


def week_of_takings(monday: date, total: float) -> list[tuple[date, float]]:
    """Six open days and a closed Sunday (no entry), two till entries a day."""
    per_entry = total / 12
    return [(monday + timedelta(days=i), per_entry) for i in range(6) for _ in range(2)]


def test_default_windows() -> None:
    assert default_window(Period.WEEK, Counting.TOTAL) == 4
    assert default_window(Period.DAY, Counting.TOTAL) == 28
    assert default_window(Period.MONTH, Counting.AVERAGE) == 3
    assert default_window(Period.YEAR, Counting.TOTAL) == 1
    assert default_window(Period.MONTH, Counting.LATEST) == 1
    assert default_window(Period.DAY, Counting.LATEST) == 7
    assert health_window(dataclasses.replace(WEEKLY, health_window=8)) == 8


def test_health_judges_the_last_four_complete_weeks_not_the_current_one() -> None:
    entries = []
    for week, total in enumerate([1000, 1000, 980, 1020]):
        entries += week_of_takings(d(2, 2) + timedelta(weeks=week), total)
    entries += days_of(d(3, 2), [150, 120, 130])  # this week, Monday to Wednesday
    status = measure_status(WEEKLY, actuals(*entries), d(3, 4), business=GERMAN)  # Wednesday
    assert [p.start for p in status.window] == [d(2, 2), d(2, 9), d(2, 16), d(2, 23)]
    assert status.actual == pytest.approx(1000)
    assert status.expected == pytest.approx(1000)
    assert status.health is Health.ON_TRACK
    assert status.last_complete is not None and status.last_complete.actual == pytest.approx(1020)
    # This week so far: 400 taken by Wednesday against 3/7 of the week's 1,000.
    assert not status.current.complete
    assert status.current.actual == pytest.approx(400)
    assert status.current.planned_so_far == pytest.approx(3000 / 7)
    assert status.current.planned == pytest.approx(1000)


def test_several_entries_a_day_count_as_the_days_sum() -> None:
    groups = [261.12, 402.5, 198.35, 150.0, 221.5, 80.0]  # six product groups: 1,313.47
    daily = dataclasses.replace(
        WEEKLY, period=Period.DAY, counting=Counting.TOTAL, points=(CurvePoint(d(1, 5), 1300),)
    )
    entries = actuals(*[(d(3, 2), v) for v in groups])
    status = measure_status(daily, entries, d(3, 3), business=GERMAN)
    assert status.last_complete is not None
    assert status.last_complete.actual == pytest.approx(1313.47)
    assert status.actual == pytest.approx(1313.47)
    assert status.health is Health.ON_TRACK  # not "At risk" at 261 on a day that made 1,313


def test_one_record_week_is_not_achieved() -> None:
    entries = []
    for week, total in enumerate([1000, 1000, 1000, 2500]):
        entries += week_of_takings(d(2, 2) + timedelta(weeks=week), total)
    status = measure_status(WEEKLY, actuals(*entries), d(3, 2), business=GERMAN)
    assert status.actual == pytest.approx(1375)
    assert status.health is Health.ON_TRACK  # 1,375 a week against 1,000: ahead, not done


def test_one_bad_day_is_not_at_risk_and_a_closed_day_is_not_a_bad_day() -> None:
    daily = dataclasses.replace(
        WEEKLY, period=Period.DAY, counting=Counting.TOTAL, points=(CurvePoint(d(1, 5), 150),)
    )
    values: list[tuple[date, float]] = []
    for day in range(28):
        on = d(2, 2) + timedelta(days=day)
        if on.weekday() == 6:
            continue  # closed on Sundays: no entry, no data
        values.append((on, 30 if day == 26 else 150))  # one bad Saturday
    status = measure_status(daily, actuals(*values), d(3, 2), business=GERMAN)
    assert len(status.window) == 24  # the 24 open days of the four weeks
    assert status.health is Health.ON_TRACK


def test_until_a_first_period_is_complete_the_current_one_is_judged_so_far() -> None:
    entries = actuals(*week_of_takings(d(1, 5), 1000)[:6])  # Mon to Wed: 500
    status = measure_status(WEEKLY, entries, d(1, 7), business=GERMAN)
    assert status.judged_so_far
    assert status.window == ()
    assert status.actual == pytest.approx(500)
    assert status.expected == pytest.approx(3000 / 7)
    assert status.health is Health.ON_TRACK


def test_no_entries_yet_is_not_started() -> None:
    status = measure_status(WEEKLY, [], d(3, 4), business=GERMAN)
    assert status.health is Health.NOT_STARTED
    assert (status.actual, status.progress, status.forecast, status.last_complete) == (
        None,
        None,
        None,
        None,
    )
    assert status.expected == pytest.approx(1000)
    assert status.current.actual is None


def test_entries_after_the_day_asked_about_are_ignored() -> None:
    status = measure_status(measure(), actuals((d(1, 9), 100)), d(1, 6))
    assert status.health is Health.NOT_STARTED
    assert status.actual is None
    assert status.actual_on is None


def test_before_the_start_is_not_started_and_earlier_entries_do_not_count() -> None:
    m = measure(start=d(1, 5))
    assert measure_status(m, actuals((d(1, 2), 100)), d(1, 3)).health is Health.NOT_STARTED
    status = measure_status(m, actuals((d(1, 2), 0)), d(1, 6))
    assert status.health is Health.NOT_STARTED
    assert status.actual_on == d(1, 2)


def test_latest_figure_is_compared_with_the_plan_of_its_day() -> None:
    # 0 to 100 over ten days, read daily as the latest figure; a week's readings on plan.
    readings = [(d(1, day), 10.0 * (day - 1)) for day in range(2, 9)]
    status = measure_status(measure(), actuals(*readings), d(1, 9))
    assert [p.actual for p in status.window] == [10, 20, 30, 40, 50, 60, 70]
    assert status.variance == pytest.approx(0)
    assert status.health is Health.ON_TRACK


def test_same_day_last_recorded_wins() -> None:
    given = actuals((d(1, 3), 5), (d(1, 3), 20))
    assert latest_actual(given, d(1, 3)) == given[1]
    assert latest_actual(list(reversed(given)), d(1, 3)) == given[1]


@pytest.mark.parametrize(
    ("value", "health"),
    [
        (70, Health.ON_TRACK),  # exactly the plan: 100 -> 40, half-way on 6 January
        (72, Health.BEHIND),  # progress 28/60 = 0.467, ratio 0.933
        (75, Health.AT_RISK),  # progress 25/60 = 0.417, ratio 0.833
        (40, Health.ACHIEVED),
        (35, Health.ACHIEVED),
    ],
)
def test_measure_going_down(value: float, health: Health) -> None:
    m = measure(baseline=100, target=40, direction=Direction.DOWN, window=1)
    assert measure_status(m, actuals((d(1, 6), value)), d(1, 7)).health is health


def test_stepped_curve_expects_nothing_before_the_first_step() -> None:
    m = measure(curve=CurveKind.STEPPED, points=((d(1, 8), 60),), window=1)
    status = measure_status(m, actuals((d(1, 6), 0)), d(1, 7))
    assert status.expected_progress == 0
    assert status.health is Health.ON_TRACK
    later = measure_status(m, actuals((d(1, 8), 45)), d(1, 9))
    assert later.health is Health.AT_RISK  # 45 of the 60 planned: 75 %


def test_custom_curve_status() -> None:
    m = measure(curve=CurveKind.CUSTOM, points=((d(1, 3), 50), (d(1, 7), 30)), window=1)
    status = measure_status(m, actuals((d(1, 5), 36)), d(1, 6))
    assert status.expected == pytest.approx(40)
    assert status.health is Health.BEHIND  # 36 / 40 = 90 %


def test_band_measure() -> None:
    m = measure(direction=Direction.BAND, band=(10, 20), target_date=JAN_11, window=1)
    assert measure_status(m, actuals((d(1, 3), 12)), d(1, 4)).health is Health.ON_TRACK
    assert measure_status(m, actuals((d(1, 3), 21)), d(1, 4)).health is Health.BEHIND
    assert measure_status(m, actuals((d(1, 3), 40)), d(1, 4)).health is Health.AT_RISK
    assert measure_status(m, actuals((d(1, 3), 12), (d(1, 4), 13)), d(1, 5)).forecast is None


def test_achieved_means_the_target_met_over_the_window() -> None:
    entries = []
    for week, total in enumerate([2000, 2100, 1900, 2050]):
        entries += week_of_takings(d(2, 2) + timedelta(weeks=week), total)
    status = measure_status(WEEKLY, actuals(*entries), d(3, 2), business=GERMAN)
    assert status.actual == pytest.approx(2012.5)  # a week's mean over the four weeks
    assert status.health is Health.ACHIEVED
    assert status.forecast is not None and status.forecast.outlook is Outlook.REACHED
    assert status.forecast.reach_date == d(2, 23)  # every week since has been at the target


def test_a_missed_target_date_is_at_risk_whatever_the_last_reading_said() -> None:
    # 95 of 100 on 15 December was on track then.
    year = measure(target_date=d(12, 31), window=1)
    given = actuals((d(12, 1), 90), (d(12, 15), 95))
    assert measure_status(year, given, d(12, 31)).health is Health.ON_TRACK  # not passed yet
    late = measure_status(year, given, d(3, 1, 2027))
    assert late.health is Health.AT_RISK
    assert late.forecast is not None
    assert late.forecast.outlook is Outlook.TARGET_DATE_PASSED
    reached = actuals((d(12, 1), 90), (d(12, 15), 100))
    assert measure_status(year, reached, d(3, 1, 2027)).health is Health.ACHIEVED
    assert measure_status(year, [], d(1, 1, 2027)).health is Health.AT_RISK  # nothing, ever
    assert measure_status(year, [], d(12, 31)).health is Health.NOT_STARTED


def test_met_at_the_target_date_stays_achieved() -> None:
    year = measure(target_date=d(12, 31), window=1)
    given = actuals((d(12, 30), 100), (d(1, 20, 2027), 80))
    assert measure_status(year, given, d(3, 1, 2027)).health is Health.ACHIEVED


def test_a_band_never_misses_its_target_date() -> None:
    band = measure(direction=Direction.BAND, band=(10, 20), window=1)
    assert measure_status(band, actuals((d(1, 3), 12)), d(3, 1)).health is Health.ON_TRACK


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(finite, finite, finite, st.integers(1, 30), st.sampled_from([Direction.UP, Direction.DOWN]))
def test_achieved_iff_target_reached_once_started(
    baseline: float, target: float, value: float, day: int, direction: Direction
) -> None:
    m = measure(baseline=baseline, target=target, direction=direction, window=1)
    on = m.start + timedelta(days=day)
    read_on = on - timedelta(days=1)
    status = measure_status(m, actuals((read_on, value)), on)
    assert (status.health is Health.ACHIEVED) == target_reached(m, value)
    assert status.health is not Health.NOT_STARTED
