"""The short ways of the import (cells read a whole column at a time, plain dates read
without trying every pattern, the collector paused) give what the long ways give."""

from __future__ import annotations

import gc
import math
import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.import_mapping import Column, ColumnFilter, DateOrder, ImportMapping
from bakeryplan.store.imports import ImportRefused, Table, aggregate, prepare
from bakeryplan.store.imports.aggregate import PROGRESS_EVERY
from bakeryplan.store.imports.amount_column import minor_units, simple_column
from bakeryplan.store.imports.cells import DayReader, parse_amount
from bakeryplan.store.imports.day_sums import Day, MinorUnits, summed
from bakeryplan.text.parsing import read_day

TODAY = date(2026, 11, 27)

_PLAIN_DATES = st.one_of(
    st.from_regex(r"[0-9]{4}[-/.][0-9]{2}[-/.][0-9]{2}", fullmatch=True),
    st.from_regex(r"[0-9]{2}[-/.][0-9]{2}[-/.][0-9]{4}", fullmatch=True),
    st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat),
    st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(lambda d: f"{d:%d.%m.%Y}"),
    st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(lambda d: f"{d:%m/%d/%Y}"),
)


@given(cell=_PLAIN_DATES, order=st.sampled_from(DateOrder))
def test_a_plain_date_is_the_day_read_day_gives(cell: str, order: DateOrder) -> None:
    assert DayReader(order)(cell) == read_day(cell, order)


@given(
    cells=st.lists(st.one_of(_PLAIN_DATES, st.text(max_size=12)), min_size=1, max_size=20),
    order=st.sampled_from(DateOrder),
)
def test_plain_dates_read_together_are_the_days_read_one_by_one(
    cells: list[str], order: DateOrder
) -> None:
    cells = list(dict.fromkeys(cells))
    together = DayReader(order).read_plain(cells)
    assert not together or together.keys() == set(cells)
    one_by_one = DayReader(order)
    for cell, day in together.items():
        assert day == one_by_one(cell) == read_day(cell, order)


_NUMBERS = st.from_regex(r"-?[0-9]{1,6}([.,][0-9]{1,4})?", fullmatch=True)


# A column's cells: plain numbers, or anything a till might write in their place.
_AMOUNT_CELLS = st.lists(st.one_of(_NUMBERS, st.text("0123456789.,-\n €", max_size=8)), min_size=1)
_MARKS = st.sampled_from([".", ","])
_PRECISIONS = st.sampled_from([0, 2, 3])


@given(cells=_AMOUNT_CELLS, mark=_MARKS, precision=_PRECISIONS)
def test_a_column_of_amounts_is_the_amounts_read_one_by_one(
    cells: list[str], mark: str, precision: int
) -> None:
    column = simple_column(cells, mark, precision)
    if column is None:
        return
    assert len(column) == len(cells)
    for cell, amount in zip(cells, column, strict=True):
        alone = parse_amount(cell, mark)
        assert alone is not None and repr(amount) == repr(round(alone, precision))


@given(cells=_AMOUNT_CELLS, mark=_MARKS, precision=_PRECISIONS)
def test_amounts_in_minor_units_are_the_amounts_read_one_by_one(
    cells: list[str], mark: str, precision: int
) -> None:
    units = minor_units(cells, mark, precision)
    if units is None:
        return
    assert simple_column(cells, mark, precision) == [unit / 10**precision for unit in units]
    for cell, unit in zip(cells, units, strict=True):
        alone = parse_amount(cell, mark)
        assert alone is not None and unit / 10**precision == round(alone, precision)
        assert repr(unit / 10**precision) == repr(round(alone, precision) + 0.0)  # "-0" is 0


@given(
    units=st.lists(
        st.one_of(st.integers(-(10**6), 10**6), st.integers(-(10**15), 10**15)), min_size=1
    ),
    read_alone=st.lists(st.integers(-(10**6), 10**6)),
    precision=st.sampled_from([0, 2, 3]),
)
def test_a_day_summed_in_minor_units_is_its_floats_summed_and_rounded(
    units: list[int], read_alone: list[int], precision: int
) -> None:
    """A day's cents added up, or with amounts read one by one the day's floats added up."""
    minor = MinorUnits(precision, largest=max(map(abs, units)))
    minor.days[TODAY] = units
    alone = [unit / 10**precision for unit in read_alone]
    days = {TODAY: Day(alone)} if alone else {}
    ((_, value, rows, _),) = summed(days, minor)
    floats = [*alone, *(unit / 10**precision for unit in units)]
    assert repr(value) == repr(round(math.fsum(floats), precision) + 0.0)
    assert rows == len(floats)


def _till(rows: int, odd: dict[int, str]) -> bytes:
    """A till export of ``rows`` rows, with the lines of ``odd`` written as given."""
    rng = random.Random(3)
    lines = ["Datum;Warengruppe;Umsatz"]
    for index in range(rows):
        day = date(2021, 1, 1) + timedelta(days=index // 4)
        amount = f"{rng.uniform(-50, 900):.{rng.choice([0, 1, 2, 3])}f}".replace(".", ",")
        lines.append(odd.get(index, f"{day:%d.%m.%Y};Brot;{amount}"))
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(
    "odd",
    [
        {},
        {7000: "Summe;;1.234.567,00"},  # a total line in the second part
        {10: "31.02.2021;Brot;12,00", 9000: "01.01.2099;Brot;1,00"},  # no such day, a future day
        {12000: '03.01.2030;Brot;"12\n50"'},  # a line break inside an amount
        {300: "05.03.2021;Brot;99999999999999,00", 6000: "06.03.2021;Brot;abc"},
        {4999: "2021-03-01 07:02:11;Brot;3,50", 5000: "2021-03-01;Brot;2,00"},  # other shapes
        {5500: "07.03.2021;Brot"},  # a cell missing
    ],
)
def test_the_short_way_gives_what_reading_every_row_in_full_gives(odd: dict[int, str]) -> None:
    """A filter that lets every dated row through sends each row the long way (`_row`)."""
    prepared = prepare(_till(3 * PROGRESS_EVERY, odd))
    table, mapping = prepared.table, prepared.proposed
    short = aggregate(table, mapping, today=TODAY)
    full = aggregate(table, _long_way(table, mapping), today=TODAY)
    assert [(d.on, repr(d.value), d.rows) for d in short.days] == [
        (d.on, repr(d.value), d.rows) for d in full.days
    ]
    assert (short.skipped, short.used, short.notices) == (full.skipped, full.used, full.notices)
    assert full.filtered == short.filtered == 0


def _long_way(table: Table, mapping: ImportMapping) -> ImportMapping:
    """``mapping`` with a filter letting every row through: each row is read in full."""
    assert mapping.date_column is not None
    index = mapping.date_column.index
    every_date = tuple(cells[index] for _, cells in table.rows if len(cells) > index)
    return mapping.with_changes(filters=(ColumnFilter(mapping.date_column, every_date),))


_GOOD_DAYS = st.sampled_from(["01.03.2024", "02.03.2024", "03.03.2024", "2024-03-01"])
_ODD_DAYS = st.sampled_from(
    ["31.02.2024", "01.01.2099", "01.03.1890", "2024-03-02 07:02:11", "Summe", ""]
)
_CENTS = st.integers(-(10**9), 10**9).map(lambda c: f"{c / 100:.2f}".replace(".", ","))
_ODD_AMOUNTS = st.sampled_from(["abc", "1.234,56", "12,5", "-0,00", "12,345", ""])


def _now_and_then(
    usual: st.SearchStrategy[str], odd: st.SearchStrategy[str]
) -> st.SearchStrategy[str]:
    """``usual`` nine times in ten, else ``odd``: parts without odd rows are common."""
    return st.tuples(st.integers(0, 9), usual, odd).map(lambda t: t[2] if t[0] == 0 else t[1])


_TILL_ROWS = st.lists(
    st.tuples(
        _now_and_then(_GOOD_DAYS, _ODD_DAYS),
        _now_and_then(_CENTS, _ODD_AMOUNTS),
        st.integers(0, 40),  # 0: a cell missing, 1: a note too many, else the usual width
    ),
    min_size=1,
    max_size=30,
)


@given(rows=_TILL_ROWS, trimmed=st.booleans())
def test_a_part_read_a_column_at_a_time_gives_what_reading_every_row_gives(
    rows: list[tuple[str, str, int]], trimmed: bool
) -> None:
    """A part of the file whose rows all have the usual width and a good day is summed
    by date cell (in cents, or as floats where "12,5" is written for 12.50); any other
    part is read row by row. Both give what the long way gives."""
    read = []
    for line, (day, written, width) in enumerate(rows, start=2):
        amount = written.rstrip("0").rstrip(",") if trimmed and "," in written else written
        cells = (day, "Brot", amount)
        read.append((line, cells[:2] if width == 0 else (*cells, "note") if width == 1 else cells))
    header = ("Datum", "Warengruppe", "Umsatz")
    table = Table("utf-8", ";", 1, header, (), read, 3)
    mapping = ImportMapping(
        date_column=Column(0, "Datum"), value_column=Column(2, "Umsatz"), decimal_mark=","
    )
    short = aggregate(table, mapping, today=TODAY)
    full = aggregate(table, _long_way(table, mapping), today=TODAY)
    assert [(d.on, repr(d.value), d.rows) for d in short.days] == [
        (d.on, repr(d.value), d.rows) for d in full.days
    ]
    assert (short.skipped, short.used, short.notices) == (full.skipped, full.used, full.notices)


def test_the_collector_runs_again_after_an_import_and_after_a_refusal() -> None:
    prepare(_till(10, {}))
    assert gc.isenabled()
    with pytest.raises(ImportRefused):
        prepare(b"")
    assert gc.isenabled()
    gc.disable()
    try:
        prepare(_till(10, {}))
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


@pytest.mark.parametrize("digits", [20, 320, 5000])
def test_an_amount_of_hundreds_of_digits_is_skipped_for_its_size_never_a_crash(
    digits: int,
) -> None:
    """A till file with one absurd amount among plain ones: the short ways leave that row
    to the full reading, which skips it with the bounds' reason, as it always did."""
    lines = ["Datum;Warengruppe;Umsatz"]
    lines += [f"{day:02d}.03.2024;Brot;{day * 10 + 7},25" for day in range(1, 29)]
    lines.append("29.03.2024;Brot;" + "9" * digits + ",00")
    prepared = prepare(("\n".join(lines) + "\n").encode())
    preview = aggregate(prepared.table, prepared.proposed, today=TODAY)
    assert len(preview.days) == 28
    assert [s.line for s in preview.skipped] == [30]
    assert "outside the range" in preview.skipped[0].reason
