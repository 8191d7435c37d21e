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

There is no forecast (None) with fewer than two actuals, when all of them share one date,
or for band measures (a band is kept, not reached). Dates and numbers are plain English
here; reports localise their own text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bakeryplan.domain.health import target_reached, toward_sign
from bakeryplan.domain.model import Actual, Business, Direction, Measure

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
    known = sorted((a for a in actuals if a.on <= on), key=lambda a: a.on)
    if len(known) < 2:
        return None
    newest = known[-1]
    if target_reached(m, newest.value):
        reached_on = _start_of_final_reaching_run(m, known)
        return Forecast(reached_on, None, (reached_on - m.target_date).days, "Target reached.")
    recent = recent_actuals(known)
    slope = least_squares_slope(recent)
    if slope is None:
        return None
    value_at_target = None
    if m.target_date > newest.on:
        value_at_target = newest.value + slope * (m.target_date - newest.on).days
    if slope * toward_sign(m) <= 0:
        sentence = "Not moving towards the target at the recent pace."
        return Forecast(None, value_at_target, None, sentence)
    reach_date = _add_days(newest.on, (m.target - newest.value) / slope)
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
    return f"{text} {unit}"


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
