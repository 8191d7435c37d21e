"""Text to a table: the delimiter, the preamble above the header, the header, the rows.

Every row keeps the number of the line it starts on, as a text editor counts them, so a
skipped row can be found in the file. A quoted cell may hold line breaks (a web shop's
address); a quote that is never closed swallows the lines after it, which shows as a row
spanning lines with the wrong number of cells: those lines are read again one at a time
and every one that still cannot be read is reported, not only the first.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bakeryplan.store.imports.cells import date_shaped, looks_like_day
from bakeryplan.store.imports.text import ImportRefused, decode, refuse_long_lines

DELIMITERS = (",", ";", "\t", "|")
Cells = tuple[str, ...]  # tuples of text: the garbage collector stops looking at them
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_SAMPLE_LINES = 60
_SAMPLE_CHARS = 12_000
_PREVIEW_RECORDS = 40
ABOVE_THE_TABLE = "above the table: left out, though it does not look like a title"


@dataclass(frozen=True)
class Skipped:
    """A line that gives no figure, and why, in the owner's words."""

    line: int
    reason: str


@dataclass(frozen=True)
class Table:
    """A file as read: what was detected or chosen, the header and the data rows."""

    encoding: str
    delimiter: str
    header_line: int  # 1-based line of the header; 0: no header
    header: tuple[str, ...]
    preamble: tuple[str, ...]  # the lines above the header (a report's title, an account)
    rows: list[tuple[int, Cells]]  # (line, cells), blank rows left out
    width: int
    first_records: list[tuple[int, Cells]] = field(default_factory=list)  # for a preview
    problems: tuple[Skipped, ...] = ()  # lines that could not be read as a row at all
    notices: tuple[str, ...] = ()

    def column_names(self) -> list[str]:
        """A name for every column: its header, or "Column 3" where there is none."""
        names = []
        for index in range(self.width):
            text = self.header[index].strip() if index < len(self.header) else ""
            names.append(text or f"Column {index + 1}")
        return names


