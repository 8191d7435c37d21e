"""Errors of the plan file layer, each with a one-line message fit to show the user.

The UI shows ``str(error)`` as is, so every message names the file and says what is
wrong in plain words; the attributes carry the details for code that needs them.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from bakeryplan.text.formatter import language_formatter
from bakeryplan.text.translate import PLURAL, translate


class PlanFileError(Exception):
    """Something about a plan file that the user must be told."""

    action = "cannot open"

    def __init__(self, path: str | os.PathLike[str] | None, reason: str) -> None:
        self.path = Path(path) if path is not None else None
        self.reason = reason
        super().__init__(path, reason)

    def __str__(self) -> str:
        if self.path is None:
            return _message_without_file(self.action).format(reason=self.reason)
        return _message(self.action).format(file=self.path.name, reason=self.reason)


def _message(action: str) -> str:
    """The whole message of what could not be done to ``{file}`` and why, one per action
    (a language words "cannot save to" differently before a file than alone)."""
    texts = {
        "cannot open": translate("store", 'cannot open "{file}": {reason}'),
        "cannot create": translate("store", 'cannot create "{file}": {reason}'),
        "cannot edit": translate("store", 'cannot edit "{file}": {reason}'),
        "cannot change": translate("store", 'cannot change "{file}": {reason}'),
        "cannot restore": translate("store", 'cannot restore "{file}": {reason}'),
        "cannot save to": translate("store", 'cannot save to "{file}": {reason}'),
        "cannot back up": translate("store", 'cannot back up "{file}": {reason}'),
        "cannot read the plan data": translate(
            "store", 'cannot read the plan data "{file}": {reason}'
        ),
    }
    return texts.get(action) or texts["cannot open"]


def _message_without_file(action: str) -> str:
    """The same message without a file to name."""
    texts = {
        "cannot open": translate("store", "cannot open: {reason}"),
        "cannot create": translate("store", "cannot create: {reason}"),
        "cannot edit": translate("store", "cannot edit: {reason}"),
        "cannot change": translate("store", "cannot change: {reason}"),
        "cannot restore": translate("store", "cannot restore: {reason}"),
        "cannot save to": translate("store", "cannot save to: {reason}"),
        "cannot back up": translate("store", "cannot back up: {reason}"),
        "cannot read the plan data": translate("store", "cannot read the plan data: {reason}"),
    }
    return texts.get(action) or texts["cannot open"]


class PlanNotFoundError(PlanFileError):
    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, translate("store", "the file does not exist"))


class PlanExistsError(PlanFileError):
    action = "cannot create"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, translate("store", "a file with that name already exists"))


class NotAPlanError(PlanFileError):
    def __init__(self, path: str | os.PathLike[str], reason: str = "") -> None:
        super().__init__(path, reason or translate("store", "it is not a BakeryPlan plan file"))


class DamagedPlanError(PlanFileError):
    """The file is a plan but SQLite finds it damaged or truncated; restore a backup."""

    def __init__(self, path: str | os.PathLike[str], detail: str = "") -> None:
        self.detail = detail
        super().__init__(
            path, translate("store", "the plan file is damaged (a backup can be restored)")
        )


class NewerVersionError(PlanFileError):
    """The plan was written by a newer BakeryPlan; it may only be opened read-only."""

    def __init__(self, path: str | os.PathLike[str], found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            translate(
                "store",
                "it was saved by a newer version of BakeryPlan (plan format {found}, this "
                "version reads up to {supported})",
            ).format(found=found, supported=supported),
        )


class PlanLockedError(PlanFileError):
    """Another running BakeryPlan has the plan open for editing."""

    action = "cannot edit"

    def __init__(self, path: str | os.PathLike[str], holder: str) -> None:
        self.holder = holder
        super().__init__(path, translate("store", "it is in use by {holder}").format(holder=holder))


class PlanLockedElsewhereError(PlanLockedError):
    """Another computer's BakeryPlan holds the lock (a plan on a shared folder): nobody can
    tell from here whether it still runs. The window offers to open the plan read-only or,
    once the owner confirms it no longer runs there, to take the lock over."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        host: str,
        since: datetime | None,
        *,
        now: datetime | None = None,
    ) -> None:
        self.host = host
        self.since = since
        if since is None:
            holder = translate("store", 'BakeryPlan on the computer "{host}"').format(host=host)
        else:
            holder = _held_since((now or datetime.now()) - since).format(
                host=host, since=language_formatter().date_time(since)
            )
        super().__init__(path, holder)
        self.reason = translate(
            "store",
            "{reason}; if BakeryPlan no longer runs there, open the plan in the window to take "
            "it over",
        ).format(reason=self.reason)


