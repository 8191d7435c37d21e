"""Files no spreadsheet or BakeryPlan wrote are refused in one line, and change nothing else.

Found by feeding the readers hostile files: a CSV value of 309 digits was stored as ``inf``
(and then broke every view), a CSV row dated 9999-12-31 and JSON values such as 1e308 or
year 0001 were accepted; a NUL byte or a cell over 131,072 characters ended the CSV import
in an uncaught error and left clevercsv's process-wide field-size limit at about 26
characters, so every later import failed; deeply nested JSON, an integer of over 4,300
digits and a lone surrogate ended ``new --from`` in a traceback.

CSV files go through the import engine's public entry, as the assistant and ``bakeryplan
import`` read them: ``prepare`` (or ``ImportRefused`` in one sentence), then ``aggregate``.
"""

from __future__ import annotations

import contextlib
import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import clevercsv
import pytest

from bakeryplan.cli import main
from bakeryplan.domain.bounds import LAST_DAY
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.errors import InterchangeError
from bakeryplan.store.imports import ImportPreview, ImportRefused, aggregate, prepare
from bakeryplan.store.interchange import FORMAT_VERSION, load_json, plan_to_json
from tests.store.plans import small_plan

GOOD_CSV = b"date,value\n2026-03-01,120\n2026-03-02,130\n"
TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def limits_unchanged() -> Any:
    """No import may change a process-wide CSV setting."""
    before = (csv.field_size_limit(), clevercsv.field_size_limit())
    yield
    assert (csv.field_size_limit(), clevercsv.field_size_limit()) == before


VERSION_KEY = f'"format_version": {FORMAT_VERSION}'


def import_csv(data: bytes, *, today: date = TODAY) -> ImportPreview:
    """``data`` read with the mapping the engine proposes for it."""
    prepared = prepare(data)
    return aggregate(prepared.table, prepared.proposed, today=today)


def test_a_value_of_309_digits_is_refused_naming_its_line() -> None:
    preview = import_csv(b"date,value\n2026-03-01," + b"9" * 309 + b"\n2026-03-02,5\n")
    assert [(day.on.day, day.value) for day in preview.days] == [(2, 5.0)]
    assert len(preview.skipped) == 1
    line, reason = preview.skipped[0].line, preview.skipped[0].reason
    assert line == 2 and reason.startswith('"9999')
    assert "outside the range -1,000,000,000,000 to 1,000,000,000,000" in reason


@pytest.mark.parametrize(
    ("day", "words"),
    [
        ("9999-12-31", "dated after today (9999-12-31)"),
        ("0001-01-01", "0001-01-01 is outside the years 1900 to 2199"),
        ("1899-12-31", "1899-12-31 is outside the years 1900 to 2199"),
        ("2200-01-01", "dated after today (2200-01-01)"),
    ],
)
def test_a_csv_date_outside_the_years_is_refused_naming_its_line(day: str, words: str) -> None:
    preview = import_csv(f"date,value\n{day},1\n2026-03-02,5\n".encode())
    assert [d.on for d in preview.days] == [date(2026, 3, 2)]
    assert [(s.line, s.reason) for s in preview.skipped] == [(2, words)]


def test_values_at_the_bounds_are_kept() -> None:
    data = b"date,value\n1900-01-01,-1000000000000\n2199-12-31,1000000000000\n"
    assert [day.value for day in import_csv(data, today=LAST_DAY).days] == [-1e12, 1e12]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"date,value\n2026-03-01,1\x002\n", "NUL bytes"),
        (b"date,value,note\n2026-03-01,1," + b"x" * 131_073 + b"\n", "longer than 100,000"),
        (b"\xff\xfed\x00a\x00t\x00e\x00\n\x00\x00\x00", "NUL bytes"),
    ],
    ids=["nul", "huge-cell", "utf16-nul"],
)
def test_a_hostile_csv_is_refused_in_one_line_and_the_next_import_works(
    data: bytes, words: str
) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_csv(data)
    assert words in str(refused.value) and "\n" not in str(refused.value)
    assert len(import_csv(GOOD_CSV).days) == 2


