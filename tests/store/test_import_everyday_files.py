"""Owners import what their spreadsheet or till wrote: many encodings, separators and styles.

Each file goes through the import engine's public entry, as the assistant and the command
line read it: ``prepare`` (text, table, proposed mapping), then ``aggregate`` (one figure
per day, every other row skipped with its line and reason).
"""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bakeryplan.domain.import_mapping import Column, DateOrder, ValueRule
from bakeryplan.reports.csv_export import export_actuals_csv
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.imports import ImportPreview, Table, aggregate, prepare
from bakeryplan.store.imports.locale_defaults import prefers_day_first, windows_code_page

TODAY = date(2026, 11, 27)
LATER = date(2027, 6, 30)  # for files dated after TODAY
MARCH_1, MARCH_8, MARCH_15 = date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 15)
JUNE_1 = date(2026, 6, 1)
D, M = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST


def read(
    data: bytes,
    changes: dict[str, Any] | None = None,
    *,
    today: date = TODAY,
    precision: int = 2,
    **reading: Any,
) -> tuple[Table, ImportPreview]:
    """The file read with the proposed mapping, changed as the owner would change it."""
    prepared = prepare(data, **reading)
    mapping = prepared.proposed.with_changes(**(changes or {}))
    return prepared.table, aggregate(prepared.table, mapping, today=today, precision=precision)


def amounts_in(index: int) -> dict[str, Any]:
    """The owner's choice: the value is the sum of the amounts in column ``index``."""
    return {"rule": ValueRule.AMOUNT, "value_column": Column(index)}


def figures(preview: ImportPreview) -> list[tuple[date, float, str]]:
    return [(day.on, day.value, day.note) for day in preview.days]


def days(preview: ImportPreview) -> list[date]:
    return [day.on for day in preview.days]


def skipped(preview: ImportPreview) -> list[tuple[int, str]]:
    return [(s.line, s.reason) for s in preview.skipped]


# ---- encodings ---------------------------------------------------------------------------


def test_windows_1252_with_euro_sign_semicolons_and_decimal_comma() -> None:
    text = (
        "Datum;Umsatz;Notiz\r\n"
        "01.03.2026;€ 1.234,50;Markt\r\n"
        "08.03.2026;€ 987,00;Regen\r\n"
        "15.03.2026;2.001,25 €;Ostermarkt, viel los\r\n"
    )
    table, preview = read(text.encode("cp1252"))
    assert skipped(preview) == []
    assert figures(preview) == [
        (MARCH_1, 1234.5, "Markt"),
        (MARCH_8, 987.0, "Regen"),
        (MARCH_15, 2001.25, "Ostermarkt, viel los"),
    ]
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.header == ("Datum", "Umsatz", "Notiz")


def test_a_short_western_file_is_not_read_as_a_baltic_code_page() -> None:
    """Two rows are too few for the detector, which prefers cp775 here ("Cafķ", "M³ller")."""
    data = ('Date,Sales,Note\n01/10/2026,"1,234.50",Café order €\n02/10/2026,1300,Müller\n').encode(
        "cp1252"
    )
    table, preview = read(data)
    assert table.encoding == "cp1252"
    assert [day.note for day in preview.days] == ["Café order €", "Müller"]


def test_the_business_language_chooses_between_close_code_pages() -> None:
    data = "Date,Sales,Note\n01.10.2026,1234,Łódź dostawa\n".encode("cp1250")
    _, polish = read(data, code_page=windows_code_page("pl_PL"))
    assert figures(polish) == [(date(2026, 10, 1), 1234.0, "Łódź dostawa")]
    rows = "".join(f"{n:02d}.10.2026;12,50;Dostawa źródło żółć ąę dzień {n}\n" for n in (1, 2))
    table, several = read(rows.encode("cp1250"), {"note_column": Column(2)}, code_page="cp1250")
    assert table.encoding == "cp1250"  # the detector alone reads these as cp1252 or cp857
    assert several.days[1].note == "Dostawa źródło żółć ąę dzień 2"


