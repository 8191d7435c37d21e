"""SQLite's refusals leave the repository as plan errors the UI can catch without sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bakeryplan.domain.model import Person
from bakeryplan.store import plan_opening  # where open() and create() write
from bakeryplan.store.errors import (
    FILE_ERRORS,
    WRITE_ERRORS,
    PlanFileError,
    PlanWriteError,
    RecordError,
)
from bakeryplan.store.repository import PlanRepository
from tests.store.plans import small_plan


def refuse_writes(repo: PlanRepository) -> None:
    """SQLite's own "attempt to write a readonly database", as a full or locked disk gives."""
    repo.connection.execute("PRAGMA query_only = ON")


def test_a_refused_write_is_a_plan_write_error_and_changes_nothing(
    repo: PlanRepository, plan_path: Path
) -> None:
    before = repo.load()
    refuse_writes(repo)
    with pytest.raises(PlanWriteError) as refused:
        repo.add_person(Person(name="Nobody"))
    assert isinstance(refused.value.__cause__, sqlite3.OperationalError)
    assert str(refused.value).startswith(f'cannot save to "{plan_path.name}": ')
    assert "readonly" in str(refused.value)
    assert not repo.in_transaction
    assert repo.load() == before


def test_a_refusal_inside_atomic_is_a_plan_write_error(repo: PlanRepository) -> None:
    before = repo.load()
    with pytest.raises(PlanWriteError, match="disk is full"), repo.atomic():
        repo.add_person(Person(name="Kept only if all goes well"))
        raise sqlite3.OperationalError("database or disk is full")
    assert repo.load() == before


def test_a_broken_rule_inside_atomic_is_a_record_error(repo: PlanRepository) -> None:
    with pytest.raises(RecordError, match="already taken"), repo.atomic():
        person = repo.add_person(Person(name="Once"))
        repo.connection.execute("INSERT INTO people (id, name) VALUES (?, 'Twice')", (person.id,))


def test_in_transaction_says_whether_a_transaction_is_open(repo: PlanRepository) -> None:
    assert not repo.in_transaction
    with repo.atomic():
        assert repo.in_transaction
    assert not repo.in_transaction


def test_sqlite_refusing_an_open_is_a_plan_file_error_and_frees_the_lock(
    closed_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(connection: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(plan_opening, "use_rollback_journal", locked)
    with pytest.raises(PlanFileError, match="database is locked"):
        PlanRepository.open(closed_plan)
    monkeypatch.undo()
    PlanRepository.open(closed_plan).close()  # no lock or connection was left behind


def test_sqlite_refusing_a_new_plan_is_a_plan_write_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(plan_opening, "write_new_plan_file", disk_full)
    with pytest.raises(PlanWriteError, match="disk is full"):
        PlanRepository.create(tmp_path / "new.bakeryplan", small_plan())


def test_the_error_families_name_what_the_ui_may_catch() -> None:
    assert set(FILE_ERRORS) == {PlanFileError, OSError, sqlite3.Error}
    assert set(WRITE_ERRORS) == {*FILE_ERRORS, RecordError}
    assert not issubclass(KeyError, WRITE_ERRORS) and not issubclass(TypeError, WRITE_ERRORS)
