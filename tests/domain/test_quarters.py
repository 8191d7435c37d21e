"""Quarterly steps in the business's fiscal quarters; every expected date counted by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.curves import expected_value
from bakeryplan.domain.model import CurveKind, CurvePoint, Direction
from bakeryplan.domain.quarters import quarter_ends, quarterly_steps
from tests.domain.builders import d, measure

YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))
CALENDAR_2026_ENDS = [d(3, 31), d(6, 30), d(9, 30), d(12, 31)]


def pairs(points: list[CurvePoint]) -> list[tuple[date, float]]:
    return [(p.on, p.value) for p in points]


def test_a_calendar_year_steps_at_the_end_of_march_june_september_and_on_the_target() -> None:
    assert pairs(quarterly_steps(*YEAR_2026, 0, 100)) == [
        (d(1, 1), 0),
        (d(3, 31), 25),
        (d(6, 30), 50),
        (d(9, 30), 75),
        (d(12, 31), 100),
    ]


@pytest.mark.parametrize("fiscal_year_start", [4, 7, 10])
def test_a_year_starting_in_april_july_or_october_has_the_calendar_quarter_ends(
    fiscal_year_start: int,
) -> None:
    # April-June, July-September, October-December, January-March: the same ends.
    assert quarter_ends(*YEAR_2026, fiscal_year_start) == CALENDAR_2026_ENDS


def test_a_year_starting_in_february_ends_its_quarters_in_january_april_july_october() -> None:
    # Quarters Nov-Jan, Feb-Apr, May-Jul, Aug-Oct: 1 January falls in the Nov-Jan quarter.
    assert pairs(quarterly_steps(*YEAR_2026, 0, 100, fiscal_year_start=2)) == [
        (d(1, 1), 0),
        (d(1, 31), 20),
        (d(4, 30), 40),
        (d(7, 31), 60),
        (d(10, 31), 80),
        (d(12, 31), 100),
    ]


def test_a_measure_starting_mid_quarter_gets_a_whole_step_for_its_first_part_quarter() -> None:
    # March year: quarters Mar-May, Jun-Aug, Sep-Nov, Dec-Feb. 60 in 5 steps of 12.
    points = quarterly_steps(d(5, 15), d(5, 15, 2027), 10, 70, fiscal_year_start=3)
    assert pairs(points) == [
        (d(5, 15), 10),
        (d(5, 31), 22),
        (d(8, 31), 34),
        (d(11, 30), 46),
        (d(2, 28, 2027), 58),
        (d(5, 15, 2027), 70),
    ]


def test_a_calendar_measure_from_late_november_keeps_its_old_steps() -> None:
    points = quarterly_steps(d(11, 27), d(6, 30, 2027), 0, 300)
    assert pairs(points) == [
        (d(11, 27), 0),
        (d(12, 31), 100),
        (d(3, 31, 2027), 200),
        (d(6, 30, 2027), 300),
    ]


@pytest.mark.parametrize(
    ("start", "end"),
    [(d(4, 1), d(6, 30)), (d(4, 10), d(5, 20)), (d(6, 30), d(9, 30))],
    ids=["whole quarter", "inside a quarter", "from a quarter's last day"],
)
def test_a_one_quarter_measure_is_one_step_on_its_target_date(start: date, end: date) -> None:
    assert pairs(quarterly_steps(start, end, 5, 9)) == [(start, 5), (end, 9)]


def test_a_start_on_a_quarters_last_day_takes_no_step_that_day() -> None:
    assert quarter_ends(d(3, 31), d(9, 30)) == [d(6, 30), d(9, 30)]


@pytest.mark.parametrize(
    ("start", "february_end"),
    [(d(12, 1, 2027), d(2, 29, 2028)), (d(12, 1), d(2, 28, 2027))],
    ids=["leap 2028", "common 2027"],
)
@pytest.mark.parametrize("fiscal_year_start", [3, 12])
def test_a_quarter_ending_in_february_ends_on_its_last_day(
    start: date, february_end: date, fiscal_year_start: int
) -> None:
    end = date(start.year + 1, 12, 1)
    y = start.year + 1
    assert quarter_ends(start, end, fiscal_year_start) == [
        february_end,
        date(y, 5, 31),
        date(y, 8, 31),
        date(y, 11, 30),
        end,
    ]


def test_a_falling_measure_steps_down() -> None:
    assert pairs(quarterly_steps(*YEAR_2026, 100, 40)) == [
        (d(1, 1), 100),
        (d(3, 31), 85),
        (d(6, 30), 70),
        (d(9, 30), 55),
        (d(12, 31), 40),
    ]


def test_thirds_are_rounded_to_the_two_decimals_the_boxes_show() -> None:
    points = quarterly_steps(d(1, 1), d(9, 30), 0, 100)
    assert [p.value for p in points] == [0, 33.33, 66.67, 100]


def test_the_steps_make_a_stepped_curve_that_jumps_on_each_quarter_end() -> None:
    points = quarterly_steps(*YEAR_2026, 100, 40, fiscal_year_start=2)
    m = measure(
        baseline=100,
        target=40,
        direction=Direction.DOWN,
        start=d(1, 1),
        target_date=d(12, 31),
        curve=CurveKind.STEPPED,
        points=tuple((p.on, p.value) for p in points),
    )
    assert [expected_value(m, on) for on in (d(1, 30), d(1, 31), d(4, 29), d(4, 30))] == [
        100,
        88,
        88,
        76,
    ]
    assert [expected_value(m, on) for on in (d(12, 30), d(12, 31))] == [52, 40]


@pytest.mark.parametrize(
    ("start", "end", "fiscal_year_start"),
    [(d(1, 1), d(1, 1), 1), (d(2, 1), d(1, 1), 1), (d(1, 1), d(2, 1), 0), (d(1, 1), d(2, 1), 13)],
)
def test_an_empty_period_or_a_month_that_does_not_exist_is_refused(
    start: date, end: date, fiscal_year_start: int
) -> None:
    with pytest.raises(ValueError):
        quarter_ends(start, end, fiscal_year_start)


@given(
    start=st.dates(date(1990, 1, 1), date(2100, 1, 1)),
    days=st.integers(1, 2000),
    fiscal_year_start=st.integers(1, 12),
)
def test_every_quarter_end_between_start_and_end_is_listed_once(
    start: date, days: int, fiscal_year_start: int
) -> None:
    end = start + timedelta(days=days)
    expected = [
        day
        for day in (start + timedelta(days=n) for n in range(1, days))
        if (day + timedelta(days=1)).day == 1
        and ((day + timedelta(days=1)).month - fiscal_year_start) % 3 == 0
    ]
    assert quarter_ends(start, end, fiscal_year_start) == [*expected, end]
