"""The business calendar: where days, weeks, months, quarters and years begin."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.model import Business, Period
from bakeryplan.domain.periods import BusinessCalendar, Span

MONDAY_WEEKS = BusinessCalendar(week_start=0)  # de_DE, en_GB
SUNDAY_WEEKS = BusinessCalendar(week_start=6)  # en_US
APRIL_YEAR = BusinessCalendar(fiscal_year_start=4)


def test_a_day_is_itself() -> None:
    assert MONDAY_WEEKS.span(Period.DAY, date(2026, 12, 2)) == Span(
        date(2026, 12, 2), date(2026, 12, 2)
    )


@pytest.mark.parametrize(
    ("calendar", "start", "end"),
    [
        (MONDAY_WEEKS, date(2026, 11, 30), date(2026, 12, 6)),  # Monday to Sunday
        (SUNDAY_WEEKS, date(2026, 11, 29), date(2026, 12, 5)),  # Sunday to Saturday
    ],
    ids=["de_DE", "en_US"],
)
def test_weeks_start_on_the_locales_first_day(
    calendar: BusinessCalendar, start: date, end: date
) -> None:
    for day in range(7):
        assert calendar.span(Period.WEEK, start + timedelta(days=day)) == Span(start, end)


def test_calendar_of_a_business_reads_its_week_start_and_fiscal_year() -> None:
    calendar = BusinessCalendar.of(Business("Shop", week_start=6, fiscal_year_start=7))
    assert calendar == BusinessCalendar(week_start=6, fiscal_year_start=7)
    assert BusinessCalendar.of(None) == BusinessCalendar(0, 1)


def test_months_are_calendar_months_whatever_the_fiscal_year() -> None:
    assert APRIL_YEAR.span(Period.MONTH, date(2026, 2, 14)) == Span(
        date(2026, 2, 1), date(2026, 2, 28)
    )


def test_leap_years() -> None:
    assert MONDAY_WEEKS.span(Period.MONTH, date(2028, 2, 29)) == Span(
        date(2028, 2, 1), date(2028, 2, 29)
    )
    assert MONDAY_WEEKS.span(Period.YEAR, date(2028, 7, 1)).days == 366
    assert APRIL_YEAR.span(Period.YEAR, date(2027, 7, 1)).days == 366  # holds 29 Feb 2028


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2026, 4, 1), date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 12, 31), date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 2, 10), date(2027, 1, 1), date(2027, 3, 31)),
    ],
)
def test_quarters_follow_the_fiscal_year(day: date, start: date, end: date) -> None:
    assert APRIL_YEAR.span(Period.QUARTER, day) == Span(start, end)


def test_a_february_fiscal_year_has_quarters_ending_in_january_april_july_october() -> None:
    february = BusinessCalendar(fiscal_year_start=2)
    assert february.span(Period.QUARTER, date(2026, 1, 15)) == Span(
        date(2025, 11, 1), date(2026, 1, 31)
    )


@pytest.mark.parametrize(
    ("calendar", "day", "start", "end"),
    [
        (MONDAY_WEEKS, date(2026, 6, 1), date(2026, 1, 1), date(2026, 12, 31)),
        (APRIL_YEAR, date(2026, 3, 31), date(2025, 4, 1), date(2026, 3, 31)),
        (APRIL_YEAR, date(2026, 4, 1), date(2026, 4, 1), date(2027, 3, 31)),
    ],
)
def test_years_follow_the_fiscal_year(
    calendar: BusinessCalendar, day: date, start: date, end: date
) -> None:
    assert calendar.span(Period.YEAR, day) == Span(start, end)


def test_spans_walks_every_period_in_order() -> None:
    weeks = list(MONDAY_WEEKS.spans(Period.WEEK, date(2026, 12, 2), date(2026, 12, 20)))
    assert [w.start for w in weeks] == [date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14)]
    assert list(MONDAY_WEEKS.spans(Period.WEEK, date(2026, 12, 20), date(2026, 12, 1))) == []


def test_the_ends_of_the_calendar_do_not_overflow() -> None:
    assert MONDAY_WEEKS.span(Period.YEAR, date(9999, 12, 31)).end == date(9999, 12, 31)
    assert APRIL_YEAR.span(Period.YEAR, date(9999, 12, 31)).end == date.max
    assert MONDAY_WEEKS.span(Period.QUARTER, date(1, 1, 1)).start == date(1, 1, 1)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
    period=st.sampled_from(list(Period)),
    week_start=st.integers(0, 6),
    fiscal=st.integers(1, 12),
)
def test_every_day_lies_in_its_period_and_periods_tile(
    day: date, period: Period, week_start: int, fiscal: int
) -> None:
    calendar = BusinessCalendar(week_start, fiscal)
    span = calendar.span(period, day)
    assert day in span
    assert calendar.span(period, span.start) == span == calendar.span(period, span.end)
    following = calendar.span(period, span.end + timedelta(days=1))
    assert following.start == span.end + timedelta(days=1)
    assert calendar.previous(period, following) == span
