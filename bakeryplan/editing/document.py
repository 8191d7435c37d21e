"""The one object that owns an open plan: repository, current Plan value, undo stack.

Panels read ``document.plan`` and follow ``plan_changed``, whose ``ChangeNotice`` names the
records an edit (or its undo or redo) changed, so each panel updates only what it shows;
panels never talk to each other.
Every edit goes through :meth:`PlanDocument.push` so it is undoable and refused in
read-only mode in one place. Backups run here too: the one of opening (deferred by the
opener so the window shows first) and the daily one, checked hourly so that a plan left
open for days still gets one a day.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from bakeryplan.domain.model import Plan
from bakeryplan.editing.change_notice import ChangeNotice
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.editing.plan_command import PlanCommand
    from bakeryplan.store.repository import PlanRepository

log = logging.getLogger(__name__)

TODAY_ENV = "BAKERYPLAN_TODAY"
BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000  # the daily backup is due at most an hour late


def today_from_environment() -> date:
    """Today's date, or the one in BAKERYPLAN_TODAY (screenshots and demos need a fixed day)."""
    fixed = os.environ.get(TODAY_ENV, "").strip()
    if fixed:
        try:
            return date.fromisoformat(fixed)
        except ValueError:
            log.warning("Ignoring %s=%r: expected YYYY-MM-DD", TODAY_ENV, fixed)
    return date.today()


class PlanDocument(QObject):
    """An open plan file as the widgets see it."""

    plan_changed = Signal(ChangeNotice)
    """What changed: emitted once after every edit, undo and redo (``plan`` reloaded)."""

    selection_requested = Signal(str, int)
    """(kind, id): some panel asks the panel that shows this kind to select the item."""

    edit_refused = Signal(str)
    """A plain-text message: an edit was refused (read-only plan) or failed to be written."""

    backup_failed = Signal(str)
    """Why a backup could not be made (plain text), emitted once per document: the owner is
    told once and decides whether to go on without backups."""

    def __init__(
        self,
        repository: PlanRepository,
        *,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self._today = today or today_from_environment
        self._now = now or (lambda: datetime.now(UTC))
        self.undo_stack = QUndoStack(self)
        self.plan: Plan = repository.load()
        self.previous_plan: Plan = self.plan
        """The plan before the last edit: where a removed record can still be looked up."""
        self._closed = False
        self.backup_timer: QTimer | None = None
        self.backup_failure_told = False

    @property
    def read_only(self) -> bool:
        return bool(self.repository.read_only)

    @property
    def path(self) -> Path:
        return Path(self.repository.path)

    @property
    def is_closed(self) -> bool:
        return self._closed

    def today(self) -> date:
        return self._today()

    def reload(self, notice: ChangeNotice) -> None:
        """Read the plan again from the file and tell every subscriber what changed (an
        empty notice when an edit was refused: nothing to update)."""
        self.previous_plan = self.plan
        self.plan = self.repository.load()
        if notice:
            self.plan_changed.emit(notice)

    def measures_of_actuals(self, actual_ids: frozenset[int]) -> set[int]:
        """The measures the actuals ``actual_ids`` belong (or, removed, belonged) to."""
        return {
            a.measure_id
            for plan in (self.plan, self.previous_plan)
            for a in plan.actuals
            if a.id in actual_ids
        }

    def push(self, command: PlanCommand) -> bool:
        """Run ``command`` once and keep it on the undo stack; False when refused or failed.

        The command is run before it is pushed so that a failed write never leaves a
        command on the stack that claims to have happened.
        """
        if self._closed:
            self.edit_refused.emit(
                translate("PlanDocument", "This plan is closed; nothing was changed.")
            )
            return False
        if self.read_only:
            self.edit_refused.emit(
                translate(
                    "PlanDocument",
                    "This plan is open read-only, so it cannot be changed here. "
                    "Close the other window that has it open, then open it again.",
                )
            )
            return False
        if not command.run_first():
            self._tell_backup_failure()
            return False
        self.undo_stack.push(command)
        self._tell_backup_failure()  # the first write makes the backup of opening
        return True

    def history_out_of_step(self) -> None:
        """An undo or redo the file refused: the stack has moved, the file has not.

        The history is cleared once the stack has finished its step, so that no later
        undo or redo acts on a state the file never reached.
        """
        log.warning("Undo history cleared: an undo or redo could not be written")
        QTimer.singleShot(0, self, self.undo_stack.clear)

    def report_failure(self, error: BaseException) -> None:
        """Show a failed write to the user (through whoever listens to edit_refused)."""
        log.exception("Edit failed", exc_info=error)
        detail = str(error) or type(error).__name__
        message = translate(
            "PlanDocument", "The change could not be saved to the plan file: {detail}"
        ).format(detail=detail)
        self.edit_refused.emit(message)

    def start_backups(self) -> None:
        """Make the backup of opening if it is still due, then check hourly for the daily one.

        Called once the window is on screen; calling it again does nothing more. Writes
        never wait for it: the repository makes a pending backup before the first write.
        """
        if self._closed or self.backup_timer is not None:
            return
        self.back_up_if_due()
        if self.read_only:
            return
        timer = QTimer(self)
        timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        timer.timeout.connect(self.back_up_if_due)
        timer.start()
        self.backup_timer = timer

    def back_up_if_due(self) -> Path | None:
        """The pending backup of opening, else the daily one if the newest is a day old.

        Returns the new backup's path, or None when none was due or possible. A failure is
        logged, never raised: the plan itself is fine and stays usable.
        """
        repository = self.repository
        if self._closed or self.read_only or repository.in_transaction:
            return None
        from bakeryplan.store.backups import backup_if_due
        from bakeryplan.store.errors import FILE_ERRORS, BackupError

        if repository.open_backup_pending:
            repository.back_up_on_open()
            if repository.backup_error:
                self._tell_backup_failure()
                return None  # the same cause would stop the daily one: tell it once
        try:
            return backup_if_due(repository, self._now())
        except BackupError as error:
            self._backup_failed(
                translate("PlanDocument", "{cause} (backups folder {folder})").format(
                    cause=error.cause, folder=error.folder
                )
            )
        except FILE_ERRORS as error:
            self._backup_failed(str(error))
        return None

    def _tell_backup_failure(self) -> None:
        """The repository's failed backup of opening, if there was one, told once."""
        if self.repository.backup_error and not self.backup_failure_told:
            self._backup_failed(self.repository.backup_error)

    def _backup_failed(self, reason: str) -> None:
        log.warning("A backup of %s failed: %s", self.path, reason)
        if not self.backup_failure_told:
            self.backup_failure_told = True
            self.backup_failed.emit(reason)

    def close(self) -> None:
        """Release the file (and its lock); the document is unusable afterwards."""
        if self._closed:
            return
        self._closed = True
        if self.backup_timer is not None:
            self.backup_timer.stop()
        self.undo_stack.clear()
        self.repository.close()
