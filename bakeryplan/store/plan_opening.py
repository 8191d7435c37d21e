"""Opening a plan file carefully, and what comes with an open file: its lock and its backups.

The header is checked before SQLite touches the file, so a foreign, damaged or newer file is
refused unchanged; read-write takes the lock, backs the file up, and migrates an older file
only after a backup of its own. Opening uses plain sqlite3: sqlite-utils and the backup code
are imported only when a migration or a backup needs them, which keeps the window's start
fast. :class:`~bakeryplan.store.repository.PlanRepository` adds the records on top.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import ExitStack
from pathlib import Path
from typing import Self

from bakeryplan.atomic_files import remove_stale_temporaries
from bakeryplan.domain.model import Plan
from bakeryplan.store.connection import (
    check_header,
    connect_checked,
    has_hot_journal,
    read_header,
    use_rollback_journal,
    verify,
)
from bakeryplan.store.errors import (
    BackupError,
    NewerVersionError,
    PlanExistsError,
    PlanFileError,
    PlanWriteError,
    WriteProtectedError,
)
from bakeryplan.store.lock import PlanLock
from bakeryplan.store.paths import write_protection
from bakeryplan.store.recovery import repair_interrupted_plan
from bakeryplan.store.schema import SCHEMA_VERSION, migrate
from bakeryplan.store.whole_plan import write_new_plan_file
from bakeryplan.text.translate import translate


class OpenedPlanFile:
    """Owns one connection and, when writable, the plan's lock file."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        *,
        read_only: bool,
        lock: PlanLock | None,
        schema_version: int,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.connection = connection
        self.schema_version = schema_version  # of the file; > SCHEMA_VERSION if newer
        self.backup_error: str | None = None  # why the backup on open failed, if it did
        self.open_backup_pending = False  # opened with back_up=False, not backed up yet
        self._lock = lock

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        back_up: bool = True,
        take_over: bool = False,
    ) -> Self:
        """Open an existing plan carefully; raises a PlanFileError the user can read.

        Read-write: takes the lock, backs the file up, migrates an older file (after a
        backup). Read-only: no lock, no writes; a file from a newer version loads as
        far as it can. ``back_up=False`` leaves the backup of an up-to-date file to
        :meth:`back_up_on_open`, which the caller must run before its first write (the
        window does so right after it is on screen); a migration is always backed up first.
        ``take_over``: the owner confirmed that the BakeryPlan on another computer holding
        the lock no longer runs (``PlanLockedElsewhereError``); its lock is taken over.
        """
        return cls._open(
            Path(path).absolute(),
            read_only=read_only,
            reason="open",
            back_up=back_up,
            take_over=take_over,
        )

    @classmethod
    def create(cls, path: str | os.PathLike[str], plan: Plan) -> Self:
        """Write ``plan`` (keeping its ids) as a new file, then open it read-write.

        The plan is written to a temporary file in the same folder and moved into place
        only when complete, so a crash never leaves half a plan under the real name.
        """
        path = Path(path).absolute()
        if path.exists() or path.is_symlink():
            raise PlanExistsError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_new_plan_file(path, plan, to_version=SCHEMA_VERSION)
        except sqlite3.Error as error:
            raise PlanWriteError(path, str(error)) from error
        return cls._open(path, read_only=False, reason="create")

    @classmethod
    def _open(
        cls,
        path: Path,
        *,
        read_only: bool,
        reason: str,
        back_up: bool = True,
        take_over: bool = False,
    ) -> Self:
        """SQLite refusing the file (another program holds it, an I/O error) is told too."""
        try:
            return cls._open_checked(
                path, read_only=read_only, reason=reason, back_up=back_up, take_over=take_over
            )
        except sqlite3.Error as error:
            raise PlanFileError(
                path, translate("store", "it cannot be opened ({error})").format(error=error)
            ) from error

    @classmethod
    def _open_checked(
        cls, path: Path, *, read_only: bool, reason: str, back_up: bool, take_over: bool
    ) -> Self:
        info = read_header(path)
        hot_journal = has_hot_journal(path)
        # Checked even with a crash journal: its rollback would rewrite a foreign or newer
        # file. An ordinary write keeps the application id and version, and a crash during
        # an upgrade leaves a version no newer than this one's.
        check_header(path, info, hot_journal=hot_journal)
        if info.user_version > SCHEMA_VERSION and not read_only:
            raise NewerVersionError(path, info.user_version, SCHEMA_VERSION)
        protection = None if read_only else write_protection(path)
        if protection is not None:
            raise WriteProtectedError(path, protection)
        if hot_journal:  # a crash's journal: backed up with the plan, then rolled back
            repair_interrupted_plan(path, info)
        with ExitStack() as on_failure:
            lock = None if read_only else PlanLock(path)
            if lock is not None:
                lock.acquire(take_over=take_over)
                on_failure.callback(lock.release)
                remove_stale_temporaries(path.parent, name=path.name)  # left by a crash
            connection = connect_checked(path, read_only=read_only)
            on_failure.callback(connection.close)
            version = verify(connection, path)
            if version > SCHEMA_VERSION and not read_only:
                raise NewerVersionError(path, version, SCHEMA_VERSION)
            if read_only and version < SCHEMA_VERSION:
                connection = _upgraded_copy_in_memory(connection)
                on_failure.callback(connection.close)
            opened = cls(path, connection, read_only=read_only, lock=lock, schema_version=version)
            if not read_only:
                use_rollback_journal(connection)
                opened._upgrade()
                if back_up:
                    opened._back_up(reason)
                else:
                    opened.open_backup_pending = True
            on_failure.pop_all()
        return opened

    def _upgrade(self) -> None:
        if self.schema_version >= SCHEMA_VERSION:
            return
        import sqlite_utils

        from bakeryplan.store.backups import make_backup

        make_backup(self, f"before-upgrade-v{self.schema_version}")
        db = sqlite_utils.Database(self.connection, execute_plugins=False)
        migrate(db, to_version=SCHEMA_VERSION)
        self.schema_version = SCHEMA_VERSION

    # ---- the backup on open ----------------------------------------------------------

    def back_up_on_open(self) -> None:
        """The backup deferred by ``open(back_up=False)``; does nothing once it is made.

        A failure is kept in ``backup_error``: the plan itself is fine and stays usable.
        """
        if self.open_backup_pending and not self.read_only:
            self._back_up("open")

    def _back_up_before_first_write(self) -> None:
        """A deferred open backup is made at the latest before anything changes the file."""
        if self.open_backup_pending and not self.connection.in_transaction:
            self.back_up_on_open()

    def _back_up(self, reason: str) -> None:
        from bakeryplan.store.backups import make_backup

        self.open_backup_pending = False
        try:
            make_backup(self, reason)
        except BackupError as error:
            self.backup_error = translate("store", "{cause} (backups folder {folder})").format(
                cause=error.cause, folder=error.folder
            )
        except (PlanFileError, OSError, sqlite3.Error) as error:
            self.backup_error = str(error)

    @property
    def in_transaction(self) -> bool:
        """True inside ``atomic()`` (or a write): no backup can be taken until it ends."""
        return self.connection.in_transaction

    # ---- closing ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection and release the lock; safe to call twice."""
        self.connection.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _upgraded_copy_in_memory(connection: sqlite3.Connection) -> sqlite3.Connection:
    """An older file opened read-only is read through an upgraded copy in memory: the file
    is never changed by looking at it, and every command reads it as today's plans."""
    import sqlite_utils

    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.backup(memory)
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(sqlite_utils.Database(memory, execute_plugins=False))
    except BaseException:
        memory.close()
        raise
    finally:
        connection.close()
    return memory
