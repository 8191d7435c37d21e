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

from bakeryplan.store.imports.cells import date_shaped, is_amount, is_total_label, looks_like_day
from bakeryplan.store.imports.text import ImportRefused, decode, refuse_long_lines
from bakeryplan.text.translate import PLURAL, translate

DELIMITERS = (",", ";", "\t", "|")
Cells = tuple[str, ...]  # tuples of text: the garbage collector stops looking at them
_SAMPLE_LINES = 60
_QUICK_LINES = 20  # clevercsv's sample when the csv module's guess agrees
_SAMPLE_CHARS = 12_000
_PREVIEW_RECORDS = 40


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
            names.append(text or translate("import", "Column {number}").format(number=index + 1))
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
        raise ImportRefused(translate("import", "The file holds no rows."))
    width = _table_width([cells for _, cells in filled[:5000]])
    problems: list[Skipped] = []
    notices: list[str] = []
    if spans or '"' in text:  # without quotes no line can run into the next
        filled, problems, notices = _mend_broken_quotes(filled, spans, lines, chosen, width)
    start, header_at = _table_start(filled, width, header_line)
    if not header_at:  # no header marks where the table starts: only titles are left out
        above = translate(
            "import", "above the table: left out, though it does not look like a title"
        )
        problems += [Skipped(line, above) for line, cells in filled[:start] if not _title(cells)]
    problems = sorted([*problems, *unreadable], key=lambda s: s.line)
    header: tuple[str, ...] = ()
    body_from = start
    if header_at:
        index = next((i for i, (line, _) in enumerate(filled) if line >= header_at), None)
        if index is None:
            raise ImportRefused(
                translate("import", "Line {line} is past the end of the file.").format(
                    line=header_at
                )
            )
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
    # clevercsv's time grows with its sample (about 8 ms for 60 lines): when the csv
    # module's quick guess on the whole sample and clevercsv's answer on its first lines
    # agree, that is the delimiter. Only without quotes: quoted cells are where detectors
    # differ, and where the quick guess's patterns can take long.
    if '"' not in sample and "'" not in sample:
        quick = _sniffed(sample)
        if quick is not None and quick == _clevercsv_delimiter(
            "".join(lines[:_QUICK_LINES])[:_SAMPLE_CHARS]
        ):
            return quick
    found = _clevercsv_delimiter(sample)
    if found is not None:
        return found
    counts = {
        d: Counter(line.count(d) for line in lines[:_SAMPLE_LINES] if line.strip())
        for d in DELIMITERS
    }
    best = max(DELIMITERS, key=lambda d: max((n for c, n in counts[d].items() if c), default=0))
    return best


def _clevercsv_delimiter(sample: str) -> str | None:
    """clevercsv's delimiter for ``sample`` when it is one of ours, else None."""
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
    return None


def _sniffed(sample: str) -> str | None:
    """The csv module's guess of the delimiter, among ours; None when it has none."""
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return None


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
    reason = translate("import", "the line cannot be read (a quote opened here is never closed)")
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
) -> tuple[list[tuple[int, Cells]], list[Skipped], list[str]]:
    """Rows that ran together behind a quote never closed, read again line by line; with
    the problems and a notice for each such quote."""
    broken = {
        first
        for first, cells in records
        if (
            len(cells) != width and lines[first - 1].count('"') % 2
            if first not in spans
            else not _quoted_line_breaks(cells, lines[first - 1 : spans[first]], delimiter, width)
        )
    }
    if width < 2 or not broken:
        return records, [], []
    mended: list[tuple[int, Cells]] = []
    problems: list[Skipped] = []
    notices: list[str] = []
    for first, cells in records:
        if first not in broken:
            mended.append((first, cells))
            continue
        last = spans.get(first, first)
        notices.append(
            translate(
                "import",
                "Lines {first} to {last}: a quote on line {first} is never closed, so these "
                "lines ran together; each was read on its own.",
            ).format(first=first, last=last)
            if last > first
            else translate(
                "import", "Line {first}: a quote is never closed; its quotes were read as text."
            ).format(first=first)
        )
        for number in range(first, last + 1):
            text = lines[number - 1]
            if not text.strip():
                continue
            alone = _read_alone(text, delimiter)
            cells_read = len(alone)
            if cells_read == width:
                mended.append((number, alone))
                continue
            # (lupdate misses a counted text with a comma after its count)
            # fmt: off
            reason = translate(
                "import",
                "a quote opened on line {first} is never closed; this line has %n cells where "
                "the table has {width}",
                None,
                PLURAL,
                cells_read
            )
            # fmt: on
            problems.append(Skipped(number, reason.format(first=first, width=width)))
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


