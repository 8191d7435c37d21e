"""A plan drawn from last year keeps where it came from, in the file and in the JSON."""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bakeryplan.domain.model import Alignment, Plan, PlanOrigin
from bakeryplan.store.errors import InterchangeError
from bakeryplan.store.interchange import plan_from_json, plan_to_json
from bakeryplan.store.repository import PlanRepository
from tests.store.make_sample import sample_path
from tests.store.plans import small_plan

ORIGIN = PlanOrigin(date(2026, 7, 31), 8.0, Alignment.WEEKDAY)
EXPORTED = datetime(2026, 11, 27, tzinfo=UTC)


def derived(plan: Plan) -> Plan:
    first = dataclasses.replace(plan.measures[0], planned_from=ORIGIN)
    return dataclasses.replace(plan, measures=(first, *plan.measures[1:]))


def test_the_plan_file_keeps_the_origin_and_an_edit_can_drop_it(tmp_path: Path) -> None:
    plan = derived(small_plan())
    with PlanRepository.create(tmp_path / "p.bakeryplan", plan) as repository:
        loaded = repository.load()
        assert loaded.measures[0].planned_from == ORIGIN
        assert all(m.planned_from is None for m in loaded.measures[1:])
        repository.update_measure(dataclasses.replace(loaded.measures[0], planned_from=None))
        assert repository.load().measures[0].planned_from is None
        repository.update_measure(loaded.measures[0])
        assert repository.load().measures[0].planned_from == ORIGIN


def test_the_json_file_keeps_the_origin() -> None:
    plan = derived(small_plan())
    data = json.loads(json.dumps(plan_to_json(plan, exported_at=EXPORTED)))
    assert data["measures"][0]["planned_from"] == {
        "year_ending": "2026-07-31",
        "change_percent": 8.0,
        "alignment": "weekday",
    }
    assert data["measures"][1]["planned_from"] is None
    assert plan_from_json(data).measures[0].planned_from == ORIGIN


def test_an_older_json_file_has_no_origins() -> None:
    data = json.loads(json.dumps(plan_to_json(small_plan(), exported_at=EXPORTED)))
    data["format_version"] = 2
    for measure in data["measures"]:
        del measure["planned_from"]
    assert all(m.planned_from is None for m in plan_from_json(data).measures)


@pytest.mark.parametrize(
    ("origin", "field"),
    [
        ("2026-07-31", "planned_from"),
        ({"year_ending": "31.7.2026", "change_percent": 8}, "year_ending"),
        ({"year_ending": "2026-07-31", "change_percent": "8 %"}, "change_percent"),
        ({"year_ending": "2026-07-31", "change_percent": 8, "alignment": "moon"}, "alignment"),
        ({"year_ending": "2026-07-31", "change_percent": 8, "by": "me"}, "by"),
    ],
)
def test_a_bad_origin_is_refused_naming_its_field(origin: object, field: str) -> None:
    data = json.loads(json.dumps(plan_to_json(small_plan(), exported_at=EXPORTED)))
    data["measures"][0]["planned_from"] = origin
    with pytest.raises(InterchangeError) as refused:
        plan_from_json(data)
    assert refused.value.field == field


def test_a_version_2_plan_upgrades_without_origins(tmp_path: Path) -> None:
    copy = tmp_path / "old.bakeryplan"
    shutil.copyfile(sample_path(2), copy)
    with PlanRepository.open(copy) as repository:
        assert all(m.planned_from is None for m in repository.load().measures)
        columns = {row[1] for row in repository.connection.execute("PRAGMA table_info(measures)")}
    assert {"planned_from_year_ending", "planned_from_change", "planned_from_alignment"} <= columns