def test_utf8_with_bom_and_pound_signs() -> None:
    data = codecs.BOM_UTF8 + 'Date,Revenue,Note\n01/03/2026,"£1,200.00",Café day\n'.encode()
    table, preview = read(data)
    assert figures(preview) == [(MARCH_1, 1200.0, "Café day")]
    assert table.header == ("Date", "Revenue", "Note")


def test_utf16_spreadsheet_unicode_text() -> None:
    data = "Date\tSales\r\n01/03/2026\t1 234,50\r\n08/03/2026\t99,90\r\n".encode("utf-16")
    _, preview = read(data)
    assert figures(preview) == [(MARCH_1, 1234.5, ""), (MARCH_8, 99.9, "")]


# ---- where the table starts, its columns and notes -----------------------------------------


def test_title_lines_above_the_table_are_skipped_and_rows_keep_their_numbers() -> None:
    data = b"Sales report October 2026\nExported 1 Nov 2026\nDate,Sales\n01/10/2026,100\nx,5\n"
    table, preview = read(data)
    assert table.header == ("Date", "Sales")
    assert table.preamble == ("Sales report October 2026", "Exported 1 Nov 2026")
    assert figures(preview) == [(date(2026, 10, 1), 100.0, "")]
    assert [line for line, _reason in skipped(preview)] == [5]


def test_a_title_with_a_comma_is_not_taken_for_the_header() -> None:
    data = b"Sunrise Bakery, till export\ndate,value,note\n2026-10-01,1234.5,a\n2026-10-02,1300\n"
    table, preview = read(data)
    assert table.header == ("date", "value", "note")
    assert [day.value for day in preview.days] == [1234.5, 1300.0]
    assert skipped(preview) == []


def test_rows_with_a_note_only_now_and_then_are_all_data() -> None:
    data = b"2026-01-05,120\n2026-01-12,130,busy week\n2026-01-19,125,rain\n"
    _, preview = read(data, amounts_in(1))
    assert [day.value for day in preview.days] == [120.0, 130.0, 125.0]
    assert skipped(preview) == []


def test_a_first_row_without_its_note_under_a_header_is_data() -> None:
    """The header and the first day were both left out as lines above the table."""
    data = b"Date,Sales,Note\n2026-01-05,120\n2026-01-12,130,busy week\n2026-01-19,125,rain\n"
    table, preview = read(data)
    assert table.header == ("Date", "Sales", "Note")
    assert [day.value for day in preview.days] == [120.0, 130.0, 125.0]
    assert skipped(preview) == []


def test_a_first_row_with_a_date_that_does_not_exist_is_reported_not_taken_for_a_header() -> None:
    table, preview = read(b"31/02/2026,5\n01/03/2026,6\n08/03/2026,7\n")
    assert table.header == ()
    assert days(preview) == [MARCH_1, MARCH_8]
    assert skipped(preview) == [(1, '"31/02/2026" is not a date (day first)')]


def test_only_title_lines_are_left_out_above_a_table_without_header() -> None:
    """A line with a date or an amount is a row, and so is a title line below one: what is
    left out above the table, and is no title, is reported."""
    data = b"Sales report\nBalance;1.234,56\nDaily\n01.03.2026;100,00\n08.03.2026;120,00\n"
    table, preview = read(data)
    assert (table.header, table.preamble) == ((), ("Sales report",))
    assert days(preview) == [MARCH_1, MARCH_8]
    assert [line for line, _reason in skipped(preview)] == [2, 3]
    data = b"Account;DE02 1203\n01.03.2026;100,00\n08.03.2026;120,00\n"
    _, preview = read(data, header_line=0)  # the owner says: no header
    assert days(preview) == [MARCH_1, MARCH_8]
    assert skipped(preview) == [
        (1, "above the table: left out, though it does not look like a title")
    ]


