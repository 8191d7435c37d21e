"""An amount cut in two by an unquoted comma in a row as wide as the header is skipped with
its reason, never read as its first part; a column of numbers beside the amount is not
taken for the rest of a cut one."""

from __future__ import annotations

from datetime import date

from bakeryplan.domain.import_mapping import ValueRule
from bakeryplan.store.imports import ImportPreview, aggregate, prepare

TODAY = date(2026, 11, 27)


def _preview(text: str, **changes: object) -> ImportPreview:
    prepared = prepare(text.encode())
    mapping = prepared.proposed.with_changes(**changes) if changes else prepared.proposed
    return aggregate(prepared.table, mapping, today=TODAY)


def _days(preview: ImportPreview) -> dict[date, tuple[float, int]]:
    return {day.on: (day.value, day.rows) for day in preview.days}


def _cut(number: str) -> str:
    return (
        f"the amount looks cut in two by a comma: {number}; quote it or export with another "
        "separator"
    )


def test_a_thousands_comma_before_a_note_column_skips_the_row() -> None:
    preview = _preview(
        "Date,Sales,Note\n"
        "2026-03-01,56.10,rain\n"
        "2026-03-01,1,234.50\n"
        "2026-03-02,99.00,\n"
        "2026-03-03,12.00,market day\n"
    )
    assert _days(preview) == {
        date(2026, 3, 1): (56.1, 1),
        date(2026, 3, 2): (99.0, 1),
        date(2026, 3, 3): (12.0, 1),
    }
    assert [(s.line, s.reason) for s in preview.skipped] == [(3, _cut("1,234.50"))]
    assert preview.used == 3


def test_an_amount_read_before_in_a_good_row_is_still_checked_for_a_cut() -> None:
    """ "1" was a good amount on line 2: the cut on line 3 must not take the short way."""
    preview = _preview(
        "Date,Sales,Note\n2026-03-01,1,coffee\n2026-03-01,1,234.50\n2026-03-02,3,tea\n"
    )
    assert _days(preview) == {date(2026, 3, 1): (1.0, 1), date(2026, 3, 2): (3.0, 1)}
    assert [s.line for s in preview.skipped] == [3]


def test_millions_and_signs_are_named_whole() -> None:
    preview = _preview(
        "Date,Sales,Note,Till\n"
        "2026-03-01,5.00,a,T1\n"
        "2026-03-02,-1,234,567.00\n"  # two commas, two cells left out
        "2026-03-03,€12,500,T2\n"
    )
    assert [(s.line, s.reason) for s in preview.skipped] == [
        (3, _cut("-1,234,567.00")),
        (4, _cut("€12,500")),
    ]


def test_a_decimal_comma_cut_in_a_comma_separated_file() -> None:
    preview = _preview('Date,Sales,Note\n2026-03-01,"7,25",a\n2026-03-02,12,50\n')
    assert _days(preview) == {date(2026, 3, 1): (7.25, 1)}
    assert [(s.line, s.reason) for s in preview.skipped] == [(3, _cut("12,50"))]


def test_a_column_of_numbers_beside_the_amount_is_its_own() -> None:
    """Sales then quantity: "150,300" is 150 sold in 300 items, not 150,300."""
    preview = _preview("Date,Sales,Qty\n2026-03-01,150,300\n2026-03-02,80.50,12\n2026-03-03,7,5\n")
    assert _days(preview) == {
        date(2026, 3, 1): (150.0, 1),
        date(2026, 3, 2): (80.5, 1),
        date(2026, 3, 3): (7.0, 1),
    }
    assert preview.skipped == ()


def test_only_what_could_be_one_number_is_taken_for_a_cut() -> None:
    preview = _preview(
        "Date,Sales,Note\n"
        "2026-03-01,12.50,234\n"  # an amount with decimals is whole
        "2026-03-02,1234,567\n"  # four digits cannot stand before a thousands comma
        "2026-03-03,5,23\n"  # two digits are no thousands group
        "2026-03-04,5,rain\n"
    )
    assert len(preview.days) == 4 and preview.skipped == ()


def test_other_separators_and_counting_rows_are_not_checked() -> None:
    semicolons = _preview("Datum;Umsatz;Notiz\n01.03.2026;1;234\n02.03.2026;5;Markt\n")
    assert semicolons.skipped == () and len(semicolons.days) == 2
    counted = _preview("Date,Sales,Note\n2026-03-01,1,234.50\n", rule=ValueRule.COUNT_ROWS)
    assert _days(counted) == {date(2026, 3, 1): (1.0, 1)} and counted.skipped == ()


def test_beside_whole_numbers_only_a_rest_with_decimals_is_a_cut() -> None:
    """A table number beside the sales: "150,300" is two cells, "1,234.50" one number cut."""
    preview = _preview(
        "Date,Sales,Table\n"
        "2026-03-01,150,300\n"
        "2026-03-02,80.50,12\n"
        "2026-03-03,1,234.50\n"
        "2026-03-04,7,5\n"
    )
    assert _days(preview) == {
        date(2026, 3, 1): (150.0, 1),
        date(2026, 3, 2): (80.5, 1),
        date(2026, 3, 4): (7.0, 1),
    }
    assert [(s.line, s.reason) for s in preview.skipped] == [(4, _cut("1,234.50"))]


def test_beside_a_column_of_amounts_a_whole_head_among_decimals_is_a_cut() -> None:
    """Sales and tax both written with cents: a sales cell "1" broke the pattern, a cut."""
    preview = _preview(
        "Date,Sales,Tax\n2026-03-01,12.00,2.28\n2026-03-02,1,234.50\n2026-03-03,8.40,1.60\n"
    )
    assert _days(preview) == {date(2026, 3, 1): (12.0, 1), date(2026, 3, 3): (8.4, 1)}
    assert [(s.line, s.reason) for s in preview.skipped] == [(3, _cut("1,234.50"))]


def test_beside_a_column_of_amounts_whole_amounts_are_read_as_they_stand() -> None:
    preview = _preview("Date,Sales,Tax\n2026-03-01,12,2.28\n2026-03-02,150,234.50\n")
    assert _days(preview) == {date(2026, 3, 1): (12.0, 1), date(2026, 3, 2): (150.0, 1)}


def test_a_file_without_header_is_checked_too() -> None:
    preview = _preview("2026-03-01,56.10,rain\n2026-03-02,1,234.50\n2026-03-03,9.90,sun\n")
    assert [(s.line, s.reason) for s in preview.skipped] == [(2, _cut("1,234.50"))]
