"""Opening without the backup (the window makes it later), and transactions without sqlite-utils."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from bakeryplan.domain.model import Person
from bakeryplan.store.backups import list_backups
from bakeryplan.store.connection import atomic
from bakeryplan.store.repository import PlanRepository


def _rename(path: Path, name: str) -> None:
    with PlanRepository.open(path) as repository:
        repository.set_business(replace(repository.load().business, name=name))


def test_open_without_backup_defers_it_to_the_first_write(closed_plan: Path) -> None:
    _rename(closed_plan, "Before")
    before = list_backups(closed_plan)
    with PlanRepository.open(closed_plan, back_up=False) as repository:
        assert repository.open_backup_pending
        repository.load()
        assert list_backups(closed_plan) == before  # reading never backs up
        with repository.atomic():
            repository.set_business(replace(repository.load().business, name="After"))
        assert not repository.open_backup_pending
        backups = list_backups(closed_plan)
        assert len(backups) == len(before) + 1 and backups[0].reason == "open"
        repository.add_person(Person(name="Ann"))
        assert len(list_backups(closed_plan)) == len(backups)  # only once
    with PlanRepository.open(backups[0].path, read_only=True) as copy:
        assert copy.load().business.name == "Before"


def test_back_up_on_open_runs_once_and_never_for_read_only(closed_plan: Path) -> None:
    _rename(closed_plan, "Changed")
    count = len(list_backups(closed_plan))
    with PlanRepository.open(closed_plan, back_up=False) as repository:
        repository.back_up_on_open()
        repository.back_up_on_open()
        assert not repository.open_backup_pending and repository.backup_error is None
    assert len(list_backups(closed_plan)) == count + 1
    with PlanRepository.open(closed_plan, read_only=True, back_up=False) as reader:
        assert not reader.open_backup_pending
        reader.back_up_on_open()
    assert len(list_backups(closed_plan)) == count + 1


def test_atomic_nests_with_savepoints_and_rolls_back(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    conn.execute("CREATE TABLE t (x INTEGER)")
    with atomic(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), atomic(conn):
            conn.execute("INSERT INTO t VALUES (2)")
            raise ValueError("inner block fails")
        with atomic(conn):
            conn.execute("INSERT INTO t VALUES (3)")
    assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    with pytest.raises(RuntimeError), atomic(conn):
        conn.execute("INSERT INTO t VALUES (4)")
        raise RuntimeError("outer block fails")
    assert not conn.in_transaction
    assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    conn.close()
