"""Years of generated daily till history for a bakery, with its week and its feasts.

A week of Monday 800 to Saturday 1,500, closed on Sundays; the week before Easter at twice
the usual day, closed on Good Friday and Easter Monday; the week before Christmas (18 to 24
December) at two and a half times, closed on 25 and 26 December and 1 January; 5 % more
each year. Each open day has two entries (bread and cakes), so a day's figure is a sum.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from bakeryplan.domain.model import Actual, Business, Counting, Measure, Period

WEEKDAYS = (800.0, 820.0, 840.0, 900.0, 1100.0, 1500.0, 0.0)
GROWTH = 1.05
FIRST_DAY = date(2021, 8, 2)
LAST_DAY = date(2026, 8, 2)  # a Sunday: the reference year ends with a week
GERMAN = Business("Backstube Sonne", currency="EUR", locale="de_DE", week_start=0)


def day_value(day: date) -> float | None:
    """The day's takings, or None when the bakery is closed."""
    sunday = easter(day.year)
    closed_feasts = (sunday - timedelta(days=2), sunday + timedelta(days=1))
    if day.weekday() == 6 or day in closed_feasts or (day.month, day.day) in CLOSED_DATES:
        return None
    value = WEEKDAYS[day.weekday()] * GROWTH ** (day.year - FIRST_DAY.year)
    if day.month == 12 and 18 <= day.day <= 24:
        value *= 2.5
    if sunday - timedelta(days=6) <= day < sunday:
        value *= 2.0
    return value


CLOSED_DATES = ((12, 25), (12, 26), (1, 1))


def history(
    first: date = FIRST_DAY,
    last: date = LAST_DAY,
    *,
    measure_id: int = 1,
    skip: Callable[[date], bool] = lambda day: False,
) -> list[Actual]:
    """Two entries a day for every open day from ``first`` to ``last``."""
    entries: list[Actual] = []
    day = first
    while day <= last:
        value = day_value(day)
        if value is not None and not skip(day):
            entries.append(Actual(measure_id, day, round(value * 0.6, 2), note="bread"))
            entries.append(Actual(measure_id, day, round(value * 0.4, 2), note="cakes"))
        day += timedelta(days=1)
    return entries


def recorded_total(entries: list[Actual], first: date, last: date) -> float:
    return sum(a.value for a in entries if first <= a.on <= last)


def revenue(period: Period = Period.WEEK, counting: Counting = Counting.TOTAL) -> Measure:
    name = {Period.WEEK: "Weekly revenue", Period.DAY: "Daily revenue"}.get(period, "Revenue")
    return Measure(1, name, "EUR", period=period, counting=counting, id=1)
