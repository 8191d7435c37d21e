"""The JSON file keeps a whole plan losslessly and writes it the same way every time."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bakeryplan.domain.model import Business, Plan
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.errors import InterchangeError, PlanNotFoundError
from bakeryplan.store.interchange import (
    FORMAT_VERSION,
    canonical,
    dump_json,
    load_json,
    plan_from_json,
    plan_to_json,
)
from bakeryplan.store.repository import PlanRepository
from tests.store.plans import small_plan

EXPORTED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
LATER = datetime(2027, 1, 2, 18, 0, tzinfo=UTC)


@pytest.fixture(params=["demo", "small"])
def plan(request: pytest.FixtureRequest) -> Plan:
    return demo_plan(date(2026, 11, 27)) if request.param == "demo" else small_plan()


def _through_text(data: dict) -> object:
    return json.loads(json.dumps(data, ensure_ascii=False))


def test_top_level_layout(plan: Plan) -> None:
    data = plan_to_json(plan, exported_at=EXPORTED)
    assert list(data) == [
        "format",
        "format_version",
        "exported_at",
        "business",
        "vision_revisions",
        "people",
        "goals",
        "measures",
        "actuals",
        "steps",
        "feedback",
        "reviews",
        "import_recipes",
    ]
    assert data["format"] == "bakeryplan"
    assert data["format_version"] == FORMAT_VERSION == 5
    assert data["exported_at"] == "2026-11-27T09:30:00+00:00"
    assert all("points" in m for m in data["measures"])


def test_plan_json_plan_json_is_lossless(plan: Plan) -> None:
    first = plan_to_json(plan, exported_at=EXPORTED)
    again = plan_from_json(_through_text(first))
    assert again == canonical(plan)
    second = plan_to_json(again, exported_at=LATER)
    assert {**second, "exported_at": None} == {**first, "exported_at": None}


def test_output_does_not_depend_on_the_order_of_records(plan: Plan) -> None:
    shuffled = replace(
        plan,
        people=plan.people[::-1],
        goals=plan.goals[::-1],
        actuals=plan.actuals[::-1],
        steps=plan.steps[::-1],
    )
    assert plan_to_json(shuffled, exported_at=EXPORTED) == plan_to_json(plan, exported_at=EXPORTED)


def test_whole_number_floats_stay_floats(tmp_path: Path) -> None:
    plan = demo_plan(date(2026, 11, 27))
    path = tmp_path / "plan.json"
    dump_json(plan, path, exported_at=EXPORTED)
    text = path.read_text(encoding="utf-8")
    assert '"baseline": 6500.0' in text
    assert '"fiscal_year_start": 1,\n' in text
    assert '"week_start": 0,\n' in text
    assert '"review_cadence": "monthly"\n' in text
    loaded = load_json(path)
    assert isinstance(loaded.measures[0].baseline, float)
    assert loaded == canonical(plan)


def test_whole_numbers_written_by_hand_are_read_as_numbers() -> None:
    data = _through_text(plan_to_json(demo_plan(date(2026, 11, 27)), exported_at=EXPORTED))
    data["measures"][0]["baseline"] = 6500
    plan = plan_from_json(data)
    assert plan.measures[0].baseline == 6500.0
    assert isinstance(plan.measures[0].baseline, float)


def test_dump_json_writes_utf8_with_indent_two_and_replaces_atomically(tmp_path: Path) -> None:
    plan = demo_plan(date(2026, 11, 27))
    path = tmp_path / "plan.json"
    path.write_text("old content", encoding="utf-8")
    dump_json(plan, path, exported_at=EXPORTED)
    raw = path.read_bytes()
    assert "Tomás".encode() in raw
    assert raw.startswith(b'{\n  "format": "bakeryplan",\n')
    assert raw.endswith(b"}\n")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]
    first = raw
    dump_json(plan, path, exported_at=EXPORTED)
    assert path.read_bytes() == first


def test_a_failed_dump_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text("old content", encoding="utf-8")
    broken = replace(small_plan(), business=Business("Café", locale=object()))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dump_json(broken, path, exported_at=EXPORTED)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_dump_json_without_a_time_stamps_now(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    before = datetime.now(UTC)
    dump_json(small_plan(), path)
    stamped = datetime.fromisoformat(json.loads(path.read_text(encoding="utf-8"))["exported_at"])
    assert before <= stamped <= datetime.now(UTC)


def test_round_trip_through_a_plan_file(plan: Plan, tmp_path: Path) -> None:
    first = plan_to_json(plan, exported_at=EXPORTED)
    with PlanRepository.create(tmp_path / "copy.bakeryplan", plan_from_json(first)) as repo:
        loaded = repo.load()
    assert plan_to_json(loaded, exported_at=EXPORTED) == first


def test_load_json_names_the_file_on_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "bakeryplan",', encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        load_json(path)
    assert "broken.json" in str(caught.value)
    assert "not valid JSON" in str(caught.value)
    assert "line 1" in str(caught.value)


def test_load_json_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes('{"format": "café"}'.encode("cp1252"))
    with pytest.raises(InterchangeError, match="not UTF-8"):
        load_json(path)


def test_load_json_refuses_a_key_given_twice(tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"format": "bakeryplan", "format": "other"}', encoding="utf-8")
    with pytest.raises(InterchangeError, match='"format" twice'):
        load_json(path)


def test_load_json_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    data = plan_to_json(small_plan(), exported_at=EXPORTED)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))
    assert load_json(path) == canonical(small_plan())


def test_load_json_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanNotFoundError):
        load_json(tmp_path / "nowhere.json")


def test_load_json_errors_carry_the_record_and_field(tmp_path: Path) -> None:
    data = plan_to_json(small_plan(), exported_at=EXPORTED)
    data["people"][1]["name"] = ""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        load_json(path)
    assert caught.value.record == "people[1]"
    assert caught.value.field == "name"
    assert "bad.json" in str(caught.value)


def test_the_example_in_the_format_document_reads_and_writes_back_unchanged() -> None:
    document = Path(__file__).parents[2] / "docs" / "plan-format.md"
    text = document.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    data = json.loads(example)
    plan = plan_from_json(data)
    exported_at = datetime.fromisoformat(data["exported_at"])
    written = json.dumps(plan_to_json(plan, exported_at=exported_at), indent=2, ensure_ascii=False)
    assert written + "\n" == example


def test_the_message_quoted_in_the_format_document(tmp_path: Path) -> None:
    data = plan_to_json(small_plan(), exported_at=EXPORTED)
    data["goals"][0]["perspective"] = "finance"
    path = tmp_path / "template.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        load_json(path)
    assert str(caught.value) == (
        'cannot read the plan data "template.json": goals[0] ("Open a second shop by spring '
        '2028"), field \'perspective\': unknown perspective "finance" (expected one of: '
        "financial, customer, internal_process, learning_growth)"
    )
