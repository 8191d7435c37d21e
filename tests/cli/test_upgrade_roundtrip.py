"""A plan of the previous release upgrades losslessly, and survives export, new and export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.schema import SCHEMA_VERSION
from tests.store.make_sample import sample_path


def exported_text(path: Path) -> str:
    """The export without its time stamp, the only line allowed to differ."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if '"exported_at"' not in line)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_export_new_export_is_byte_identical_for_every_kept_sample(
    version: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "old.bakeryplan"
    shutil.copyfile(sample_path(version), plan)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    again = tmp_path / "again.bakeryplan"
    assert main(["export", str(plan), "-o", str(first)]) == 0
    assert main(["new", str(again), "--from", str(first)]) == 0
    assert main(["export", str(again), "-o", str(second)]) == 0
    assert exported_text(first) == exported_text(second)
    data = json.loads(first.read_text(encoding="utf-8"))
    counted = {m["name"]: (m["period"], m["counting"]) for m in data["measures"]}
    assert counted == {"Monthly sales": ("month", "total"), "Waste": ("month", "latest")}
    assert data["business"]["week_start"] == 0
    capsys.readouterr()


def test_opening_an_old_plan_for_editing_upgrades_it_after_a_backup(tmp_path: Path) -> None:
    plan = tmp_path / "old.bakeryplan"
    shutil.copyfile(sample_path(1), plan)
    with PlanRepository.open(plan, read_only=True) as looked_at:
        before = looked_at.load()
    with PlanRepository.open(plan) as opened:
        assert opened.load() == before
    with PlanRepository.open(plan, read_only=True) as reopened:
        assert reopened.schema_version == SCHEMA_VERSION
        assert reopened.load() == before


def test_a_version_1_json_file_is_counted_as_its_names_say(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, exported = tmp_path / "plan.bakeryplan", tmp_path / "plan.json"
    shutil.copyfile(sample_path(2), plan)
    assert main(["export", str(plan), "-o", str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["format_version"] = 1
    del data["business"]["week_start"]
    data["business"]["locale"] = "en_US"
    for measure in data["measures"]:
        for key in ("period", "counting", "health_window"):
            measure.pop(key)
    data["measures"][0]["name"] = "Weekly sales"
    exported.write_text(json.dumps(data), encoding="utf-8")
    made = tmp_path / "made.bakeryplan"
    assert main(["new", str(made), "--from", str(exported)]) == 0
    with PlanRepository.open(made, read_only=True) as repository:
        loaded = repository.load()
    assert loaded.business.week_start == 6  # weeks start on Sunday in the United States
    measures = {m.name: (m.period.value, m.counting.value) for m in loaded.measures}
    assert measures == {"Weekly sales": ("week", "total"), "Waste": ("month", "latest")}
    capsys.readouterr()
