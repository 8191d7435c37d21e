"""Read dated figures from the CSV files owners already have: spreadsheet and till exports.

Those files come in every shape: Windows-1252 or UTF-8, commas, semicolons or tabs, with or
without a header, dates written the European way, money with a currency sign and a decimal
comma. Reading never stops at a bad row: good rows are kept and each bad one becomes a
problem that names its row number, as a spreadsheet counts rows (the first line is row 1).

Numeric dates (``03/04/2026``, ``03.04.2026``) are read in one order for the whole file: a
first number above 12 shows the file is day-first, a second one above 12 month-first. When
nothing in the file tells, the caller's ``day_first`` decides (the business locale's
preference: :func:`prefers_day_first`). A file showing both orders is reported, and dates
in it that could be read either way are not guessed.
"""

from __future__ import annotations

import codecs
import io
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

import charset_normalizer
import clevercsv
from clevercsv.dialect import SimpleDialect

DELIMITERS = (",", ";", "\t")
_SAMPLE_LINES = 100  # enough to tell the dialect; detection time grows fast with size

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
_DATE_HEADERS = ("date", "datum", "day", "fecha", "data", "jour", "when")
_VALUE_HEADERS = ("value", "amount", "revenue", "sales", "total", "umsatz", "betrag", "wert")
_NOTE_HEADERS = ("note", "comment", "memo", "description", "notiz", "remark")


@dataclass(frozen=True)
class ImportResult:
    """Good rows as (date, value, note) in file order, and what was wrong with the others."""

    rows: list[tuple[date, float, str]]
    problems: list[str]
    encoding: str = ""
    delimiter: str = ""
    header: tuple[str, ...] = field(default=())


def parse_actuals_csv(
    data: bytes, *, day_first: bool = True, code_page: str = "cp1252"
) -> ImportResult:
    """Read dates, values and optional notes from CSV bytes (see the module docstring).

    ``day_first`` is the order of numeric dates when the file itself does not show it;
    ``code_page`` the legacy encoding spreadsheets of the business's language write
    (:func:`windows_code_page`), preferred when the file is not Unicode.
    """
    text, encoding = _decode(data, code_page)
    if text is None:
        return ImportResult([], ["the file is not readable text (unknown encoding)"])
    if not text.strip():
        return ImportResult([], ["the file is empty"], encoding)
    delimiter, records = _records(text)
    skipped = _preamble_length(records)
    records = records[skipped:]
    if not records:
        return ImportResult([], ["the file holds no rows"], encoding, delimiter)
    date_col, value_col, note_col, header = _columns(records)
    if date_col is None or value_col is None:
        problem = "no column of dates and numbers found (expected a date and a value per row)"
        return ImportResult([], [problem], encoding, delimiter, header)
    mark = _decimal_mark([r[value_col] for r in records if len(r) > value_col], delimiter)
    first = 1 if header else 0
    dated = [
        (number, record[date_col])
        for number, record in enumerate(records[first:], start=skipped + first + 1)
        if len(record) > date_col
    ]
    order, conflict = _date_order(dated, day_first)
    columns = _Columns(date_col, value_col, note_col, len(header), mark, order)
    rows: list[tuple[date, float, str]] = []
    problems: list[str] = [conflict] if conflict else []
    for number, record in enumerate(records[first:], start=skipped + first + 1):
        if any(cell.strip() for cell in record):
            read = columns.read(record)
            if isinstance(read, str):
                problems.append(f"row {number}: {read}")
            else:
                rows.append(read)
    return ImportResult(rows, problems, encoding, delimiter, header)


@dataclass(frozen=True)
class _Columns:
    """Where the date, value and note sit, and how numbers are written in this file."""

    date: int
    value: int
    note: int | None
    header_width: int
    decimal_mark: str
    day_first: bool | None  # None: the file shows both orders

    def read(self, record: list[str]) -> tuple[date, float, str] | str:
        """The row's (date, value, note), or what is wrong with it."""
        width = self.header_width
        if width and len(record) > width and any(cell.strip() for cell in record[width:]):
            return (
                f"{len(record)} cells but the header has {width} "
                "(a number with a comma in a comma-separated file needs quotes)"
            )
        if len(record) <= max(self.date, self.value):
            return "too few cells: expected a date and a value"
        cell = record[self.date].strip()
        if self.day_first is None:
            readings = {parse_date(cell, day_first=True), parse_date(cell, day_first=False)}
            readings.discard(None)
            if len(readings) > 1:
                return f'"{cell}" could be read day first or month first (the file uses both)'
            day = readings.pop() if readings else None
        else:
            day = parse_date(cell, day_first=self.day_first)
        if day is None:
            return f'"{cell}" is not a date'
        value = parse_number(record[self.value], self.decimal_mark)
        if value is None:
            cell = record[self.value].strip()
            return f'"{cell}" is not a number' if cell else "the value is empty"
        note = (
            record[self.note].strip() if self.note is not None and len(record) > self.note else ""
        )
        return day, value, note


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


