"""The lock file next to a plan: says which running BakeryPlan has it open for editing.

QLockFile writes the holder's process id, program name and host name; a lock left by a
process that has died (crash, power cut) is detected as stale and taken over. Age alone
never makes a lock stale (``setStaleLockTime(0)``): a plan may be open for days.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

from bakeryplan.store.errors import PlanLockedError
from bakeryplan.store.paths import lock_path_for


class PlanLock:
    def __init__(self, plan_path: str | os.PathLike[str]) -> None:
        self.plan_path = Path(plan_path)
        self.lock_path = lock_path_for(self.plan_path)
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> None:
        """Take the lock or raise PlanLockedError naming who holds it."""
        if self._lock.isLocked():
            return
        if self._lock.tryLock(0):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            raise PlanLockedError(self.plan_path, self.holder_description())
        raise PlanLockedError(
            self.plan_path, "another program (the lock file cannot be created or read)"
        )

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def holder_description(self) -> str:
        """E.g. 'BakeryPlan on host bakery-pc, process 4242, since 10:31'.

        Only BakeryPlan (its window or its command line) takes these locks; the program
        name QLockFile records is the process's ("python3.11" under ``python -m``), which
        would only puzzle the owner.
        """
        info = self._lock.getLockInfo()
        if not info:
            return "another program"
        pid, host, _process_name = info
        try:
            since = datetime.fromtimestamp(self.lock_path.stat().st_mtime)
        except OSError:
            since = None
        text = f"BakeryPlan on host {host}, process {pid}"
        if since is not None:
            text += f", since {since:%H:%M}"
        return text

    def __enter__(self) -> PlanLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
