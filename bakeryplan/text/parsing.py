"""Reading the dates and numbers people type (grid, forms) and files bring (the import).

One reader of days for both: ISO, year/month/day, day/month/year or month/day/year as the
caller's order says (the grid: the business's locale; the import: what the file shows, or
the order chosen), two-digit years, month names ("2 March 2027", "2. März 2027", "March 2,
2027": the business's own locale's names and a table of common ones), date-times, and for
files only Excel serial numbers. Numbers as typed: either decimal mark, grouped or not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from bakeryplan.domain.bounds import day_in_range, value_in_range
from bakeryplan.domain.import_mapping import DateOrder
from bakeryplan.text.formatter import Formatter


class OutOfRangeError(ValueError):
    """A number or date that reads well but lies outside the plan's bounds
    (``domain.bounds``); ``bound`` says which, for the caller's whole sentence: "years" (a
    day outside FIRST_DAY to LAST_DAY), "range" (a number beyond ±VALUE_LIMIT) or "nan"."""

    def __init__(self, bound: str) -> None:
        super().__init__(bound)
        self.bound = bound


# ---- days -------------------------------------------------------------------------------

CLOCK = (
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
)  # 07:02, 07:02:11.5, 1:05 PM, 23:30:00 +0100, 00:10:00-05:00, 12:00Z
_TIME = r"(?:(?:[T ]|,? )\s*" + CLOCK + r")?"
YEAR_FIRST_DATE = re.compile(r"(\d{4})([-/.]) ?(\d{1,2})\2 ?(\d{1,2})\.?" + _TIME)
NUMERIC_DATE = re.compile(r"(\d{1,4})([-/.]) ?(\d{1,2})\2 ?(\d{1,4})\.?" + _TIME)
SERIAL_NUMBER = re.compile(r"(\d{5})(?:\.\d+)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")  # 20240131, only in year-first files
_NAMED_DAY_FIRST = re.compile(r"(\d{1,2})\.?[ \-]([^\W\d_]{3,12})\.?[ \-,]+(\d{4}|\d{2})" + _TIME)
_NAMED_MONTH_FIRST = re.compile(r"([^\W\d_]{3,12})\.? (\d{1,2}),? (\d{4})" + _TIME)
_NAMED_YEAR_FIRST = re.compile(r"(\d{4})\.? ([^\W\d_]{3,12})\.? (\d{1,2})\.?" + _TIME)  # hu_HU
_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year)
SERIAL_RANGE = (20_000, 80_000)  # 1954 .. 2119: any other number is no business day

_MONTH_NAMES = (
    ("jan", "january", "januar", "janvier", "jänner", "enero", "gennaio"),
    ("feb", "february", "februar", "février", "fevrier", "febrero", "febbraio"),
    ("mar", "march", "mär", "märz", "maerz", "mars", "marzo"),
    ("apr", "april", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio"),
    ("jun", "june", "juni", "juin", "junio", "giugno"),
    ("jul", "july", "juli", "juillet", "julio", "luglio"),
    ("aug", "august", "août", "aout", "agosto"),
    ("sep", "sept", "september", "septembre", "septiembre", "settembre"),
    ("oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre"),
    ("nov", "november", "novembre", "noviembre"),
    ("dec", "december", "dez", "dezember", "décembre", "decembre", "diciembre", "dicembre"),
)
#: Month names and abbreviations files are written with, lower case, to their number.
MONTHS: Mapping[str, int] = {
    name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names
}


def months_of(fmt: Formatter) -> dict[str, int]:
    """The common month names and the business's own locale's ("marca", "mars", "märz")."""
    return {**MONTHS, **fmt.month_names()}


def _year(text: str) -> int:
    """Two-digit years are this century up to 69, the last one from 70 (as POSIX reads)."""
    year = int(text)
    if len(text) <= 2:
        return year + (2000 if year < 70 else 1900)
    return year


def read_day(
    text: str, order: DateOrder, *, months: Mapping[str, int] = MONTHS, serials: bool = True
) -> date | None:
    """The day a text names, numeric dates read in ``order``; None if it names none.

    ``serials``: a five-digit number is an Excel day (files only: nobody types one).
    """
    text = text.strip()
    try:
        if match := YEAR_FIRST_DATE.fullmatch(text):
            return date(int(match[1]), int(match[3]), int(match[4]))
        if match := NUMERIC_DATE.fullmatch(text):
            first, second, third = match[1], match[3], match[4]
            if order is DateOrder.YEAR_FIRST:
                return date(_year(first), int(second), int(third))
            if len(first) > 2 or len(third) not in (2, 4):
                return None
            day, month = (first, second) if order is DateOrder.DAY_FIRST else (second, first)
            return date(_year(third), int(month), int(day))
        if match := _NAMED_DAY_FIRST.fullmatch(text):
            number = months.get(match[2].lower())
            return date(_year(match[3]), number, int(match[1])) if number else None
        if match := _NAMED_MONTH_FIRST.fullmatch(text):
            number = months.get(match[1].lower())
            return date(int(match[3]), number, int(match[2])) if number else None
        if match := _NAMED_YEAR_FIRST.fullmatch(text):
            number = months.get(match[2].lower())
            return date(int(match[1]), number, int(match[3])) if number else None
        if serials and (match := SERIAL_NUMBER.fullmatch(text)):
            serial = int(match[1])
            if SERIAL_RANGE[0] <= serial <= SERIAL_RANGE[1]:
                return _EXCEL_EPOCH + timedelta(days=serial)
            return None
        if order is DateOrder.YEAR_FIRST and (match := _COMPACT.fullmatch(text)):
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return None


def parse_date(
    text: str, order: DateOrder = DateOrder.DAY_FIRST, *, months: Mapping[str, int] = MONTHS
) -> date:
    """A typed date: ISO ``2026-11-27``, ``27/11/2026`` in ``order`` (slashes, dots or
    dashes, a space after each), or with the month's name ("2 March 2027", "2. März 2027");
    raises ValueError for no date, OutOfRangeError for a day outside the plan's years."""
    day = read_day(text, order, months=months, serials=False)
    if day is None:
        raise ValueError(f"not a date: {text!r}")
    if not day_in_range(day):
        raise OutOfRangeError("years")
    return day


