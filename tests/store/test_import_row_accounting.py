"""Every row is accounted for: used in a day's figure, left out by a filter the owner chose,
or skipped with its line and reason. So the rows read always equal used + filtered +
skipped, on the eight export shapes and on messy variants of them.

"Rows read" is counted here without the engine: the records below the header (or, in a file
without one, below its title lines) that hold a filled cell, as the csv module reads them.
Blank lines and rows of empty cells hold nothing and are no rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bakeryplan.domain.import_mapping import (
    Column,
    ColumnFilter,
    ImportMapping,
    SignFilter,
    ValueRule,
)
from bakeryplan.store.imports import (
    ImportPreview,
    ImportRefused,
    ShapeRefused,
    Table,
    aggregate,
    prepare,
)
from bakeryplan.store.imports.table import read_table
from tests.store import export_files as files

TODAY = date(2026, 11, 27)
Cells = list[str]


@dataclass(frozen=True)
class Shape:
    """An export, the line of its header, and what the owner chooses beyond the proposal."""

    data: Callable[[], bytes]
    header_line: int
    changes: dict[str, object]
    amount: int | None = None  # the column summed, in a comma-separated file


def _paid() -> ColumnFilter:
    return ColumnFilter(Column(2, "Financial Status"), ("paid",))


SHAPES = {
    "till long": Shape(files.till_long, 1, {}, 3),
    "till long, one group": Shape(
        files.till_long,
        1,
        {"filters": (ColumnFilter(Column(1, "Product group"), ("Bread",)),)},
        3,
    ),
    "line items": Shape(files.line_items, 1, {}),
    "receipts": Shape(
        files.line_items,
        1,
        {"rule": ValueRule.COUNT_DISTINCT, "value_column": Column(0, "Receipt no.")},
    ),
    "bank": Shape(files.bank_bom_preamble, 5, {"sign": SignFilter.INCOME}),
    "bank latin-1": Shape(files.bank_latin1_currency, 1, {}),
    "web shop": Shape(files.web_shop, 1, {"filters": (_paid(),)}, 3),
    "web shop orders": Shape(
        files.web_shop, 1, {"rule": ValueRule.COUNT_ROWS, "value_column": None}
    ),
    "wide": Shape(files.wide_products, 1, {}, 4),
    "pivot": Shape(files.pivot_summary, 2, {}),
    "profit and loss": Shape(files.profit_and_loss, 5, {}),
}
FALLBACK = ImportMapping(Column(0), value_column=Column(1))  # for reports the engine refuses


def _read(
    data: bytes, changes: dict[str, object], *, names: bool = True
) -> tuple[Table, ImportPreview]:
    """The table and the preview, with the proposal changed as the owner would; a report the
    engine refuses read with the first column as the date and the second as the value."""
    try:
        prepared = prepare(data)
        table, mapping = prepared.table, prepared.proposed.with_changes(**changes)
    except ShapeRefused as refused:
        table, mapping = refused.table, FALLBACK.with_changes(**changes)
    if not names:
        mapping = _unnamed(mapping)
    return table, aggregate(table, mapping, today=TODAY)


def _unnamed(mapping: ImportMapping) -> ImportMapping:
    """The mapping with its columns by number: a file without a header has no names."""

    def plain(column: Column | None) -> Column | None:
        return None if column is None else Column(column.index)

    return mapping.with_changes(
        date_column=plain(mapping.date_column),
        value_column=plain(mapping.value_column),
        note_column=plain(mapping.note_column),
        filters=tuple(ColumnFilter(plain(f.column), f.values) for f in mapping.filters),
    )


def rows_read(table: Table, data: bytes, data_from: int) -> int:
    """The records starting below line ``data_from`` that hold a filled cell."""
    text = data.decode(table.encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter)
    count, line = 0, 1
    for cells in reader:
        if line > data_from and any(cell.strip() for cell in cells):
            count += 1
        line = reader.line_num + 1
    return count


def assert_accounted(
    preview: ImportPreview, expected_rows: int, data_from: int, *, titles: int = 0
) -> None:
    """Rows below line ``data_from`` all accounted for; of the ``titles`` lines at the top of
    a file without a header, some may be reported as rows too (a title is a judgement)."""
    lines = [skip.line for skip in preview.skipped]
    assert len(lines) == len(set(lines)), preview.skipped  # no line skipped twice
    assert all(line > data_from or line <= titles for line in lines), preview.skipped
    assert sum(day.rows for day in preview.days) == preview.used
    below = sum(1 for line in lines if line > data_from)
    assert preview.used + preview.filtered + below == expected_rows, (
        preview.used,
        preview.filtered,
        preview.skipped,
    )


@pytest.mark.parametrize("name", list(SHAPES))
def test_every_row_of_each_export_shape_is_accounted_for(name: str) -> None:
    shape = SHAPES[name]
    data = shape.data()
    table, preview = _read(data, shape.changes)
    assert table.header_line == shape.header_line
    assert_accounted(preview, rows_read(table, data, shape.header_line), shape.header_line)


# ---- messy variants ----------------------------------------------------------------------


def _records(text: str, delimiter: str) -> list[Cells]:
    return [list(cells) for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _line(cells: Cells, delimiter: str) -> str:
    """One record as a spreadsheet writes it: quotes only where a cell needs them."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerow(cells)
    return out.getvalue().removesuffix("\r\n")


