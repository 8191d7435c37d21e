"""A plan a crash left mid-change is repaired by any command that can write beside it,
after a byte-for-byte backup; where it cannot be, the message says exactly what to do.

Found by killing writers at random moments: about 4 % of kills left a hot journal, and
every read-only command then said "open it for editing once to repair it" while no command
could (``demo --force`` refused it too).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from bakeryplan.cli import main
from bakeryplan.store.backups import list_backups
from bakeryplan.store.errors import PlanFileError
from bakeryplan.store.paths import journal_path_for
from bakeryplan.store.repository import PlanRepository
from tests.read_only_disk import ReadOnlyDisk

INTERRUPTED_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before commit
conn.execute("BEGIN")
for _ in range(2000):
    conn.execute("INSERT INTO people (name) VALUES (?)", ("x" * 200,))
print("mid-transaction", flush=True)
time.sleep(60)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kill_mid_change(plan: Path) -> Path:
    """Kill a writer in the middle of a transaction, as a crash would; returns the journal."""
    child = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED_WRITER, str(plan)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "mid-transaction"
    child.kill()
    child.wait()
    child.stdout.close()
    journal = journal_path_for(plan)
    assert journal.stat().st_size > 0
    return journal


def people(plan: Path) -> list[str]:
    with PlanRepository.open(plan, read_only=True) as repo:
        return [p.name for p in repo.load().people]


def test_a_read_only_open_repairs_after_backing_up_plan_and_journal(closed_plan: Path) -> None:
    journal = kill_mid_change(closed_plan)
    crashed = (digest(closed_plan), digest(journal))
    with PlanRepository.open(closed_plan, read_only=True) as repo:
        assert [p.name for p in repo.load().people] == ["Mia", "Tom", "Old hand"]
    assert not journal.exists()
    (backup,) = [b for b in list_backups(closed_plan) if b.reason == "before-repair"]
    kept_journal = backup.path.with_name(backup.path.name + "-journal")
    assert (digest(backup.path), digest(kept_journal)) == crashed


@pytest.mark.parametrize(
    "command",
    [["status"], ["check"], ["export", "-o", "{out}/plan.json"], ["backup"]],
    ids=lambda command: command[0],
)
def test_read_only_commands_repair_the_plan(
    closed_plan: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    kill_mid_change(closed_plan)
    args = [command[0], str(closed_plan), *(c.format(out=closed_plan.parent) for c in command[1:])]
    assert main(args) == 0, capsys.readouterr().err
    assert not journal_path_for(closed_plan).exists()
    assert people(closed_plan) == ["Mia", "Tom", "Old hand"]


def test_demo_force_repairs_then_replaces(
    closed_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kill_mid_change(closed_plan)
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
    journal = kill_mid_change(plan)
    before = (digest(plan), digest(journal))
    read_only_disk.protect()
    assert main(["status", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"it was not closed properly, and its folder {read_only_disk.folder} is read-only" in err
    assert 'copy it together with "shop.bakeryplan-journal" to a folder you can write to' in err
    assert (digest(plan), digest(journal)) == before


def test_a_write_protected_plan_left_mid_change_says_what_to_do(closed_plan: Path) -> None:
    journal = kill_mid_change(closed_plan)
    closed_plan.chmod(0o444)
    before = (digest(closed_plan), digest(journal))
    with pytest.raises(PlanFileError) as caught:
        PlanRepository.open(closed_plan, read_only=True)
    assert "not closed properly, and the file is write-protected" in str(caught.value)
    assert "copy it together with" in str(caught.value)
    assert (digest(closed_plan), digest(journal)) == before
