"""``bakeryplan import`` on the eight shapes of export owners bring, as a script runs it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.repository import PlanRepository
from tests.store import export_files as files
from tests.store.import_plans import TODAY, entries_of, write_import_plan

ON = ["--on", TODAY.isoformat()]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write_import_plan(tmp_path)


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _json_days(out: str) -> dict[date, tuple[float, int]]:
    data = json.loads(out)
    return {date.fromisoformat(d["on"]): (d["value"], d["rows"]) for d in data["days"]}


def _values(path: Path, measure: str) -> dict[date, float]:
    return {on: value for on, value, _ in entries_of(path, measure)}


def test_till_export_in_long_format_sums_the_product_groups(plan, tmp_path, capsys) -> None:
    till = _file(tmp_path, "till.csv", files.till_long())
    code, out, _ = _run(capsys, "import", plan, till, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    assert _json_days(out) == files.TILL_LONG_DAYS
    assert json.loads(out)["notices"] == []
    assert entries_of(plan, "Revenue") == [
        (on, value, "till.csv") for on, (value, _) in files.TILL_LONG_DAYS.items()
    ]


def test_a_product_group_filter(plan, tmp_path, capsys) -> None:
    till = _file(tmp_path, "till.csv", files.till_long())
    args = ["import", plan, till, "--measure", "Revenue", "--where", "product group = Bread"]
    code, out, _ = _run(capsys, *args, "--json", *ON)
    assert code == 0
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.TILL_LONG_BREAD


def test_several_values_of_one_column_mean_any_of_them(plan, tmp_path, capsys) -> None:
    till = _file(tmp_path, "till.csv", files.till_long())
    args = ["--where", "2=Bread", "--where", "Product group=Rolls", "--dry-run", "--json"]
    code, out, _ = _run(capsys, "import", plan, till, "--measure", "Revenue", *args, *ON)
    assert code == 0
    assert _json_days(out)[date(2018, 7, 30)] == (430.20, 2)
    assert entries_of(plan, "Revenue") == []  # a dry run writes nothing


def test_the_summary_counts_days_and_rows_in_sentences_of_their_own(plan, tmp_path, capsys):
    till = _file(tmp_path, "till.csv", files.till_long())
    args = ["import", plan, till, "--measure", "Revenue", "--dry-run", *ON]
    code, out, _ = _run(capsys, *args)
    assert code == 0
    days, rows = len(files.TILL_LONG_DAYS), sum(n for _, n in files.TILL_LONG_DAYS.values())
    assert out.splitlines()[0] == (
        f'Would import {days} days into "Revenue" (source "till.csv"). '
        f"The figures come from {rows} rows of the file."
    )


def test_each_day_is_written_as_the_plans_locale_writes_dates_and_figures(
    plan, tmp_path, capsys
) -> None:
    """The plan is a German cafe's: "30.07.2018" and "1.313,47", whatever the shell speaks."""
    till = _file(tmp_path, "till.csv", files.till_long())
    code, out, _ = _run(capsys, "import", plan, till, "--measure", "Revenue", "--dry-run", *ON)
    assert code == 0
    assert out.splitlines()[1].split() == ["30.07.2018", "1.313,47", "6", "rows"]
    assert out.splitlines()[3].split() == ["01.08.2018", "1.250,00", "6", "rows"]
    code, out, _ = _run(capsys, "import", plan, till, "--measure", "Orders", "--count-rows",
                        "--dry-run", *ON)  # fmt: skip
    assert out.splitlines()[1].split() == ["30.07.2018", "6", "6", "rows"]  # a count: no cents


