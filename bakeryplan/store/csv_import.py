"""Read dated figures from the CSV files owners already have: spreadsheet and till exports.

Those files come in every shape: Windows-1252 or UTF-8, commas, semicolons or tabs, with or
without a header, dates written the European way, money with a currency sign and a decimal
comma. Reading never stops at a bad row: good rows are kept and each bad one becomes a
problem that names its row number, as a spreadsheet counts rows (the first line is row 1).

This module finds the text, the dialect and the columns; reading each cell as a date or a
number, and deciding a file's date order and decimal mark, is :mod:`.csv_cells`.

What no spreadsheet writes is refused whole, with one line, before the dialect detector
sees it: a NUL character, a line longer than :data:`MAX_LINE_CHARS`. The detector and the
reader keep a process-wide field-size limit in clevercsv; it is restored after every
import, whatever happens, so one odd file never breaks the imports after it. A value or a
date outside the plan's bounds (``domain.bounds``) is a problem of its row.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import charset_normalizer
import clevercsv
from clevercsv.dialect import SimpleDialect

from bakeryplan.domain.bounds import day_problem, value_problem
from bakeryplan.store.csv_cells import (
    date_order,
    decimal_mark,
    is_date,
    parse_date,
    parse_number,
    prefers_day_first,
)

# parse_date, parse_number and prefers_day_first are read from here by the window and tests.
__all__ = [
    "DELIMITERS",
    "ImportResult",
    "parse_actuals_csv",
    "parse_date",
    "parse_number",
    "prefers_day_first",
    "windows_code_page",
]

DELIMITERS = (",", ";", "\t")
_SAMPLE_LINES = 100  # enough to tell the dialect; detection time grows fast with size
MAX_LINE_CHARS = 10_000  # a long note fits; clevercsv's own cell limit is 131,072
_QUOTED = 30  # how much of a refused cell a problem quotes

_DATE_HEADERS = ("date", "datum", "day", "fecha", "data", "jour", "when")
_VALUE_HEADERS = ("value", "amount", "revenue", "sales", "total", "umsatz", "betrag", "wert")
_NOTE_HEADERS = (
    "note", "notes", "comment", "memo", "description", "remark", "notiz", "bemerkung",
    "kommentar", "remarque", "commentaire", "nota", "notas", "comentario", "opmerking",
    "uwagi", "notatka", "opis",
)  # fmt: skip


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
    refusal = _not_a_spreadsheet_file(text)
    if refusal is not None:
        return ImportResult([], [refusal], encoding)
    with _field_size_limit_kept():
        try:
            delimiter, records = _records(text)
        except clevercsv.Error as error:
            return ImportResult([], [f"the file cannot be read as CSV ({error})"], encoding)
    skipped = _preamble_length(records)
    records = records[skipped:]
    if not records:
        return ImportResult([], ["the file holds no rows"], encoding, delimiter)
    date_col, value_col, note_col, header = _columns(records)
    if date_col is None or value_col is None:
        problem = "no column of dates and numbers found (expected a date and a value per row)"
        return ImportResult([], [problem], encoding, delimiter, header)
    mark = decimal_mark([r[value_col] for r in records if len(r) > value_col], delimiter)
    first = 1 if header else 0
    dated = [
        (number, record[date_col])
        for number, record in enumerate(records[first:], start=skipped + first + 1)
        if len(record) > date_col
    ]
    order, conflict = date_order(dated, day_first)
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
        beyond = {i: c.strip() for i, c in enumerate(record) if width and i >= width}
        extra = {i: c for i, c in beyond.items() if c}
        # Words past the header's last column are a note it has no name for; a number there
        # is a value split at its comma.
        unnamed_note = all(parse_number(c) is None for c in extra.values()) and (
            self.note is None or set(extra) <= {self.note}
        )
        if extra and not unnamed_note:
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
            return f'"{_short(cell)}" is not a date'
        if (problem := day_problem(day)) is not None:
            return f"the date {day.isoformat()} {problem}"
        value = parse_number(record[self.value], self.decimal_mark)
        cell = record[self.value].strip()
        if value is None:
            return f'"{_short(cell)}" is not a number' if cell else "the value is empty"
        if (problem := value_problem(value)) is not None:
            return f'the value "{_short(cell)}" {problem}'
        if self.note is not None:
            note = record[self.note].strip() if len(record) > self.note else ""
        else:
            note = " ".join(extra.values())
        return day, value, note


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
# Characters no spreadsheet writes into a CSV: bytes that decode to these are not text in
# that code page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def windows_code_page(locale: str) -> str:
    """The code page spreadsheets in ``locale``'s language save CSV in: "de_DE" cp1252."""
    language = locale.replace("-", "_").split("_")[0].lower()
    return _CODE_PAGES.get(language, "cp1252")


