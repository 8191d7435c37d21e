"""Each day of a new plan matched to its day of last year, with the plan's own holidays.

Joins the three parts a derived plan and last year's chart line share: the country from
the business's locale, that country's holidays (``holiday_calendar``), and the day mapping
(``day_mapping``). Where the holiday library cannot help (a locale without a country, a
country it does not know), the only holidays that can be derived are the days the business
closed last year on a weekday it usually opens (Christmas Day, New Year's Day, a local
feast): those keep their calendar dates, and the note says so (``HolidayNote``, said by
``text.history_notes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bakeryplan.domain.day_mapping import last_years_date, map_days, one_year_after
from bakeryplan.domain.holiday_calendar import Holiday, country_of, holidays_of
from bakeryplan.domain.model import Alignment, Business
from bakeryplan.domain.reference_year import ReferenceYear

DAY = timedelta(days=1)
CLOSED = "closed"  # the start of a closure's name, which no library holiday has


@dataclass(frozen=True)
class MovedHoliday:
    """A holiday of the new plan and the day last year it was matched with."""

    name: str  # the holiday library's name; a closure's is a key ("closed 12-25")
    last_year: date
    new_year: date
    closure: bool = False  # a day the business closed last year, not a public holiday


class HolidayCase(StrEnum):
    """How holidays were treated in one derivation."""

    SAME_DATE = "same_date"  # every day against the same date last year
    SAME_WEEKDAY = "same_weekday"  # the same weekday 52 weeks before, holidays stay put
    MOVED = "moved"  # the country's holidays moved to their new dates
    NO_COUNTRY = "no_country"  # the locale names no country: only closures keep dates
    UNKNOWN_COUNTRY = "unknown_country"  # the library does not know the country


@dataclass(frozen=True)
class HolidayNote:
    """What the owner is told about holidays: the case, and the country or locale."""

    case: HolidayCase
    country: str | None = None  # ISO 3166 code
    locale: str = ""


@dataclass(frozen=True)
class ReferenceDays:
    """The day mapping of one derivation and what the owner should be told about it."""

    mapping: dict[date, date]
    note: HolidayNote  # how holidays were treated
    moved: tuple[MovedHoliday, ...]  # holidays of the plan year moved to their dates


def reference_days(
    days: Sequence[date], year: ReferenceYear, business: Business, alignment: Alignment
) -> ReferenceDays:
    """Each of ``days`` matched to a day of the reference year (``day_mapping``)."""
    if alignment is Alignment.DATE:
        note = HolidayNote(HolidayCase.SAME_DATE)
        return ReferenceDays(map_days(days, year.span, alignment), note, ())
    if alignment is Alignment.WEEKDAY:
        note = HolidayNote(HolidayCase.SAME_WEEKDAY)
        return ReferenceDays(map_days(days, year.span, alignment), note, ())
    last = max(days, default=year.span.end)
    years = range(year.span.start.year, last.year + 1)
    found = holidays_of(country_of(business.locale), years)
    if found.known:
        holidays = found.holidays
        note = HolidayNote(HolidayCase.MOVED, found.country, business.locale)
    else:
        holidays = _closures_by_date(year)
        case = HolidayCase.NO_COUNTRY if found.country is None else HolidayCase.UNKNOWN_COUNTRY
        note = HolidayNote(case, found.country, business.locale)
    mapping = map_days(days, year.span, alignment, holidays, year.closed_weekdays)
    return ReferenceDays(mapping, note, _moved(holidays, year, days))


def _closures_by_date(year: ReferenceYear) -> tuple[Holiday, ...]:
    """Days without entries on a weekday the business usually opens, within the recorded
    stretch (gaps aside), as holidays that keep their date next year."""
    if year.first_entry is None or year.last_entry is None:
        return ()
    closures: list[Holiday] = []
    day = year.first_entry
    while day <= year.last_entry:
        usual_day = day.weekday() not in year.closed_weekdays
        in_gap = any(day in gap for gap in year.gaps)
        if usual_day and not in_gap and day not in year.recorded:
            name = f"{CLOSED} {day:%m-%d}"  # a key: the same date next year
            closures += [Holiday(day, name), Holiday(one_year_after(day), name)]
        day += DAY
    return tuple(closures)


def _moved(
    holidays: Sequence[Holiday], year: ReferenceYear, days: Sequence[date]
) -> tuple[MovedHoliday, ...]:
    """The holidays on the plan's days and last year's day for each, in date order."""
    if not days:
        return ()
    first, last = min(days), max(days)
    before: dict[str, list[date]] = {}
    for holiday in holidays:
        if holiday.on in year.span:
            before.setdefault(holiday.name, []).append(holiday.on)
    moved = []
    for holiday in sorted(holidays, key=lambda h: h.on):
        if year.span.end < holiday.on and first <= holiday.on <= last:
            then = last_years_date(holiday, before.get(holiday.name, ()))
            if then is not None:
                closure = holiday.name.startswith(f"{CLOSED} ")
                moved.append(MovedHoliday(holiday.name, then, holiday.on, closure))
    return tuple(moved)
