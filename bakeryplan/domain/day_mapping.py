"""Which day of last year stands for each day of the new year.

Owners plan "same week last year": a Saturday is compared with a Saturday, so by default a
day's reference day is the same weekday 52 weeks (364 days) back. A year is 365 or 366
days, so that drifts by a day or two a year; a reference day that would fall outside the
reference year is taken a week nearer instead (53 or 51 weeks back).

Holidays do not keep their weekday. With ``Alignment.HOLIDAYS``:

- A holiday maps to the same holiday last year (found by name in the holiday library), so
  a day closed for Christmas last year is closed for Christmas this year. Only a holiday
  that fell on a usual opening day last year says how the business keeps it: one that fell
  on a usually closed weekday (or, for entries recorded once a week, on a day without
  them) leaves an opening day this year to the 52-week rule.
- A movable feast (Easter, and feasts counted from it, or a "first Monday of May") keeps
  its weekday: the days around it map by their distance from last year's feast, Easter
  Monday to Easter Monday and Maundy Thursday to Maundy Thursday. The week either side of
  Easter Sunday moves with it, and three days either side of any other movable feast.
- A fixed-date holiday (Christmas Day, New Year's Day) maps by calendar date, and so do the
  three days either side of it (the Christmas rush, New Year's Eve), unless that would turn
  a weekday the business usually closes into an open one or back: a bakery closed on
  Sundays stays closed on Sundays.

Where two rules reach one day, the holiday itself wins, then a movable feast's days, then
a fixed holiday's neighbours. ``Alignment.WEEKDAY`` keeps only the 52-week rule;
``Alignment.DATE`` maps each day to the same calendar date a year back (29 February to the
28th).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from bakeryplan.domain.holiday_calendar import Holiday
from bakeryplan.domain.model import Alignment
from bakeryplan.domain.periods import Span

WEEKS_BACK = timedelta(days=364)
WEEK = timedelta(days=7)
EASTER_REACH_DAYS = 7
MOVABLE_REACH_DAYS = 3
FIXED_REACH_DAYS = 3


def one_year_before(day: date) -> date:
    """The same calendar date a year earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def one_year_after(day: date) -> date:
    """The same calendar date a year later; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def same_weekday_back(day: date, reference: Span) -> date:
    """The same weekday 52 weeks back, moved a week to stay inside the reference year."""
    back = day - WEEKS_BACK
    while back > reference.end:
        back -= WEEK
    while back < reference.start:
        back += WEEK
    return back


def same_date_back(day: date, reference: Span) -> date:
    """The same calendar date a year back; a day outside the reference year that way takes
    the 52-week rule instead."""
    back = one_year_before(day)
    return back if back in reference else same_weekday_back(day, reference)


def map_days(
    days: Iterable[date],
    reference: Span,
    alignment: Alignment,
    holidays: Sequence[Holiday] = (),
    closed_weekdays: frozenset[int] = frozenset(),
) -> dict[date, date]:
    """Each day's reference day inside ``reference`` (module docstring)."""
    wanted = list(days)
    if alignment is Alignment.DATE:
        return {day: same_date_back(day, reference) for day in wanted}
    mapping = {day: same_weekday_back(day, reference) for day in wanted}
    if alignment is Alignment.HOLIDAYS and holidays:
        for layer in _holiday_layers(set(wanted), reference, holidays, closed_weekdays):
            mapping.update(layer)
    return mapping


def _holiday_layers(
    days: set[date], reference: Span, holidays: Sequence[Holiday], closed: frozenset[int]
) -> list[dict[date, date]]:
    """The holiday rules as layers, weakest first: fixed holidays' neighbours, movable
    feasts' days, the holidays themselves."""
    neighbours: dict[date, date] = {}
    movable: dict[date, date] = {}
    themselves: dict[date, date] = {}
    last_year: dict[str, list[date]] = {}
    for holiday in holidays:
        if holiday.on in reference:
            last_year.setdefault(holiday.name, []).append(holiday.on)
    for holiday in holidays:
        if holiday.on <= reference.end:
            continue
        before = last_years_date(holiday, last_year.get(holiday.name, ()))
        if before is None:
            continue
        says_nothing = before.weekday() in closed and holiday.on.weekday() not in closed
        if holiday.on in days and not says_nothing:
            themselves[holiday.on] = before
        if (holiday.on - before).days % 7 == 0:
            reach = EASTER_REACH_DAYS if holiday.easter else MOVABLE_REACH_DAYS
            _reach_out(movable, holiday.on, before, reach, days, reference)
        elif (holiday.on.month, holiday.on.day) == (before.month, before.day):
            for step in range(-FIXED_REACH_DAYS, FIXED_REACH_DAYS + 1):
                day, back = holiday.on + timedelta(days=step), before + timedelta(days=step)
                same_habit = (day.weekday() in closed) == (back.weekday() in closed)
                if day in days and back in reference and same_habit:
                    neighbours[day] = back
    return [neighbours, movable, themselves]


def last_years_date(holiday: Holiday, candidates: Iterable[date]) -> date | None:
    """Last year's date of the same holiday: the one nearest to a year before."""
    year_before = one_year_before(holiday.on)
    near = [day for day in candidates if abs((day - year_before).days) <= 45]
    return min(near, key=lambda day: abs((day - year_before).days), default=None)


def _reach_out(
    layer: dict[date, date],
    feast: date,
    before: date,
    reach: int,
    days: set[date],
    reference: Span,
) -> None:
    """The days around a movable feast map by their distance from last year's feast."""
    for step in range(-reach, reach + 1):
        day, back = feast + timedelta(days=step), before + timedelta(days=step)
        if day in days and back in reference:
            layer[day] = back