def read_table(
    data: bytes,
    *,
    encoding: str = "",
    delimiter: str = "",
    header_line: int | None = None,
    code_page: str = "cp1252",
) -> Table:
    """Read ``data`` with what the owner chose, detecting the rest (see module docstring)."""
    text, used = decode(data, encoding=encoding, code_page=code_page)
    lines = list(io.StringIO(text, newline=""))
    refuse_long_lines(lines)
    chosen = delimiter or detect_delimiter(lines)
    records, spans, unreadable = _read_records(lines, chosen)
    filled = [record for record in records if record[1]]  # blank lines left out
    if not filled:
        raise ImportRefused("The file holds no rows.")
    width = _table_width([cells for _, cells in filled[:5000]])
    problems: list[Skipped] = []
    notices: list[str] = []
    if spans or '"' in text:  # without quotes no line can run into the next
        filled, problems, notices = _mend_broken_quotes(filled, spans, lines, chosen, width)
    start = _table_start(filled, width, header_line)
    header_at = header_line if header_line is not None else _detected_header(filled, start)
    if not header_at:  # no header marks where the table starts: only titles are left out
        problems += [
            Skipped(line, ABOVE_THE_TABLE) for line, cells in filled[:start] if not _title(cells)
        ]
    problems = sorted([*problems, *unreadable], key=lambda s: s.line)
    header: tuple[str, ...] = ()
    body_from = start
    if header_at:
        index = next((i for i, (line, _) in enumerate(filled) if line >= header_at), None)
        if index is None:
            raise ImportRefused(f"Line {header_at} is past the end of the file.")
        header = tuple(cell.strip() for cell in filled[index][1])
        header_at, body_from = filled[index][0], index + 1
    preamble_end = header_at if header_at else (filled[start][0] if start < len(filled) else 0)
    preamble = tuple(
        line.rstrip("\r\n") for line in lines[: max(preamble_end - 1, 0)] if line.strip()
    )
    rows = filled[body_from:]
    return Table(
        encoding=used,
        delimiter=chosen,
        header_line=header_at or 0,
        header=header,
        preamble=preamble,
        rows=rows,
        width=_widest(rows, max(width, len(header))),
        first_records=filled[:_PREVIEW_RECORDS],
        problems=tuple(problems),
        notices=tuple(notices),
    )


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter of a sample of lines: clevercsv's answer when it has one of ours,
    else the character splitting the most lines into the same number of cells."""
    sample = "".join(lines[:_SAMPLE_LINES])[:_SAMPLE_CHARS]
    import clevercsv

    kept = clevercsv.field_size_limit()  # the detector changes its module-wide limit and
    try:  # leaves it changed when it fails: put it back, whatever happens
        dialect = clevercsv.Detector().detect(sample, delimiters=list(DELIMITERS))
    except Exception:  # the detector gives up on some odd samples in its own ways
        dialect = None
    finally:
        clevercsv.field_size_limit(kept)
    if dialect is not None and dialect.delimiter in DELIMITERS:
        return str(dialect.delimiter)
    counts = {
        d: Counter(line.count(d) for line in lines[:_SAMPLE_LINES] if line.strip())
        for d in DELIMITERS
    }
    best = max(DELIMITERS, key=lambda d: max((n for c, n in counts[d].items() if c), default=0))
    return best


def _read_records(
    lines: list[str], delimiter: str
) -> tuple[list[tuple[int, Cells]], dict[int, int], list[Skipped]]:
    """(first line, cells) of every record, the last line of each record spanning several
    lines, and the lines the csv module refused (a cell over its size limit); reading goes
    on at the line after a refused one."""
    try:
        records = list(map(tuple, csv.reader(lines, delimiter=delimiter)))
    except csv.Error:
        records = []
    if len(records) == len(lines):  # one record per line: line numbers are positions
        return list(enumerate(records, start=1)), {}, []
    numbered: list[tuple[int, Cells]] = []
    spans: dict[int, int] = {}
    unreadable: list[Skipped] = []
    position = 0
    while position < len(lines):
        reader = csv.reader(lines[position:] if position else lines, delimiter=delimiter)
        consumed = 0
        try:
            for cells in reader:
                first = position + consumed + 1
                consumed = reader.line_num
                numbered.append((first, tuple(cells)))
                if position + consumed > first:
                    spans[first] = position + consumed
            break
        except csv.Error:
            bad = position + consumed + 1
            reason = "the line cannot be read (a quote opened here is never closed)"
            unreadable.append(Skipped(bad, reason))
            position = bad
    return numbered, spans, unreadable


def _table_width(records: list[Cells]) -> int:
    """The number of cells most rows have (ignoring one-cell title lines where others exist)."""
    widths = Counter(len(cells) for cells in records)
    wide = {w: n for w, n in widths.items() if w >= 2} or dict(widths)
    return max(wide, key=lambda w: (wide[w], w))


def _mend_broken_quotes(
    records: list[tuple[int, Cells]],
    spans: dict[int, int],
    lines: list[str],
    delimiter: str,
    width: int,
) -> tuple[list[tuple[int, Cells]], list[Skipped], Cells]:
    """Rows that ran together behind a quote never closed, read again line by line."""
    broken = {
        first
        for first, cells in records
        if len(cells) != width and (first in spans or lines[first - 1].count('"') % 2)
    }
    if width < 2 or not broken:
        return records, [], []
    mended: list[tuple[int, Cells]] = []
    problems: list[Skipped] = []
    notices: Cells = []
    for first, cells in records:
        if first not in broken:
            mended.append((first, cells))
            continue
        last = spans.get(first, first)
        notices.append(
            f"Lines {first} to {last}: a quote on line {first} is never closed, so these "
            "lines ran together; each was read on its own."
            if last > first
            else f"Line {first}: a quote is never closed; its quotes were read as text."
        )
        for number in range(first, last + 1):
            text = lines[number - 1]
            if not text.strip():
                continue
            alone = _read_alone(text, delimiter)
            if len(alone) == width:
                mended.append((number, alone))
            else:
                problems.append(
                    Skipped(
                        number,
                        f"a quote opened on line {first} is never closed; this line has "
                        f"{len(alone)} cells where the table has {width}",
                    )
                )
    return mended, problems, notices


def _widest(rows: list[tuple[int, Cells]], width: int) -> int:
    """The table's width with the filled cells of rows wider than the rest: a note now and
    then in a column the header has no name for can be chosen."""
    for _, cells in rows:
        if len(cells) > width:
            width = max(width, filled_width(cells))
    return width


def filled_width(cells: Sequence[str]) -> int:
    """The number of cells up to the last filled one (trailing empty cells are no column)."""
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def _read_alone(text: str, delimiter: str) -> Cells:
    """One line's cells; a line with an unpaired quote reads its quotes as plain text."""
    if text.count('"') % 2:
        cells = next(csv.reader([text], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
        return tuple(cell.replace('"', "") for cell in cells)
    return tuple(next(csv.reader([text], delimiter=delimiter), []))


def _dated(cells: Cells) -> bool:
    return any(looks_like_day(cell) for cell in cells)


def _data_like(cells: Cells) -> bool:
    """A row with a date in it, even one that does not exist: never a title or a header."""
    return any(looks_like_day(cell) or date_shaped(cell) for cell in cells)


def _title(cells: Cells) -> bool:
    """A title line above a table: no date, and at most one filled cell."""
    return sum(1 for cell in cells if cell.strip()) <= 1 and not _data_like(cells)


def _table_start(records: list[tuple[int, Cells]], width: int, header_line: int | None) -> int:
    """The index of the first data row: the first dated row of the table's width (a
    preamble's "Period: 01.01.-31.01.2024" is not), or the first of the rows with dates just
    above it (a first day without its note is one cell short, not a title)."""
    if header_line:
        return next((i for i, (line, _) in enumerate(records) if line > header_line), len(records))
    for index, (_, cells) in enumerate(records):
        if len(cells) >= width and _dated(cells):
            while index > 0 and _data_like(records[index - 1][1]):
                index -= 1
            return index
    for index, (_, cells) in enumerate(records):  # no dates: the first row of full width
        if len(cells) >= width:
            return index + 1 if index + 1 < len(records) else index
    return 0


def _detected_header(records: list[tuple[int, Cells]], start: int) -> int:
    """The line of the header: the row just above the first data row, when it has words in
    two cells or more and no date; 0 when the data starts without one."""
    if start == 0:
        return 0
    line, cells = records[start - 1]
    words = [cell for cell in cells if cell.strip()]
    if (len(words) >= 2 or len(cells) == 1) and not _data_like(cells):
        return line
    return 0
