"""Owners import what their spreadsheet or till wrote: many encodings, separators and styles."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from bakeryplan.reports.csv_export import export_actuals_csv
from bakeryplan.store.csv_import import (
    parse_actuals_csv,
    parse_date,
    parse_number,
    prefers_day_first,
    windows_code_page,
)
from bakeryplan.store.demo import demo_plan

MARCH_1, MARCH_8, MARCH_15 = date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 15)


def test_windows_1252_with_euro_sign_semicolons_and_decimal_comma() -> None:
    text = (
        "Datum;Umsatz;Notiz\r\n"
        "01.03.2026;€ 1.234,50;Markt\r\n"
        "08.03.2026;€ 987,00;Regen\r\n"
        "15.03.2026;2.001,25 €;Ostermarkt, viel los\r\n"
    )
    result = parse_actuals_csv(text.encode("cp1252"))
    assert result.problems == []
    assert result.rows == [
        (MARCH_1, 1234.5, "Markt"),
        (MARCH_8, 987.0, "Regen"),
        (MARCH_15, 2001.25, "Ostermarkt, viel los"),
    ]
    assert result.encoding == "cp1252"
    assert result.delimiter == ";"
    assert result.header == ("Datum", "Umsatz", "Notiz")


def test_a_short_western_file_is_not_read_as_a_baltic_code_page() -> None:
    """Two rows are too few for the detector, which prefers cp775 here ("Cafķ", "M³ller")."""
    data = ('Date,Sales,Note\n01/10/2026,"1,234.50",Café order €\n02/10/2026,1300,Müller\n').encode(
        "cp1252"
    )
    result = parse_actuals_csv(data)
    assert result.encoding == "cp1252"
    assert [note for _day, _value, note in result.rows] == ["Café order €", "Müller"]


def test_the_business_language_chooses_between_close_code_pages() -> None:
    data = "Date,Sales,Note\n01.10.2026,1234,Łódź dostawa\n".encode("cp1250")
    assert windows_code_page("pl_PL") == "cp1250"
    polish = parse_actuals_csv(data, code_page=windows_code_page("pl_PL"))
    assert polish.rows == [(date(2026, 10, 1), 1234.0, "Łódź dostawa")]
    rows = "".join(f"{n:02d}.10.2026;12,50;Dostawa źródło żółć ąę dzień {n}\n" for n in (1, 2))
    several = parse_actuals_csv(rows.encode("cp1250"), code_page="cp1250")
    assert several.encoding == "cp1250"  # the detector alone reads these as cp1252 or cp857
    assert several.rows[1][2] == "Dostawa źródło żółć ąę dzień 2"
    assert windows_code_page("de_DE") == windows_code_page("en") == "cp1252"
    assert windows_code_page("ru-RU") == "cp1251"


def test_title_lines_above_the_table_are_skipped_and_rows_keep_their_numbers() -> None:
    data = b"Sales report October 2026\nExported 1 Nov 2026\nDate,Sales\n01/10/2026,100\nx,5\n"
    result = parse_actuals_csv(data)
    assert result.header == ("Date", "Sales")
    assert result.rows == [(date(2026, 10, 1), 100.0, "")]
    assert [p.split(":")[0] for p in result.problems] == ["row 5"]


def test_rows_with_a_note_only_now_and_then_are_all_data() -> None:
    data = b"2026-01-05,120\n2026-01-12,130,busy week\n2026-01-19,125,rain\n"
    result = parse_actuals_csv(data)
    assert [value for _day, value, _note in result.rows] == [120.0, 130.0, 125.0]
    assert result.problems == []


def test_a_note_column_the_header_does_not_name_is_still_read() -> None:
    """QA: a "date,value" header above rows where only some have a note lost those rows."""
    data = b"date,value\n2026-10-01,5\n2026-10-02,6,market day\n2026-10-03,7\n"
    result = parse_actuals_csv(data)
    assert result.problems == []
    assert [(v, n) for _d, v, n in result.rows] == [(5.0, ""), (6.0, "market day"), (7.0, "")]


def test_a_note_under_a_header_in_another_language_is_kept() -> None:
    data = "Data;Wartość;Uwagi\n01.10.2026;1234,50;Sprzedaż w piątek\n".encode()
    result = parse_actuals_csv(data)
    assert result.rows == [(date(2026, 10, 1), 1234.5, "Sprzedaż w piątek")]
    data = b"Datum;Bedrag;Opmerking\n01.10.2026;12,50;Markt\n"
    assert parse_actuals_csv(data).rows == [(date(2026, 10, 1), 12.5, "Markt")]


def test_a_title_with_a_comma_is_not_taken_for_the_header() -> None:
    data = b"Sunrise Bakery, till export\ndate,value,note\n2026-10-01,1234.5,a\n2026-10-02,1300\n"
    result = parse_actuals_csv(data)
    assert result.header == ("date", "value", "note")
    assert [v for _d, v, _n in result.rows] == [1234.5, 1300.0]
    assert result.problems == []


def test_a_value_split_at_its_comma_is_still_reported() -> None:
    result = parse_actuals_csv(b"date,value\n2026-10-01,1,234.50\n")
    assert result.rows == []
    assert result.problems and "needs quotes" in result.problems[0]


def test_plain_iso_dates_without_header() -> None:
    result = parse_actuals_csv(b"2026-03-01,1234.5\n2026-03-08,987\n")
    assert result.rows == [(MARCH_1, 1234.5, ""), (MARCH_8, 987.0, "")]
    assert result.header == ()
    assert result.problems == []


def test_tab_separated_with_thousands_commas() -> None:
    result = parse_actuals_csv(
        b"date\tvalue\tnote\n2026-03-01\t1,234.50\tbusy\n2026-03-08\t12.5\t\n"
    )
    assert result.delimiter == "\t"
    assert result.rows == [(MARCH_1, 1234.5, "busy"), (MARCH_8, 12.5, "")]


def test_utf8_with_bom_and_pound_signs() -> None:
    data = codecs.BOM_UTF8 + 'Date,Revenue,Note\n01/03/2026,"£1,200.00",Café day\n'.encode()
    result = parse_actuals_csv(data)
    assert result.rows == [(MARCH_1, 1200.0, "Café day")]
    assert result.header == ("Date", "Revenue", "Note")


def test_utf16_spreadsheet_unicode_text() -> None:
    data = "Date\tSales\r\n01/03/2026\t1 234,50\r\n08/03/2026\t99,90\r\n".encode("utf-16")
    result = parse_actuals_csv(data)
    assert result.rows == [(MARCH_1, 1234.5, ""), (MARCH_8, 99.9, "")]


def test_columns_are_found_by_header_name_in_any_order() -> None:
    data = b"Note,Amount,Day\nquiet,10.5,2026-03-01\nbusy,20,2026-03-08\n"
    result = parse_actuals_csv(data)
    assert result.rows == [(MARCH_1, 10.5, "quiet"), (MARCH_8, 20.0, "busy")]


def test_columns_are_found_by_content_without_header() -> None:
    result = parse_actuals_csv(b"Shop A;01.03.2026;12,5\nShop A;08.03.2026;13\n")
    assert [(d, v) for d, v, _ in result.rows] == [(MARCH_1, 12.5), (MARCH_8, 13.0)]
    assert result.rows[0][2] == "Shop A"


def test_problems_name_the_row_and_good_rows_are_kept() -> None:
    data = (
        b"Date,Sales\n2026-03-01,abc\n2026-03-08,\n31/02/2026,5\n\n2026-03-15,(12.50)\n2026-03-16\n"
    )
    result = parse_actuals_csv(data)
    assert result.rows == [(MARCH_15, -12.5, "")]
    assert result.problems == [
        'row 2: "abc" is not a number',
        "row 3: the value is empty",
        'row 4: "31/02/2026" is not a date',
        "row 7: too few cells: expected a date and a value",
    ]


def test_unquoted_comma_number_in_comma_file_is_a_problem_not_a_wrong_value() -> None:
    result = parse_actuals_csv(b"Date,Revenue,Note\n2026-03-01,1,200.00,busy\n2026-03-08,900,\n")
    assert result.rows == [(MARCH_8, 900.0, "")]
    assert result.problems[0].startswith("row 2: 4 cells but the header has 3")


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\n", b"just some words\nand more words\n"],
)
def test_files_without_figures(data: bytes) -> None:
    result = parse_actuals_csv(data)
    assert result.rows == []
    assert len(result.problems) == 1


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-03-12", date(2026, 3, 12)),
        ("2026-03-12 00:00:00", date(2026, 3, 12)),
        ("2026-03-12T08:30", date(2026, 3, 12)),
        ("12/03/2026", date(2026, 3, 12)),
        ("1/3/2026", date(2026, 3, 1)),
        ("12.03.2026", date(2026, 3, 12)),
        ("12-03-2026", date(2026, 3, 12)),
        ("12/03/26", date(2026, 3, 12)),
        ("12 Mar 2026", date(2026, 3, 12)),
        ("12 March 2026", date(2026, 3, 12)),
        ("12-Mar-2026", date(2026, 3, 12)),
        (" 5 sept 2026 ", date(2026, 9, 5)),
        ("31/02/2026", None),
        ("12 Foo 2026", None),
        ("12/03", None),
        ("2026/03/12 and more", None),
        ("", None),
    ],
)
def test_parse_date(cell: str, expected: date | None) -> None:
    assert parse_date(cell) == expected


@pytest.mark.parametrize(
    ("cell", "mark", "expected"),
    [
        ("1234.5", ".", 1234.5),
        ("1,234.50", ".", 1234.5),
        ("1.234,50", ",", 1234.5),
        ("1 234,50", ",", 1234.5),
        ("1\u202f234,50", ",", 1234.5),
        ("1'234.50", ".", 1234.5),
        ("€ 12,5", ",", 12.5),
        ("12,50 €", ",", 12.5),
        ("EUR 99", ".", 99.0),
        ("$1,000,000", ".", 1_000_000.0),
        ("-3.5", ".", -3.5),
        ("\u22123.5", ".", -3.5),
        ("(12.50)", ".", -12.5),
        ("+7", ".", 7.0),
        ("4 %", ".", 4.0),
        ("abc", ".", None),
        ("", ".", None),
        ("1.2.3,4,5", ",", None),
        ("12-5", ".", None),
    ],
)
def test_parse_number(cell: str, mark: str, expected: float | None) -> None:
    assert parse_number(cell, mark) == expected


def test_decimal_comma_is_decided_per_file() -> None:
    comma = parse_actuals_csv(b"2026-03-01;1,234\n2026-03-08;2,5\n")
    assert [v for _, v, _ in comma.rows] == [1.234, 2.5]
    point = parse_actuals_csv(b'2026-03-01,"1,234"\n2026-03-08,2.5\n')
    assert [v for _, v, _ in point.rows] == [1234.0, 2.5]


def test_reads_back_an_actuals_export(tmp_path: Path) -> None:
    plan = demo_plan(date(2026, 11, 27))
    waste = next(m for m in plan.measures if m.name == "Unsold bread")
    path = tmp_path / "waste.csv"
    export_actuals_csv(plan, path, measure_ids=[waste.id])
    result = parse_actuals_csv(path.read_bytes())
    assert result.problems == []
    assert result.rows == [(a.on, a.value, a.note) for a in plan.actuals_of(waste.id)]


def dates_of(data: bytes, **kwargs: bool) -> list[date]:
    return [day for day, _value, _note in parse_actuals_csv(data, **kwargs).rows]


@pytest.mark.parametrize("default", [True, False])
def test_a_first_field_above_12_makes_the_whole_file_day_first(default: bool) -> None:
    data = b"Date,Sales\n03/04/2026,1\n13.04.2026,2\n"
    result = parse_actuals_csv(data, day_first=default)
    assert [r[0] for r in result.rows] == [date(2026, 4, 3), date(2026, 4, 13)]
    assert result.problems == []


@pytest.mark.parametrize("default", [True, False])
def test_a_second_field_above_12_makes_the_whole_file_month_first(default: bool) -> None:
    data = b"Date,Sales\n03/04/2026,1\n12/31/2026,2\n"
    result = parse_actuals_csv(data, day_first=default)
    assert [r[0] for r in result.rows] == [date(2026, 3, 4), date(2026, 12, 31)]
    assert result.problems == []


def test_a_month_first_first_row_is_not_taken_for_a_header() -> None:
    assert dates_of(b"12/31/2026,5\n01/02/2027,6\n") == [date(2026, 12, 31), date(2027, 1, 2)]


def test_both_orders_in_one_file_are_reported_and_ambiguous_dates_not_guessed() -> None:
    data = b"Date,Sales\n13/01/2026,1\n01/13/2026,2\n03/04/2026,3\n05/05/2026,4\n2026-06-01,5\n"
    result = parse_actuals_csv(data)
    assert result.problems[0] == (
        "the dates are written day first (row 2) and month first (row 3); "
        "dates that could be either were not imported"
    )
    assert result.problems[1:] == [
        'row 4: "03/04/2026" could be read day first or month first (the file uses both)'
    ]
    assert [r[0] for r in result.rows] == [
        date(2026, 1, 13),
        date(2026, 1, 13),
        date(2026, 5, 5),  # the same either way
        date(2026, 6, 1),
    ]


def test_an_ambiguous_file_follows_the_callers_preference() -> None:
    data = b"03/04/2026,1\n05/06/2026,2\n"
    assert dates_of(data) == [date(2026, 4, 3), date(2026, 6, 5)]
    assert dates_of(data, day_first=True) == [date(2026, 4, 3), date(2026, 6, 5)]
    assert dates_of(data, day_first=False) == [date(2026, 3, 4), date(2026, 5, 6)]


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