def test_a_quoted_cell_longer_than_the_reader_takes_breaks_no_later_import() -> None:
    cell = "\n".join(["x" * 9_000] * 20)  # every line is short; the cell is not
    for quoted in (f'"{cell}"', f'"{cell}"\n2026-03-02,2,"short"'):
        with contextlib.suppress(ImportRefused):
            import_csv(f"date,value,note\n2026-03-01,1,{quoted}\n".encode())
    assert len(import_csv(GOOD_CSV).days) == 2


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def plan_json() -> dict[str, Any]:
    from datetime import UTC, date, datetime

    return plan_to_json(demo_plan(date(2026, 11, 27)), exported_at=datetime(2026, 1, 1, tzinfo=UTC))


def edited(table: str, field: str, value: object) -> dict[str, Any]:
    data = plan_json()
    data[table][0][field] = value
    return data


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        (edited("actuals", "value", 1e308), "actuals[0], field 'value'", "outside the range"),
        (edited("actuals", "value", -1e13), "actuals[0], field 'value'", "outside the range"),
        (edited("measures", "target", 1e300), "field 'target'", "outside the range"),
        (edited("steps", "cost", 2e12), "field 'cost'", "outside the range"),
        (edited("actuals", "on", "0001-01-01"), "actuals[0], field 'on'", "1900 to 2199"),
        (edited("goals", "due", "9999-12-31"), "field 'due'", "outside the years"),
        (edited("feedback", "received", "1899-12-31"), "field 'received'", "outside the years"),
        (edited("vision_revisions", "created", "0001-01-01T00:00:00"), "field 'created'", "1900"),
        (edited("goals", "why", "a\x00b"), "field 'why'", "NUL character"),
    ],
    ids=["1e308", "-1e13", "target", "cost", "year-1", "year-9999", "1899", "created", "nul"],
)
def test_json_values_outside_the_bounds_are_refused_naming_record_and_field(
    tmp_path: Path, data: dict[str, Any], where: str, words: str
) -> None:
    with pytest.raises(InterchangeError) as caught:
        load_json(write_json(tmp_path / "plan.json", data))
    assert where in str(caught.value) and words in str(caught.value)


def test_a_lone_surrogate_is_refused_naming_record_and_field(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    text = json.dumps(plan_json()).replace('"Sunrise Bakery"', '"Sunrise \\ud800Bakery"', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InterchangeError, match="business, field 'name': holds an invalid"):
        load_json(path)


def test_an_integer_of_4301_digits_is_refused_naming_record_and_field(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    text = json.dumps(plan_json()).replace(
        f'"format_version": {FORMAT_VERSION}', '"format_version": ' + "7" * 4301
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InterchangeError, match="'format_version': a whole number 4,301 digits"):
        load_json(path)


def test_deeply_nested_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(InterchangeError, match="nested too deeply"):
        load_json(path)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 200_000 + "]" * 200_000,
        json.dumps(plan_json()).replace(
            f'"format_version": {FORMAT_VERSION}', '"format_version": ' + "7" * 4301
        ),
        json.dumps(plan_json()).replace('"Sunrise Bakery"', '"\\udc00"', 1),
    ],
    ids=["deep", "huge-integer", "lone-surrogate"],
)
def test_new_from_a_hostile_json_file_is_one_line_and_creates_nothing(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.json"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "new.bakeryplan"
    assert main(["new", str(target), "--from", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("bakeryplan: error: cannot read the plan data")
    assert not target.exists()


def test_the_small_plan_still_reads(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    data = plan_to_json(small_plan(), exported_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert load_json(write_json(tmp_path / "plan.json", data)).business.name == "Sunrise Bakery"
