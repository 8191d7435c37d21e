"""A date as the window writes it, and a date as an owner types it, in the plan's locale.

One small pair of functions, so a later text package can take their place.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

from bakeryplan.domain.bounds import day_problem
from bakeryplan.ui.widgets.parsing import OutOfRangeError, locale_date_order, parse_date

SHOWN_FORMAT = "d MMM yyyy"  # the window's dates: "2 Dec 2026"
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def plan_locale(locale_name: str) -> QLocale:
    locale = QLocale(locale_name.split(".")[0].replace("-", "_") or "en_GB")
    return locale if locale.language() != QLocale.Language.C else _ENGLISH


def show_date(day: date, locale_name: str) -> str:
    """``day`` as every list of the window writes it ("2 Dec 2026")."""
    return plan_locale(locale_name).toString(QDate(day.year, day.month, day.day), SHOWN_FORMAT)


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


_WORDS = re.compile(r"[^\W\d_]+\.?|\d+")


def read_date(text: str, locale_name: str) -> date:
    """A typed date: "3 March 2027", "March 3, 2027", "3 Mar 2027", the locale's numbers
    ("03/03/2027") or ISO. ValueError when it is not a date; OutOfRangeError outside the
    plan's years."""
    stripped = text.strip()
    order = locale_date_order(locale_name or "en_GB")
    if not any(ch.isalpha() for ch in stripped):
        return parse_date(stripped, day_first=order.day_first)
    months = _month_numbers(plan_locale(locale_name))
    month = None
    numbers: list[int] = []
    for word in _WORDS.findall(stripped.lower()):
        if word.isdigit():
            numbers.append(int(word))
        elif word.strip(".") in months and month is None:
            month = months[word.strip(".")]
        elif word.strip(".") not in {"of", "de", "der", "den"}:
            raise ValueError(f"not a date: {text!r}")
    if month is None or len(numbers) != 2:
        raise ValueError(f"not a date: {text!r}")
    first, second = numbers
    day_number, year = (second, first) if first > 31 else (first, second)
    day = date(year, month, day_number)
    problem = day_problem(day)
    if problem is not None:
        raise OutOfRangeError(problem)
    return day