MUTATIONS = (
    "blank line",  # no row
    "empty cells",  # no row
    "spaces",  # no row
    "total line",
    "cell dropped",
    "note beyond the header",
    "number beyond the header",
    "number cut at its comma",
    "date unreadable",
    "date after today",
    "date out of range",
    "amount unreadable",
    "row repeated",
    "note with a line break",
    "name cut at its delimiter",
    "name with the delimiter, quoted",
    "title line",
    "amount cut at its comma",  # its line must be skipped, never read as 7 or 777.77
)
CUT = "777.77"


@st.composite
def messy_files(draw: st.DrawFn) -> tuple[bytes, dict[str, object], int, bool, int | None]:
    """(file, changes, the line the data starts below, whether it has its header, the column
    of amounts that may be cut) made of an export shape: its data records shuffled about by
    MUTATIONS, its header kept or dropped."""
    name = draw(st.sampled_from([n for n in SHAPES if n not in ("pivot", "profit and loss")]))
    shape = SHAPES[name]
    raw = shape.data()
    table = read_table(raw)
    text = raw.decode(table.encoding).lstrip("\ufeff")
    d = table.delimiter
    lines = text.splitlines()
    top = lines[: shape.header_line]
    records = [_line(cells, d) for cells in _records(text, d)][len(_records("\n".join(top), d)) :]
    width = len(table.header)
    date_index = 0 if name not in ("line items", "receipts", "web shop", "web shop orders") else 1
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(MUTATIONS))
        at = draw(st.integers(0, len(records)))
        here = _records(records[at], d)[0] if at < len(records) and records[at] else []
        if kind == "blank line":
            records.insert(at, "")
        elif kind == "empty cells":
            records.insert(at, d * (width - 1))
        elif kind == "spaces":
            records.insert(at, "   ")
        elif kind == "total line":
            records.insert(at, _line(["Total", *[""] * (width - 2), "1234.50"], d))
        elif kind == "title line":
            if records.count("Daily figures") < 3:  # (more under a header end the table)
                records.insert(at, "Daily figures")
        elif len([cell for cell in here if cell.strip()]) < 2:
            continue  # (words alone in two cells on a file's first line make its header)
        elif kind == "cell dropped" and CUT not in here:  # (a cut row as wide as the rest)
            records[at] = _line(here[:-1], d)
        elif kind == "note beyond the header":
            records[at] = _line([*here, "market day"], d)
        elif kind == "number beyond the header":
            records[at] = _line([*here, "12.50"], d)
        elif kind == "amount cut at its comma":
            v = shape.amount
            if v is not None and len(here) == width and "." in here[v]:
                records[at] = _line([*here[:v], "7", CUT, *here[v + 1 :]], d)
        elif kind == "number cut at its comma":
            cell = draw(st.integers(0, len(here) - 1))
            records[at] = _line([*here[:cell], "1", *here[cell:]], d)
        elif kind == "date unreadable" and len(here) > date_index:
            here[date_index] = "n/a"
            records[at] = _line(here, d)
        elif kind == "date after today" and len(here) > date_index:
            here[date_index] = "2031-01-02"
            records[at] = _line(here, d)
        elif kind == "date out of range" and len(here) > date_index:
            here[date_index] = "1899-12-31"
            records[at] = _line(here, d)
        elif kind == "amount unreadable":
            records[at] = _line([*here[:-1], "abc"], d)
        elif kind == "row repeated":
            records.insert(at, records[at])
        elif kind == "note with a line break":
            records[at] = _line([*here[:-1], here[-1] + "\nsecond line"], d)
        elif kind in ("name cut at its delimiter", "name with the delimiter, quoted"):
            words = [i for i, cell in enumerate(here) if cell.isalpha()]
            if words:
                cell = draw(st.sampled_from(words))
                if kind == "name cut at its delimiter":
                    records[at] = _line([*here[: cell + 1], " rye", *here[cell + 1 :]], d)
                else:
                    here[cell] += f"{d} rye"
                    records[at] = _line(here, d)
    keep_header = draw(st.booleans())
    head = top if keep_header else []
    body = "\r\n".join([*head, *records]) + "\r\n"
    changes = shape.changes if keep_header else {}
    encoding = "latin-1" if name == "bank latin-1" else "utf-8"
    return body.encode(encoding), changes, len(head), keep_header, shape.amount


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(messy_files())
def test_every_row_of_a_messy_export_is_accounted_for(
    case: tuple[bytes, dict[str, object], int, bool, int | None],
) -> None:
    data, changes, data_from, has_header, amount = case
    try:
        prepare(data)
    except ImportRefused:
        return  # a file refused whole imports nothing
    table, preview = _read(data, changes, names=has_header)
    titles = 0
    if not has_header:
        data_from = titles = _title_lines(table, data)
    assert_accounted(preview, rows_read(table, data, data_from), data_from, titles=titles)
    mapping = preview.mapping
    value = mapping.value_column
    if value is not None and value.index == amount and not mapping.filters:
        cut = _lines_holding(CUT, table, data)
        assert cut <= {skip.line for skip in preview.skipped}, (cut, preview.skipped)


