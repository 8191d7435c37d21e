"""Forecast: where the recent pace leads, said in plain words.

The pace is the least-squares slope (per day) through the recent actuals: those within
90 days of the newest actual, at most the newest 8 of them; when that leaves fewer than two,
the newest two actuals whatever their age. The projection starts from the newest actual's
value (where the business is now), not from the fitted line.

- Newest actual at or past the target: "Target reached."
- Pace flat or away from the target: "Not moving towards the target at the recent pace."
- Reached more than a year after the target date (or never within the calendar): the value
  reached by the target date, "At this pace you reach 5,200 by 31 Dec 2026 (target 6,000)."
- Otherwise the date: "At this pace: 14 May 2027, 6 weeks late." or "At this pace the target
  is reached on 2 March 2027, 3 weeks early."

Two cases are said differently, because the newest actual may be long before ``on``:

- ``on`` past the target date (and the target not reached): the deadline is missed, so the
  sentence says so first, "The target date, 31 December 2026, has passed: 95 of 100
  reached.", then where the pace leads: "At this pace it is reached on 14 May 2027, 4 months
  late." A pace that should already have got there is not a forecast but a missing actual:
  "There is no actual since 15 December 2026 to show it."
- A projected date already behind ``on``, before the target date: no actual has shown the
  target reached, so it is never called early or on time: "At the pace of the last actuals
  the target would have been reached on 11 April 2026, but there is no actual since 21
  January 2026 to show it."

In both, ``days_late`` is None when the projected date is before ``on`` (not a claim of being
early), while ``reach_date`` keeps where the pace leads (a chart draws it).

There is no forecast (None) with fewer than two actuals, when all of them share one date,
or for band measures (a band is kept, not reached); except that once the target date has
passed, one actual is enough to say so (without a pace). Dates and numbers are plain English
here; reports localise their own text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.health import target_reached, toward_sign
from bakeryplan.domain.model import Actual, Business, Direction, Measure
from bakeryplan.domain.units import unit_for
from bakeryplan.domain.within_bounds import actuals_within_bounds, measure_within_bounds

RECENT_DAYS = 90
RECENT_COUNT = 8
VALUE_SENTENCE_AFTER_DAYS = 365

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Forecast:
    reach_date: date | None
    value_at_target_date: float | None
    days_late: int | None  # negative when early
    sentence: str


def forecast(
    m: Measure, actuals: Sequence[Actual], on: date, *, business: Business | None = None
) -> Forecast | None:
    """Where the recent pace of the actuals up to ``on`` leads (module docstring)."""
    if m.direction is Direction.BAND:
        return None
    m, actuals = measure_within_bounds(m), actuals_within_bounds(actuals)  # an older file's
    known = sorted((a for a in actuals if a.on <= on), key=lambda a: a.on)
    if not known:
        return None
    newest = known[-1]
    slope = least_squares_slope(recent_actuals(known)) if len(known) >= 2 else None
    if on > m.target_date and not target_reached(m, newest.value):
        return _missed_forecast(m, newest, slope, on, business)
    if len(known) < 2:
        return None
    if target_reached(m, newest.value):
        reached_on = _start_of_final_reaching_run(m, known)
        return Forecast(reached_on, None, (reached_on - m.target_date).days, "Target reached.")
    if slope is None:
        return None
    value_at_target, reach_date = _projection(m, newest, slope)
    if slope * toward_sign(m) <= 0:
        sentence = "Not moving towards the target at the recent pace."
        return Forecast(None, value_at_target, None, sentence)
    if reach_date is not None and reach_date < on:
        sentence = (
            "At the pace of the last actuals the target would have been reached on "
            f"{format_date(reach_date)}, but there is no actual since "
            f"{format_date(newest.on)} to show it."
        )
        return Forecast(reach_date, value_at_target, None, sentence)
    days_late = None if reach_date is None else (reach_date - m.target_date).days
    if (days_late is None or days_late > VALUE_SENTENCE_AFTER_DAYS) and value_at_target is not None:
        sentence = (
            f"At this pace you reach {format_number(value_at_target, m.unit, business)} by "
            f"{format_date(m.target_date)} "
            f"(target {format_number(m.target, m.unit, business)})."
        )
    elif reach_date is None or days_late is None:
        sentence = "At this pace the target is out of reach."
    elif days_late > 0:
        sentence = f"At this pace: {format_date(reach_date)}, {format_span(days_late)} late."
    elif days_late < 0:
        sentence = (
            f"At this pace the target is reached on {format_date(reach_date)}, "
            f"{format_span(-days_late)} early."
        )
    else:
        sentence = f"At this pace the target is reached on {format_date(reach_date)}, on time."
    return Forecast(reach_date, value_at_target, days_late, sentence)


def _missed_forecast(
    m: Measure, newest: Actual, slope: float | None, on: date, business: Business | None
) -> Forecast:
    """The target date has passed without the target reached (module docstring)."""
    missed = (
        f"The target date, {format_date(m.target_date)}, has passed: "
        f"{progress_words(m, newest.value, business)}."
    )
    if slope is None:  # one actual, or all on one day: no pace to speak of
        return Forecast(None, None, None, missed)
    value_at_target, reach_date = _projection(m, newest, slope)
    days_late = None
    if slope * toward_sign(m) <= 0:
        pace = "Not moving towards the target at the recent pace."
    elif reach_date is None:
        pace = "At this pace it is out of reach."
    elif reach_date < on:
        pace = f"There is no actual since {format_date(newest.on)} to show it."
    else:
        days_late = (reach_date - m.target_date).days
        pace = (
            f"At this pace it is reached on {format_date(reach_date)}, "
            f"{format_span(days_late)} late."
        )
    return Forecast(reach_date, value_at_target, days_late, f"{missed} {pace}")


def _projection(m: Measure, newest: Actual, slope: float) -> tuple[float | None, date | None]:
    """The value on the target date (when still ahead of the newest actual) and the date
    the target is reached (None when moving away, flat, or beyond the calendar)."""
    value_at_target = None
    if m.target_date > newest.on:
        value_at_target = newest.value + slope * (m.target_date - newest.on).days
    if slope * toward_sign(m) <= 0:
        return value_at_target, None
    return value_at_target, _add_days(newest.on, (m.target - newest.value) / slope)


def progress_words(m: Measure, value: float, business: Business | None = None) -> str:
    """Where a measure stands against its target: "95 of 100 cafes reached", or "60 against
    a target of 40" for a measure going down (it is not "reached" from below)."""
    target = format_number(m.target, m.unit, business)
    if toward_sign(m) < 0:
        return f"{format_number(value, m.unit, business)} against a target of {target}"
    bare = format_number(value, "", business)
    with_unit = format_number(value, m.unit, business)
    word_unit = with_unit.startswith(f"{bare} ")  # "95 cafes": the unit once, at the target
    return f"{bare if word_unit else with_unit} of {target} reached"


