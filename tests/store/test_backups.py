"""Backups: where they go, what they hold, how they rotate, and restoring one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bakeryplan.domain.model import Person
from bakeryplan.store import backups
from bakeryplan.store.backups import (
    backup_dir_for,
    backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
)
from bakeryplan.store.errors import PlanLockedError, RestoreError
from bakeryplan.store.repository import PlanRepository
from tests.store.conftest import sha256_of
from tests.store.test_open_errors import HOLD_LOCK

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def people_in(path: Path) -> list[str]:
    with PlanRepository.open(path, read_only=True) as repo:
        return [p.name for p in repo.load().people]


def test_backup_folder_is_per_plan_under_the_data_dir(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    a = backup_dir_for(tmp_path / "one" / "shop.bakeryplan")
    b = backup_dir_for(tmp_path / "two" / "shop.bakeryplan")
    assert a.parent == b.parent == isolated_data_dir / "backups"
    assert a != b and a.name.startswith("shop-") and len(a.name) == len("shop-") + 8
    expected = hashlib.sha1(str(tmp_path / "one" / "shop.bakeryplan").encode()).hexdigest()
    assert a.name == f"shop-{expected[:8]}"


def test_create_and_every_open_of_a_changed_plan_take_a_backup(closed_plan: Path) -> None:
    assert [b.reason for b in list_backups(closed_plan)] == ["create"]
    with PlanRepository.open(closed_plan) as repo:  # same content as "create": skipped
        repo.add_person(Person("Eve"))
    with PlanRepository.open(closed_plan) as repo:
        repo.add_person(Person("Fay"))
    with PlanRepository.open(closed_plan):
        pass
    found = list_backups(closed_plan)
    assert [b.reason for b in found] == ["open", "open", "create"]
    assert people_in(found[0].path)[-2:] == ["Eve", "Fay"]
    assert people_in(found[1].path)[-1] == "Eve"
    assert found[0].made > found[1].made > found[2].made


def test_unchanged_plan_is_not_backed_up_twice(closed_plan: Path) -> None:
    PlanRepository.open(closed_plan).close()
    PlanRepository.open(closed_plan).close()
    assert [b.reason for b in list_backups(closed_plan)] == ["create"]


def test_read_only_open_takes_no_backup(closed_plan: Path) -> None:
    PlanRepository.open(closed_plan, read_only=True).close()
    assert len(list_backups(closed_plan)) == 1


def test_backups_are_owner_only_plans(closed_plan: Path) -> None:
    backup = list_backups(closed_plan)[0].path
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.parent.parent.stat().st_mode) == 0o700
    with PlanRepository.open(backup, read_only=True) as repo:
        assert repo.load().business.name == "Sunrise Bakery"


def test_backup_of_an_open_repository_uses_its_connection(repo: PlanRepository) -> None:
    repo.add_person(Person("Unsaved? No: every edit is saved"))
    path = make_backup(repo, "Manual copy!")
    assert path.name.endswith("-manual-copy.bakeryplan")
    assert "Unsaved? No: every edit is saved" in people_in(path)


def test_backup_inside_a_transaction_is_refused(repo: PlanRepository) -> None:
    with pytest.raises(RuntimeError), repo.atomic():
        repo.add_person(Person("half"))
        make_backup(repo, "manual")


def test_daily_backup_only_when_the_newest_is_a_day_old(repo: PlanRepository) -> None:
    newest = list_backups(repo.path)[0].made
    assert backup_if_due(repo, newest + timedelta(hours=23)) is None
    repo.add_person(Person("Changed"))
    made = backup_if_due(repo, newest + timedelta(hours=25))
    assert made is not None and list_backups(repo.path)[0].reason == "daily"


def test_rotation_keeps_ten_newest_and_one_per_day_for_a_week(repo: PlanRepository) -> None:
    for stale in list_backups(repo.path):
        stale.path.unlink()
    # 30 days, two backups a day, each with a different plan so none is skipped.
    for day in range(30):
        for hour in (8, 17):
            repo.add_person(Person(f"p{day}-{hour}"))
            make_backup(repo, "open", now=START + timedelta(days=day, hours=hour - 9))
    kept = list_backups(repo.path)
    last = START + timedelta(days=29)
    newest_ten = [last + timedelta(hours=h - 9) for h in (17, 8)]
    for day in range(1, 5):
        newest_ten += [last - timedelta(days=day) + timedelta(hours=h - 9) for h in (17, 8)]
    daily = [last - timedelta(days=d) + timedelta(hours=8) for d in range(5, 7)]
    assert [b.made for b in kept] == newest_ten + daily


def test_before_upgrade_backups_are_never_rotated_out(repo: PlanRepository) -> None:
    make_backup(repo, "before-upgrade-v1", now=START)
    for i in range(15):
        repo.add_person(Person(f"p{i}"))
        make_backup(repo, "open", now=START + timedelta(days=30, minutes=i))
    assert "before-upgrade-v1" in [b.reason for b in list_backups(repo.path)]
    assert len(list_backups(repo.path)) == 11


def test_restore_replaces_the_plan_and_backs_up_the_replaced_one(closed_plan: Path) -> None:
    original = list_backups(closed_plan)[0].path
    with PlanRepository.open(closed_plan) as repo:
        repo.add_person(Person("Mistake"))
    safety = restore_backup(closed_plan, original)
    assert "Mistake" not in people_in(closed_plan)
    assert "Mistake" in people_in(safety)
    assert list_backups(closed_plan)[0].reason == "before-restore"
    assert stat.S_IMODE(closed_plan.stat().st_mode) == 0o600
    assert not closed_plan.with_name("shop.bakeryplan.lock").exists()


def test_restore_over_a_damaged_plan_keeps_its_bytes(closed_plan: Path) -> None:
    good = list_backups(closed_plan)[0].path
    data = closed_plan.read_bytes()
    closed_plan.write_bytes(data[: len(data) // 2])
    damaged_hash = sha256_of(closed_plan)
    safety = restore_backup(closed_plan, good)
    assert safety.name.endswith("-before-restore-damaged.bakeryplan")
    assert sha256_of(safety) == damaged_hash
    with PlanRepository.open(closed_plan) as repo:
        assert repo.load().business.name == "Sunrise Bakery"


def test_restore_refuses_a_backup_that_is_not_a_plan(closed_plan: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.bakeryplan"
    fake.write_bytes(b"not a plan at all" * 20)
    before = sha256_of(closed_plan)
    with pytest.raises(RestoreError, match="backup is not usable"):
        restore_backup(closed_plan, fake)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(RestoreError):
        restore_backup(closed_plan, other)
    assert sha256_of(closed_plan) == before


def test_restore_refuses_while_the_plan_is_open(repo: PlanRepository) -> None:
    backup = list_backups(repo.path)[0].path
    with pytest.raises(PlanLockedError):
        restore_backup(repo.path, backup)


def test_restore_refuses_while_another_process_has_the_plan(closed_plan: Path) -> None:
    backup = list_backups(closed_plan)[0].path
    before = sha256_of(closed_plan)
    child = subprocess.Popen(
        [sys.executable, str(HOLD_LOCK), str(closed_plan)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(PlanLockedError):
            restore_backup(closed_plan, backup)
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    assert sha256_of(closed_plan) == before


def test_restore_brings_back_a_deleted_plan(closed_plan: Path, tmp_path: Path) -> None:
    """There is no replaced plan to keep, so no path is returned as if there were."""
    backup = tmp_path / "kept.bakeryplan"
    shutil.copyfile(list_backups(closed_plan)[0].path, backup)
    with PlanRepository.open(backup, read_only=True) as kept:
        expected = kept.load()
    closed_plan.unlink()
    assert restore_backup(closed_plan, backup) is None
    with PlanRepository.open(closed_plan, read_only=True) as restored:
        assert restored.load() == expected


def test_restore_into_a_missing_folder_says_the_folder_is_missing(
    closed_plan: Path, tmp_path: Path
) -> None:
    backup = list_backups(closed_plan)[0].path
    missing = tmp_path / "gone" / "shop.bakeryplan"
    with pytest.raises(RestoreError) as caught:
        restore_backup(missing, backup)
    assert str(caught.value) == (
        f'cannot restore "shop.bakeryplan": its folder {missing.parent} does not exist'
    )
    assert not missing.parent.exists()


def test_list_ignores_foreign_files(closed_plan: Path) -> None:
    folder = backup_dir_for(closed_plan)
    (folder / "notes.txt").write_text("mine")
    (folder / ".backup-123.tmp").write_bytes(b"")
    assert [b.reason for b in list_backups(closed_plan)] == ["create"]
    assert backups.rotate_backups(closed_plan, now=START) == []
