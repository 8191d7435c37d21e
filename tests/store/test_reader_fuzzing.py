"""The CSV and JSON readers, fed generated hostile files: no uncaught exception, no changed
plan, no process-wide state changed, and nothing accepted outside the bounds.

CSV files go through the import engine's public entry (``prepare``, then ``aggregate`` with
the proposed mapping), as the assistant and ``bakeryplan import`` read them; a refusal is
``ImportRefused`` or ``MappingError``, one sentence each.

A fixed seed keeps CI repeatable; the strategies mix ordinary content with what broke the
readers before (NUL bytes, numbers of hundreds of digits, cells over 131,072 characters,
far-off dates, lone surrogates, deep nesting), and each test checks that its examples did
reach those cases.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import clevercsv
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from bakeryplan.domain.model import Actual, ActualSource, Plan
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.errors import InterchangeError
from bakeryplan.store.imports import ImportRefused, MappingError, aggregate, prepare
from bakeryplan.store.interchange import load_json, plan_to_json
from bakeryplan.store.repository import PlanRepository

SEED = 20261127
TODAY = date(2026, 11, 27)
FUZZ = settings(
    max_examples=250,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HUGE_DIGITS = "9" * 400
SPECIAL_CELLS = [
    "\x00", "1\x002", HUGE_DIGITS, "-" + HUGE_DIGITS, "1e309", "1e12", "1000000000001",
    "9999-12-31", "0001-01-01", "31/12/1899", "x" * 140_000, '"', '""', "\r", "\ufeff",
    "(12.50)", "€1.234,50", "NaN", "inf", "2026-02-30",
]  # fmt: skip


def value_in_range(value: float) -> bool:
    return -1e12 <= value <= 1e12  # domain.bounds, spelt out so the test reads on its own


def day_in_range(day: date) -> bool:
    return date(1900, 1, 1) <= day <= date(2199, 12, 31)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


cells = st.one_of(
    st.sampled_from(SPECIAL_CELLS),
    st.dates(date(1, 1, 1), date(9999, 12, 31)).map(date.isoformat),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**30), 10**30).map(str),
    st.text(max_size=20),
)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    rows = draw(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=8))
    header = draw(st.sampled_from(["", "date,value,note\n", "Datum;Betrag\n"]))
    text = header + "\n".join(delimiter.join(row) for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "bytes"]))
    if encoding == "bytes":
        return draw(st.binary(max_size=200)) + text.encode("utf-8", "surrogatepass")
    return text.encode(encoding, "replace" if encoding == "cp1252" else "surrogatepass")


def test_the_csv_reader_survives_anything_and_keeps_to_the_bounds(tmp_path: Path) -> None:
    plan = tmp_path / "shop.bakeryplan"
    PlanRepository.create(plan, demo_plan(TODAY)).close()
    limits = (csv.field_size_limit(), clevercsv.field_size_limit())
    seen: Counter[str] = Counter()

    @seed(SEED)
    @FUZZ
    @given(csv_files())
    def read(data: bytes) -> None:
        seen["nul"] += b"\x00" in data
        seen["huge number"] += HUGE_DIGITS.encode() in data
        seen["huge cell"] += b"x" * 140_000 in data
        rows = _read_csv(data)
        assert (csv.field_size_limit(), clevercsv.field_size_limit()) == limits
        for on, value, note in rows:
            assert value_in_range(value) and day_in_range(on) and "\x00" not in note
        seen["rows"] += bool(rows)
        _import_then_undo(plan, rows)

    before = digest(plan)
    read()
    assert digest(plan) == before
    assert min(seen["nul"], seen["huge number"], seen["huge cell"], seen["rows"]) > 0, seen


def _read_csv(data: bytes) -> list[tuple[date, float, str]]:
    """Each day's (date, value, note) read with the proposed mapping; none when refused."""
    try:
        prepared = prepare(data)
        preview = aggregate(prepared.table, prepared.proposed, today=TODAY)
    except (ImportRefused, MappingError) as refused:
        assert "\n" not in str(refused)
        return []
    return [(day.on, day.value, day.note) for day in preview.days]


def _import_then_undo(plan: Path, rows: list[tuple[date, float, str]]) -> None:
    """What the reader accepted can be stored; a rolled-back import leaves the plan as it was."""
    if not rows:
        return
    with PlanRepository.open(plan, back_up=False) as repository:
        measure_id = repository.load().measures[0].id
        actuals = [
            Actual(measure_id, on, value, note, ActualSource.IMPORTED) for on, value, note in rows
        ]
        try:
            with repository.atomic():
                repository.add_actuals(actuals)
                raise _Undo
        except _Undo:
            pass


class _Undo(Exception):
    pass


HOSTILE_JSON = [
    "7" * 4301, "-" + "1" * 500, "1e400", "-1e308", "1e308", "NaN", "Infinity", "1e13",
    '"\\ud800"', '"a\\u0000b"', '"\\udfff\\ud800"', '"9999-12-31"', '"0001-01-01"',
    '"1899-12-31T23:59:59"', "[" * 50_000 + "]" * 50_000, "{}", "[]", "null", "true",
    '"x"', "0", "-1", "3.5",
]  # fmt: skip
_PLACEHOLDER = '"@@hostile@@"'


def _template() -> dict[str, Any]:
    plan = demo_plan(date(2026, 11, 27))
    return plan_to_json(plan, exported_at=datetime(2026, 11, 27, tzinfo=UTC))


@st.composite
def json_files(draw: st.DrawFn) -> str:
    data = _template()
    tables = [key for key, value in data.items() if isinstance(value, list) and value]
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(["business", *tables]))
        record = data[where] if where == "business" else draw(st.sampled_from(data[where]))
        key = draw(st.sampled_from(sorted(record)))
        record[key] = "@@hostile@@"
    text = json.dumps(data)
    token = draw(st.sampled_from(HOSTILE_JSON))
    text = text.replace(_PLACEHOLDER, token)
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["\x00", "", "\ufeff", "}", ","])) + text[cut:]
    return text


def test_the_json_reader_survives_anything_and_keeps_to_the_bounds(tmp_path: Path) -> None:
    source = tmp_path / "plan.json"
    plan = tmp_path / "shop.bakeryplan"
    PlanRepository.create(plan, demo_plan(date(2026, 11, 27))).close()
    before = digest(plan)
    seen: Counter[str] = Counter()

    @seed(SEED)
    @FUZZ
    @given(json_files())
    def read(text: str) -> None:
        seen["huge integer"] += "7" * 4301 in text
        seen["nul"] += "\x00" in text or "\\u0000" in text
        seen["lone surrogate"] += "\\ud800" in text
        seen["deep"] += "[" * 50_000 in text
        source.write_text(text, encoding="utf-8")
        try:
            loaded = load_json(source)
        except InterchangeError as error:
            assert "\n" not in str(error)
            seen["refused"] += 1
            return
        seen["accepted"] += 1
        _within_bounds(loaded)

    read()
    assert digest(plan) == before
    wanted = ("huge integer", "nul", "lone surrogate", "deep", "refused", "accepted")
    assert min(seen[name] for name in wanted) > 0, seen


def _within_bounds(plan: Plan) -> None:
    for table in ("measures", "actuals", "steps", "goals", "feedback", "reviews"):
        for record in getattr(plan, table):
            for field in fields(record):
                value = getattr(record, field.name)
                if isinstance(value, float):
                    assert value_in_range(value), (table, field.name, value)
                elif isinstance(value, date):
                    assert day_in_range(value), (table, field.name, value)
                elif isinstance(value, str):
                    value.encode("utf-8")
                    assert "\x00" not in value
