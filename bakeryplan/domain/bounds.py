"""The range every number and date of a plan must lie in, and the one place it is checked.

Why bounds at all: a float can hold 1e308 and a date can be year 1, but nothing a small
business records is that large or that old, and such values break the arithmetic (1e308
minus -1e308 is infinite, its forecast is NaN) and the charts (matplotlib dates stop at
year 9999, a padded axis overflows sooner). So every way a value enters a plan (the
actuals grid, the forms, the CSV import, the JSON import, the command line's dates) refuses
what lies outside these bounds, with the same words.

- Numbers: finite, and at most :data:`VALUE_LIMIT` (one million million) either side of
  zero: a year's turnover in the smallest currency unit still fits, and so do its cents
  (15 significant digits, all a float keeps exactly).
- Dates: from :data:`FIRST_DAY` (1 January 1900) to :data:`LAST_DAY` (31 December 2199):
  old founding dates and long plans fit, and a chart can always add its margins.

A plan written by an older release may hold values outside these bounds. Code that draws
or computes with them uses :func:`clamp_value` and :func:`clamp_day`, so a view shows the
record (and lets the owner put it right) instead of crashing on it.
"""

from __future__ import annotations

from datetime import date

VALUE_LIMIT = 1e12
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "VALUE_LIMIT",
    "clamp_day",
    "clamp_value",
    "day_in_range",
    "value_in_range",
]


def value_in_range(value: float) -> bool:
    """Finite and within ``±VALUE_LIMIT`` (NaN fails every comparison, so it is out too)."""
    return -VALUE_LIMIT <= value <= VALUE_LIMIT


def day_in_range(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def clamp_value(value: float) -> float:
    """``value`` pulled into range for arithmetic and drawing; NaN counts as 0."""
    if value != value:  # NaN
        return 0.0
    return max(-VALUE_LIMIT, min(VALUE_LIMIT, value))


def clamp_day(day: date) -> date:
    """``day`` pulled into the date range for arithmetic and drawing."""
    return max(FIRST_DAY, min(LAST_DAY, day))
