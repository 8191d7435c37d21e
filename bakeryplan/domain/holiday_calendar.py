"""The holidays of the plan's country, from a well-kept library, never a hand-made table.

The country comes from the plan's locale (``de_DE`` is Germany). The ``holidays`` package
knows each country's public holidays, and ``dateutil.easter`` the date of Easter Sunday,
which is no public holiday in most countries but shapes a bakery's spring. Easter Sunday is
added wherever the country keeps a feast at a fixed distance from it (Good Friday, Easter
Monday, Ascension, Pentecost, Carnival), by the western or the orthodox reckoning, as the
country's own feasts follow.

Both libraries are imported inside the functions that need them: they are only wanted when
a plan is derived from last year, never on the way to the first window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

EASTER_SUNDAY = "Easter Sunday"


@dataclass(frozen=True)
class Holiday:
    """One holiday on one day; the same ``name`` marks the same holiday in another year."""

    on: date
    name: str
    easter: bool = False  # Easter Sunday itself: the weeks around it move with it


@dataclass(frozen=True)
class HolidayYears:
    """The holidays found for a stretch of years, and what could not be found."""

    country: str | None  # ISO 3166 code, e.g. "DE"; None when the locale names none
    known: bool  # whether the library knows the country
    holidays: tuple[Holiday, ...]


def country_of(locale: str) -> str | None:
    """The country a locale names: ``de_DE`` -> ``DE``, ``sr_Latn_RS.UTF-8`` -> ``RS``;
    None for a bare language (``en``) or a region that is no country (``es_419``)."""
    base = re.split(r"[.@]", locale.strip(), maxsplit=1)[0]
    for part in re.split(r"[_-]", base)[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return None


def holidays_of(country: str | None, years: Sequence[int]) -> HolidayYears:
    """The country's public holidays on their real dates (not the days they are made up on
    when they fall on a weekend), plus Easter Sunday where the country follows Easter."""
    if country is None:
        return HolidayYears(None, False, ())
    import holidays as holiday_library

    try:
        found = holiday_library.country_holidays(country, years=list(years), observed=False)
    except NotImplementedError:  # the library does not know this country
        return HolidayYears(country, False, ())
    public = [
        Holiday(day, name)
        for day, names in sorted(found.items())
        for name in str(names).split("; ")
        if name
    ]
    return HolidayYears(country, True, tuple(public) + _easter_sundays(public, years))


def _easter_sundays(public: Sequence[Holiday], years: Sequence[int]) -> tuple[Holiday, ...]:
    """Easter Sunday of each year, by the reckoning the country's feasts follow; none when
    no feast of the country keeps a fixed distance from Easter."""
    from dateutil import easter

    best, best_count = None, 0
    for method in (easter.EASTER_WESTERN, easter.EASTER_ORTHODOX):
        sundays = {year: easter.easter(year, method) for year in years}
        count = _feasts_following(public, sundays)
        if count > best_count:
            best, best_count = sundays, count
    if best is None:
        return ()
    named = {(h.on, h.name) for h in public}
    return tuple(
        Holiday(day, EASTER_SUNDAY, easter=True)
        for day in best.values()
        if (day, EASTER_SUNDAY) not in named
    )


def _feasts_following(public: Sequence[Holiday], sundays: dict[int, date]) -> int:
    """How many of the country's holidays lie the same number of days from Easter Sunday in
    every year they occur (at least two years)."""
    distances: dict[str, set[int]] = {}
    seen: dict[str, int] = {}
    for holiday in public:
        sunday = sundays.get(holiday.on.year)
        if sunday is None:
            continue
        distances.setdefault(holiday.name, set()).add((holiday.on - sunday).days)
        seen[holiday.name] = seen.get(holiday.name, 0) + 1
    return sum(
        1
        for name, found in distances.items()
        if len(found) == 1 and seen[name] >= 2 and abs(next(iter(found))) <= 70
    )
