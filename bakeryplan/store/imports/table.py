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
from dataclasses import dataclass, field

from bakeryplan.store.imports.cells import looks_like_day
from bakeryplan.store.imports.text import ImportRefused, decode, refuse_long_lines

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_SAMPLE_LINES = 60
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
    rows: list[tuple[int, list[str]]]  # (line, cells), blank rows left out
    width: int
    first_records: list[tuple[int, list[str]]] = field(default_factory=list)  # for a preview
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
    records, unreadable = _read_records(lines, chosen)
    filled = [(start, end, cells) for start, end, cells in records if any(c.strip() for c in cells)]
    if not filled:
        raise ImportRefused("The file holds no rows.")
    width = _table_width([cells for _, _, cells in filled])
    filled, problems, notices = _mend_broken_quotes(filled, lines, chosen, width)
    problems = sorted(problems + unreadable, key=lambda s: s.line)
    start = _table_start(filled, width, header_line)
    header_at = header_line if header_line is not None else _detected_header(filled, start)
    header: tuple[str, ...] = ()
    body_from = start
    if header_at:
        index = next((i for i, (line, _, _) in enumerate(filled) if line >= header_at), None)
        if index is None:
            raise ImportRefused(f"Line {header_at} is past the end of the file.")
        header = tuple(cell.strip() for cell in filled[index][2])
        header_at, body_from = filled[index][0], index + 1
    preamble_end = header_at if header_at else (filled[start][0] if start < len(filled) else 0)
    preamble = tuple(
        line.rstrip("\r\n") for line in lines[: max(preamble_end - 1, 0)] if line.strip()
    )
    rows = [(line, cells) for line, _, cells in filled[body_from:]]
    return Table(
        encoding=used,
        delimiter=chosen,
        header_line=header_at or 0,
        header=header,
        preamble=preamble,
        rows=rows,
        width=max(width, len(header)),
        first_records=[(line, cells) for line, _, cells in filled[:_PREVIEW_RECORDS]],
        problems=tuple(problems),
        notices=tuple(notices),
    )


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter of a sample of lines: clevercsv's answer when it has one of ours,
    else the character splitting the most lines into the same number of cells."""
    sample = "".join(lines[:_SAMPLE_LINES])[:_SAMPLE_CHARS]
    try:
        import clevercsv

        dialect = clevercsv.Detector().detect(sample, delimiters=list(DELIMITERS))
    except Exception:  # the detector gives up on some odd samples in its own ways
        dialect = None
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
) -> tuple[list[tuple[int, int, list[str]]], list[Skipped]]:
    """(first line, last line, cells) of every record; a record the csv module refuses
    (a cell over its size limit) is skipped and reading goes on at the next line."""
    records: list[tuple[int, int, list[str]]] = []
    unreadable: list[Skipped] = []
    position = 0
    while position < len(lines):
        reader = csv.reader(lines[position:] if position else lines, delimiter=delimiter)
        consumed = 0
        try:
            for cells in reader:
                first = position + consumed + 1
                consumed = reader.line_num
                records.append((first, position + consumed, cells))
            break
        except csv.Error:
            bad = position + consumed + 1
            unreadable.append(
                Skipped(bad, "the line cannot be read (a quote opened here is never closed)")
            )
            position = bad
    return records, unreadable


def _table_width(records: list[list[str]]) -> int:
    """The number of cells most rows have (ignoring one-cell title lines where others exist)."""
    widths = Counter(len(cells) for cells in records)
    wide = {w: n for w, n in widths.items() if w >= 2} or dict(widths)
    return max(wide, key=lambda w: (wide[w], w))


def _mend_broken_quotes(
    records: list[tuple[int, int, list[str]]], lines: list[str], delimiter: str, width: int
) -> tuple[list[tuple[int, int, list[str]]], list[Skipped], list[str]]:
    """Rows that ran together behind a quote never closed, read again line by line."""
    if width < 2:
        return records, [], []
    mended: list[tuple[int, int, list[str]]] = []
    problems: list[Skipped] = []
    notices: list[str] = []
    for first, last, cells in records:
        if last == first or len(cells) == width:
            mended.append((first, last, cells))
            continue
        notices.append(
            f"Lines {first} to {last}: a quote on line {first} is never closed, so these "
            "lines ran together; each was read on its own."
        )
        for number in range(first, last + 1):
            text = lines[number - 1]
            if not text.strip():
                continue
            alone = _read_alone(text, delimiter)
            if len(alone) == width:
                mended.append((number, number, alone))
            else:
                problems.append(
                    Skipped(
                        number,
                        f"a quote opened on line {first} is never closed; this line has "
                        f"{len(alone)} cells where the table has {width}",
                    )
                )
    return mended, problems, notices


def _read_alone(text: str, delimiter: str) -> list[str]:
    """One line's cells; a line with an unpaired quote reads its quotes as plain text."""
    if text.count('"') % 2:
        cells = next(csv.reader([text], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
        return [cell.replace('"', "") for cell in cells]
    return next(csv.reader([text], delimiter=delimiter), [])


def _dated(cells: list[str]) -> bool:
    return any(looks_like_day(cell) for cell in cells)


def _table_start(
    records: list[tuple[int, int, list[str]]], width: int, header_line: int | None
) -> int:
    """The index of the first data row: the first dated row of the table's width that is
    followed by rows of that width (a preamble's "Period: 01.01.-31.01.2024" is not)."""
    if header_line:
        return next(
            (i for i, (line, _, _) in enumerate(records) if line > header_line), len(records)
        )
    for index, (_, _, cells) in enumerate(records):
        if len(cells) >= width and _dated(cells):
            return index
    for index, (_, _, cells) in enumerate(records):  # no dates: the first row of full width
        if len(cells) >= width:
            return index + 1 if index + 1 < len(records) else index
    return 0


def _detected_header(records: list[tuple[int, int, list[str]]], start: int) -> int:
    """The line of the header: the row just above the first data row, when it has words in
    two cells or more and no date; 0 when the data starts without one."""
    if start == 0:
        return 0
    line, _, cells = records[start - 1]
    words = [cell for cell in cells if cell.strip()]
    if (len(words) >= 2 or len(cells) == 1) and not _dated(cells):
        return line
    return 0
