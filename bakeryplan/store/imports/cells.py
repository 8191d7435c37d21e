"""One cell as an amount or a day, the ways tills, banks and web shops write them.

Amounts: a decimal comma or point (decided once per file, :func:`decimal_mark`), thousands
separators (point, comma, apostrophe, ordinary and non-breaking spaces), currency signs and
codes before or after, negatives with a minus, in parentheses or with a trailing minus.

Days: ISO, day/month/year, month/day/year or year/month/day (the order is decided once per
file, :func:`date_order_evidence`), two-digit years, names of months, date-times with or
without seconds and with a UTC offset, and Excel serial numbers. A date-time's day is the
day as written: a sale at 23:30 +01:00 belongs to the business's day it was written on,
never to the UTC day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from bakeryplan.domain.import_mapping import DateOrder
from bakeryplan.text.parsing import CLOCK, NUMERIC_DATE, SERIAL_NUMBER, YEAR_FIRST_DATE, read_day

TOTAL_WORDS = frozenset(
    {
        "total", "totals", "grand total", "subtotal", "sum", "summe", "gesamt", "gesamtsumme",
        "insgesamt", "totaal", "totale", "suma", "somme", "overall",
    }
)  # fmt: skip
_TOTAL_WORD = re.compile(r"[^\W\d_]+")


def is_total_label(cell: str) -> bool:
    """ "Total", "Grand total", "Summe März": a cell that labels a total, not a day."""
    text = " ".join(_TOTAL_WORD.findall(cell.lower()))
    return text in TOTAL_WORDS or text.startswith(("total ", "grand total", "summe "))


_MISSING = date.min
_DATE_AND_TIME = re.compile(r"\s*([\d./-]{6,10})[T ,]\s*" + CLOCK + r"\s*")
_CACHE_LIMIT = 50_000


class DayReader:
    """``text.parsing.read_day`` for a whole column, remembering each date it has read: a
    year of date-times has a few hundred different days, read once each."""

    def __init__(self, order: DateOrder) -> None:
        self.order = order
        self._days: dict[str, date | None] = {}

    def cells_read(self) -> Iterable[str]:
        """The different cells (or their date parts) read so far, up to the cache's size."""
        return self._days.keys()

    def cells_not_dates(self) -> list[str]:
        """The cells among :meth:`cells_read` that name no day in this order."""
        return [cell for cell, day in self._days.items() if day is None]

    def read_plain(self, cells: list[str]) -> dict[str, date]:
        """The days of ``cells``, cells not read before, when all are written the same
        plain way (see :func:`_plain_days`), read together and remembered as one by one;
        empty when they are not (then each is read on its own)."""
        if len(self._days) + len(cells) > _CACHE_LIMIT:
            return {}  # which ones are remembered would depend on the order of reading
        days = _plain_days(cells, self.order)
        if days is None:
            return {}
        read = dict(zip(cells, days, strict=True))
        self._days.update(read)
        return read

    def __call__(self, cell: str) -> date | None:
        day = self._days.get(cell, _MISSING)
        if day is not _MISSING:
            return day
        head, space, clock = cell.partition(" ")
        if space and plain_clock(clock):
            # "31.07.2018 07:02:11": nearly every such cell differs, so only its date part
            # is remembered (a cache of whole cells would fill up and stop helping).
            day = self._days.get(head, _MISSING)
            return self(head) if day is _MISSING else day
        else:
            day = _plain_day(cell, self.order)
            if day is _MISSING:
                match = _DATE_AND_TIME.fullmatch(cell)
                day = self(match[1]) if match is not None else read_day(cell, self.order)
        if len(self._days) < _CACHE_LIMIT:
            self._days[cell] = day
        return day


_ISO_DAYS = re.compile(r"(?:\d{4}-\d\d-\d\d\n)*+\d{4}-\d\d-\d\d", re.ASCII)
_YEAR_LAST_DAYS = re.compile(r"(?:\d\d([-/.])\d\d\1\d{4}\n)*+\d\d([-/.])\d\d\2\d{4}", re.ASCII)