def _date_order(dated: Sequence[tuple[int, str]], default: bool) -> tuple[bool | None, str]:
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


def _is_date(cell: str) -> bool:
    """A date in either order: which order a file uses is decided once its dates are known."""
    return parse_date(cell) is not None or parse_date(cell, day_first=False) is not None


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


# Windows code pages by language; every other language writes Windows-1252 (Western).
_CODE_PAGES = {
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sq"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr"), "cp1251"),
    "el": "cp1253",
    "tr": "cp1254",
    "az": "cp1254",
    "he": "cp1255",
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "vi": "cp1258",
    "th": "cp874",
}
# How much less clean than the detector's best guess the expected code page may read and
# still win. Short files cannot tell close code pages apart ("Café" scores a little worse
# in Windows-1252 than in the Baltic cp775); a file in another script scores far worse.
_PREFERRED_MARGIN = 0.05


def windows_code_page(locale: str) -> str:
    """The code page spreadsheets in ``locale``'s language save CSV in: "de_DE" cp1252."""
    language = locale.replace("-", "_").split("_")[0].lower()
    return _CODE_PAGES.get(language, "cp1252")


def _decode(data: bytes, code_page: str = "cp1252") -> tuple[str | None, str]:
    """Text and encoding name: BOMs first, then UTF-8, then a guess preferring ``code_page``."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None, ""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # The detector often cannot tell a code page from its cousins on a short file, so the
    # business's own wins whenever it reads almost as cleanly as the best guess.
    best = charset_normalizer.from_bytes(data).best()
    expected = charset_normalizer.from_bytes(data, cp_isolation=[code_page]).best()
    if expected is not None and (best is None or expected.chaos <= best.chaos + _PREFERRED_MARGIN):
        best = expected
    if best is None:
        return None, ""
    return str(best), best.encoding


def _records(text: str) -> tuple[str, list[list[str]]]:
    sample = "".join(text.splitlines(keepends=True)[:_SAMPLE_LINES])[:16_000]
    dialect = None
    try:
        dialect = clevercsv.Detector().detect(sample, delimiters=list(DELIMITERS))
    except (ValueError, TypeError):  # the detector gives up on some odd samples
        dialect = None
    if dialect is None or dialect.delimiter not in DELIMITERS:
        first_line = sample.splitlines()[0] if sample.splitlines() else ""
        delimiter = max(DELIMITERS, key=first_line.count)
        dialect = SimpleDialect(delimiter, '"', "")
    reader = clevercsv.reader(io.StringIO(text, newline=""), dialect)
    return dialect.delimiter, [list(record) for record in reader]


def _preamble_length(records: list[list[str]]) -> int:
    """How many title lines (a report's name, its export date) sit above the table.

    They are the leading records with fewer cells than most rows of the file have.
    """
    widths = Counter(len(r) for r in records if any(cell.strip() for cell in r))
    if not widths:
        return 0
    common = widths.most_common(1)[0][0]
    return next((i for i, record in enumerate(records) if len(record) >= common), 0)


def _columns(
    records: list[list[str]],
) -> tuple[int | None, int | None, int | None, tuple[str, ...]]:
    """Which columns hold the date, the value and the note; and the header row, if any."""
    first = records[0]
    has_header = not any(_is_date(cell) for cell in first) and any(c.strip() for c in first)
    body = records[1:] if has_header else records
    header = tuple(cell.strip() for cell in first) if has_header else ()
    width = max(len(r) for r in records)
    named = {role: _named_column(header, names) for role, names in _ROLE_NAMES.items()}
    date_col = named["date"]
    if date_col is None:
        date_col = _best_column(body, width, _is_date, exclude=())
    value_col = named["value"]
    if value_col is None or value_col == date_col:
        value_col = _best_column(
            body, width, lambda c: parse_number(c) is not None, exclude=(date_col,)
        )
    note_col = named["note"]
    if note_col is None and header == () and value_col is not None:
        rest = [i for i in range(width) if i not in (date_col, value_col)]
        note_col = rest[0] if rest else None
    return date_col, value_col, note_col, header


_ROLE_NAMES = {"date": _DATE_HEADERS, "value": _VALUE_HEADERS, "note": _NOTE_HEADERS}


def _named_column(header: Sequence[str], names: Sequence[str]) -> int | None:
    for index, cell in enumerate(header):
        words = re.findall(r"[a-z]+", cell.lower())
        if any(name in words for name in names):
            return index
    return None


def _best_column(
    body: list[list[str]], width: int, fits: Callable[[str], bool], exclude: tuple[int | None, ...]
) -> int | None:
    """The leftmost column where most filled cells fit, or None."""
    for index in range(width):
        if index in exclude:
            continue
        cells = [r[index] for r in body if len(r) > index and r[index].strip()]
        if cells and sum(1 for c in cells if fits(c)) * 2 > len(cells):
            return index
    return None


def _decimal_mark(cells: list[str], delimiter: str) -> str:
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
