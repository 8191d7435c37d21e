"""``demo --force`` and ``restore`` replace the plan itself, never a link to it, and only a
plan that may be written, saying plainly why not.

Found by pointing the commands at odd plans: both replaced a symbolic link with a copy
(the plan it pointed to stayed as it was), silently replaced a write-protected plan (the
window refuses to edit one), and called a read-only folder "in use by another program".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.backups import list_backups, make_backup
from bakeryplan.store.repository import PlanRepository
from tests.cli.conftest import ON, digest, make_demo, one_line_error
from tests.read_only_disk import ReadOnlyDisk


def rename_business(path: Path, name: str) -> None:
    from dataclasses import replace

    with PlanRepository.open(path) as repo:
        repo.set_business(replace(repo.load().business, name=name))


def business_of(path: Path) -> str:
    with PlanRepository.open(path, read_only=True) as repo:
        return repo.load().business.name


def replace_with(command: str, plan: Path, backup: Path) -> list[str]:
    if command == "demo --force":
        return ["demo", str(plan), "--force", "--on", ON]
    return ["restore", str(plan), str(backup)]


@pytest.mark.parametrize("command", ["demo --force", "restore"])
def test_a_symbolic_link_is_followed_to_the_plan(tmp_path: Path, command: str) -> None:
    (tmp_path / "shared").mkdir()
    real = make_demo(tmp_path / "shared" / "real.bakeryplan")
    backup = make_backup(real, "manual")
    rename_business(real, "Renamed since")
    link = tmp_path / "plan.bakeryplan"
    link.symlink_to(real)
    assert main(replace_with(command, link, backup)) == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert business_of(real) == "Sunrise Bakery"


@pytest.mark.parametrize("command", ["demo --force", "restore"])
def test_a_write_protected_plan_is_refused_as_the_window_refuses_it(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = make_demo(tmp_path / "plan.bakeryplan")
    backup = make_backup(plan, "manual")
    rename_business(plan, "Keep me")
    plan.chmod(0o444)
    before = digest(plan)
    capsys.readouterr()
    assert main(replace_with(command, plan, backup)) == 2
    assert "the file is write-protected" in one_line_error(capsys)
    assert digest(plan) == before and business_of(plan) == "Keep me"


@pytest.mark.parametrize("command", ["demo --force", "restore"])
def test_a_read_only_folder_is_named_as_read_only(
    read_only_disk: ReadOnlyDisk, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = make_demo(read_only_disk.folder / "plan.bakeryplan")
    backup = make_backup(plan, "manual")
    kept = list_backups(plan)
    before = digest(plan)
    read_only_disk.protect()
    capsys.readouterr()
    assert main(replace_with(command, plan, backup)) == 2
    line = one_line_error(capsys)
    assert f"its folder {read_only_disk.folder} is read-only" in line
    assert "in use" not in line and "another program" not in line
    assert digest(plan) == before and list_backups(plan) == kept


def test_opening_in_a_read_only_folder_is_named_as_read_only(
    read_only_disk: ReadOnlyDisk,
) -> None:
    from bakeryplan.store.errors import WriteProtectedError
    from bakeryplan.store.lock import PlanLock

    plan = make_demo(read_only_disk.folder / "plan.bakeryplan")
    read_only_disk.protect()
    with pytest.raises(WriteProtectedError, match="is read-only"):
        PlanRepository.open(plan)
    with pytest.raises(WriteProtectedError, match="is read-only"):
        PlanLock(plan).acquire()
    with PlanRepository.open(plan, read_only=True) as reader:
        assert reader.load().business.name == "Sunrise Bakery"
    assert os.listdir(read_only_disk.folder) == ["plan.bakeryplan"]