def lock_age(age: timedelta) -> str:
    """How long a lock has been held, roughly: "4 minutes", "3 hours", "2 days"."""
    count, unit = _age(age)
    if unit == "day":
        return translate("store", "%n day(s)", None, PLURAL, count)
    if unit == "hour":
        return translate("store", "%n hour(s)", None, PLURAL, count)
    return translate("store", "%n minute(s)", None, PLURAL, count)


def _age(age: timedelta) -> tuple[int, str]:
    minutes = max(0, round(age.total_seconds() / 60))
    if minutes >= 24 * 60:
        return minutes // (24 * 60), "day"
    if minutes >= 60:
        return minutes // 60, "hour"
    return minutes, "minute"


def _held_since(age: timedelta) -> str:
    """Who holds a lock, since when and how long ago, one sentence per unit of time (a
    language may inflect "days" after "ago"); ``{host}`` and ``{since}`` to fill in."""
    count, unit = _age(age)
    if unit == "day":
        return translate(
            "store", 'BakeryPlan on the computer "{host}", since {since} (%n day(s) ago)',
            None, PLURAL, count
        )  # fmt: skip
    if unit == "hour":
        return translate(
            "store", 'BakeryPlan on the computer "{host}", since {since} (%n hour(s) ago)',
            None, PLURAL, count
        )  # fmt: skip
    if count == 0:  # taken less than half a minute ago: never "0 minutes ago"
        return translate("store", 'BakeryPlan on the computer "{host}", since {since} (just now)')
    return translate(
        "store", 'BakeryPlan on the computer "{host}", since {since} (%n minute(s) ago)',
        None, PLURAL, count
    )  # fmt: skip


class WriteProtectedError(PlanFileError):
    """The plan file is write-protected or its folder is read-only: it opens read-only."""

    action = "cannot edit"


class ReadOnlyPlanError(PlanFileError):
    action = "cannot change"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, translate("store", "it is open read-only"))


class RestoreError(PlanFileError):
    action = "cannot restore"


class PlanWriteError(PlanFileError):
    """SQLite refused a change: the disk is full, another program holds the file, I/O."""

    action = "cannot save to"


class BackupError(PlanFileError):
    """A backup that could not be written (full disk, read-only data folder); the plan
    itself is unchanged. ``cause`` is the reason alone ("the disk is full")."""

    action = "cannot back up"

    def __init__(self, path: str | os.PathLike[str], cause: str, folder: Path) -> None:
        self.cause = cause
        self.folder = folder
        super().__init__(
            path,
            translate(
                "store", "{cause} (backups folder {folder}); the plan was not changed"
            ).format(cause=cause, folder=folder),
        )


class InterchangeError(PlanFileError):
    """A JSON plan that cannot be read; names the record and field at fault."""

    action = "cannot read the plan data"

    def __init__(
        self,
        record: str,
        field: str,
        message: str,
        *,
        path: str | os.PathLike[str] | None = None,
    ) -> None:
        self.record = record
        self.field = field
        self.message = message
        if field:
            text = translate("store", "{record}, field '{field}': {message}")
        else:
            text = translate("store", "{record}: {message}")
        super().__init__(path, text.format(record=record, field=field, message=message))


class RecordError(ValueError):
    """A write that breaks the plan's rules: duplicate id, unknown parent, a cycle."""


class RecordNotFoundError(RecordError, LookupError):
    """An update or delete names an id that is not in the plan."""


FILE_ERRORS: tuple[type[Exception], ...] = (PlanFileError, OSError, sqlite3.Error)
"""What a store call may raise about the file rather than about the code.

Catch these (the UI cannot name sqlite3), and let anything else reach the exception hook:
a KeyError is a bug to log, not a message for the user. ``sqlite3.Error`` is here for the
calls that still let it through (the backups' own connections).
"""

WRITE_ERRORS: tuple[type[Exception], ...] = (*FILE_ERRORS, RecordError)
"""``FILE_ERRORS``, and a write the plan's rules refuse (an id taken, a missing parent)."""
