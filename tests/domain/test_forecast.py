from __future__ import annotations

import pytest

from bakeryplan.domain.forecast import (
    forecast,
    format_date,
    format_number,
    format_span,
    least_squares_slope,
    recent_actuals,
)
from bakeryplan.domain.model import Business, Direction
from tests.domain.builders import actuals, d, measure

YEAR = measure(target_date=d(12, 31))


def test_early_reach_date() -> None:
    # 1 a day from 20 on 21 January: 80 more days, 11 April; 264 days before 31 December.
    result = forecast(YEAR, actuals((d(1, 1), 0), (d(1, 11), 10), (d(1, 21), 20)), d(1, 25))
    assert result is not None
    assert result.reach_date == d(4, 11)
    assert result.days_late == -264
    assert result.value_at_target_date == pytest.approx(20 + 344)
    assert result.sentence == "At this pace the target is reached on 11 April 2026, 9 months early."


def test_late_reach_date() -> None:
    m = measure(target_date=d(3, 1))
    result = forecast(m, actuals((d(1, 1), 0), (d(1, 11), 10), (d(1, 21), 20)), d(1, 21))
    assert result is not None
    assert result.days_late == 41
    assert result.sentence == "At this pace: 11 April 2026, 6 weeks late."


def test_on_time() -> None:
    m = measure(target_date=d(4, 11))
    result = forecast(m, actuals((d(1, 11), 10), (d(1, 21), 20)), d(1, 21))
    assert result is not None
    assert result.sentence == "At this pace the target is reached on 11 April 2026, on time."


def test_far_off_target_says_the_value_reached_by_the_target_date() -> None:
    # 2 a day from 5,038 on 11 October: 81 days to 31 December gives 5,200;
    # 6,000 would take 481 days, 400 days late.
    m = measure(target=6000, target_date=d(12, 31))
    result = forecast(m, actuals((d(10, 1), 5018), (d(10, 11), 5038)), d(10, 12))
    assert result is not None
    assert result.value_at_target_date == pytest.approx(5200)
    assert result.days_late == 400
    assert result.sentence == "At this pace you reach 5,200 by 31 December 2026 (target 6,000)."


def test_going_the_wrong_way() -> None:
    result = forecast(YEAR, actuals((d(1, 1), 20), (d(1, 11), 10)), d(1, 11))
    assert result is not None
    assert result.reach_date is None
    assert result.sentence == "Not moving towards the target at the recent pace."
    flat = forecast(YEAR, actuals((d(1, 1), 20), (d(1, 11), 20)), d(1, 11))
    assert flat is not None
    assert flat.sentence == "Not moving towards the target at the recent pace."


def test_target_reached_reports_when() -> None:
    given = actuals((d(1, 1), 90), (d(1, 5), 101), (d(1, 6), 99), (d(1, 8), 100), (d(1, 9), 120))
    result = forecast(YEAR, given, d(1, 10))
    assert result is not None
    assert result.sentence == "Target reached."
    assert result.reach_date == d(1, 8)


def test_down_measure() -> None:
    # -1 a day from 90 on 11 January: 50 more days, 2 March; 29 days before 31 March.
    m = measure(baseline=100, target=40, direction=Direction.DOWN, target_date=d(3, 31))
    result = forecast(m, actuals((d(1, 1), 100), (d(1, 11), 90)), d(1, 11))
    assert result is not None
    assert result.reach_date == d(3, 2)
    assert result.sentence == "At this pace the target is reached on 2 March 2026, 4 weeks early."


def test_after_the_target_date_there_is_no_value_at_target() -> None:
    m = measure(target_date=d(1, 5))
    result = forecast(m, actuals((d(1, 11), 10), (d(1, 21), 20)), d(1, 21))
    assert result is not None
    assert result.value_at_target_date is None
    assert result.sentence == "At this pace: 11 April 2026, 3 months late."


def test_too_little_data() -> None:
    assert forecast(YEAR, [], d(1, 5)) is None
    assert forecast(YEAR, actuals((d(1, 1), 5)), d(1, 5)) is None
    assert forecast(YEAR, actuals((d(1, 1), 5), (d(1, 1), 7)), d(1, 5)) is None
    assert forecast(YEAR, actuals((d(1, 1), 5), (d(1, 9), 7)), d(1, 5)) is None  # future ignored
    band = measure(direction=Direction.BAND, band=(1, 2))
    assert forecast(band, actuals((d(1, 1), 5), (d(1, 2), 7)), d(1, 5)) is None


def test_recent_window_is_90_days_and_8_actuals() -> None:
    old = actuals((d(1, 1), 0), (d(2, 1), 1))
    recent = actuals(*((d(6, day), day) for day in range(1, 11)))
    chosen = recent_actuals([*old, *recent])
    assert chosen == recent[-8:]
    stale = actuals((d(1, 1), 0), (d(9, 1), 5))
    assert recent_actuals(stale) == stale  # fewer than two recent: the newest two


def test_least_squares_slope() -> None:
    assert least_squares_slope(actuals((d(1, 1), 0), (d(1, 2), 2), (d(1, 3), 1))) == 0.5
    assert least_squares_slope(actuals((d(1, 1), 0), (d(1, 1), 2))) is None


def test_forecast_ignores_a_wild_old_pace() -> None:
    given = [*actuals((d(1, 1), 0), (d(1, 2), 90)), *actuals((d(6, 1), 50), (d(6, 11), 60))]
    result = forecast(YEAR, given, d(6, 11))
    assert result is not None
    assert result.reach_date == d(7, 21)  # 1 a day from 60 on 11 June


@pytest.mark.parametrize(
    ("days", "text"),
    [(1, "1 day"), (13, "13 days"), (14, "2 weeks"), (42, "6 weeks"), (63, "2 months"),
     (400, "13 months"), (730, "2 years")],
)  # fmt: skip
def test_format_span(days: int, text: str) -> None:
    assert format_span(days) == text


def test_formatting() -> None:
    assert format_date(d(5, 14, 2027)) == "14 May 2027"
    assert format_number(5200) == "5,200"
    assert format_number(12.25) == "12.2"
    assert format_number(45, "%") == "45%"
    assert format_number(1250, "loaves") == "1,250 loaves"
    assert format_number(1250, "eur", Business("Sunrise", currency="EUR")) == "EUR 1,250"
    assert format_number(-0.01) == "0.0"