def _decode(data: bytes, code_page: str = "cp1252") -> tuple[str | None, str]:
    """Text and encoding name: BOMs first, then UTF-8, then ``code_page``, then a guess."""
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
    # A file that is not Unicode was saved by a program on the business's own computer, in
    # its language's code page: that reading wins whenever every byte is text in it. The
    # detector cannot tell close code pages apart on a short file ("żółć" scores worse in
    # cp1250 than its mojibake in cp1252); it decides only when the code page cannot read
    # the bytes at all.
    try:
        text = data.decode(code_page)
    except (UnicodeDecodeError, LookupError):
        text = None
    if text is not None and not _CONTROL.search(text):
        return text, code_page
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None, ""
    return str(best), best.encoding


def _not_a_spreadsheet_file(text: str) -> str | None:
    """Why the text is refused whole before any CSV reading, or None."""
    nul = text.find("\x00")
    if nul >= 0:
        row = text.count("\n", 0, nul) + 1
        return f"row {row} holds a NUL character: this is not a text file a spreadsheet wrote"
    for row, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            return (
                f"row {row} is {len(line):,} characters long; "
                f"a row may hold at most {MAX_LINE_CHARS:,}"
            )
    return None


@contextmanager
def _field_size_limit_kept() -> Iterator[None]:
    """clevercsv's detector sets its module-wide field-size limit to the sample's length and
    leaves it there when it fails; put it back, so no later import is refused for it."""
    kept = clevercsv.field_size_limit()
    try:
        yield
    finally:
        clevercsv.field_size_limit(kept)


def _short(cell: str) -> str:
    return cell if len(cell) <= _QUOTED else cell[: _QUOTED - 1] + "…"


def _records(text: str) -> tuple[str, list[list[str]]]:
    sample = "".join(text.splitlines(keepends=True)[:_SAMPLE_LINES])[:16_000]
    dialect = None
    try:
        dialect = clevercsv.Detector().detect(sample, delimiters=list(DELIMITERS))
    except (ValueError, TypeError, clevercsv.Error):  # it gives up on some odd samples
        dialect = None
    if dialect is None or dialect.delimiter not in DELIMITERS:
        first_line = sample.splitlines()[0] if sample.splitlines() else ""
        delimiter = max(DELIMITERS, key=first_line.count)
        dialect = SimpleDialect(delimiter, '"', "")
    reader = clevercsv.reader(io.StringIO(text, newline=""), dialect)
    return dialect.delimiter, [list(record) for record in reader]


def _preamble_length(records: list[list[str]]) -> int:
    """How many title lines (a report's name, its export date) sit above the table.

    The table starts at its header, the row just above the first row with a date, when
    that row has two filled cells or more; otherwise at the first dated row itself. A data
    row is never taken for a title, and a title with a comma in it is not the header.
    """
    first_dated = next(
        (i for i, record in enumerate(records) if any(is_date(cell) for cell in record)), None
    )
    if first_dated is None:
        return 0
    above = [i for i in range(first_dated) if any(cell.strip() for cell in records[i])]
    if above and sum(1 for cell in records[above[-1]] if cell.strip()) >= 2:
        return above[-1]
    return first_dated


def _columns(
    records: list[list[str]],
) -> tuple[int | None, int | None, int | None, tuple[str, ...]]:
    """Which columns hold the date, the value and the note; and the header row, if any."""
    first = records[0]
    has_header = not any(is_date(cell) for cell in first) and any(c.strip() for c in first)
    body = records[1:] if has_header else records
    header = tuple(cell.strip() for cell in first) if has_header else ()
    width = max(len(r) for r in records)
    named = {role: _named_column(header, names) for role, names in _ROLE_NAMES.items()}
    date_col = named["date"]
    if date_col is None:
        date_col = _best_column(body, width, is_date, exclude=())
    value_col = named["value"]
    if value_col is None or value_col == date_col:
        value_col = _best_column(
            body, width, lambda c: parse_number(c) is not None, exclude=(date_col,)
        )
    note_col = named["note"]
    if note_col is None and value_col is not None:
        # A note column under a header in another language: the first other column that
        # holds words rather than numbers.
        rest = [i for i in range(width) if i not in (date_col, value_col)]
        words = [i for i in rest if _mostly_words(body, i)]
        note_col = words[0] if header and words else (rest[0] if rest and not header else None)
    return date_col, value_col, note_col, header


def _mostly_words(body: list[list[str]], index: int) -> bool:
    cells = [r[index] for r in body if len(r) > index and r[index].strip()]
    return bool(cells) and sum(1 for c in cells if parse_number(c) is None) * 2 > len(cells)


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