def recent_actuals(known: Sequence[Actual]) -> list[Actual]:
    """The actuals the pace is taken from; ``known`` is sorted by date."""
    newest_on = known[-1].on
    window = [a for a in known[-RECENT_COUNT:] if (newest_on - a.on).days <= RECENT_DAYS]
    return window if len(window) >= 2 else list(known[-2:])


def least_squares_slope(actuals: Sequence[Actual]) -> float | None:
    """Change per day of the best straight line; None when all dates are the same."""
    days = [a.on.toordinal() for a in actuals]
    values = [a.value for a in actuals]
    mean_day = sum(days) / len(days)
    mean_value = sum(values) / len(values)
    spread = sum((d - mean_day) ** 2 for d in days)
    if spread == 0:
        return None
    covariance = sum((d - mean_day) * (v - mean_value) for d, v in zip(days, values, strict=True))
    return covariance / spread


def format_date(d: date) -> str:
    """Plain English date: "14 May 2027"."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def format_span(days: int) -> str:
    """A rounded length of time: "3 days", "6 weeks", "4 months", "2 years"."""
    if days < 14:
        amount, unit = days, "day"
    elif days < 63:
        amount, unit = round(days / 7), "week"
    elif days < 730:
        amount, unit = round(days / 30.44), "month"
    else:
        amount, unit = round(days / 365.25), "year"
    return f"{amount} {unit}" if amount == 1 else f"{amount} {unit}s"


def format_number(value: float, unit: str = "", business: Business | None = None) -> str:
    """A number with thousands separators and its unit: "5,200", "45%", "EUR 1,250"."""
    text = f"{value:,.0f}" if abs(value) >= 100 or value == round(value) else f"{value:,.1f}"
    if text in ("-0", "-0.0"):
        text = text[1:]
    unit = unit.strip()
    if not unit:
        return text
    if unit == "%":
        return f"{text}%"
    if business is not None and unit.upper() == business.currency.upper():
        return f"{business.currency} {text}"
    return f"{text} {unit_for(text, unit)}"


def _start_of_final_reaching_run(m: Measure, known: Sequence[Actual]) -> date:
    """The date from which the actuals have stayed at or past the target."""
    reached_on = known[-1].on
    for actual in reversed(known):
        if not target_reached(m, actual.value):
            break
        reached_on = actual.on
    return reached_on


def _add_days(start: date, days: float) -> date | None:
    """The first whole day on or after ``start + days``; None beyond the calendar."""
    if not math.isfinite(days) or days > (date.max - start).days:
        return None
    return start + timedelta(days=math.ceil(days - 1e-9))