def test_line_items_with_receipts_sum_amounts_never_receipt_numbers(plan, tmp_path, capsys):
    items = _file(tmp_path, "terminal.csv", files.line_items())
    code, out, _ = _run(capsys, "import", plan, items, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    assert _json_days(out) == files.LINE_ITEMS_DAYS  # the two identical coffees both count


def test_line_items_count_distinct_receipts(plan, tmp_path, capsys) -> None:
    items = _file(tmp_path, "terminal.csv", files.line_items())
    args = ["--count-distinct", "Receipt no.", "--json"]
    code, out, _ = _run(capsys, "import", plan, items, "--measure", "Orders", *args, *ON)
    assert code == 0
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.LINE_ITEMS_RECEIPTS
    assert _values(plan, "Orders") == files.LINE_ITEMS_RECEIPTS


def test_bank_export_with_bom_preamble_and_decimal_commas(plan, tmp_path, capsys) -> None:
    bank = _file(tmp_path, "bank.csv", files.bank_bom_preamble())
    code, out, _ = _run(
        capsys, "import", plan, bank, "--measure", "Revenue", "--sign", "income", "--json", *ON
    )
    assert code == 0
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.BANK_INCOME
    code, out, _ = _run(
        capsys, "import", plan, bank, "--measure", "Costs", "--sign", "expenses", "--json", *ON
    )
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.BANK_EXPENSES
    assert list(_json_days(out)) == sorted(_json_days(out))  # days in date order


def test_latin1_bank_export_with_a_currency_column(plan, tmp_path, capsys) -> None:
    bank = _file(tmp_path, "konto.csv", files.bank_latin1_currency())
    code, out, _ = _run(capsys, "import", plan, bank, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.BANK_LATIN1_ALL


def test_web_shop_orders_with_continuation_rows_and_utc_offsets(plan, tmp_path, capsys):
    shop = _file(tmp_path, "orders.csv", files.web_shop())
    args = ["--where", "Financial Status=paid", "--json"]
    code, out, _ = _run(capsys, "import", plan, shop, "--measure", "Revenue", *args, *ON)
    assert code == 0
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.WEB_SHOP_PAID
    args = ["--count-distinct", "Name", "--json"]
    code, out, _ = _run(capsys, "import", plan, shop, "--measure", "Orders", *args, *ON)
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.WEB_SHOP_ORDERS


def test_web_shop_continuation_rows_are_reported_not_dropped(plan, tmp_path, capsys) -> None:
    shop = _file(tmp_path, "orders.csv", files.web_shop())
    code, out, _ = _run(capsys, "import", plan, shop, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    skipped = json.loads(out)["skipped"]
    assert [s["line"] for s in skipped] == [4, 8, 9]  # line 2 holds a quoted line break
    assert all(s["reason"] == 'no amount in "Total"' for s in skipped)


def test_wide_export_takes_the_total_column(plan, tmp_path, capsys) -> None:
    wide = _file(tmp_path, "wide.csv", files.wide_products())
    code, out, _ = _run(capsys, "import", plan, wide, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.WIDE_TOTAL


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (files.pivot_summary, "This is a summary table"),
        (files.profit_and_loss, "This is a profit-and-loss report"),
    ],
)
def test_reports_are_refused_in_one_line_and_nothing_is_written(
    plan, tmp_path, capsys, make, says
) -> None:
    report = _file(tmp_path, "report.csv", make())
    before = plan.read_bytes()
    code, out, err = _run(capsys, "import", plan, report, "--measure", "Revenue", *ON)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err
    assert plan.read_bytes() == before


def test_importing_the_same_days_again_asks_to_replace_or_skip(plan, tmp_path, capsys):
    till = _file(tmp_path, "till.csv", files.till_long())
    assert _run(capsys, "import", plan, till, "--measure", "Revenue", *ON)[0] == 0
    before = plan.read_bytes()
    code, _, err = _run(capsys, "import", plan, till, "--measure", "Revenue", *ON)
    assert code == 2 and "--replace" in err and "--skip-existing" in err
    assert plan.read_bytes() == before
    code, _, _ = _run(capsys, "import", plan, till, "--measure", "Revenue", "--replace", *ON)
    assert code == 0
    assert _values(plan, "Revenue") == {on: v for on, (v, _) in files.TILL_LONG_DAYS.items()}
    assert len(entries_of(plan, "Revenue")) == 3  # never counted twice
    code, out, _ = _run(
        capsys, "import", plan, till, "--measure", "Revenue", "--skip-existing", "--json", *ON
    )
    assert code == 0 and json.loads(out)["days"] == []
    assert len(entries_of(plan, "Revenue")) == 3
    args = ["import", plan, till, "--measure", "Revenue", "--skip-existing", *ON]
    code, out, _ = _run(capsys, *args)
    assert out.splitlines()[0] == (  # the rows of the days kept out are not counted
        'Imported 0 days into "Revenue" (source "till.csv"). '
        "The figures come from 0 rows of the file."
    )


def test_a_saved_recipe_reads_the_next_file_in_one_option(plan, tmp_path, capsys) -> None:
    till = _file(tmp_path, "till.csv", files.till_long())
    args = ["--where", "Product group=Bread", "--save-recipe", "Till, bread"]
    assert _run(capsys, "import", plan, till, "--measure", "Revenue", *args, *ON)[0] == 0
    with PlanRepository.open(plan, read_only=True) as repository:
        (recipe,) = repository.load().recipes
    assert recipe.name == "Till, bread" and recipe.header[1] == "Product group"
    code, out, _ = _run(
        capsys, "import", plan, till, "--measure", "Orders", "--recipe", "till, bread", "--json"
    )
    assert code == 0
    assert {on: v for on, (v, _) in _json_days(out).items()} == files.TILL_LONG_BREAD
    assert {name for _, _, name in entries_of(plan, "Orders")} == {"Till, bread"}


def test_entries_dated_after_today_are_skipped_with_a_reason(plan, tmp_path, capsys) -> None:
    till = _file(tmp_path, "till.csv", files.till_long())
    args = ["--on", "2018-07-31", "--json"]
    code, out, _ = _run(capsys, "import", plan, till, "--measure", "Revenue", *args)
    assert code == 0
    assert list(_json_days(out)) == [date(2018, 7, 30), date(2018, 7, 31)]
    reasons = {s["reason"] for s in json.loads(out)["skipped"]}
    assert reasons == {"dated after today (2018-08-01)"}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--measure", "Nope"], 'no measure called "Nope"'),
        (["--measure", "Revenue", "--value-column", "Price"], 'no column "Price"'),
        (["--measure", "Revenue", "--recipe", "Bank"], 'no import recipe called "Bank"'),
        (["--measure", "Revenue", "--where", "Bread"], "COLUMN=VALUE"),
    ],
)
def test_mistakes_are_one_line(plan, tmp_path, capsys, args, says) -> None:
    till = _file(tmp_path, "till.csv", files.till_long())
    before = plan.read_bytes()
    code, _, err = _run(capsys, "import", plan, till, *args, *ON)
    assert code == 2 and err.count("\n") == 1 and says in err
    assert plan.read_bytes() == before


