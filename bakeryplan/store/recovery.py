"""A plan a crash left mid-change (a "hot" rollback journal beside it) is repaired by any
command that can write beside it, after a byte-for-byte backup of the plan and its journal.

SQLite rolls a hot journal back the first time a writer opens the file, which restores
the plan as it was before the interrupted change; a reader cannot. Waiting for the owner to
open the plan for editing left every read-only command (status, export, the pack) refusing
it, so the repair happens wherever it can: under the plan's lock, so no running BakeryPlan
is disturbed, and only after the file and its journal were copied to the backups folder
without SQLite (nothing is lost if the rollback itself goes wrong).

When the repair is not possible here (a read-only folder or a write-protected file), the
error says exactly what to do. When another BakeryPlan holds the plan, the journal is its
live one, not a crash's: there is nothing to repair.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bakeryplan.store.connection import (
    HeaderInfo,
    connect_checked,
    has_hot_journal,
    use_rollback_journal,
    verify,
)
from bakeryplan.store.errors import PlanFileError, PlanLockedError, WriteProtectedError
from bakeryplan.store.lock import PlanLock
from bakeryplan.store.paths import journal_path_for, write_protection
from bakeryplan.store.schema import APPLICATION_ID, SCHEMA_VERSION
from bakeryplan.text.translate import translate

REPAIR_REASON = "before-repair"


def repair_interrupted_plan(path: Path, info: HeaderInfo) -> Path | None:
    """Roll back a crash's journal beside ``path``; the backup made first, or None when
    there was nothing to repair (or another BakeryPlan has the plan open).

    ``info`` is the plan's header, already read: a foreign or newer file is never rolled
    back here (that would rewrite a file this version must not change).
    """
    if not has_hot_journal(path) or info.application_id != APPLICATION_ID:
        return None
    if info.user_version > SCHEMA_VERSION:
        raise PlanFileError(
            path,
            translate(
                "store",
                "a newer version of BakeryPlan stopped in the middle of changing it; open it "
                "with that version to repair it",
            ),
        )
    problem = write_protection(path)
    if problem is not None:
        raise _cannot_repair_here(path, problem)
    lock = PlanLock(path)
    try:
        lock.acquire()
    except WriteProtectedError as error:
        raise _cannot_repair_here(path, error.reason) from None
    except PlanLockedError:
        return None  # its holder's journal: that BakeryPlan is in the middle of a change
    try:
        if not has_hot_journal(path):
            return None
        return _repair(path)
    finally:
        lock.release()


def _repair(path: Path) -> Path:
    from bakeryplan.store.backups import copy_file_as_is

    backup = copy_file_as_is(path, REPAIR_REASON, datetime.now(UTC), move_journal=False)
    connection = connect_checked(path, read_only=False)
    try:
        verify(connection, path)  # the first read rolls the journal back
        use_rollback_journal(connection)
    finally:
        connection.close()
    return backup


def _cannot_repair_here(path: Path, reason: str) -> PlanFileError:
    journal = journal_path_for(path).name
    return PlanFileError(
        path,
        translate(
            "store",
            "it was not closed properly, and {reason}, so it cannot be repaired here: copy it "
            'together with "{journal}" to a folder you can write to and open the copy there',
        ).format(reason=reason, journal=journal),
    )
