from __future__ import annotations

import pytest

from bakeryplan.domain.forecast import (
    forecast,
    format_date,
    format_number,
    format_span,
    least_squares_slope,
    progress_words,
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
    assert result.days_late == 96
    assert result.sentence == (
        "The target date, 5 January 2026, has passed: 20 of 100 reached. "
        "At this pace it is reached on 11 April 2026, 3 months late."
    )


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


# After the target date, and stale readings ------------------------------------------------

DEADLINE = d(12, 31)  # YEAR: 0 to 100 from 1 January to 31 December 2026


def test_missed_deadline_with_an_old_reading_is_not_early() -> None:
    # 5 in 14 days from 95 on 15 December: 5 more by 29 December, before the deadline, but
    # on 1 March 2027 no actual shows it.
    given = actuals((d(12, 1), 90), (d(12, 15), 95))
    result = forecast(YEAR, given, d(3, 1, 2027))
    assert result is not None
    assert result.sentence == (
        "The target date, 31 December 2026, has passed: 95 of 100 reached. "
        "There is no actual since 15 December 2026 to show it."
    )
    assert result.reach_date == d(12, 29)
    assert result.days_late is None


def test_missed_deadline_says_how_late_at_this_pace() -> None:
    # 1 a day from 90 on 20 January 2027: 100 on 30 January, 30 days (4 weeks) late.
    given = actuals((d(1, 10, 2027), 80), (d(1, 20, 2027), 90))
    result = forecast(YEAR, given, d(1, 25, 2027))
    assert result is not None
    assert result.sentence == (
        "The target date, 31 December 2026, has passed: 90 of 100 reached. "
        "At this pace it is reached on 30 January 2027, 4 weeks late."
    )
    assert (result.reach_date, result.days_late) == (d(1, 30, 2027), 30)
    assert result.value_at_target_date is None


def test_missed_deadline_not_moving_or_with_one_actual() -> None:
    flat = forecast(YEAR, actuals((d(12, 1), 95), (d(12, 15), 95)), d(1, 5, 2027))
    assert flat is not None
    assert flat.sentence == (
        "The target date, 31 December 2026, has passed: 95 of 100 reached. "
        "Not moving towards the target at the recent pace."
    )
    single = forecast(YEAR, actuals((d(12, 15), 95)), d(1, 5, 2027))
    assert single is not None
    assert single.sentence == "The target date, 31 December 2026, has passed: 95 of 100 reached."
    assert (single.reach_date, single.days_late) == (None, None)
    assert forecast(YEAR, actuals((d(12, 15), 95)), DEADLINE) is None  # not passed yet


def test_target_reached_after_the_deadline_is_just_reached() -> None:
    result = forecast(YEAR, actuals((d(12, 1), 90), (d(1, 10, 2027), 100)), d(3, 1, 2027))
    assert result is not None
    assert result.sentence == "Target reached."
    assert result.days_late == 10


def test_a_past_projected_date_is_never_called_early() -> None:
    # 1 a day from 20 on 21 January: 11 April, as in test_early_reach_date.
    given = actuals((d(1, 11), 10), (d(1, 21), 20))
    on_the_day = forecast(YEAR, given, d(4, 11))
    assert on_the_day is not None
    assert on_the_day.sentence == (
        "At this pace the target is reached on 11 April 2026, 9 months early."
    )
    day_after = forecast(YEAR, given, d(4, 12))
    assert day_after is not None
    assert day_after.sentence == (
        "At the pace of the last actuals the target would have been reached on 11 April "
        "2026, but there is no actual since 21 January 2026 to show it."
    )
    assert (day_after.reach_date, day_after.days_late) == (d(4, 11), None)


def test_progress_words() -> None:
    euro = Business("Sunrise", currency="EUR")
    assert progress_words(measure(unit="cafes"), 95) == "95 of 100 cafes reached"
    assert progress_words(measure(unit="cafes", target=1), 0) == "0 of 1 cafe reached"
    assert progress_words(measure(unit="%"), 95) == "95% of 100% reached"
    assert progress_words(measure(unit="EUR"), 950, euro) == "EUR 950 of EUR 100 reached"
    down = measure(baseline=100, target=40, direction=Direction.DOWN, unit="kg")
    assert progress_words(down, 60) == "60 kg against a target of 40 kg"


def test_format_number_says_one_cafe() -> None:
    assert format_number(1, "cafes") == "1 cafe"
    assert format_number(2, "cafes") == "2 cafes"
    assert format_number(1.5, "stars") == "1.5 stars"
