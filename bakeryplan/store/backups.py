"""Rolling backups of a plan, made by SQLite itself, and restoring one.

Backups live in ``data_dir()/backups/<stem>-<8 hex of sha1(absolute plan path)>/``, one
folder per plan, so two plans called "shop" in different folders never mix. Each backup is
a complete plan file named ``<UTC time>-<reason>.bakeryplan``: names sort by time, and any
backup can be opened read-only like a plan. Rotation keeps the 10 newest, the newest of each
of the last 7 days, and every "before-upgrade" backup.

A backup that cannot be written (a full disk, a read-only data folder) raises
:class:`~bakeryplan.store.errors.BackupError`, one line for the owner; the plan is never
touched by a failed backup, and a half-written copy never takes a backup's name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from bakeryplan.atomic_files import (
    PRIVATE,
    IncompleteFileError,
    atomic_replace,
    atomic_write,
    reason_for,
    remove_stale_temporaries,
)
from bakeryplan.store.connection import (
    check_header,
    connect_checked,
    read_header,
    use_rollback_journal,
    verify,
)
from bakeryplan.store.disk_errors import sqlite_disk_errors
from bakeryplan.store.errors import BackupError, PlanFileError, PlanNotFoundError, RestoreError
from bakeryplan.store.lock import PlanLock
from bakeryplan.store.paths import (
    PLAN_SUFFIX,
    data_dir,
    file_behind,
    journal_path_for,
    write_protection,
)
from bakeryplan.store.schema import SCHEMA_VERSION
from bakeryplan.text.translate import translate

KEEP_NEWEST = 10
KEEP_DAILY_FOR_DAYS = 7
KEPT_REASON_PREFIX = "before-upgrade"  # never rotated out: rare, and the way back
SKIP_IF_UNCHANGED = frozenset({"open", "daily"})
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(\d{8}T\d{12}Z)-([a-z0-9-]+)" + re.escape(PLAN_SUFFIX) + "$")


class OpenPlan(Protocol):
    """What a backup needs of an open repository (avoids importing repository here)."""

    path: Path
    connection: sqlite3.Connection


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime  # UTC
    reason: str


def backup_dir_for(plan_path: str | os.PathLike[str]) -> Path:
    absolute = Path(plan_path).absolute()
    digest = hashlib.sha1(str(absolute).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{absolute.stem}-{digest}"


def list_backups(plan_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """Backups of a plan, newest first."""
    folder = backup_dir_for(plan_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(BackupInfo(entry, made, match.group(2)))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def make_backup(
    plan: str | os.PathLike[str] | OpenPlan, reason: str, *, now: datetime | None = None
) -> Path:
    """Copy the plan with SQLite's backup API; returns the backup's path.

    Pass the open repository when there is one (its own connection is copied). A backup
    "open" or "daily" identical to the newest backup is not kept twice.
    """
    reason = _clean_reason(reason)
    made = (now or datetime.now(UTC)).astimezone(UTC)
    if isinstance(plan, (str, os.PathLike)):
        with _source_connection(Path(plan).absolute(), writable=False) as source:
            return _backup(Path(plan).absolute(), source, reason, made)
    return _backup(plan.path, plan.connection, reason, made)


def backup_if_due(
    plan: str | os.PathLike[str] | OpenPlan,
    now: datetime,
    *,
    every: timedelta = timedelta(days=1),
) -> Path | None:
    """The daily backup while a plan stays open: made only if the newest is older."""
    plan_path = Path(plan) if isinstance(plan, (str, os.PathLike)) else plan.path
    existing = list_backups(plan_path)
    if existing and now.astimezone(UTC) - existing[0].made < every:
        return None
    return make_backup(plan, "daily", now=now)


def restore_backup(
    plan_path: str | os.PathLike[str],
    backup_path: str | os.PathLike[str],
    *,
    now: datetime | None = None,
) -> Path | None:
    """Put a backup in the plan's place; returns the backup taken of the replaced plan.

    Refused while any program (this one included: close the repository first) has the
    plan open for editing, and for a write-protected plan or a read-only folder. The
    current file, even a damaged one, is backed up first; when that backup cannot be
    written nothing is replaced. A symbolic link is followed: the plan it points to is
    replaced, the link stays. A plan file that was deleted is brought back too; there is
    nothing to keep then, and None is returned.
    """
    plan_path = Path(plan_path).absolute()
    backup_path = Path(backup_path).absolute()
    target = file_behind(plan_path)
    if not target.parent.is_dir():
        raise RestoreError(
            plan_path,
            translate("store", "its folder {folder} does not exist").format(folder=target.parent),
        )
    problem = write_protection(target)
    if problem is not None:
        raise RestoreError(plan_path, problem)
    _check_restorable(backup_path, plan_path)
    made = (now or datetime.now(UTC)).astimezone(UTC)
    with PlanLock(plan_path):
        safety = _back_up_current(plan_path, made) if target.exists() else None
        with backup_path.open("rb") as source:
            atomic_write(target, lambda out: shutil.copyfileobj(source, out), mode=PRIVATE)
    return safety


def _check_restorable(backup_path: Path, plan_path: Path) -> None:
    try:
        with _source_connection(backup_path, writable=False) as conn:
            version = verify(conn, backup_path)
    except PlanFileError as error:
        raise RestoreError(
            plan_path,
            translate("store", "the backup is not usable ({reason})").format(reason=error.reason),
        ) from None
    if version > SCHEMA_VERSION:
        raise RestoreError(
            plan_path, translate("store", "the backup comes from a newer version of BakeryPlan")
        )


def _back_up_current(plan_path: Path, made: datetime) -> Path:
    """Back up the plan about to be replaced; a damaged one is copied byte for byte."""
    if not plan_path.exists():  # deleted since restore_backup looked
        raise PlanNotFoundError(plan_path)
    try:
        # Writable, so that SQLite rolls back a journal left by a crash before copying.
        with _source_connection(plan_path, writable=True) as source:
            verify(source, plan_path)
            use_rollback_journal(source)
            return _backup(plan_path, source, "before-restore", made, rotate=False)
    except BackupError:
        raise
    except PlanFileError:
        pass
    return copy_file_as_is(plan_path, "before-restore-damaged", made, move_journal=True)


def copy_file_as_is(plan_path: Path, reason: str, made: datetime, *, move_journal: bool) -> Path:
    """Back the plan file up byte for byte, without SQLite (a damaged file, or one with a
    crash journal that only a writer may roll back); its journal is kept beside the copy,
    moved away when ``move_journal`` (a stale journal would be "replayed" onto a restored
    file) or else copied."""
    folder = backup_dir_for(plan_path)
    target = folder / f"{made:{_STAMP}}-{_clean_reason(reason)}{PLAN_SUFFIX}"
    journal = journal_path_for(plan_path)
    with _backup_errors(plan_path, folder):
        _make_private_dir(folder)
        _copy_bytes(plan_path, target)
        if journal.exists():
            kept = target.with_name(target.name + "-journal")
            if move_journal:
                os.replace(journal, kept)
            else:
                _copy_bytes(journal, kept)
    return target


def _copy_bytes(source: Path, target: Path) -> None:
    with source.open("rb") as data:
        atomic_write(target, lambda out: shutil.copyfileobj(data, out), mode=PRIVATE)


@contextmanager
def _source_connection(path: Path, *, writable: bool) -> Iterator[sqlite3.Connection]:
    check_header(path, read_header(path))
    conn = connect_checked(path, read_only=not writable)
    try:
        yield conn
    finally:
        conn.close()


def _backup(
    plan_path: Path,
    source: sqlite3.Connection,
    reason: str,
    made: datetime,
    *,
    rotate: bool = True,
) -> Path:
    if source.in_transaction:
        raise RuntimeError("a backup cannot be taken inside a transaction")
    folder = backup_dir_for(plan_path)
    final = folder / f"{made:{_STAMP}}-{reason}{PLAN_SUFFIX}"
    with _backup_errors(plan_path, folder):
        _make_private_dir(folder)
        remove_stale_temporaries(folder)
        with atomic_replace(final, mode=PRIVATE, check=_readable_copy) as pending:
            target = sqlite3.connect(pending.temp)
            try:
                with sqlite_disk_errors(pending.temp):
                    source.backup(target)
            finally:
                target.close()
            newest = next(iter(list_backups(plan_path)), None)
            if reason in SKIP_IF_UNCHANGED and newest and _same_bytes(pending.temp, newest.path):
                pending.cancel()
                return newest.path
    if rotate:
        rotate_backups(plan_path, now=made)
    return final


@contextmanager
def _backup_errors(plan_path: Path, folder: Path) -> Iterator[None]:
    """A backup the file system refuses is a BackupError naming the backups folder."""
    try:
        yield
    except OSError as error:
        raise BackupError(plan_path, reason_for(error), folder) from error


def _readable_copy(copy: Path) -> None:
    """The synced copy must open as a healthy plan before it may be called a backup."""
    try:
        with _source_connection(copy, writable=False) as conn:
            verify(conn, copy)
    except (PlanFileError, sqlite3.Error) as error:
        raise IncompleteFileError(
            errno.EIO, f"the copy could not be read back ({error})", str(copy)
        ) from error


def rotate_backups(plan_path: str | os.PathLike[str], *, now: datetime) -> list[Path]:
    """Delete backups outside the policy (see module doc); returns what was deleted."""
    existing = list_backups(plan_path)
    keep = {b.path for b in existing[:KEEP_NEWEST]}
    keep |= {b.path for b in existing if b.reason.startswith(KEPT_REASON_PREFIX)}
    first_day = now.astimezone(UTC).date() - timedelta(days=KEEP_DAILY_FOR_DAYS - 1)
    newest_of_day: dict[object, Path] = {}
    for backup in existing:  # newest first: the first seen of each day is its newest
        if backup.made.date() >= first_day:
            newest_of_day.setdefault(backup.made.date(), backup.path)
    keep |= set(newest_of_day.values())
    removed = []
    for backup in existing:
        if backup.path not in keep:
            with suppress(OSError):  # a backup that cannot be deleted now is deleted later
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def _same_bytes(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    return _sha256(a) == _sha256(b)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _make_private_dir(folder: Path) -> None:
    """The backups folder and the plan's folder in it are owner-only (0700)."""
    folder.parent.parent.mkdir(parents=True, exist_ok=True)
    folder.parent.mkdir(exist_ok=True, mode=0o700)
    folder.mkdir(exist_ok=True, mode=0o700)


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return cleaned or "manual"