def _plain_days(cells: list[str], order: DateOrder) -> list[date] | None:
    """The days of ``cells`` when all are written "2024-01-31", or all "31.01.2024" in an
    order with the year last: the days :func:`_plain_day` gives them, read in one go (one
    match over the cells joined by line breaks, then ``date.fromisoformat``); None when any
    is written otherwise or names no day ("31.02.2024": read one by one, for the reason)."""
    text = "\n".join(cells)
    if not cells or text.count("\n") != len(cells) - 1:
        return None  # a cell holds a line break of its own
    if not _ISO_DAYS.fullmatch(text):
        if order is DateOrder.YEAR_FIRST or not _YEAR_LAST_DAYS.fullmatch(text):
            return None
        if order is DateOrder.DAY_FIRST:  # "31.01.2024" as "2024-01-31"
            cells = [f"{cell[6:]}-{cell[3:5]}-{cell[:2]}" for cell in cells]
        else:
            cells = [f"{cell[6:]}-{cell[:2]}-{cell[3:5]}" for cell in cells]
    try:
        return list(map(date.fromisoformat, cells))
    except ValueError:
        return None


_YEAR_FIRST_DAY = re.compile(r"(\d{4})([-/.])(\d\d)\2(\d\d)", re.ASCII)  # 2024-01-31
_YEAR_LAST_DAY = re.compile(r"(\d\d)([-/.])(\d\d)\2(\d{4})", re.ASCII)  # 31.01.2024


def _plain_day(cell: str, order: DateOrder) -> date | None:
    """The day of "2024-01-31", or of "31.01.2024" ("31/01/2024", "01/31/2024") read day
    first or month first: what ``read_day`` gives them, without trying its patterns one
    after the other (a five-year till export has 1,800 different days); :data:`_MISSING`
    for a cell written any other way, left to ``read_day``."""
    if match := _YEAR_FIRST_DAY.fullmatch(cell):
        year, month, day = match[1], match[3], match[4]
    elif order is not DateOrder.YEAR_FIRST and (match := _YEAR_LAST_DAY.fullmatch(cell)):
        year = match[4]
        day, month = (match[1], match[3]) if order is DateOrder.DAY_FIRST else (match[3], match[1])
    else:
        return _MISSING
    try:
        return date(int(year), int(month), int(day))
    except ValueError:  # no such day ("31.02.2024")
        return None


def plain_clock(text: str) -> bool:
    """ "07:02" or "07:02:11": checked without a regular expression, row after row."""
    return (
        len(text) in (5, 8)
        and text[2] == ":"
        and text.replace(":", "").isdigit()
        and (len(text) == 5 or text[5] == ":")
    )


def looks_like_day(cell: str) -> bool:
    """A date in some order, serial numbers left out: for finding the date column."""
    text = cell.strip()
    if not text or SERIAL_NUMBER.fullmatch(text):
        return False
    plain = _plain_day(text, DateOrder.DAY_FIRST)  # "31.01.2024", "2024-01-31": most dates
    if plain is not _MISSING and plain is not None:
        return True
    return any(read_day(text, order) is not None for order in DateOrder)


def date_shaped(cell: str) -> bool:
    """Written like a numeric date, whether or not that day exists ("31/02/2026"): no title
    or header holds such a cell, a row of the table may."""
    text = cell.strip()
    return bool(YEAR_FIRST_DATE.fullmatch(text) or NUMERIC_DATE.fullmatch(text))


def date_order_evidence(cells: Iterable[str]) -> tuple[set[DateOrder], list[str]]:
    """Which orders the file's numeric dates show, with an example cell of each.

    "31/01/2024" can only be day first, "01/31/2024" only month first, "2024-01-31" year
    first; "03/04/2024" shows nothing. A file showing two orders is the caller's problem.
    """
    shown: dict[DateOrder, str] = {}
    for cell in dict.fromkeys(cells):  # each different cell once, in order: a day repeats
        text = cell.strip()
        if YEAR_FIRST_DATE.fullmatch(text):
            shown.setdefault(DateOrder.YEAR_FIRST, text)
            continue
        order = order_shown(text)
        if isinstance(order, DateOrder):
            shown.setdefault(order, text)
    return set(shown), list(shown.values())


EITHER = "either"


def order_shown(cell: str) -> DateOrder | str | None:
    """What a numeric date with the year last says about the order of day and month:
    DAY_FIRST for "31/01/2024", MONTH_FIRST for "01/31/2024", :data:`EITHER` for "03/04/2024"
    (a different day in each order), None when the order makes no difference or the cell is
    no such date."""
    match = NUMERIC_DATE.fullmatch(cell.strip())
    if match is None or len(match[1]) > 2:
        return None
    first, second = int(match[1]), int(match[3])
    if first > 12 >= second:
        return DateOrder.DAY_FIRST
    if second > 12 >= first:
        return DateOrder.MONTH_FIRST
    if first != second and first <= 12 and second <= 12 and first and second:
        return EITHER
    return None