@pytest.mark.parametrize(
    ("between", "line"),
    [(b"Daily figures\n", 2), (b";;;\n", None), (b"n/a;12,00\n", 2), (b"n/a;Rain\n", 2)],
    ids=["a title line", "empty cells", "a row whose date cannot be read", "without amount"],
)
def test_the_header_is_found_above_what_separates_it_from_the_first_dated_row(
    between: bytes, line: int | None
) -> None:
    data = b"Datum;Umsatz;Notiz\n" + between + b"01.03.2026;100,00;\n08.03.2026;120,00;\n"
    table, preview = read(data)
    assert table.header == ("Datum", "Umsatz", "Notiz")
    assert days(preview) == [MARCH_1, MARCH_8]
    assert [skip_line for skip_line, _reason in skipped(preview)] == ([line] if line else [])


def test_rows_with_a_note_the_header_does_not_name_are_all_read() -> None:
    """QA: a "date,value" header above rows where only some have a note lost those rows."""
    data = b"date,value\n2026-10-01,5\n2026-10-02,6,market day\n2026-10-03,7\n"
    _, preview = read(data)
    assert skipped(preview) == []
    assert [day.value for day in preview.days] == [5.0, 6.0, 7.0]


def test_a_note_in_a_column_beyond_the_header_is_offered_and_read() -> None:
    data = b"date,value\n2026-10-01,5\n2026-10-02,6,market day\n2026-10-03,7\n"
    table, preview = read(data)
    assert table.column_names() == ["date", "value", "Column 3"]
    assert preview.mapping.note_column == Column(2)
    assert figures(preview) == [
        (date(2026, 10, 1), 5.0, ""),
        (date(2026, 10, 2), 6.0, "market day"),
        (date(2026, 10, 3), 7.0, ""),
    ]


def test_a_column_beyond_the_header_is_not_read_where_a_number_was_cut_before_it() -> None:
    data = b"date,value\n2026-10-01,1,234.50\n2026-10-02,5,12.00\n"
    _, preview = read(data, amounts_in(2))  # "5,12.00" is no number: 12.00 is its own cell
    assert figures(preview) == [(date(2026, 10, 2), 12.0, "")]
    assert [(line, reason.endswith(SPLIT)) for line, reason in skipped(preview)] == [(2, True)]


def test_a_note_under_a_header_in_another_language_is_kept() -> None:
    data = "Data;Wartość;Uwagi\n01.10.2026;1234,50;Sprzedaż w piątek\n".encode()
    assert figures(read(data)[1]) == [(date(2026, 10, 1), 1234.5, "Sprzedaż w piątek")]
    data = b"Datum;Bedrag;Opmerking\n01.10.2026;12,50;Markt\n"
    assert figures(read(data)[1]) == [(date(2026, 10, 1), 12.5, "Markt")]


def test_plain_iso_dates_without_a_header() -> None:
    table, preview = read(b"2026-03-01,1234.5\n2026-03-08,987\n", amounts_in(1))
    assert table.header == ()
    assert figures(preview) == [(MARCH_1, 1234.5, ""), (MARCH_8, 987.0, "")]
    assert skipped(preview) == []


def test_tab_separated_with_thousands_commas() -> None:
    table, preview = read(b"date\tvalue\tnote\n2026-03-01\t1,234.50\tbusy\n2026-03-08\t12.5\t\n")
    assert table.delimiter == "\t"
    assert figures(preview) == [(MARCH_1, 1234.5, "busy"), (MARCH_8, 12.5, "")]


def test_columns_are_found_by_header_name_in_any_order() -> None:
    data = b"Note,Amount,Day\nquiet,10.5,2026-03-01\nbusy,20,2026-03-08\n"
    assert figures(read(data)[1]) == [(MARCH_1, 10.5, "quiet"), (MARCH_8, 20.0, "busy")]


