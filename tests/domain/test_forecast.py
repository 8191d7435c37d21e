"""The forecast: tracking the plan over the window, carried onto the rest of the plan."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from bakeryplan.domain.curves import expected_value
from bakeryplan.domain.forecast import (
    Forecast,
    Outlook,
    forecast,
    tracking,
)
from bakeryplan.domain.measure_status import measure_status
from bakeryplan.domain.model import Business, Counting, CurveKind, Direction, Measure, Period
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import forecast_sentence
from tests.domain.builders import actuals, d, measure

# 0 to 100 in a straight line over 2026 (364 days from 1 January to 31 December).
YEAR = measure(target_date=d(12, 31))
SEASONAL_POINTS = (
    (d(3, 1), 6800.0),
    (d(11, 1), 7800.0),
    (d(12, 20), 9600.0),  # a Christmas peak above the target...
    (d(1, 10, 2027), 7400.0),  # ...then the January dip
    (d(4, 1, 2027), 8600.0),
)
SEASONAL = measure(
    baseline=6500,
    target=9000,
    start=d(1, 5),
    target_date=d(5, 31, 2027),
    curve=CurveKind.CUSTOM,
    points=SEASONAL_POINTS,
    period=Period.WEEK,
    counting=Counting.TOTAL,
    unit="EUR",
)
IRISH = Business("Sunrise Bakery", currency="EUR", locale="en_IE", week_start=0)
ENGLISH = Business("Sunrise Bakery", currency="GBP", locale="en_GB")


def said(m: Measure, result: Forecast, business: Business) -> str:
    """The forecast as the window and the printouts say it."""
    return forecast_sentence(formatter_for(business), m, result)


def test_tracking_is_the_share_of_the_planned_progress() -> None:
    assert tracking(YEAR, value=40, planned=50) == pytest.approx(0.8)
    assert tracking(YEAR, value=4, planned=4) is None  # less than 5 % of the way was due
    down = measure(baseline=100, target=40, direction=Direction.DOWN)
    assert tracking(down, value=76, planned=70) == pytest.approx(0.8)


def test_ahead_of_a_straight_plan_is_early() -> None:
    # 25 % ahead: 80 of the way is reached after 291.2 days, on 20 October.
    result = forecast(YEAR, value=50, planned=40, on=d(6, 1), achieved=False)
    assert result is not None
    assert result.tracking == pytest.approx(1.25)
    assert result.reach_date == d(10, 20)
    assert result.days_late == -72
    assert result.outlook is Outlook.EARLY
    assert (
        said(YEAR, result, ENGLISH)
        == "At this pace the target is reached on 20 October 2026, 2 months early."
    )


def test_behind_a_straight_plan_extends_the_line_past_the_target_date() -> None:
    # 80 % of the plan's pace: 364 / 0.8 = 455 days, on 1 April 2027.
    result = forecast(YEAR, value=40, planned=50, on=d(7, 1), achieved=False)
    assert result is not None
    assert result.reach_date == d(4, 1, 2027)
    assert result.days_late == 91
    assert result.outlook is Outlook.LATE
    assert result.value_at_target_date == pytest.approx(80)
    assert said(YEAR, result, ENGLISH) == "At this pace: 1 April 2027, 3 months late."


def test_far_behind_says_the_value_reached_by_the_target_date() -> None:
    result = forecast(YEAR, value=20, planned=50, on=d(7, 1), achieved=False)
    assert result is not None
    assert result.days_late is None or result.days_late > 365
    assert (
        said(YEAR, result, ENGLISH) == "At this pace you reach 40 by 31 December 2026 (target 100)."
    )


def test_behind_a_seasonal_plan_says_what_is_reached_not_a_made_up_date() -> None:
    result = forecast(SEASONAL, value=7200, planned=7500, on=d(10, 1), achieved=False)
    assert result is not None
    assert result.reach_date is None
    assert result.value_at_target_date == pytest.approx(6500 + 2500 * 0.7)
    assert said(SEASONAL, result, IRISH) == (
        "At this pace you reach €8,250 by 31 May 2027 (target €9,000)."
    )


def test_not_moving_towards_the_target() -> None:
    result = forecast(YEAR, value=-5, planned=50, on=d(7, 1), achieved=False)
    assert result is not None
    assert result.reach_date is None
    assert said(YEAR, result, ENGLISH) == "Not moving towards the target at the recent pace."


def test_too_early_to_tell_and_bands_have_no_forecast() -> None:
    assert forecast(YEAR, value=3, planned=2, on=d(1, 8), achieved=False) is None
    band = measure(direction=Direction.BAND, band=(10, 20))
    assert forecast(band, value=12, planned=15, on=d(1, 8), achieved=False) is None


def test_target_reached() -> None:
    result = forecast(YEAR, value=100, planned=80, on=d(11, 1), achieved=True,
                      reached_since=d(10, 12))  # fmt: skip
    assert result is not None
    assert (said(YEAR, result, ENGLISH), result.reach_date, result.days_late) == (
        "Target reached.",
        d(10, 12),
        -80,
    )


def test_a_missed_straight_plan_says_so_then_where_the_pace_leads() -> None:
    result = forecast(YEAR, value=90, planned=100, on=d(2, 1, 2027), achieved=False)
    assert result is not None
    assert said(YEAR, result, ENGLISH) == (
        "The target date, 31 December 2026, has passed: 90 of 100 reached. "
        "At this pace it is reached on 10 February 2027, 6 weeks late."
    )
    assert (result.outlook, result.pace) == (Outlook.TARGET_DATE_PASSED, Outlook.LATE)
    assert result.days_late == 41  # 364 / 0.9 = 404.4 days from 1 January 2026


def test_a_missed_seasonal_plan_only_says_it_was_missed() -> None:
    result = forecast(SEASONAL, value=8500, planned=9000, on=d(6, 20, 2027), achieved=False)
    assert result is not None
    assert said(SEASONAL, result, IRISH) == (
        "The target date, 31 May 2027, has passed: €8,500 of €9,000 reached."
    )


def seasonal_takings(m: object, pace: float, first: date, last: date) -> list:
    """Daily entries making exactly ``pace`` times the planned progress of each week."""
    days = (last - first).days + 1
    pairs = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        planned = expected_value(SEASONAL, day)
        pairs.append((day, (6500 + pace * (planned - 6500)) / 7))
    return actuals(*pairs)


@pytest.mark.parametrize("on", [d(11, 25), d(12, 16), d(1, 20, 2027), d(3, 3, 2027)])
def test_tracking_a_seasonal_plan_at_100_percent_is_on_time(on: date) -> None:
    entries = seasonal_takings(SEASONAL, 1.0, d(1, 5), on - timedelta(days=1))
    status = measure_status(SEASONAL, entries, on)
    assert status.forecast is not None
    assert status.forecast.tracking == pytest.approx(1.0, abs=1e-9)
    assert status.forecast.days_late is not None and abs(status.forecast.days_late) < 7
    assert said(SEASONAL, status.forecast, IRISH).endswith("on time.")


def test_a_christmas_peak_above_the_target_is_not_reaching_it() -> None:
    # 6 % ahead of plan in November: the projection passes 9,000 around the peak, falls back
    # in January, and gets there for good only in spring: weeks early, not months.
    entries = seasonal_takings(SEASONAL, 1.06, d(1, 5), d(11, 29))
    status = measure_status(SEASONAL, entries, d(11, 30))
    assert status.forecast is not None
    reach = status.forecast.reach_date
    assert reach is not None and reach > d(3, 1, 2027)
    assert status.forecast.days_late is not None and -70 < status.forecast.days_late < 0


def test_the_forecast_is_the_same_whatever_the_entries_after_the_day() -> None:
    entries = seasonal_takings(SEASONAL, 1.0, d(1, 5), d(12, 31))
    before = measure_status(SEASONAL, [a for a in entries if a.on <= d(11, 25)], d(11, 25))
    with_future = measure_status(SEASONAL, entries, d(11, 25))
    assert with_future.forecast == before.forecast
    assert dataclasses.replace(with_future, forecast=None) == dataclasses.replace(
        before, forecast=None
    )