# ---- amounts --------------------------------------------------------------------------

PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")  # what parse_amount reads with float()
_WORDS = r"(?:[A-Z]{3}|kr|zł|Kč|Ft|Lei|R\$|Fr|sFr)\.?"
_CURRENCY = re.compile(
    r"[€$£¥₹₽₺₩₪₴₫₦₱฿₲₡₵₸₼₾]|^\s*" + _WORDS + r"\s*|\s*" + _WORDS + r"\s*$"
)  # a sign anywhere ("-€12"), a code or word only before or after the number
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007'\u2019]")
_A_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*(?:[.,]\d*)?|[.,]\d+")


_GROUPED = {
    ".": re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
    ",": re.compile(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?"),
}  # 1,234.56 and 1.234,56: the common ways, read without the general rules below


SIMPLE_NUMBERS = {
    ".": PLAIN_NUMBER,  # 1234.56
    ",": re.compile(r"-?\d+(?:[.,]\d+)?"),  # and 1234,56 where the comma is the mark
}  # the simplest ways: what parse_amount reads with float() once a comma is a point


def parse_amount(cell: str, mark: str = ".") -> float | None:
    """A cell's amount in a file whose decimal mark is ``mark``; None when it is not one."""
    if PLAIN_NUMBER.fullmatch(cell):
        return float(cell)
    grouped = _GROUPED.get(mark)
    if grouped is not None and grouped.fullmatch(cell):
        if mark == ".":
            return float(cell.replace(",", ""))
        return float(cell.replace(".", "").replace(",", "."))
    text = _CURRENCY.sub("", cell)
    text = _SPACES.sub("", text)
    if not text:
        return None
    negative = False
    if text[0] == "(" and text[-1] == ")":
        negative, text = True, text[1:-1]
    if text[:1] in ("-", "\u2212", "\u2013"):
        negative, text = not negative, text[1:]
    elif text[:1] == "+":
        text = text[1:]
    elif text[-1:] in ("-", "\u2212"):  # "12,50-": the trailing minus of bank statements
        negative, text = True, text[:-1]
    if not _DIGITS.fullmatch(text):
        return None
    thousands = "," if mark == "." else "."
    if mark in text and text.rfind(thousands) > text.rfind(mark):
        return None  # "1.234,5" in a file of decimal points: not this file's way
    text = text.replace(thousands, "").replace(mark, ".")
    if text.count(".") > 1:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return -value if negative else value


_COMMA_NUMBER = re.compile(
    r"[-+(]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})*,\d+|\d+,\d+)\)?-?"
)  # 1,234.50 (thousands), 1.234,50 or 12,50 (a decimal comma)


def comma_number(text: str) -> bool:
    """A number written with a comma, as thousands separator or decimal mark ("1,234.50",
    "12,50"), signs and currency aside: what a number cut at its comma in a comma-separated
    file was before the cut."""
    core = _SPACES.sub("", _CURRENCY.sub("", text))
    return _COMMA_NUMBER.fullmatch(core) is not None


def is_amount(cell: str) -> bool:
    if SIMPLE_NUMBERS[","].fullmatch(cell):  # "1234.56", "12,50": amounts with either mark
        return True
    if _A_DIGIT.search(cell) is None:  # a name or a word: no amount without a digit
        return False
    return parse_amount(cell, ".") is not None or parse_amount(cell, ",") is not None


def decimal_mark(cells: Iterable[str], delimiter: str) -> str:
    """Decide once per file whether "1,234" means a thousand or one point two three four.

    A cell with both marks tells by the last one; a single mark followed by other than
    three digits is a decimal mark. Without evidence a semicolon file writes commas.
    """
    comma = point = 0
    for cell in cells:
        digits = _SPACES.sub("", _CURRENCY.sub("", cell))
        last_comma, last_point = digits.rfind(","), digits.rfind(".")
        if last_comma >= 0 and last_point >= 0:
            comma += last_comma > last_point
            point += last_point > last_comma
        elif last_comma >= 0 and digits.count(",") == 1 and len(digits) - last_comma - 1 != 3:
            comma += 1
        elif last_point >= 0 and digits.count(".") == 1 and len(digits) - last_point - 1 != 3:
            point += 1
    if comma != point:
        return "," if comma > point else "."
    return "," if delimiter == ";" else "."