def test_the_date_column_is_found_by_content_without_a_header() -> None:
    data = b"Shop A;01.03.2026;12,5\nShop A;08.03.2026;13\n"
    assert prepare(data).proposed.date_column == Column(1)
    _, preview = read(data, {**amounts_in(2), "note_column": Column(0)})
    assert figures(preview) == [(MARCH_1, 12.5, "Shop A"), (MARCH_8, 13.0, "Shop A")]


# ---- values ------------------------------------------------------------------------------


def test_problems_name_the_line_and_good_rows_are_kept() -> None:
    data = (
        b"Date,Sales\n2026-03-01,abc\n2026-03-08,\n31/02/2026,5\n\n2026-03-15,(12.50)\n2026-03-16\n"
    )
    _, preview = read(data)
    assert figures(preview) == [(MARCH_15, -12.5, "")]
    assert skipped(preview) == [
        (2, '"abc" is not an amount'),
        (3, 'no amount in "Sales"'),
        (4, '"31/02/2026" is not a date (day first)'),
        (7, "1 cell where the table has 2"),
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"date,value\n2026-10-01,1,234.50\n",
        b"Date,Revenue,Note\n2026-03-01,1,200.00,busy\n2026-03-08,900,\n",
    ],
    ids=["no-note", "with-note"],
)
def test_a_number_split_at_its_comma_is_skipped_not_read_as_a_wrong_value(data: bytes) -> None:
    _, preview = read(data)
    assert 1.0 not in [day.value for day in preview.days]
    assert [line for line, _reason in skipped(preview)] == [2]


SPLIT = "a number with a comma that is not in quotes?"


def test_a_split_number_is_skipped_with_a_reason_naming_what_to_look_for() -> None:
    _, preview = read(b"date,value\n2026-10-01,1,234.50\n2026-10-02,900\n")
    assert figures(preview) == [(date(2026, 10, 2), 900.0, "")]
    assert skipped(preview) == [
        (2, f"more cells than the header (3 where it has 2) \u2014 {SPLIT}")
    ]


def test_split_numbers_without_a_header_are_skipped_even_where_most_rows_are_split() -> None:
    """Most rows one cell wider: the cell after the comma must not be taken for the amount."""
    data = b"2026-10-01,1,234.50\n2026-10-02,900.00\n2026-10-03,1,300.00\n2026-10-04,1,050.25\n"
    for column in (1, 2):  # the amount's column, or the column of the cents
        _, preview = read(data, amounts_in(column))
        assert [day.value for day in preview.days] == ([900.0] if column == 1 else [])
        cut = [line for line, reason in skipped(preview) if reason.endswith(SPLIT)]
        assert cut == [1, 3, 4]


def test_a_row_missing_its_last_cells_is_no_sign_of_numbers_cut_in_the_others() -> None:
    """Without a header, one short row made every other row look one cell too wide."""
    rows = [f"0{day}/03/2026,Bread,{day * 10},{day * 100}.50\n" for day in range(1, 10)]
    data = "".join([rows[0], "02/03/2026,Rolls,40\n", *rows[1:]]).encode()
    _, preview = read(data, amounts_in(3))
    assert [day.value for day in preview.days] == [day * 100 + 0.5 for day in range(1, 10)]
    assert skipped(preview) == [(2, "3 cells where the table has 4")]


def test_a_product_name_split_at_its_comma_does_not_shift_the_amount() -> None:
    data = (
        b"Date,Product group,Items,Sales\n"
        b"30/07/2018,Bread, rye,103,310.20\n"
        b"30/07/2018,Cakes,83,250.50\n"
    )
    _, preview = read(data)
    assert figures(preview) == [(date(2018, 7, 30), 250.5, "")]
    assert skipped(preview) == [
        (
            2,
            "more cells than the header (5 where it has 4) \u2014 a name or note with a comma "
            "that is not in quotes?",
        )
    ]


