"""A plan a crash left mid-change is repaired by any command that can write beside it,
after a byte-for-byte backup; where it cannot be, the message says exactly what to do.

Found by killing writers at random moments: about 4 % of kills left a hot journal, and
every read-only command then said "open it for editing once to repair it" while no command
could (``demo --force`` refused it too).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.backups import list_backups
from bakeryplan.store.errors import PlanFileError
from bakeryplan.store.paths import journal_path_for
from bakeryplan.store.repository import PlanRepository
from tests.read_only_disk import ReadOnlyDisk
from tests.store.conftest import sha256_of
from tests.store.hot_journal import leave_hot_journal


def people(plan: Path) -> list[str]:
    with PlanRepository.open(plan, read_only=True) as repo:
        return [p.name for p in repo.load().people]


def test_a_read_only_open_repairs_after_backing_up_plan_and_journal(closed_plan: Path) -> None:
    journal = leave_hot_journal(closed_plan)
    crashed = (sha256_of(closed_plan), sha256_of(journal))
    with PlanRepository.open(closed_plan, read_only=True) as repo:
        assert [p.name for p in repo.load().people] == ["Mia", "Tom", "Old hand"]
    assert not journal.exists()
    (backup,) = [b for b in list_backups(closed_plan) if b.reason == "before-repair"]
    kept_journal = backup.path.with_name(backup.path.name + "-journal")
    assert (sha256_of(backup.path), sha256_of(kept_journal)) == crashed


@pytest.mark.parametrize(
    "command",
    [["status"], ["check"], ["export", "-o", "{out}/plan.json"], ["backup"]],
    ids=lambda command: command[0],
)
def test_read_only_commands_repair_the_plan(
    closed_plan: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    leave_hot_journal(closed_plan)
    args = [command[0], str(closed_plan), *(c.format(out=closed_plan.parent) for c in command[1:])]
    assert main(args) == 0, capsys.readouterr().err
    assert not journal_path_for(closed_plan).exists()
    assert people(closed_plan) == ["Mia", "Tom", "Old hand"]


def test_demo_force_repairs_then_replaces(
    closed_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    leave_hot_journal(closed_plan)
    assert main(["demo", str(closed_plan), "--force", "--on", "2026-11-27"]) == 0
    assert not journal_path_for(closed_plan).exists()
    reasons = {b.reason for b in list_backups(closed_plan)}
    assert {"before-repair", "before-replacing-with-the-demo-plan"} <= reasons


def test_a_plan_that_cannot_be_repaired_here_says_what_to_do(
    read_only_disk: ReadOnlyDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.store.plans import small_plan

    plan = read_only_disk.folder / "shop.bakeryplan"
    PlanRepository.create(plan, small_plan()).close()
    journal = leave_hot_journal(plan)
    before = (sha256_of(plan), sha256_of(journal))
    read_only_disk.protect()
    assert main(["status", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"it was not closed properly, and its folder {read_only_disk.folder} is read-only" in err
    assert 'copy it together with "shop.bakeryplan-journal" to a folder you can write to' in err
    assert (sha256_of(plan), sha256_of(journal)) == before


def test_a_write_protected_plan_left_mid_change_says_what_to_do(closed_plan: Path) -> None:
    journal = leave_hot_journal(closed_plan)
    closed_plan.chmod(0o444)
    before = (sha256_of(closed_plan), sha256_of(journal))
    with pytest.raises(PlanFileError) as caught:
        PlanRepository.open(closed_plan, read_only=True)
    assert "not closed properly, and the file is write-protected" in str(caught.value)
    assert "copy it together with" in str(caught.value)
    assert (sha256_of(closed_plan), sha256_of(journal)) == before
