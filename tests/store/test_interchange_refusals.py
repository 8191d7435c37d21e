"""A doubtful JSON plan is refused with a message naming the record and field, and nothing is
written: ``new PLAN --from FILE.json`` creates the plan file only after reading succeeded."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bakeryplan.store.errors import InterchangeError
from bakeryplan.store.interchange import FORMAT_VERSION, load_json, plan_from_json, plan_to_json
from bakeryplan.store.repository import PlanRepository
from tests.store.plans import small_plan

Data = dict[str, Any]


def _valid() -> Data:
    data = plan_to_json(small_plan(), exported_at=datetime(2026, 11, 27, tzinfo=UTC))
    return json.loads(json.dumps(data))


def _refused(tmp_path: Path, change: Callable[[Data], None]) -> InterchangeError:
    """Apply ``change`` to a valid file, import it as the CLI does, and return the error."""
    data = _valid()
    change(data)
    return _import_refused(tmp_path, data)


def _import_refused(tmp_path: Path, document: object) -> InterchangeError:
    source = tmp_path / "input.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "new.bakeryplan"
    with pytest.raises(InterchangeError) as caught:
        PlanRepository.create(target, load_json(source))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input.json"]
    return caught.value


def _set(path: str, value: object) -> Callable[[Data], None]:
    """A change that sets one value, given as 'goals.0.title'."""

    def change(data: Data) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        node[int(last) if isinstance(node, list) else last] = value

    return change


def _delete(path: str) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        del node[last]

    return change


def test_the_valid_file_is_accepted() -> None:
    assert plan_from_json(_valid()).business.name == "Sunrise Bakery"


def test_unknown_enum_value_names_record_field_and_choices(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("goals.0.perspective", "finance"))
    assert error.record == 'goals[0] ("Open a second shop by spring 2028")'
    assert error.field == "perspective"
    assert error.message == (
        'unknown perspective "finance" '
        "(expected one of: financial, customer, internal_process, learning_growth)"
    )
    assert "goals[0]" in str(error)
    assert "perspective" in str(error)


@pytest.mark.parametrize("bad", ["2026-02-30", "12/03/2026", "20260312", 20260312, ""])
def test_bad_date(tmp_path: Path, bad: object) -> None:
    error = _refused(tmp_path, _set("actuals.0.on", bad))
    assert (error.record, error.field) == ("actuals[0]", "on")
    assert "date" in error.message


def test_bad_date_and_time(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("vision_revisions.1.created", "yesterday"))
    assert error.record.startswith("vision_revisions[1]")
    assert error.field == "created"


@pytest.mark.parametrize(
    ("path", "record"),
    [
        ("goals.1.title", "goals[1]"),
        ("people.0.name", "people[0]"),
        ("measures.0.name", "measures[0]"),
        ("steps.0.title", "steps[0]"),
        ("business.name", "business"),
        ("vision_revisions.0.text", "vision_revisions[0]"),
    ],
)
@pytest.mark.parametrize("blank", ["", "   "])
def test_empty_name_or_title(tmp_path: Path, path: str, record: str, blank: str) -> None:
    error = _refused(tmp_path, _set(path, blank))
    assert (error.record, error.field) == (record, path.rsplit(".", 1)[1])
    assert error.message == "must not be empty"


@pytest.mark.parametrize("path", ["goals.1.title", "people.0.name", "business.name"])
def test_missing_name_or_title(tmp_path: Path, path: str) -> None:
    error = _refused(tmp_path, _delete(path))
    assert error.field == path.rsplit(".", 1)[1]
    assert error.message == "is missing"


@pytest.mark.parametrize(
    ("path", "noun"),
    [
        ("goals.0.owner_id", "person"),
        ("steps.0.owner_id", "person"),
        ("goals.1.parent_id", "goal"),
        ("measures.0.goal_id", "goal"),
        ("steps.0.goal_id", "goal"),
        ("feedback.0.goal_id", "goal"),
        ("actuals.0.measure_id", "measure"),
    ],
)
def test_reference_to_a_missing_record(tmp_path: Path, path: str, noun: str) -> None:
    error = _refused(tmp_path, _set(path, 999))
    table, index, field = path.split(".")
    assert error.record.startswith(f"{table}[{index}]")
    assert error.field == field
    assert error.message == f"there is no {noun} with id 999"


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("measures.0.baseline", "12", "must be a number"),
        ("measures.0.target", True, "must be a number"),
        ("actuals.0.value", None, "must be a number"),
        ("actuals.0.value", [1], "must be a number"),
        ("steps.0.effort", "3 hours", "must be a number"),
        ("goals.0.position", 1.5, "must be a whole number"),
        ("goals.0.owner_id", "1", "must be a whole number"),
        ("people.0.id", True, "must be a whole number"),
        ("people.0.active", "yes", "must be true or false"),
        ("people.0.role", 7, "must be text"),
        ("business.fiscal_year_start", "4", "must be a whole number"),
    ],
)
def test_wrong_type(tmp_path: Path, path: str, value: object, expected: str) -> None:
    error = _refused(tmp_path, _set(path, value))
    assert error.field == path.rsplit(".", 1)[1]
    assert error.message.startswith(expected)


def test_number_that_is_not_finite(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("actuals.0.value", float("nan")))
    assert (error.record, error.field) == ("actuals[0]", "value")
    assert "finite" in error.message


def test_duplicate_ids(tmp_path: Path) -> None:
    def duplicate(data: Data) -> None:
        data["people"][2]["id"] = data["people"][0]["id"]

    error = _refused(tmp_path, duplicate)
    assert (error.record, error.field) == ('people[2] ("Old hand")', "id")
    assert 'people[0] ("Mia")' in error.message


@pytest.mark.parametrize("value", [0, -3])
def test_ids_start_at_one(tmp_path: Path, value: int) -> None:
    error = _refused(tmp_path, _set("reviews.0.id", value))
    assert (error.record, error.field) == ("reviews[0]", "id")


def test_newer_format_version_says_so(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("format_version", FORMAT_VERSION + 1))
    assert (error.record, error.field) == ("the file", "format_version")
    assert "newer version of BakeryPlan" in error.message


@pytest.mark.parametrize("value", [0, "1", None])
def test_unsupported_format_version(tmp_path: Path, value: object) -> None:
    error = _refused(tmp_path, _set("format_version", value))
    assert error.field == "format_version"


def test_wrong_format_name(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("format", "spreadsheet"))
    assert (error.record, error.field) == ("the file", "format")


@pytest.mark.parametrize("document", [[], "plan", 3, None])
def test_not_an_object(tmp_path: Path, document: object) -> None:
    error = _import_refused(tmp_path, document)
    assert error.record == "the file"
    assert "JSON object" in error.message


def test_a_record_that_is_not_an_object(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("steps.1", "Buy flour"))
    assert error.record == "steps[1]"


def test_a_table_that_is_not_a_list(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("goals", {"title": "x"}))
    assert (error.record, error.field) == ("the file", "goals")


def test_unknown_field(tmp_path: Path) -> None:
    error = _refused(tmp_path, _set("goals.0.titel", "typo"))
    assert error.field == "titel"
    assert "not a known field" in error.message


def test_goal_parents_that_form_a_loop(tmp_path: Path) -> None:
    def loop(data: Data) -> None:
        data["goals"][0]["parent_id"] = data["goals"][1]["id"]

    error = _refused(tmp_path, loop)
    assert error.field == "parent_id"
    assert "loop" in error.message


def test_curve_points_out_of_order(tmp_path: Path) -> None:
    def reverse(data: Data) -> None:
        measure = next(m for m in data["measures"] if len(m["points"]) >= 2)
        measure["points"].reverse()

    error = _refused(tmp_path, reverse)
    assert ".points[1]" in error.record
    assert error.field == "on"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("currency", "euro"),
        ("currency", "XYZ"),
        ("locale", "xx_NOWHERE"),
        ("fiscal_year_start", 13),
    ],
)
def test_bad_business_settings(tmp_path: Path, field: str, value: object) -> None:
    error = _refused(tmp_path, _set(f"business.{field}", value))
    assert (error.record, error.field) == ("business", field)


@pytest.mark.parametrize(("table", "end_field"), [("measures", "target_date"), ("goals", "due")])
def test_an_end_before_the_start_names_record_and_field(
    tmp_path: Path, table: str, end_field: str
) -> None:
    def change(data: Data) -> None:
        data[table][0]["start"] = "2026-06-01"
        data[table][0][end_field] = "2026-05-31"

    error = _refused(tmp_path, change)
    assert error.record.startswith(f"{table}[0]")
    assert error.field == end_field
    assert error.message == "2026-05-31 is before the start (2026-06-01)"


@pytest.mark.parametrize(("table", "end_field"), [("measures", "target_date"), ("goals", "due")])
def test_an_end_on_the_start_day_is_accepted(table: str, end_field: str) -> None:
    data = _valid()
    data[table][0]["start"] = data[table][0][end_field] = "2026-06-01"
    if table == "measures":  # its seasonal points lie later: a point after it is refused
        data[table][0]["points"] = []
    plan = plan_from_json(data)
    record = (plan.measures if table == "measures" else plan.goals)[0]
    assert record.start == getattr(record, end_field) == date(2026, 6, 1)


def test_a_curve_point_after_the_target_date_is_refused_as_the_forms_refuse_it(
    tmp_path: Path,
) -> None:
    def late_point(data: Data) -> None:
        measure = next(m for m in data["measures"] if len(m["points"]) >= 2)
        measure["target_date"] = "2026-11-30"

    error = _refused(tmp_path, late_point)
    assert ".points[1]" in error.record
    assert error.field == "on"
    assert error.message == "2026-12-01 is after the measure's target date (2026-11-30)"


def test_a_curve_point_on_the_target_date_is_accepted() -> None:
    data = _valid()
    measure = next(m for m in data["measures"] if len(m["points"]) >= 2)
    measure["target_date"] = measure["points"][-1]["on"]
    plan = plan_from_json(data)
    assert any(m.points and m.points[-1].on == m.target_date for m in plan.measures)