def test_a_date_split_at_its_comma_is_skipped() -> None:
    _, preview = read(b"Date,Sales\n2026-10-01,5.00\nOct 2, 2026,12.50\n")
    assert days(preview) == [date(2026, 10, 1)]
    assert skipped(preview) == [
        (
            3,
            "more cells than the header (3 where it has 2) \u2014 a date with a comma that is "
            "not in quotes?",
        )
    ]


def test_a_note_with_a_comma_in_the_last_column_is_kept_whole() -> None:
    data = b"Date,Sales,Note\n2026-03-01,12.50,market, busy\n2026-03-08,9.00,\n"
    _, preview = read(data)
    assert figures(preview) == [(MARCH_1, 12.5, "market, busy"), (MARCH_8, 9.0, "")]
    assert skipped(preview) == []


def test_a_wide_total_line_is_called_a_total_line() -> None:
    _, preview = read(b"Date,Sales\n2026-03-01,900.00\nTotal,1,900.00\n")
    assert skipped(preview) == [(3, "a total line, not a day's figure")]


@pytest.mark.parametrize(
    "amounts",
    [(1234, 987, 1300), (300, 420, 510, 600, 800)],  # up and down; a new shop's growing week
)
def test_whole_amounts_without_a_header_are_proposed_as_amounts_not_counted(
    amounts: tuple[int, ...],
) -> None:
    data = "".join(f"2026-03-{day:02d},{n}\n" for day, n in enumerate(amounts, 1)).encode()
    prepared = prepare(data)
    assert prepared.proposed.rule is ValueRule.AMOUNT
    assert prepared.proposed.value_column == Column(1)
    assert [day.value for day in read(data)[1].days] == list(amounts)


@pytest.mark.parametrize(
    "data",
    [
        b"1001,2026-03-01\n1001,2026-03-01\n1002,2026-03-01\n1003,2026-03-08\n",
        b"2026-03-01;00017\n2026-03-01;00342\n2026-03-08;00018\n",
        b"2026-03-01,5001\n2026-03-01,5004\n2026-03-08,5010\n2026-03-08,5012\n2026-03-15,5020\n",
    ],
    ids=["receipts-one-by-one", "leading-zeros", "order-numbers-counting-up"],
)
def test_rows_are_counted_where_the_only_numbers_are_receipt_or_order_numbers(data: bytes) -> None:
    assert prepare(data).proposed.rule is ValueRule.COUNT_ROWS


def test_amounts_with_cents_are_preferred_to_whole_numbers_without_a_header() -> None:
    data = b"1001;31.07.2018 07:02:11;1;4,80\n1001;31.07.2018 07:02:11;2;3,60\n"
    assert prepare(data).proposed.value_column == Column(3)


def test_the_decimal_mark_is_decided_per_file() -> None:
    _, comma = read(b"2026-03-01;1,234\n2026-03-08;2,5\n", amounts_in(1), precision=3)
    assert [day.value for day in comma.days] == [1.234, 2.5]
    _, point = read(b'2026-03-01,"1,234"\n2026-03-08,2.5\n', amounts_in(1), precision=3)
    assert [day.value for day in point.days] == [1234.0, 2.5]


def test_reads_back_an_actuals_export(tmp_path: Path) -> None:
    plan = demo_plan(TODAY)
    waste = next(m for m in plan.measures if m.name == "Unsold bread")
    path = tmp_path / "waste.csv"
    export_actuals_csv(plan, path, measure_ids=[waste.id])
    _, preview = read(path.read_bytes())
    assert skipped(preview) == []
    assert figures(preview) == [(a.on, a.value, a.note) for a in plan.actuals_of(waste.id)]


# ---- the order of day and month ----------------------------------------------------------


@pytest.mark.parametrize("default", [D, M])
def test_a_first_field_above_12_makes_the_whole_file_day_first(default: DateOrder) -> None:
    _, preview = read(b"Date,Sales\n03/04/2026,1\n13.04.2026,2\n", default_order=default)
    assert days(preview) == [date(2026, 4, 3), date(2026, 4, 13)]
    assert skipped(preview) == []


