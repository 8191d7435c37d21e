"""The short ways of the import (cells read a whole column at a time, plain dates read
without trying every pattern, the collector paused) give what the long ways give."""

from __future__ import annotations

import gc
import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.import_mapping import ColumnFilter, DateOrder
from bakeryplan.store.imports import ImportRefused, aggregate, prepare
from bakeryplan.store.imports.aggregate import PROGRESS_EVERY
from bakeryplan.store.imports.cells import DayReader, parse_amount, simple_column
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


@given(
    cells=st.lists(st.one_of(_NUMBERS, st.text("0123456789.,-\n €", max_size=8)), min_size=1),
    mark=st.sampled_from([".", ","]),
    precision=st.sampled_from([0, 2, 3]),
)
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
    assert mapping.date_column is not None
    index = mapping.date_column.index
    every_date = tuple(cells[index] for _, cells in table.rows if len(cells) > index)
    long_way = mapping.with_changes(filters=(ColumnFilter(mapping.date_column, every_date),))
    short = aggregate(table, mapping, today=TODAY)
    full = aggregate(table, long_way, today=TODAY)
    assert [(d.on, repr(d.value), d.rows) for d in short.days] == [
        (d.on, repr(d.value), d.rows) for d in full.days
    ]
    assert (short.skipped, short.used, short.notices) == (full.skipped, full.used, full.notices)
    assert full.filtered == short.filtered == 0


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
