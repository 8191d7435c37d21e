"""Older plans' measures are counted as their names and entries say they meant."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bakeryplan.domain.counting_guess import guess_counting
from bakeryplan.domain.model import Counting, Measure, Period
from tests.domain.builders import actuals, d


def named(name: str, unit: str = "") -> Measure:
    return Measure(1, name, unit)


@pytest.mark.parametrize(
    ("name", "unit", "period", "counting"),
    [
        ("Weekly revenue", "EUR", Period.WEEK, Counting.TOTAL),
        ("Loaves sold per day", "loaves", Period.DAY, Counting.TOTAL),
        ("Monthly sales", "£", Period.MONTH, Counting.TOTAL),
        ("Quarterly catering orders", "", Period.QUARTER, Counting.TOTAL),
        ("Annual turnover", "EUR", Period.YEAR, Counting.TOTAL),
        ("Umsatz pro Woche", "EUR", Period.WEEK, Counting.TOTAL),
        ("Weekly waste share", "%", Period.WEEK, Counting.LATEST),
        ("Average daily customers", "", Period.DAY, Counting.LATEST),
        ("Monthly review rating", "stars", Period.MONTH, Counting.LATEST),
    ],
)
def test_a_name_that_speaks_of_a_period(
    name: str, unit: str, period: Period, counting: Counting
) -> None:
    assert guess_counting(named(name, unit), []) == (period, counting)


@pytest.mark.parametrize(
    ("gap_days", "period"),
    [
        (1, Period.DAY),
        (7, Period.WEEK),
        (28, Period.MONTH),
        (91, Period.QUARTER),
        (365, Period.YEAR),
    ],
)
def test_otherwise_the_latest_figure_in_periods_as_long_as_the_gaps(
    gap_days: int, period: Period
) -> None:
    entries = actuals(*((d(1, 1) + timedelta(days=gap_days * i), 1.0) for i in range(5)))
    assert guess_counting(named("Google review rating", "stars"), entries) == (
        period,
        Counting.LATEST,
    )


def test_too_few_entries_to_tell_are_months() -> None:
    assert guess_counting(named("Cafes supplied"), actuals((d(1, 1), 1))) == (
        Period.MONTH,
        Counting.LATEST,
    )


def test_a_word_inside_another_is_not_a_period() -> None:
    # "weekday" is not "week"ly, "dayton" holds no "day".
    assert guess_counting(named("Weekday footfall in Dayton"), []) == (
        Period.MONTH,
        Counting.LATEST,
    )
