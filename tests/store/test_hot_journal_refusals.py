"""A foreign or newer file left with a crash journal is refused with both left untouched.

Opening it read-write would let SQLite roll the journal back, rewriting a file this
version must not change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bakeryplan.store.errors import NewerVersionError, NotAPlanError, PlanFileError
from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.schema import SCHEMA_VERSION
from tests.store.conftest import sha256_of
from tests.store.hot_journal import leave_hot_journal


def foreign_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("keep me",)] * 50)
    conn.commit()
    conn.close()


def newer_plan(path: Path) -> None:
    from tests.store.plans import small_plan

    PlanRepository.create(path, small_plan()).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "error"), [(foreign_file, NotAPlanError), (newer_plan, NewerVersionError)]
)
@pytest.mark.parametrize("read_only", [False, True])
def test_file_with_a_crash_journal_is_refused_untouched(
    tmp_path: Path, make: object, error: type[PlanFileError], read_only: bool
) -> None:
    path = tmp_path / "other.bakeryplan"
    make(path)  # type: ignore[operator]
    journal = leave_hot_journal(path, "INSERT INTO notes (text) VALUES (?)")
    before = (sha256_of(path), sha256_of(journal))
    siblings = sorted(p.name for p in tmp_path.iterdir())
    # Read-only, a newer file may load as far as it can, but only a writer could repair it.
    expected = PlanFileError if read_only and error is NewerVersionError else error
    with pytest.raises(expected) as caught:
        PlanRepository.open(path, read_only=read_only)
    assert type(caught.value) is expected
    assert (sha256_of(path), sha256_of(journal)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings
