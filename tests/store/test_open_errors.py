"""Files that are not plans, damaged, newer or locked: clear errors, bytes untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bakeryplan.domain.model import Business, Goal, Perspective, Plan, Step
from bakeryplan.store.errors import (
    DamagedPlanError,
    NewerVersionError,
    NotAPlanError,
    PlanExistsError,
    PlanFileError,
    PlanLockedError,
    PlanNotFoundError,
    RecordError,
)
from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.store.conftest import sha256_of
from tests.store.hot_journal import leave_hot_journal
from tests.store.plans import small_plan

HOLD_LOCK = Path(__file__).with_name("hold_lock.py")


@contextmanager
def untouched(path: Path) -> Iterator[None]:
    """The file keeps its bytes and nothing (journal, lock, wal) appears beside it."""
    before = sha256_of(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    yield
    assert sha256_of(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def set_header_int(path: Path, offset: int, value: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + 4] = value.to_bytes(4, "big")
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("read_only", [False, True])
def test_missing_file_is_not_created(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "gone.bakeryplan"
    with pytest.raises(PlanNotFoundError) as caught:
        PlanRepository.open(path, read_only=read_only)
    assert str(caught.value) == 'cannot open "gone.bakeryplan": the file does not exist'
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("read_only", [False, True])
def test_empty_file_is_not_a_plan(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "empty.bakeryplan"
    path.touch()
    with untouched(path), pytest.raises(NotAPlanError, match="the file is empty"):
        PlanRepository.open(path, read_only=read_only)


@pytest.mark.parametrize(
    "content", [b"hello, not a database\n" * 50, b"SQLite format 3", os.urandom(8192)]
)
def test_garbage_is_not_a_plan(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.bakeryplan"
    path.write_bytes(content)
    with untouched(path), pytest.raises(NotAPlanError) as caught:
        PlanRepository.open(path)
    assert str(caught.value) == 'cannot open "notes.bakeryplan": it is not a BakeryPlan plan file'


def test_another_apps_sqlite_file_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA application_id = 1234")
    conn.close()
    with untouched(path), pytest.raises(NotAPlanError):
        PlanRepository.open(path)


def test_truncated_plan_is_damaged(closed_plan: Path) -> None:
    data = closed_plan.read_bytes()
    closed_plan.write_bytes(data[: len(data) // 2])
    for read_only in (False, True):
        with untouched(closed_plan), pytest.raises(DamagedPlanError, match="damaged"):
            PlanRepository.open(closed_plan, read_only=read_only)


def test_plan_with_a_scrambled_page_is_damaged(closed_plan: Path) -> None:
    data = bytearray(closed_plan.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    for page in range(2, pages):  # keep the header page so the file is still "ours"
        start = page * page_size
        data[start + 8 : start + 200] = bytes(range(192))
    closed_plan.write_bytes(bytes(data))
    for read_only in (False, True):
        with untouched(closed_plan), pytest.raises(DamagedPlanError):
            PlanRepository.open(closed_plan, read_only=read_only)


def test_plan_without_schema_version_is_damaged(closed_plan: Path) -> None:
    set_header_int(closed_plan, 60, 0)
    with untouched(closed_plan), pytest.raises(DamagedPlanError):
        PlanRepository.open(closed_plan)


def test_newer_plan_is_refused_for_editing_but_loads_read_only(closed_plan: Path) -> None:
    set_header_int(closed_plan, 60, SCHEMA_VERSION + 1)
    with untouched(closed_plan):
        with pytest.raises(NewerVersionError, match="newer version") as caught:
            PlanRepository.open(closed_plan)
        assert caught.value.found == SCHEMA_VERSION + 1
        with PlanRepository.open(closed_plan, read_only=True) as repo:
            assert repo.schema_version == SCHEMA_VERSION + 1
            assert repo.load().business == small_plan().business


def test_plan_locked_by_another_process(closed_plan: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, str(HOLD_LOCK), str(closed_plan)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with untouched(closed_plan), pytest.raises(PlanLockedError) as caught:
            PlanRepository.open(closed_plan)
        assert f"process {child.pid}" in caught.value.holder
        assert "on this computer (" in caught.value.holder and "since " in caught.value.holder
        assert str(caught.value).startswith('cannot edit "shop.bakeryplan": it is in use by ')
        with PlanRepository.open(closed_plan, read_only=True) as reader:  # no lock needed
            assert reader.load().business.name == "Sunrise Bakery"
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    # The dead process's lock is stale: the next open takes it over.
    assert closed_plan.with_name("shop.bakeryplan.lock").exists()
    with PlanRepository.open(closed_plan) as repo:
        assert repo.load().business.name == "Sunrise Bakery"


def test_second_open_in_the_same_process_is_refused(repo: PlanRepository) -> None:
    with pytest.raises(PlanLockedError):
        PlanRepository.open(repo.path)


def test_lock_is_released_on_close(closed_plan: Path) -> None:
    PlanRepository.open(closed_plan).close()
    assert not closed_plan.with_name("shop.bakeryplan.lock").exists()
    PlanRepository.open(closed_plan).close()


def test_read_only_open_changes_nothing(closed_plan: Path) -> None:
    with untouched(closed_plan), PlanRepository.open(closed_plan, read_only=True) as repo:
        repo.load()


def test_open_sets_the_pragmas(repo: PlanRepository) -> None:
    conn = repo.connection
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_wal_file_is_turned_back_into_one_file(closed_plan: Path) -> None:
    conn = sqlite3.connect(closed_plan)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with PlanRepository.open(closed_plan) as repo:
        assert repo.connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not closed_plan.with_name("shop.bakeryplan-wal").exists()


def test_created_plan_is_owner_only_and_leaves_no_temp_files(plan_path: Path) -> None:
    PlanRepository.create(plan_path, small_plan()).close()
    assert stat.S_IMODE(plan_path.stat().st_mode) == 0o600
    assert [p.name for p in plan_path.parent.iterdir()] == ["shop.bakeryplan"]


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.bakeryplan"
    path.write_bytes(b"")
    with untouched(path), pytest.raises(PlanExistsError) as caught:
        PlanRepository.create(path, small_plan())
    assert str(caught.value) == (
        'cannot create "mine.bakeryplan": a file with that name already exists'
    )


def test_failed_create_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = Plan(
        business=Business("B"),
        goals=(Goal("g", Perspective.CUSTOMER, id=1),),
        steps=(Step(goal_id=99, title="orphan", id=1),),
    )
    with pytest.raises(RecordError):
        PlanRepository.create(tmp_path / "bad.bakeryplan", bad)
    assert list(tmp_path.iterdir()) == []


def test_create_makes_missing_folders_and_handles_odd_names(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "Mia's plan #1 ?%.bakeryplan"
    with PlanRepository.create(path, small_plan()) as repo:
        assert repo.load().business.name == "Sunrise Bakery"
    with PlanRepository.open(path, read_only=True) as repo:
        assert len(repo.load().goals) == 3


def test_write_protected_plan_is_refused_for_editing(closed_plan: Path) -> None:
    closed_plan.chmod(0o400)
    with untouched(closed_plan), pytest.raises(PlanFileError, match="write-protected"):
        PlanRepository.open(closed_plan)
    with PlanRepository.open(closed_plan, read_only=True) as repo:
        assert repo.read_only


def test_copy_of_a_plan_opens(closed_plan: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.bakeryplan"
    shutil.copyfile(closed_plan, copy)
    with PlanRepository.open(copy) as repo, PlanRepository.open(closed_plan, read_only=True) as ro:
        assert repo.load() == ro.load()


def test_write_interrupted_by_a_crash_is_rolled_back(closed_plan: Path) -> None:
    journal = leave_hot_journal(closed_plan)
    assert journal == closed_plan.with_name("shop.bakeryplan-journal")
    with PlanRepository.open(closed_plan) as repo:
        assert repo.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [p.name for p in repo.load().people] == ["Mia", "Tom", "Old hand"]
    assert not journal.exists()


def test_a_folder_is_not_a_plan(tmp_path: Path) -> None:
    folder = tmp_path / "folder.bakeryplan"
    folder.mkdir()
    with pytest.raises(NotAPlanError, match="folder"):
        PlanRepository.open(folder)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE goals SET perspective = 'purple' WHERE id = 10",
        "UPDATE actuals SET source = 'purple' WHERE id = 30",
        "UPDATE steps SET due = 'purple' WHERE id = 40",
    ],
)
def test_value_another_tool_wrote_wrongly_reports_a_damaged_plan(
    closed_plan: Path, sql: str
) -> None:
    conn = sqlite3.connect(closed_plan)
    conn.execute(sql)
    conn.commit()
    conn.close()
    with (
        PlanRepository.open(closed_plan, read_only=True) as repo,
        pytest.raises(DamagedPlanError) as caught,
    ):
        repo.load()
    assert "purple" in caught.value.detail
