"""A foreign or newer file left with a crash journal is refused with both left untouched.

Opening it read-write would let SQLite roll the journal back, rewriting a file this
version must not change.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bakeryplan.store.errors import NewerVersionError, NotAPlanError, PlanFileError
from bakeryplan.store.paths import journal_path_for
from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.schema import SCHEMA_VERSION
from tests.store.conftest import sha256_of

INTERRUPTED_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before commit
conn.execute("BEGIN")
for _ in range(2000):
    conn.execute("INSERT INTO notes (text) VALUES (?)", ("x" * 200,))
print("mid-transaction", flush=True)
time.sleep(60)
"""


def leave_hot_journal(path: Path) -> Path:
    """Kill a writer mid-transaction, as a crash would; returns the journal it left."""
    child = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "mid-transaction"
    child.kill()
    child.wait()
    child.stdout.close()
    journal = journal_path_for(path)
    assert journal.stat().st_size > 0
    return journal


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
    journal = leave_hot_journal(path)
    before = (sha256_of(path), sha256_of(journal))
    siblings = sorted(p.name for p in tmp_path.iterdir())
    # Read-only, a newer file may load as far as it can, but only a writer could repair it.
    expected = PlanFileError if read_only and error is NewerVersionError else error
    with pytest.raises(expected) as caught:
        PlanRepository.open(path, read_only=read_only)
    assert type(caught.value) is expected
    assert (sha256_of(path), sha256_of(journal)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings
