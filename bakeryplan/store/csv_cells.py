"""Read one CSV cell as a date or a number, the many ways spreadsheets and tills write them.

Numeric dates (``03/04/2026``, ``03.04.2026``) are read in one order for the whole file: a
first number above 12 shows the file is day-first, a second one above 12 month-first. When
nothing in the file tells, the caller's ``day_first`` decides (the business locale's
preference: :func:`prefers_day_first`). A file showing both orders is reported, and dates
in it that could be read either way are not guessed. Likewise the decimal mark is decided
once per file (:func:`decimal_mark`), so "1,234" never means two things in one import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_NAMED_MONTH = re.compile(r"(\d{1,2})[ \-]([A-Za-z]{3,9})\.?[ \-,]+(\d{4})")
_CURRENCY = re.compile(
    r"[€$£¥₹₽₺₩₪₴]|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|CAD|AUD)\b|kr\.?", re.I
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*[.,]?\d*")


# ---- dates ---------------------------------------------------------------------------


def parse_date(cell: str, *, day_first: bool = True) -> date | None:
    """A date written as ISO, day/month/year or month/day/year (with / . or -, as
    ``day_first`` says), or "12 Mar 2026"; else None."""
    text = cell.strip()
    try:
        if match := _ISO.fullmatch(text):
            year, month, day = (int(part) for part in match.groups())
        elif match := _NUMERIC.fullmatch(text):
            day, month = int(match[1]), int(match[3])
            if not day_first:
                day, month = month, day
            year = int(match[4]) + (2000 if len(match[4]) == 2 else 0)
        elif (match := _NAMED_MONTH.fullmatch(text)) and match[2].lower() in _MONTHS:
            day, month, year = int(match[1]), _MONTHS[match[2].lower()], int(match[3])
        else:
            return None
        return date(year, month, day)
    except ValueError:
        return None


def is_date(cell: str) -> bool:
    """A date in either order: which order a file uses is decided once its dates are known."""
    return parse_date(cell) is not None or parse_date(cell, day_first=False) is not None


def prefers_day_first(locale: str) -> bool:
    """Whether people in ``locale`` (e.g. "en_US", "de_DE") write the day before the month.

    Locales that write the year first (ISO-like, "y/MM/dd") write the day last: for the rare
    numeric "a/b/yyyy" date there, day first is the likelier reading.
    """
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(locale.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return True
    day, month = pattern.find("d"), pattern.find("M")
    if day < 0 or month < 0 or pattern.lstrip("'").startswith("y"):
        return True
    return day < month


def date_order(dated: Sequence[tuple[int, str]], default: bool) -> tuple[bool | None, str]:
    """The file's order of numeric dates from (row number, cell) pairs, and a problem if the
    file shows both orders (then the order is None)."""
    day_first_rows: list[int] = []
    month_first_rows: list[int] = []
    for number, cell in dated:
        match = _NUMERIC.fullmatch(cell.strip())
        if match is None:
            continue
        first, second = int(match[1]), int(match[3])
        if first > 12 >= second:
            day_first_rows.append(number)
        elif second > 12 >= first:
            month_first_rows.append(number)
    if day_first_rows and month_first_rows:
        problem = (
            f"the dates are written day first ({_rows(day_first_rows)}) and month first "
            f"({_rows(month_first_rows)}); dates that could be either were not imported"
        )
        return None, problem
    if day_first_rows or month_first_rows:
        return bool(day_first_rows), ""
    return default, ""


def _rows(numbers: Sequence[int], shown: int = 5) -> str:
    listed = ", ".join(str(n) for n in numbers[:shown])
    more = f" and {len(numbers) - shown} more" if len(numbers) > shown else ""
    return f"row {listed}" if len(numbers) == 1 else f"rows {listed}{more}"


# ---- numbers -------------------------------------------------------------------------


def parse_number(cell: str, decimal_mark: str = ".") -> float | None:
    """A number with currency signs, spaces and thousands separators removed; else None.

    Negative numbers may use a minus sign or accounting brackets: (12.50).
    """
    text = _CURRENCY.sub("", cell).strip().rstrip("%").strip()
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text[:1] in ("-", "\u2212"):  # hyphen or the minus sign
        negative, text = not negative, text[1:]
    if text[:1] == "+":
        text = text[1:]
    text = _SPACES.sub("", _CURRENCY.sub("", text))
    if not text or not _NUMBER.fullmatch(text):
        return None
    thousands = "," if decimal_mark == "." else "."
    text = text.replace(thousands, "").replace(decimal_mark, ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return -value if negative else value


def decimal_mark(cells: list[str], delimiter: str) -> str:
    """Decide once per file whether "1,234" means a thousand or one point two."""
    comma_votes = point_votes = 0
    for cell in cells:
        digits = _SPACES.sub("", _CURRENCY.sub("", cell))
        last_comma, last_point = digits.rfind(","), digits.rfind(".")
        if last_comma >= 0 and last_point >= 0:
            comma_votes += last_comma > last_point
            point_votes += last_point > last_comma
        elif last_comma >= 0 and (digits.count(",") == 1 and len(digits) - last_comma - 1 != 3):
            comma_votes += 1
        elif last_point >= 0 and (digits.count(".") == 1 and len(digits) - last_point - 1 != 3):
            point_votes += 1
    if comma_votes != point_votes:
        return "," if comma_votes > point_votes else "."
    return "," if delimiter == ";" else "."
