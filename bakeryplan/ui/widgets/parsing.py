"""Reading numbers and dates as people type them into a grid or a form."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale

from bakeryplan.domain.bounds import day_problem, value_problem

_DAY_OR_MONTH_FIRST = re.compile(r"^(\d{1,2})[./-] ?(\d{1,2})[./-] ?(\d{4})\.?$")
_YEAR_FIRST = re.compile(r"^(\d{4})[./-] ?(\d{1,2})[./-] ?(\d{1,2})\.?$")


class OutOfRangeError(ValueError):
    """A number or date that reads well but lies outside the plan's bounds; its text says
    which bound, for the owner ("is outside the years 1900 to 2199")."""


def parse_number(text: str, decimal_mark: str = ".") -> float:
    """``1234.5``, ``1,234.5``, ``1.234,5``, ``1 234,5`` and ``-3`` all work.

    With both separators the later one is the decimal mark. With only one kind, it is a
    thousands separator when it is not the locale's ``decimal_mark`` and is followed by
    exactly three digits (``6,900`` in English, ``6.900`` in German); otherwise it is the
    decimal mark (``12,5`` is twelve and a half everywhere).
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("\u2212", "-").replace("'", "")
    if not cleaned:
        raise ValueError("empty")
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal, ".")
    else:
        mark = "," if "," in cleaned else "." if "." in cleaned else ""
        if mark:
            groups = cleaned.lstrip("+-").split(mark)
            grouped = len(groups) > 2 or (mark != decimal_mark and len(groups[-1]) == 3)
            grouped = grouped and all(len(g) == 3 for g in groups[1:]) and groups[0] != ""
            cleaned = cleaned.replace(mark, "") if grouped else cleaned.replace(mark, ".")
    value = float(cleaned)
    problem = value_problem(value)
    if problem is not None:
        raise OutOfRangeError(problem)
    return value


def number_edit_text(value: float, decimal_mark: str = ".") -> str:
    """The text an edit box starts with: every digit the value has, no grouping, no exponent.

    The shortest text that reads back as the same float (``repr``), written out in full and
    with the locale's decimal mark, so ``parse_number`` returns exactly ``value`` again and
    OK without typing changes nothing.
    """
    if value == 0:
        return "0"
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_mark)


@dataclass(frozen=True)
class DateOrder:
    """How a locale writes a date in numbers, so the grid reads it the way people type it."""

    day_first: bool
    """How to read "a/b/yyyy": day first (en_GB, de_DE) or month first (en_US)."""
    year_first: bool
    """The locale writes the year first (ja_JP "2026/12/25", sv_SE "2026-12-25")."""
    separator: str
    """The mark between the numbers: "/", "." or "-"."""
    padded: bool
    """Whether the day and month are written with two digits ("04" rather than "4")."""


DAY_FIRST = DateOrder(day_first=True, year_first=False, separator="/", padded=True)


@functools.cache
def locale_date_order(locale_name: str) -> DateOrder:
    """The order of the locale's short date format (QLocale: no babel before the window).

    The same rule as ``store.imports.locale_defaults.prefers_day_first``: locales that write
    the year first write the day last, so for the rare "a/b/yyyy" there day first is the
    likelier reading; a locale Qt does not know reads day first.
    """
    locale = QLocale(locale_name.split(".")[0].replace("-", "_") or "en_GB")
    if locale.language() == QLocale.Language.C:
        return DAY_FIRST
    pattern = re.sub(r"'[^']*'", "", locale.dateFormat(QLocale.FormatType.ShortFormat))
    day, month, year = pattern.find("d"), pattern.find("M"), pattern.find("y")
    if min(day, month, year) < 0:
        return DAY_FIRST
    marks = [mark for mark in pattern if mark in "./-"]
    year_first = year < min(day, month)
    return DateOrder(
        day_first=year_first or day < month,
        year_first=year_first,
        separator=marks[0] if marks else "/",
        padded="dd" in pattern and "MM" in pattern,
    )


def date_example(day: date, order: DateOrder) -> str:
    """``day`` written in numbers the way the locale orders them, with all four year digits
    (the grid reads it back; ``parse_date`` wants the whole year)."""
    width = 2 if order.padded else 1
    day_text, month_text = f"{day.day:0{width}d}", f"{day.month:0{width}d}"
    if order.year_first:
        parts = [f"{day.year:04d}", month_text, day_text]
    elif order.day_first:
        parts = [day_text, month_text, f"{day.year:04d}"]
    else:
        parts = [month_text, day_text, f"{day.year:04d}"]
    return order.separator.join(parts)


def parse_date(text: str, *, day_first: bool = True) -> date:
    """ISO ``2026-11-27``, year first ``2026/11/27``, or ``27/11/2026`` read day first or
    month first as ``day_first`` says (with slashes, dots or dashes, a space after each);
    a real date outside the plan's years raises OutOfRangeError."""
    day = _read_date(text, day_first=day_first)
    problem = day_problem(day)
    if problem is not None:
        raise OutOfRangeError(problem)
    return day


def _read_date(text: str, *, day_first: bool) -> date:
    stripped = text.strip()
    try:
        return date.fromisoformat(stripped)
    except ValueError:
        pass
    if match := _YEAR_FIRST.match(stripped):
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _DAY_OR_MONTH_FIRST.match(stripped)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    first, second, year = (int(g) for g in match.groups())
    day, month = (first, second) if day_first else (second, first)
    return date(year, month, day)
