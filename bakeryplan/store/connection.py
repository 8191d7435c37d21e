"""Careful opening of a plan file: look before SQLite touches it, then check it.

The 100-byte SQLite header says whether a file is SQLite at all, whose it is
(``application_id``), which format it is in (``user_version``) and how long it should be.
Reading it first lets a wrong, newer or truncated file be refused with its bytes untouched;
SQLite itself would, for instance, happily turn an empty file into a new database.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bakeryplan.store.errors import (
    DamagedPlanError,
    NotAPlanError,
    PlanFileError,
    PlanNotFoundError,
)
from bakeryplan.store.paths import journal_path_for
from bakeryplan.store.schema import APPLICATION_ID, schema_version
from bakeryplan.text.translate import translate

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class HeaderInfo:
    """What the 100-byte header says (a docstring also spares @dataclass making one)."""

    page_size: int
    page_count: int | None  # None when the header's own count is not valid
    user_version: int
    application_id: int
    file_size: int


def read_header(path: Path) -> HeaderInfo:
    """Validate the file's header; raises the error the user should see."""
    if not path.exists():
        raise PlanNotFoundError(path)
    if not path.is_file():
        raise NotAPlanError(path, translate("store", "it is a folder, not a plan file"))
    try:
        with path.open("rb") as f:
            header = f.read(HEADER_SIZE)
        size = path.stat().st_size
    except PermissionError:
        raise NotAPlanError(
            path, translate("store", "you do not have permission to read it")
        ) from None
    except OSError as error:
        raise NotAPlanError(
            path, translate("store", "it cannot be read ({error})").format(error=error.strerror)
        ) from None
    if size == 0:
        raise NotAPlanError(path, translate("store", "the file is empty"))
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotAPlanError(path)
    raw_page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter = int.from_bytes(header[24:28], "big")
    header_pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    count_valid = header_pages > 0 and change_counter == valid_for
    return HeaderInfo(
        page_size=page_size,
        page_count=header_pages if count_valid else None,
        user_version=int.from_bytes(header[60:64], "big", signed=True),
        application_id=int.from_bytes(header[68:72], "big", signed=True),
        file_size=size,
    )


def has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a crash: SQLite will restore the file from it on open."""
    journal = journal_path_for(path)
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def check_header(path: Path, info: HeaderInfo, *, hot_journal: bool = False) -> None:
    """Reject a foreign or truncated SQLite file before connecting to it.

    With a crash journal beside it the file may be mid-commit, so its size and page count
    may be off until SQLite rolls the journal back; its application id never changes in a
    write, so a foreign file is still refused before that rollback could rewrite it.
    """
    if info.application_id != APPLICATION_ID:
        raise NotAPlanError(path)
    if hot_journal:
        return
    if info.page_size < 512 or info.page_size & (info.page_size - 1):
        raise DamagedPlanError(path, f"impossible page size {info.page_size}")
    if info.page_count is not None and info.file_size < info.page_count * info.page_size:
        raise DamagedPlanError(
            path, f"truncated: {info.file_size} bytes, {info.page_count} pages expected"
        )


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection that never creates the file; transactions are explicit (atomic())."""
    mode = "ro" if read_only else "rw"
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA trusted_schema = OFF")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_checked(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """connect(), with SQLite's refusal turned into a message for the user."""
    try:
        return connect(path, read_only=read_only)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "").startswith("SQLITE_CORRUPT"):
            raise DamagedPlanError(path, str(error)) from None  # e.g. a scrambled schema page
        raise PlanFileError(
            path, translate("store", "it cannot be opened ({error})").format(error=error)
        ) from None


def verify(conn: sqlite3.Connection, path: Path) -> int:
    """Check the open file is a healthy plan; returns its schema version."""
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = schema_version(conn)
    except sqlite3.DatabaseError as error:
        raise DamagedPlanError(path, str(error)) from None
    if application_id != APPLICATION_ID:
        raise NotAPlanError(path)
    if rows != ["ok"]:
        raise DamagedPlanError(path, "; ".join(str(r) for r in rows[:5]))
    if version < 1:
        raise DamagedPlanError(path, f"schema version {version}")
    return version


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction around the block, rolled back if it raises; nested blocks are savepoints.

    The same semantics as ``sqlite_utils.Database.atomic()`` (so both may nest in each
    other), with plain sqlite3: opening and reading a plan never needs to import sqlite-utils.
    """
    if not conn.in_transaction:
        conn.execute("BEGIN")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # an error may already have ended the transaction
                conn.execute("ROLLBACK")
            raise
        return
    # os.urandom is what secrets.token_hex uses; importing secrets (hashlib, hmac) for one
    # name would cost every start a few milliseconds.
    savepoint = f"bakeryplan_{os.urandom(8).hex()}"
    conn.execute(f"SAVEPOINT {savepoint}")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # e.g. RAISE(ROLLBACK) ends the savepoints too
            conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        raise
    conn.execute(f"RELEASE SAVEPOINT {savepoint}")


def use_rollback_journal(conn: sqlite3.Connection) -> None:
    """Keep the plan one self-contained file the owner can copy (no -wal beside it)."""
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "delete":
        conn.execute("PRAGMA journal_mode = DELETE")
