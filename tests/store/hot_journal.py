"""A file a crash left mid-change: a writer killed inside a transaction leaves a hot journal.

The writer runs in its own process and is killed as a crash would kill it, after it has
spilled changed pages into the file; SQLite then needs the journal to undo them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bakeryplan.store.paths import journal_path_for

INTERRUPTED_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before commit
conn.execute("BEGIN")
for _ in range(2000):
    conn.execute(sys.argv[2], ("x" * 200,))
print("mid-transaction", flush=True)
time.sleep(60)
"""

ADD_PEOPLE = "INSERT INTO people (name) VALUES (?)"


def leave_hot_journal(path: Path, insert: str = ADD_PEOPLE) -> Path:
    """Kill a writer in the middle of a transaction that runs ``insert`` (one text value)
    2,000 times, as a crash would; returns the journal it left."""
    child = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED_WRITER, str(path), insert],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "mid-transaction"
    child.kill()
    child.wait()
    child.stdout.close()
    journal = journal_path_for(path)
    assert journal.stat().st_size > 0
    return journal
