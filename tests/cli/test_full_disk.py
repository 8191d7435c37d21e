"""On a full disk every command keeps the file it would replace and says so in one line.

Found by filling the disk under the commands: ``print-plan`` and ``progress-pack`` replaced
a good PDF with a truncated one and said "Wrote ..."; ``backup``, ``demo --force`` and
``restore`` ended in a traceback when the backups could not be written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.backups import list_backups, make_backup
from tests.cli.conftest import ON, digest, make_demo
from tests.full_disk import FullDisk


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("bakeryplan: error: "), err
    assert "Wrote" not in out and "Exported" not in out, out
    return err


EXPORTS = {
    "json": (["export"], "plan.json", 8192),
    "csv": (["export-csv", "--on", ON], "actuals.csv", 4096),
    "status-csv": (["export-csv", "--status", "--on", ON], "status.csv", 0),
    "png": (["export-chart", "--measure", "Weekly revenue", "--on", ON], "chart.png", 16384),
    "svg": (["export-chart", "--measure", "Weekly revenue", "--on", ON], "chart.svg", 16384),
    "chart-pdf": (["export-chart", "--measure", "Weekly revenue", "--on", ON], "chart.pdf", 8192),
    "print-plan": (["print-plan", "--on", ON], "huddle.pdf", 16384),
    "progress-pack": (["progress-pack", "--on", ON], "pack.pdf", 16384),
}


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_an_export_on_a_full_disk_keeps_the_previous_file(
    tmp_path: Path, full_disk: FullDisk, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = make_demo(tmp_path / "plan.bakeryplan")
    words, name, room = EXPORTS[kind]
    target = full_disk.folder / name
    command = [words[0], str(plan), *words[1:], "-o", str(target)]
    assert main(command) == 0
    before = digest(target)
    capsys.readouterr()
    full_disk.fill(room)
    assert main(command) == 2
    assert f"the disk is full: {target} was not changed" in one_line_error(capsys)
    assert digest(target) == before
    assert full_disk.others() == [name]


def test_a_new_plan_on_a_full_disk_is_not_written(
    full_disk: FullDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    target = full_disk.folder / "new.bakeryplan"
    full_disk.fill()
    assert main(["demo", str(target), "--on", ON]) == 2
    assert f"the disk is full: {target} was not written" in one_line_error(capsys)
    assert full_disk.others() == []


def test_demo_force_on_a_full_disk_keeps_the_plan(
    full_disk: FullDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = make_demo(full_disk.folder / "plan.bakeryplan")
    before = digest(plan)
    capsys.readouterr()
    full_disk.fill(16384)
    assert main(["demo", str(plan), "--force", "--on", ON]) == 2
    assert f"the disk is full: {plan} was not changed" in one_line_error(capsys)
    assert digest(plan) == before
    assert full_disk.others() == ["plan.bakeryplan"]


@pytest.fixture
def backups_on(full_disk: FullDisk, monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    """The app's data folder, where backups go, is on the disk that will be full."""
    monkeypatch.setenv("BAKERYPLAN_DATA_DIR", str(full_disk.folder))
    return full_disk


@pytest.mark.parametrize("command", ["backup", "demo --force", "restore"])
def test_backups_that_cannot_be_written_stop_the_command_in_one_line(
    tmp_path: Path, backups_on: FullDisk, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = make_demo(tmp_path / "plan.bakeryplan")
    backup = make_backup(plan, "manual")
    before = digest(plan)
    kept = list_backups(plan)
    capsys.readouterr()
    backups_on.fill()
    args = {
        "backup": ["backup", str(plan)],
        "demo --force": ["demo", str(plan), "--force", "--on", ON],
        "restore": ["restore", str(plan), str(backup)],
    }[command]
    assert main(args) == 2
    line = one_line_error(capsys)
    assert 'cannot back up "plan.bakeryplan": the disk is full' in line
    assert "the plan was not changed" in line
    assert digest(plan) == before
    assert list_backups(plan) == kept