def _lines_holding(cell: str, table: Table, data: bytes) -> set[int]:
    """The lines where records with ``cell`` among their cells start."""
    text = data.decode(table.encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter)
    found, line = set(), 1
    for cells in reader:
        if cell in cells:
            found.add(line)
        line = reader.line_num + 1
    return found


def _title_lines(table: Table, data: bytes) -> int:
    """The line below which a file without a header surely starts: lines at its top that
    hold no number, date or total may be titles, or the last of them a header (words in two
    cells or more look like one)."""
    text = data.decode(table.encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter)
    last = 0
    for cells in reader:
        filled = [cell.strip() for cell in cells if cell.strip()]
        if any(_NUMBER_OR_DATE.fullmatch(cell) or "total" in cell.lower() for cell in filled):
            break
        last = reader.line_num
    return last


_NUMBER_OR_DATE = re.compile(r"[\d\s.,/:+()-]+")


@pytest.mark.parametrize(
    ("data", "rows"),
    [
        (
            b"Date;Text;Amount;Ref\n"
            b'02.01.2024;"Rent shop;-800,00;A1\n'
            b"03.01.2024;Card sales;250,00;A2\n"
            b'04.01.2024;Flour "Mill;-120,00;A3;extra\n'
            b"05.01.2024;Card sales;300,00;A4\n",
            4,
        ),
        (b'date,amount,note\n2024-01-02,1.00,"never closed\n2024-01-03,2.00,\n', 2),
        (b'date,amount,note\n2024-01-02,1.00,"two\nlines"\n2024-01-03,x,\n\n2024-01-04,2,\n', 3),
        (b'date,amount,note\n2024-01-02,1.00,"busy\n2024-01-03,2.00,x"\n2024-01-04,3,\n', 3),
    ],
    ids=["a quote closed lines later", "a quote never closed", "a line break", "rows in a cell"],
)
def test_every_line_a_quote_touched_is_accounted_for(data: bytes, rows: int) -> None:
    """Lines that ran together behind a quote are read again one by one: each is a row."""
    _, preview = _read(data, {})
    assert preview.used + preview.filtered + len(preview.skipped) == rows, preview.skipped
    assert len({skip.line for skip in preview.skipped}) == len(preview.skipped)
