"""CSV exports open safely in a spreadsheet: text never runs as a formula, numbers stay numbers."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from bakeryplan.domain.model import (
    Actual,
    Business,
    Goal,
    Measure,
    Perspective,
    Plan,
)
from bakeryplan.reports.csv_export import (
    ACTUALS_HEADER,
    STATUS_HEADER,
    actuals_rows,
    export_actuals_csv,
    export_status_csv,
    safe_cell,
    status_rows,
    to_csv_text,
)
from bakeryplan.store.demo import demo_plan

TODAY = date(2026, 11, 27)


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2 loaves", "'-2 loaves"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Plain text", "Plain text"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_text_that_could_run_as_a_formula_is_defused(text: str, expected: str) -> None:
    assert safe_cell(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (-5.0, "-5"),
        (-0.25, "-0.25"),
        (6500.0, "6500"),
        (12, "12"),
        (1e20, "1e+20"),
        (None, ""),
        (date(2026, 3, 1), "2026-03-01"),
        (Perspective.CUSTOMER, "customer"),
    ],
)
def test_numbers_stay_numbers_and_dates_are_iso(value: object, expected: str) -> None:
    assert safe_cell(value) == expected  # type: ignore[arg-type]


def test_hostile_titles_and_notes_in_a_whole_export(tmp_path: Path) -> None:
    plan = Plan(
        business=Business("=cmd|' /C calc'!A0"),
        goals=(Goal("=1+1", Perspective.FINANCIAL, id=1),),
        measures=(Measure(1, "@risk", "+EUR", id=1),),
        actuals=(
            Actual(1, date(2026, 3, 1), -12.5, note="-refund", id=1),
            Actual(1, date(2026, 3, 8), 7.0, note='fine, "quoted"\nnext line', id=2),
        ),
    )
    path = tmp_path / "actuals.csv"
    export_actuals_csv(plan, path)
    rows = _read(path)
    assert tuple(rows[0]) == ACTUALS_HEADER
    assert rows[1] == ["'=1+1", "'@risk", "'+EUR", "2026-03-01", "-12.5", "'-refund", "typed"]
    assert rows[2][4:6] == ["7", 'fine, "quoted"\nnext line']
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r"))
            assert not cell.startswith("-") or float(cell) < 0


def test_actuals_export_of_the_demo(tmp_path: Path) -> None:
    plan = demo_plan(TODAY)
    path = tmp_path / "actuals.csv"
    export_actuals_csv(plan, path, measure_ids=[plan.measures[0].id])
    rows = _read(path)
    assert len(rows) == 1 + len(plan.actuals_of(plan.measures[0].id))
    assert {row[1] for row in rows[1:]} == {"Weekly revenue"}
    assert all(float(row[4]) > 0 for row in rows[1:])
    assert len(actuals_rows(plan)) == 1 + len(plan.actuals)


def test_status_export_of_the_demo(tmp_path: Path) -> None:
    plan = demo_plan(TODAY)
    path = tmp_path / "status.csv"
    export_status_csv(plan, path, on=TODAY)
    rows = _read(path)
    assert tuple(rows[0]) == STATUS_HEADER
    by_measure = {row[5]: row for row in rows[1:]}
    assert by_measure["Unsold bread"][4] == "Behind"
    assert by_measure["Cafes supplied"][4] == "At risk"
    assert by_measure["Weekly revenue"][4] == "On track"
    assert float(by_measure["Cafes supplied"][12]) == -1.0
    goal_rows = {row[0] for row in rows[1:]}
    assert goal_rows == {g.title for g in plan.goals}
    assert len(status_rows(plan, TODAY)) == len(rows)


def test_semicolon_delimiter_for_decimal_comma_spreadsheets() -> None:
    text = to_csv_text([("a;b", 1.5, "c")], delimiter=";")
    assert text == '"a;b";1.5;c\r\n'
