"""The lock file next to a plan: says which running BakeryPlan has it open for editing.

QLockFile writes the holder's process id, program name and host name, and takes over by
itself a lock whose process is gone on this computer (a crash, a power cut). Age alone
never makes a lock stale (``setStaleLockTime(0)``): a plan may be open for days.

Two cases QLockFile leaves locked for ever are settled here, as trusted desktop apps
(LibreOffice's lock files, for one) settle them:

- A lock file that is empty (a kill at the moment it was written) or holds no process id
  and host names nobody: it is taken over. QLockFile removes it only when no running
  process on this computer still holds it open, so a copy that is just starting keeps it.
- A lock from another computer (a plan on a shared folder) cannot be checked from here:
  :class:`~bakeryplan.store.errors.PlanLockedElsewhereError` names that computer and the
  lock's age, and ``acquire(take_over=True)`` takes it over once the owner has confirmed
  that BakeryPlan no longer runs there.

A folder where no lock file can be made is named as read-only, never as "in use".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from bakeryplan.store.errors import (
    PlanFileError,
    PlanLockedElsewhereError,
    PlanLockedError,
    WriteProtectedError,
)
from bakeryplan.store.paths import lock_path_for
from bakeryplan.text.formatter import language_formatter
from bakeryplan.text.translate import translate

_LOCK_INFO_BYTES = 4096  # a lock file holds five short lines


@dataclass(frozen=True)
class LockHolder:
    """Who a lock file names; ``pid`` 0 or an empty ``host``: it names nobody."""

    pid: int
    host: str
    since: datetime | None

    @property
    def readable(self) -> bool:
        return self.pid > 0 and bool(self.host)

    @property
    def on_this_computer(self) -> bool:
        return self.host == QSysInfo.machineHostName()


class PlanLock:
    def __init__(self, plan_path: str | os.PathLike[str]) -> None:
        self.plan_path = Path(plan_path)
        self.lock_path = lock_path_for(self.plan_path)
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self, *, take_over: bool = False) -> None:
        """Take the lock or raise a PlanFileError saying why not (module docstring).

        ``take_over``: the owner confirmed that the BakeryPlan on another computer that
        holds the lock no longer runs; its lock is removed and taken.
        """
        if self._lock.isLocked() or self._lock.tryLock(0):
            return
        if self._lock.error() == QLockFile.LockError.PermissionError:
            folder = self.plan_path.parent
            raise WriteProtectedError(self.plan_path, f"its folder {folder} is read-only")
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            raise PlanFileError(self.plan_path, "its lock file cannot be created or read")
        holder = self.holder()
        foreign = holder.readable and not holder.on_this_computer
        if (not holder.readable or (foreign and take_over)) and self._take_over():
            return
        if foreign:
            raise PlanLockedElsewhereError(self.plan_path, holder.host, holder.since)
        raise PlanLockedError(self.plan_path, describe(holder))

    def _take_over(self) -> bool:
        """Remove the lock file (unless a live process here holds it) and take the lock."""
        return self._lock.removeStaleLockFile() and self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def holder(self) -> LockHolder:
        """What the lock file says, read directly: QLockFile's own reading does not say
        whether the file named anyone at all."""
        try:
            with self.lock_path.open("rb") as handle:
                lines = handle.read(_LOCK_INFO_BYTES).decode("utf-8", "replace").split("\n")
            since = datetime.fromtimestamp(self.lock_path.stat().st_mtime)
        except OSError:
            return LockHolder(0, "", None)
        pid = int(lines[0]) if lines[0].strip().isdigit() else 0
        host = lines[2].strip() if len(lines) > 2 else ""
        return LockHolder(pid, host, since)

    def __enter__(self) -> PlanLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def describe(holder: LockHolder) -> str:
    """E.g. 'BakeryPlan on this computer (bakery-pc), process 4242, since 27 Nov 2026, 10:31'.

    Only BakeryPlan (its window or its command line) takes these locks; the program name
    QLockFile records is the process's ("python3.11" under ``python -m``), which would only
    puzzle the owner. A lock that names nobody is described as such, never as "host ,
    process 0".
    """
    since = language_formatter().date_time(holder.since) if holder.since else ""
    if not holder.readable:
        if since:
            text = translate(
                "store", "another copy of BakeryPlan that is starting or stopping, since {since}"
            )
        else:
            text = translate("store", "another copy of BakeryPlan that is starting or stopping")
    elif holder.on_this_computer:
        if since:
            text = translate(
                "store", "BakeryPlan on this computer ({host}), process {pid}, since {since}"
            )
        else:
            text = translate("store", "BakeryPlan on this computer ({host}), process {pid}")
    elif since:
        text = translate("store", 'BakeryPlan on the computer "{host}", since {since}')
    else:
        text = translate("store", 'BakeryPlan on the computer "{host}"')
    return text.format(host=holder.host, pid=holder.pid, since=since)