@pytest.mark.parametrize("default", [D, M])
def test_a_second_field_above_12_makes_the_whole_file_month_first(default: DateOrder) -> None:
    data = b"Date,Sales\n03/04/2026,1\n12/31/2026,2\n"
    _, preview = read(data, today=LATER, default_order=default)
    assert days(preview) == [date(2026, 3, 4), date(2026, 12, 31)]
    assert skipped(preview) == []


def test_a_month_first_first_row_is_not_taken_for_a_header() -> None:
    table, preview = read(b"12/31/2026,5\n01/02/2027,6\n", today=LATER)
    assert table.header == ()
    assert days(preview) == [date(2026, 12, 31), date(2027, 1, 2)]


def test_a_file_in_both_orders_skips_the_rows_the_chosen_order_cannot_read() -> None:
    data = b"Date,Sales\n13/01/2026,1\n01/13/2026,2\n03/04/2026,3\n05/05/2026,4\n2026-06-01,5\n"
    _, day_first = read(data)
    assert skipped(day_first) == [(3, '"01/13/2026" is not a date (day first)')]
    assert days(day_first) == [date(2026, 1, 13), date(2026, 4, 3), date(2026, 5, 5), JUNE_1]
    _, month_first = read(data, {"date_order": M})
    assert skipped(month_first) == [(2, '"13/01/2026" is not a date (month first)')]
    assert days(month_first) == [date(2026, 1, 13), date(2026, 3, 4), date(2026, 5, 5), JUNE_1]


def test_a_file_in_both_orders_says_so_naming_lines() -> None:
    data = b"Date,Sales\n13/01/2026,1\n01/13/2026,2\n03/04/2026,3\n05/05/2026,4\n2026-06-01,5\n"
    _, day_first = read(data)
    assert day_first.notices == (
        'The dates are written both day first (line 2: "13/01/2026") and month first (line 3: '
        '"01/13/2026"): lines the chosen order cannot read are skipped, and dates that read '
        "either way were read day first (line 4). Check those days, or choose the other order.",
    )
    _, month_first = read(data, {"date_order": M})
    assert "were read month first (line 4)" in month_first.notices[0]


def test_a_file_in_both_orders_reads_in_the_order_most_of_its_dates_show() -> None:
    rows = ["13/01/2026", "14/01/2026", "01/15/2026", *(f"{d:02d}/02/2026" for d in range(1, 9))]
    data = ("Date,Sales\n" + "".join(f"{cell},1\n" for cell in rows)).encode()
    _, preview = read(data, default_order=M)
    assert preview.mapping.date_order is D
    assert skipped(preview) == [(4, '"01/15/2026" is not a date (day first)')]
    assert preview.notices[0].endswith(  # 02/02/2026 is the same day either way: not listed
        "were read day first (lines 5, 7, 8, 9, 10 and 2 more). Check those days, or choose "
        "the other order."
    )


def test_an_ambiguous_file_follows_the_business_locale() -> None:
    data = b"03/04/2026,1\n05/06/2026,2\n"
    assert days(read(data)[1]) == [date(2026, 4, 3), date(2026, 6, 5)]
    assert days(read(data, default_order=D)[1]) == [date(2026, 4, 3), date(2026, 6, 5)]
    assert days(read(data, default_order=M)[1]) == [date(2026, 3, 4), date(2026, 5, 6)]


# ---- what the business's locale says -----------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", False),
        ("en-US", False),
        ("en_GB", True),
        ("de_DE", True),
        ("ja_JP", True),
        ("xx_nowhere", True),
    ],
)
def test_prefers_day_first_follows_the_locale(locale: str, expected: bool) -> None:
    assert prefers_day_first(locale) is expected


def test_windows_code_page_follows_the_language() -> None:
    assert windows_code_page("pl_PL") == "cp1250"
    assert windows_code_page("de_DE") == windows_code_page("en") == "cp1252"
    assert windows_code_page("ru-RU") == "cp1251"
