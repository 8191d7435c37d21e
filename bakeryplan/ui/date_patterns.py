"""The window's long, medium and day-and-month date patterns, taken from the locale's own.

Qt knows each locale's long date (CLDR's "full" one, with the weekday: "dddd, d. MMMM
yyyy") but has no medium one; the window needs dates without a weekday, written the way
babel writes them in the printouts ("2. Dezember 2026", "2. Dez. 2026", "Dec 2, 2026").
So the weekday is dropped from the long pattern, and the medium one abbreviates its month.
QLocale rather than babel: the window's first paint must not wait for babel.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QLocale

# The weekday with what joins it to the date: "dddd, " (de_DE), "dddd 'den' " (da_DK),
# or ", dddd" after it (hu_HU).
_WEEKDAY = re.compile(r"dddd[,\s]*(?:'[^']*'\s*)?|[,\s]*dddd")
# A word joining day, month and year ("d 'de' MMMM 'de' yyyy"): CLDR's medium dates
# leave it out in Spanish ("2 dic 2026").
_JOINING_WORD = re.compile(r"\s'[^']*'\s")
# The year with its marks: "yyyy. " before the month (hu_HU, ja_JP "yyyy年"), or ", yyyy"
# and any word after it (en_US, ru_RU's year word).
_YEAR = re.compile(r"^y+[^\sdM]*\s*|[,\s]*y+.*$")


def long_date_pattern(locale: QLocale) -> str:
    """ "d MMMM yyyy" (en_GB), "d. MMMM yyyy" (de_DE), "MMMM d, yyyy" (en_US)."""
    return _patterns(locale.name())[0]


def medium_date_pattern(locale: QLocale) -> str:
    """ "d MMM yyyy" (en_GB), "d. MMM yyyy" (de_DE), "MMM d, yyyy" (en_US)."""
    return _patterns(locale.name())[1]


def day_month_pattern(locale: QLocale) -> str:
    """ "d MMM" (en_GB), "d. MMM" (de_DE), "MMM d" (en_US): a day of this year."""
    return _patterns(locale.name())[2]


@functools.cache
def _patterns(name: str) -> tuple[str, str, str]:
    """Long, medium and day-and-month patterns, worked out once per locale."""
    full = QLocale(name).dateFormat(QLocale.FormatType.LongFormat)
    long = _WEEKDAY.sub("", full, count=1).strip() or "d MMMM yyyy"
    medium = _JOINING_WORD.sub(" ", long).replace("MMMM", "MMM")
    day_month = _YEAR.sub("", medium).strip() or "d MMM"
    return long, medium, day_month
