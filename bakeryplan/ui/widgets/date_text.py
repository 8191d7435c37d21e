"""A date as the window writes it, and a date as an owner types it, in the plan's locale.

The window's dates come from QLocale (no babel before the first window); typed dates are
read by ``text.parsing``, the one reader of dates, with the month names Qt knows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from bakeryplan.text.parsing import parse_date, shape_of
from bakeryplan.ui.date_patterns import medium_date_pattern

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def plan_locale(locale_name: str) -> QLocale:
    locale = QLocale(locale_name.split(".")[0].replace("-", "_") or "en_GB")
    return locale if locale.language() != QLocale.Language.C else _ENGLISH


def show_date(day: date, locale_name: str) -> str:
    """``day`` as every list of the window writes it: "2 Dec 2026", "2. Dez. 2026"."""
    locale = plan_locale(locale_name)
    return locale.toString(QDate(day.year, day.month, day.day), medium_date_pattern(locale))


def _month_numbers(locale: QLocale) -> dict[str, int]:
    """Every way the plan's language (and English) writes a month, lowercase, no dots."""
    names: dict[str, int] = {}
    for speaker in (_ENGLISH, locale):
        for month in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (
                    speaker.monthName(month, kind),
                    speaker.standaloneMonthName(month, kind),
                ):
                    names[name.lower().strip(".")] = month
    return names


def read_date(text: str, locale_name: str) -> date:
    """A typed date: "3 March 2027", "March 3, 2027", "3 Mar 2027", the locale's numbers
    ("03/03/2027") or ISO, read by the text layer's one date reader. ValueError when it is
    not a date; OutOfRangeError outside the plan's years."""
    locale = plan_locale(locale_name)
    order = shape_of(locale.dateFormat(QLocale.FormatType.ShortFormat)).order
    return parse_date(text, order, months=_month_numbers(locale))