def _quoted_line_breaks(cells: Cells, text: list[str], delimiter: str, width: int) -> bool:
    """Whether a record over several lines is one row with line breaks in quoted cells (a web
    shop's address), whatever its number of cells: its quotes are all closed where a cell
    ends, and no line inside a cell looks like a row, with a row's delimiters and a date or
    an amount (rows swallowed by a quote left open, even where the cells add up)."""
    try:
        list(csv.reader(text, delimiter=delimiter, strict=True))
    except csv.Error:
        return False
    return not any(
        part.count(delimiter) >= max(width - 1, 1)
        and _row_like(tuple(next(csv.reader([part], delimiter=delimiter), [])))
        for cell in cells
        if "\n" in cell or "\r" in cell
        for part in cell.splitlines()
    )


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


def _row_like(cells: Cells) -> bool:
    """A row with a date or an amount in it: just above the first dated row, a row of the
    table whose date cannot be read, not its header."""
    return _data_like(cells) or any(is_amount(cell) for cell in cells)


def _title(cells: Cells) -> bool:
    """A title line above a table: no date, and at most one filled cell."""
    return _filled(cells) <= 1 and not _data_like(cells)


def _filled(cells: Cells) -> int:
    return sum(1 for cell in cells if cell.strip())


def _table_start(
    records: list[tuple[int, Cells]], width: int, header_line: int | None
) -> tuple[int, int]:
    """The index of the first row of the table, and the line of its header (0: none).

    The table starts at its first dated row of full width (a preamble's "Period:
    01.01.-31.01.2024" is not one; with none that wide, at its first dated row), or higher
    up at the rows of the table above it: rows with a date or an amount (a first day without
    its note is one cell short, not a title; a first row whose date cannot be read is a row,
    not the header), a total line, a row holding a value of its column below, a row just
    under a dated row as wide as the table, and the title lines and rows of empty cells
    among them. Above those, the header is the nearest row with words in two cells or more
    (or the one cell of a one-column table), a few title lines between it and the table
    being rows of the table; a row just above it with more filled cells is the header
    instead.
    """
    if header_line:
        start = next((i for i, (line, _) in enumerate(records) if line > header_line), None)
        return (len(records) if start is None else start), header_line
    first = next(
        (i for i, (_, cells) in enumerate(records) if len(cells) >= width and _dated(cells)), None
    )
    if first is None:  # no dated row is as wide as most rows: the first dated one starts it
        first = next((i for i, (_, cells) in enumerate(records) if _dated(cells)), None)
    if first is None:
        return _undated_start(records, width)
    below = _column_values(records[first : first + _SAMPLE_LINES])
    start, index, titles = first, first - 1, 0
    while index >= 0:
        cells = records[index][1]
        filled = _filled(cells)
        if _row_like(cells) or _a_row_of(cells, below) or _under_a_row(records, index, width):
            start, titles = index, 0
        elif filled >= 2 or (width == 1 and filled == 1):
            break  # the header, or the last line above the table
        elif filled:
            titles += 1
            if titles > _TITLES_UNDER_HEADER:
                return start, 0
        index -= 1
    if index < 0 or header_line == 0:
        return start, 0
    above = next((i for i in range(index - 1, -1, -1) if _filled(records[i][1])), None)
    if (
        above is not None
        and _filled(records[above][1]) > _filled(records[index][1])
        and not _row_like(records[above][1])
    ):
        index = above
    return start, records[index][0]


_TITLES_UNDER_HEADER = 3  # title lines between a header and its table, at most


def _undated_start(records: list[tuple[int, Cells]], width: int) -> tuple[int, int]:
    """A table without dates (a report to refuse): its first row of full width is the
    header when it has words and no date."""
    index = next((i for i, (_, cells) in enumerate(records) if len(cells) >= width), None)
    if index is None:
        return 0, 0
    if index + 1 >= len(records):
        return index, 0
    line, cells = records[index]
    header = (_filled(cells) >= 2 or len(cells) == 1) and not _data_like(cells)
    return index + 1, line if header else 0


def _under_a_row(records: list[tuple[int, Cells]], index: int, width: int) -> bool:
    """Whether the nearest filled row above is a dated row about as wide as the table: a
    row between two rows of the table is one of them, not its header."""
    above = next((i for i in range(index - 1, -1, -1) if _filled(records[i][1])), None)
    if above is None:
        return False
    cells = records[above][1]
    return len(cells) >= max(width - 1, 2) and _filled(cells) >= 2 and _dated(cells)


def _column_values(rows: list[tuple[int, Cells]]) -> list[set[str]]:
    """The values written in each column of ``rows``, spaces and case aside."""
    values: list[set[str]] = []
    for _, cells in rows:
        for index, cell in enumerate(cells):
            if index == len(values):
                values.append(set())
            if cell.strip():
                values[index].add(cell.strip().casefold())
    return values


def _a_row_of(cells: Cells, below: list[set[str]]) -> bool:
    """Whether a row that could be the header is a row of the table after all: a total line,
    or a row with a value written in its column below (a product group, not a column name)."""
    first = next((cell for cell in cells if cell.strip()), "")
    if is_total_label(first):
        return True
    return any(
        cell.strip() and index < len(below) and cell.strip().casefold() in below[index]
        for index, cell in enumerate(cells)
    )
