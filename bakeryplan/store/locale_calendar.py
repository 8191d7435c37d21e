"""The first day of the week where a business is, from the CLDR data babel ships.

A plan keeps its week start (``Business.week_start``) so that every machine counts the same
weeks without loading locale data on the way to the first window; this sets it when a plan
is made, upgraded or imported, or its locale changes.
"""

from __future__ import annotations


def first_weekday(locale: str) -> int:
    """The locale's first day of the week as ``date.weekday()`` (Monday 0); Monday when the
    locale is unknown, as ISO 8601 has it."""
    from babel import Locale, UnknownLocaleError

    try:
        return int(Locale.parse(locale).first_week_day)
    except (UnknownLocaleError, ValueError, TypeError):
        return 0