@dataclass(frozen=True)
class DateShape:
    """How a locale writes a date in numbers, so the grid reads it the way people type it
    and shows an example the same way."""

    order: DateOrder
    separator: str  # "/", "." or "-"
    padded: bool  # "04" rather than "4"


DAY_FIRST_SHAPE = DateShape(DateOrder.DAY_FIRST, "/", padded=True)


def date_shape(fmt: Formatter) -> DateShape:
    """The shape of the locale's short date ("dd/MM/y": day first, slashes, padded)."""
    return shape_of(fmt.short_date_pattern())


def shape_of(short_pattern: str) -> DateShape:
    """The shape of a short date pattern, CLDR's letters ("M/d/yy", "dd.MM.yy"). As
    ``store.imports.locale_defaults`` reads it: locales that write the year first write the
    day last, so "a/b/yyyy" there reads day first."""
    pattern = re.sub(r"'[^']*'", "", short_pattern)
    day, month, year = pattern.find("d"), pattern.find("M"), pattern.find("y")
    if min(day, month, year) < 0:
        return DAY_FIRST_SHAPE
    marks = [mark for mark in pattern if mark in "./-"]
    if year < min(day, month):
        order = DateOrder.YEAR_FIRST
    else:
        order = DateOrder.DAY_FIRST if day < month else DateOrder.MONTH_FIRST
    return DateShape(order, marks[0] if marks else "/", "dd" in pattern and "MM" in pattern)


def date_example(day: date, shape: DateShape) -> str:
    """``day`` in numbers as the locale orders them, with all four year digits."""
    width = 2 if shape.padded else 1
    day_text, month_text = f"{day.day:0{width}d}", f"{day.month:0{width}d}"
    if shape.order is DateOrder.YEAR_FIRST:
        parts = [f"{day.year:04d}", month_text, day_text]
    elif shape.order is DateOrder.DAY_FIRST:
        parts = [day_text, month_text, f"{day.year:04d}"]
    else:
        parts = [month_text, day_text, f"{day.year:04d}"]
    return shape.separator.join(parts)


# ---- numbers ----------------------------------------------------------------------------


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
    if not value_in_range(value):
        raise OutOfRangeError("nan" if value != value else "range")
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