def test_columns_by_number_and_order_by_option(plan, tmp_path, capsys) -> None:
    data = b"when,amount\n03/04/2024,10.00\n03/05/2024,12.50\n"
    path = _file(tmp_path, "us.csv", data)
    args = ["--date-column", "1", "--value-column", "2", "--month-first", "--json"]
    code, out, _ = _run(capsys, "import", plan, path, "--measure", "Revenue", *args, *ON)
    assert code == 0
    assert _json_days(out) == {date(2024, 3, 4): (10.0, 1), date(2024, 3, 5): (12.5, 1)}


def test_a_recipe_reads_the_next_export_even_with_a_longer_preamble(plan, tmp_path, capsys):
    bank = _file(tmp_path, "march.csv", files.bank_bom_preamble())
    args = ["--sign", "income", "--save-recipe", "Bank account", *ON]
    assert _run(capsys, "import", plan, bank, "--measure", "Revenue", *args)[0] == 0
    longer = (
        files.bank_bom_preamble()
        .replace(b"IBAN;", b"Kontostand;12.345,67 EUR\nIBAN;")
        .replace(b".03.2024", b".04.2024")
    )
    april = _file(tmp_path, "april.csv", longer)
    code, out, _ = _run(
        capsys, "import", plan, april, "--measure", "Revenue", "--recipe", "Bank account", "--json"
    )
    assert code == 0
    april_income = {on.replace(month=4): value for on, value in files.BANK_INCOME.items()}
    assert {on: v for on, (v, _) in _json_days(out).items()} == april_income


def test_a_note_beyond_the_header_is_named_by_its_number(plan, tmp_path, capsys) -> None:
    data = b"date,value\n2026-10-01,5\n2026-10-02,6,market day\n2026-10-03,7\n"
    path = _file(tmp_path, "notes.csv", data)
    code, _, _ = _run(capsys, "import", plan, path, "--measure", "Revenue", "--note-column", "3")
    assert code == 0
    with PlanRepository.open(plan, read_only=True) as repository:
        cafe = repository.load()
    revenue = next(m for m in cafe.measures if m.name == "Revenue")
    notes = [a.note for a in cafe.actuals_of(revenue.id)]
    assert notes == ["", "market day", ""]


def test_whole_amounts_without_a_header_are_imported_as_amounts(plan, tmp_path, capsys) -> None:
    path = _file(tmp_path, "days.csv", b"2026-03-01,1234\n2026-03-08,987\n")
    code, out, _ = _run(capsys, "import", plan, path, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    assert _json_days(out) == {date(2026, 3, 1): (1234.0, 1), date(2026, 3, 8): (987.0, 1)}


def test_a_file_in_both_orders_says_so_in_the_json_too(plan, tmp_path, capsys) -> None:
    data = b"Date,Sales\n13/01/2026,1\n01/13/2026,2\n03/04/2026,3\n"
    path = _file(tmp_path, "mixed.csv", data)
    code, out, _ = _run(capsys, "import", plan, path, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    [notice] = json.loads(out)["notices"]
    assert "day first (line 2" in notice and "month first (line 3" in notice
    assert "were read day first (line 4)" in notice


def test_an_amount_cut_by_a_comma_is_skipped_in_the_json_not_imported(plan, tmp_path, capsys):
    data = b"Date,Sales,Note\n2026-03-01,56.10,rain\n2026-03-01,1,234.50\n2026-03-02,99.00,\n"
    path = _file(tmp_path, "cut.csv", data)
    code, out, _ = _run(capsys, "import", plan, path, "--measure", "Revenue", "--json", *ON)
    assert code == 0
    assert _json_days(out) == {date(2026, 3, 1): (56.1, 1), date(2026, 3, 2): (99.0, 1)}
    assert json.loads(out)["skipped"] == [
        {
            "line": 3,
            "reason": "the amount looks cut in two by a comma: 1,234.50; quote it or export "
            "with another separator",
        }
    ]
    assert _values(plan, "Revenue") == {date(2026, 3, 1): 56.1, date(2026, 3, 2): 99.0}
