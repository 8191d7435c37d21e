"""Matching a day of the new year with its day last year, and the holidays of a locale."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bakeryplan.domain.day_mapping import map_days, same_weekday_back
from bakeryplan.domain.holiday_calendar import Holiday, country_of, holidays_of
from bakeryplan.domain.model import Alignment
from bakeryplan.domain.periods import Span

YEAR = Span(date(2025, 8, 3), date(2026, 8, 2))


@pytest.mark.parametrize(
    ("locale", "country"),
    [
        ("de_DE", "DE"),
        ("en_GB", "GB"),
        ("sr_Latn_RS", "RS"),
        ("de_AT.UTF-8", "AT"),
        ("en-IE", "IE"),
        ("en", None),
        ("es_419", None),
    ],
)
def test_the_country_comes_from_the_locale(locale: str, country: str | None) -> None:
    assert country_of(locale) == country


def test_same_weekday_52_weeks_back_stays_inside_the_year() -> None:
    assert same_weekday_back(date(2026, 8, 10), YEAR) == date(2025, 8, 11)
    # 364 days back from the new year's last day would leave the year: a week nearer.
    assert same_weekday_back(date(2027, 8, 2), YEAR) == date(2026, 7, 27)
    assert same_weekday_back(date(2026, 8, 2), YEAR) == date(2025, 8, 3)
    for day in (date(2026, 8, 3), date(2027, 1, 1), date(2027, 8, 8)):
        back = same_weekday_back(day, YEAR)
        assert back in YEAR and back.weekday() == day.weekday()


def test_the_same_date_alignment() -> None:
    days = [date(2026, 12, 25), date(2028, 2, 29)]
    year_before_leap_day = Span(date(2026, 3, 1), date(2027, 2, 28))
    assert map_days(days[:1], YEAR, Alignment.DATE) == {days[0]: date(2025, 12, 25)}
    assert map_days(days[1:], year_before_leap_day, Alignment.DATE) == {days[1]: date(2027, 2, 28)}


def test_a_closed_weekday_stays_closed_around_a_fixed_holiday() -> None:
    christmas = [Holiday(date(2025, 12, 25), "Christmas"), Holiday(date(2026, 12, 25), "Christmas")]
    days = [date(2026, 12, 21) + timedelta(days=i) for i in range(8)]
    mapping = map_days(days, YEAR, Alignment.HOLIDAYS, christmas, frozenset({6}))
    assert mapping[date(2026, 12, 25)] == date(2025, 12, 25)  # the holiday itself
    assert mapping[date(2026, 12, 24)] == date(2025, 12, 24)  # Christmas Eve by its date
    # Sunday 27 December 2026 would map to Saturday 27 December 2025: kept on a Sunday.
    assert mapping[date(2026, 12, 27)] == date(2025, 12, 28)
    assert mapping[date(2026, 12, 28)] == date(2025, 12, 29)  # beyond the reach: by weekday


def test_the_holidays_of_a_country_with_easter() -> None:
    found = holidays_of("DE", [2026, 2027])
    assert found.known
    easter = {h.on for h in found.holidays if h.easter}
    assert easter == {date(2026, 4, 5), date(2027, 3, 28)}
    orthodox = holidays_of("GR", [2026, 2027])
    assert {h.on for h in orthodox.holidays if h.easter} == {date(2026, 4, 12), date(2027, 5, 2)}
    unknown = holidays_of("QQ", [2026])
    assert (unknown.country, unknown.known, unknown.holidays) == ("QQ", False, ())
    assert not holidays_of(None, [2026]).known
