"""The import engine on real-world cells and broken files: what reaches a day, what is
skipped with its reason, and what is refused in one sentence."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bakeryplan.domain.import_mapping import (
    Column,
    ColumnFilter,
    DateOrder,
    ImportMapping,
    SignFilter,
    ValueRule,
)
from bakeryplan.store.imports import (
    ImportCancelled,
    ImportRefused,
    MappingError,
    aggregate,
    currency_precision,
    prepare,
)
from bakeryplan.store.imports.amount_column import simple_amounts
from bakeryplan.store.imports.cells import DayReader, decimal_mark, parse_amount
from bakeryplan.store.imports.entries import Repeat, entry_changes
from bakeryplan.store.imports.table import read_table
from bakeryplan.store.imports.wide_rows import another_reading
from bakeryplan.text.parsing import read_day
from tests.store import export_files as files

TODAY = date(2026, 11, 27)
D, M, Y = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST, DateOrder.YEAR_FIRST


def _days(data: bytes, mapping: ImportMapping | None = None, **kwargs) -> dict[date, float]:
    prepared = prepare(data)
    preview = aggregate(prepared.table, mapping or prepared.proposed, today=TODAY, **kwargs)
    return {day.on: day.value for day in preview.days}


@pytest.mark.parametrize(
    ("cell", "mark", "expected"),
    [
        ("1.234,56", ",", 1234.56),
        ("1,234.56", ".", 1234.56),
        ("€ 1.234,56", ",", 1234.56),
        ("1 234,56 €", ",", 1234.56),
        ("1\u00a0234,56", ",", 1234.56),
        ("1\u202f234,56", ",", 1234.56),
        ("CHF 1'234.50", ".", 1234.5),
        ("EUR -12,50", ",", -12.5),
        ("12,50 EUR", ",", 12.5),
        ("(12.50)", ".", -12.5),
        ("12,50-", ",", -12.5),
        ("-£3.20", ".", -3.2),
        ("+7", ".", 7.0),
        ("12.5.3", ".", None),
        ("abc", ".", None),
        ("", ".", None),
        ("nan", ".", None),
        ("inf", ".", None),
        ("1e5", ".", None),
        ("1.234,5", ".", None),  # a decimal comma in a file of decimal points
        ("1234.5", ".", 1234.5),
        ("1 234,50", ",", 1234.5),
        ("1'234.50", ".", 1234.5),
        ("€ 12,5", ",", 12.5),
        ("12,50 €", ",", 12.5),
        ("EUR 99", ".", 99.0),
        ("$1,000,000", ".", 1_000_000.0),
        ("-3.5", ".", -3.5),
        ("\u22123.5", ".", -3.5),
        ("1.2.3,4,5", ",", None),
        ("12-5", ".", None),
    ],
)
def test_amounts(cell: str, mark: str, expected: float | None) -> None:
    assert parse_amount(cell, mark) == expected


@given(cells=st.lists(st.text(alphabet="0123456789.,- €\u00a0()", max_size=9), max_size=40))
def test_amounts_read_together_are_the_amounts_read_one_by_one(cells: list[str]) -> None:
    cells += ["1.234", "1234,56", "-0,00", "12.50", "1,234.50", "1.234,50", "12,50 €", "x"]
    for mark, simple in ((".", {"1.234", "12.50"}), (",", {"1.234", "1234,56", "-0,00", "12.50"})):
        for precision in (0, 2, 3):
            together = simple_amounts(cells, mark, precision)
            assert simple <= together.keys()
            assert not {"1,234.50", "1.234,50", "12,50 €", "x"} & together.keys()  # read alone
            for cell, amount in together.items():
                alone = parse_amount(cell, mark)
                assert alone is not None and repr(amount) == repr(round(alone, precision))


@pytest.mark.parametrize(
    ("cell", "order", "expected"),
    [
        ("2024-03-01", D, date(2024, 3, 1)),
        ("2024-03-01T23:30:00+01:00", D, date(2024, 3, 1)),  # the day as written
        ("2024-03-02T00:10:00-05:00", M, date(2024, 3, 2)),
        ("2024-03-01 23:30:00 +0100", D, date(2024, 3, 1)),
        ("2024-03-01T07:00:00Z", D, date(2024, 3, 1)),
        ("31.07.2018 07:02:11", D, date(2018, 7, 31)),
        ("03/04/2024", D, date(2024, 4, 3)),
        ("03/04/2024", M, date(2024, 3, 4)),
        ("03/04/24", D, date(2024, 4, 3)),  # two-digit years
        ("03/04/99", D, date(1999, 4, 3)),
        ("3/4/24 1:05 PM", M, date(2024, 3, 4)),
        ("24/03/04", Y, date(2024, 3, 4)),
        ("2024/03/04", D, date(2024, 3, 4)),
        ("20240304", Y, date(2024, 3, 4)),
        ("12 Mar 2024", M, date(2024, 3, 12)),
        ("12. März 2024", D, date(2024, 3, 12)),
        ("Mar 12, 2024", D, date(2024, 3, 12)),
        ("45352", D, date(2024, 3, 1)),  # an Excel serial date
        ("45352.5", D, date(2024, 3, 1)),
        ("123", D, None),
        ("31/02/2024", D, None),
        ("Total", D, None),
        ("2024-03-01 garbage", D, None),
        ("2026-03-12 00:00:00", D, date(2026, 3, 12)),
        ("2026-03-12T08:30", D, date(2026, 3, 12)),
        ("1/3/2026", D, date(2026, 3, 1)),
        ("12.03.2026", D, date(2026, 3, 12)),
        ("12-03-2026", D, date(2026, 3, 12)),
        ("12 March 2026", D, date(2026, 3, 12)),
        ("12-Mar-2026", D, date(2026, 3, 12)),
        (" 5 sept 2026 ", D, date(2026, 9, 5)),
        ("12 Foo 2026", D, None),
        ("12/03", D, None),
        ("2026/03/12 and more", D, None),
        ("", D, None),
    ],
)
def test_days(cell: str, order: DateOrder, expected: date | None) -> None:
    assert read_day(cell, order) == expected
    assert DayReader(order)(cell) == expected


@pytest.mark.parametrize(
    ("cells", "expected", "used", "delimiter", "kind"),
    [
        (("2026-10-02", "6", "market day"), 2, [0, 1], ",", None),  # a note beyond the header
        (("2026-10-02", "6", "", ""), 2, [0, 1], ",", None),  # trailing empty cells
        (("2026-10-01", "1", "234.50"), 2, [0, 1], ",", "number"),
        (("2026-10-01", "12", "50"), 2, [0, 1], ",", "number"),  # a decimal comma
        (("2026-10-01", "1", "234.50", "busy"), 3, [0, 1], ",", "number"),
        (("2026-10-01", "5", "market", " busy"), 3, [0, 1], ",", None),  # the note's comma
        (("2026-10-01", "Bread", " rye", "103", "310.20"), 4, [0, 3], ",", "text"),
        (("Oct 2", " 2026", "12.50"), 2, [0, 1], ",", "date"),
        (("2026-10-01", "3", "12"), 2, [0, 2], ",", "number"),  # used column beyond the rest
        (("01.10.2026", "12,50", "Markt"), 2, [0, 1], ";", None),
        (("01.10.2026", "Miete", "Laden", "-800,00"), 3, [0, 2], ";", "text"),
        (("01.10.2026", "1", "234"), 2, [0, 1], ";", None),  # no number holds a semicolon
        (("2026-10-01", "1", "234.50"), 2, [0], ",", None),  # counting rows: the day is sure
        (("2026-10-01", "12.50", "3"), 2, [0, 1], ",", None),  # "12.50,3" is no number
    ],
)
def test_a_wider_row_is_read_by_position_only_when_that_is_the_one_reading(
    cells: tuple[str, ...], expected: int, used: list[int], delimiter: str, kind: str | None
) -> None:
    assert another_reading(cells, expected, used, delimiter) == kind


def test_decimal_mark_is_decided_once_per_file() -> None:
    assert decimal_mark(["1.234", "2.500", "12,50"], ",") == ","
    assert decimal_mark(["1,234.50", "7.25"], ";") == "."
    assert decimal_mark(["1.234"], ";") == ","  # no evidence: semicolon files write commas


def test_amounts_are_rounded_to_the_currencys_minor_unit() -> None:
    data = b"date,amount\n2024-01-02,10.005\n2024-01-02,0.004\n"
    assert _days(data, precision=2) == {date(2024, 1, 2): 10.01}
    assert currency_precision("JPY") == 0 and currency_precision("EUR") == 2
    assert currency_precision("BHD") == 3
    assert _days(b"date,amount\n2024-01-02,1500.4\n", precision=0) == {date(2024, 1, 2): 1500.0}


def test_repeated_rows_are_real_rows() -> None:
    data = b"date,amount\n2024-01-02,2.90\n2024-01-02,2.90\n2024-01-02,2.90\n"
    assert _days(data) == {date(2024, 1, 2): 8.70}


def test_a_broken_quote_is_reported_on_every_line_it_affected() -> None:
    data = (
        b"Date;Text;Amount;Ref\n"
        b'02.01.2024;"Rent shop;-800,00;A1\n'
        b"03.01.2024;Card sales;250,00;A2\n"
        b'04.01.2024;Flour "Mill;-120,00;A3;extra\n'
        b"05.01.2024;Card sales;300,00;A4\n"
    )
    table = read_table(data)
    assert table.notices and "Lines 2 to 4" in table.notices[0]  # the next quote closed it
    preview = aggregate(table, prepare(data).proposed, today=TODAY)
    assert {d.on: d.value for d in preview.days} == {
        date(2024, 1, 2): -800.0,
        date(2024, 1, 3): 250.0,
        date(2024, 1, 5): 300.0,
    }
    assert [(s.line, "never closed" in s.reason) for s in preview.skipped] == [(4, True)]


def test_a_quote_left_open_swallows_no_row_even_where_the_cells_add_up() -> None:
    """The row after it became part of the note, with the table's number of cells."""
    data = b'date,amount,note\n2024-01-02,1.00,"never closed\n2024-01-03,2.00,\n'
    preview = aggregate(read_table(data), prepare(data).proposed, today=TODAY)
    assert {d.on: d.value for d in preview.days} == {date(2024, 1, 2): 1.0, date(2024, 1, 3): 2.0}
    assert "never closed" in preview.notices[0]


def test_quoted_fields_with_line_breaks_keep_the_line_numbers_of_what_follows() -> None:
    data = (
        b'date,amount,note\n2024-01-02,1.00,"two\nlines"\n2024-01-03,x,\n'
        b"2024-01-04,2.00,\n2024-01-05,3.00,\n2024-01-06,4.00,\n"
    )
    preview = aggregate(read_table(data), prepare(data).proposed, today=TODAY)
    assert [(s.line, s.reason) for s in preview.skipped] == [(4, '"x" is not an amount')]
    assert preview.days[0].note == "two\nlines"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "The file is empty."),
        (b"   \n\n", "The file is empty."),
        (b"date,amount\n2024-01-02,1\x00\n", "NUL bytes"),
        (b"date,amount\n2024-01-02," + b"9" * 200_000 + b"\n", "longer than 100,000"),
        (b"name,city\nAna,Rome\nBo,Oslo\n", "No column of dates"),
        (files.pivot_summary(), "summary table"),
        (files.profit_and_loss(), "profit-and-loss report"),
        (
            b"Date,Sales,,Date,Sales\n2023-01-02,10,,2024-01-02,12\n2023-01-03,11,,2024-01-03,13\n",
            "side by side",
        ),
        (b"\xff\xfe\x00\xd8", "not text"),
        (b"just some words\nand more words\n", "No column of dates"),
    ],
)
def test_refusals_are_one_sentence(data: bytes, says: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        prepare(data)
    text = str(refused.value)
    assert says in text and "\n" not in text


def test_a_huge_quoted_cell_is_skipped_not_a_crash() -> None:
    data = b'date,amount,note\n2024-01-02,1.00,"' + b"x\n" * 70_000 + b'"\n2024-01-03,2.00,\n'
    preview = aggregate(read_table(data), prepare(data).proposed, today=TODAY)
    assert date(2024, 1, 3) in {d.on for d in preview.days}


def test_filters_sign_and_counting() -> None:
    data = files.web_shop()
    table = prepare(data).table
    base = ImportMapping(Column(1, "Created at"), DateOrder.DAY_FIRST)
    paid = ColumnFilter(Column(2, "Financial Status"), ("PAID ",))
    rows = aggregate(table, base.with_changes(rule=ValueRule.COUNT_ROWS), today=TODAY)
    assert [(d.on, d.value) for d in rows.days] == [
        (date(2024, 3, 1), 2.0),
        (date(2024, 3, 2), 5.0),
    ]
    counted = aggregate(
        table, base.with_changes(rule=ValueRule.COUNT_ROWS, filters=(paid,)), today=TODAY
    )
    assert [d.value for d in counted.days] == [1.0, 2.0] and counted.filtered == 4
    bank = prepare(files.bank_bom_preamble())
    costs = aggregate(bank.table, bank.proposed.with_changes(sign=SignFilter.EXPENSES), today=TODAY)
    assert {d.on: d.value for d in costs.days} == files.BANK_EXPENSES


def test_a_mapping_naming_a_missing_column_says_which() -> None:
    table = prepare(files.till_long()).table
    mapping = ImportMapping(Column(0, "Date"), value_column=Column(9, "Net"))
    with pytest.raises(MappingError, match='"Net"'):
        aggregate(table, mapping, today=TODAY)


def test_cancel_stops_reading() -> None:
    prepared = prepare(files.till_long())
    with pytest.raises(ImportCancelled):
        aggregate(prepared.table, prepared.proposed, today=TODAY, progress=lambda done, n: False)


def test_a_recipe_finds_its_columns_by_header_when_they_moved() -> None:
    moved = b"Sales,Items,Date,Product group\n10.00,1,2024-01-02,Bread\n"
    mapping = ImportMapping(Column(0, "Date"), value_column=Column(3, "sales"))
    table = prepare(moved).table
    assert {d.on: d.value for d in aggregate(table, mapping, today=TODAY).days} == {
        date(2024, 1, 2): 10.0
    }


def test_entry_changes_replace_or_skip_only_the_same_sources_days() -> None:
    from bakeryplan.domain.model import Actual, ActualSource
    from bakeryplan.store.imports import DayFigure

    day1, day2 = date(2024, 1, 1), date(2024, 1, 2)
    existing = [
        Actual(1, day1, 5.0, source=ActualSource.IMPORTED, id=1, source_name="till.csv"),
        Actual(1, day1, 7.0, source=ActualSource.IMPORTED, id=2, source_name="shop.csv"),
        Actual(1, day1, 1.0, id=3),
    ]
    days = [DayFigure(day1, 6.0, 2), DayFigure(day2, 8.0, 3)]
    kwargs = {"measure_id": 1, "source_name": "till.csv", "existing": existing}
    with pytest.raises(ValueError):
        entry_changes(days, repeat=Repeat.ASK, **kwargs)
    replaced = entry_changes(days, repeat=Repeat.REPLACE, **kwargs)
    assert [a.id for a in replaced.remove] == [1]
    assert [(a.on, a.value, a.source_name) for a in replaced.add] == [
        (day1, 6.0, "till.csv"),
        (day2, 8.0, "till.csv"),
    ]
    skipped = entry_changes(days, repeat=Repeat.SKIP, **kwargs)
    assert skipped.remove == () and [a.on for a in skipped.add] == [day2]
    assert skipped.kept == (day1,)


def test_figures_outside_what_a_plan_holds_are_skipped_with_the_reason() -> None:
    data = b"date,amount\n2024-01-02,12.00\n2024-01-03,9999999999999.00\n1899-12-31,1.00\n"
    prepared = prepare(data)
    preview = aggregate(prepared.table, prepared.proposed, today=TODAY)
    assert [d.on for d in preview.days] == [date(2024, 1, 2)]
    assert [(s.line, s.reason) for s in preview.skipped] == [
        (3, '"9999999999999.00" is outside the range -1,000,000,000,000 to 1,000,000,000,000'),
        (4, "1899-12-31 is outside the years 1900 to 2199"),
    ]


def test_a_date_column_of_excel_serial_numbers_is_found_by_its_name() -> None:
    data = b"Date,Sales\n45352,100.00\n45353,120.50\n45354,90.00\n"
    assert _days(data) == {
        date(2024, 3, 1): 100.0,
        date(2024, 3, 2): 120.5,
        date(2024, 3, 3): 90.0,
    }


def test_reading_leaves_no_module_wide_csv_state_behind() -> None:
    import contextlib
    import csv

    import clevercsv

    before = (csv.field_size_limit(), clevercsv.field_size_limit())
    for data in (files.web_shop(), b'a,"b\n' * 50, bytes(range(256)) * 4):
        with contextlib.suppress(ImportRefused):
            prepare(data)
    assert (csv.field_size_limit(), clevercsv.field_size_limit()) == before


def test_rows_like_ones_read_before_are_read_as_the_first_of_them() -> None:
    """Cells met before are looked up, not read again: the rows after them must still be
    used, or skipped with the same reasons, as the first row of their kind."""
    data = (
        b"when,amount\n"
        b"2026-03-01 07:02:11,5.00\n"
        b"2026-03-01 07:02:11,5.00\n"  # a repeated row is a real row
        b"2026-03-01 garbage,5.00\n"
        b"2026-12-01 07:02:11,5.00\n"
        b"2026-03-02 07:02:11,5.00\n"
        b"2026-03-01 08:15:00,abc\n"
        b"2026-03-01 08:15:00,2.50\n"
        b"2026-03-01,1,234.50\n"
    )
    prepared = prepare(data)
    preview = aggregate(prepared.table, prepared.proposed, today=TODAY)
    assert [(d.on, d.value, d.rows) for d in preview.days] == [
        (date(2026, 3, 1), 12.5, 3),
        (date(2026, 3, 2), 5.0, 1),
    ]
    assert [(s.line, s.reason.split(" (")[0]) for s in preview.skipped] == [
        (4, '"2026-03-01 garbage" is not a date'),
        (5, "dated after today"),
        (7, '"abc" is not an amount'),
        (9, "more cells than the header"),
    ]
    assert preview.used == 4
