"""The base of every undoable edit: one transaction per redo and per undo, one notice each.

``redo`` and ``undo`` each run exactly one repository transaction (``repository.atomic()``),
then ``document.reload(notice)`` reads the plan again and announces what changed: the
command's ``changes()`` after a redo, the same changes inverted after an undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from bakeryplan.editing.change_notice import ChangeNotice, PlanChange
from bakeryplan.store.errors import FILE_ERRORS, WRITE_ERRORS

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository


class PlanCommand(QUndoCommand):
    """Base: subclasses write ``apply``, ``revert`` and ``changes``; this class owns the
    transactions and the notices."""

    def __init__(self, document: PlanDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._skip_next_redo = False

    # Subclasses: the writes of one direction, inside a transaction opened here.
    def apply(self, repository: PlanRepository) -> None:
        raise NotImplementedError

    def revert(self, repository: PlanRepository) -> None:
        raise NotImplementedError

    def changes(self) -> Iterable[PlanChange]:
        """What ``apply`` changed (asked after it ran, so added records have their ids)."""
        raise NotImplementedError

    def notice(self) -> ChangeNotice:
        return ChangeNotice.of(self.changes())

    def run_first(self) -> bool:
        """Run once before the undo stack sees the command (see PlanDocument.push)."""
        done = self._run(self.apply, undoing=False)
        self._skip_next_redo = done
        return done

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._step(self.apply, undoing=False)

    def undo(self) -> None:
        self._step(self.revert, undoing=True)

    def _step(self, writes: Callable[[PlanRepository], None], *, undoing: bool) -> None:
        """An undo or redo: QUndoStack moves its index whatever happens, so when the file
        did not move with it (refused, or a bug) the history is cleared."""
        try:
            done = self._run(writes, undoing=undoing)
        except Exception:
            self.document.history_out_of_step()
            raise  # a bug: on to the exception hook
        if not done:
            self.document.history_out_of_step()

    def _run(self, writes: Callable[[PlanRepository], None], *, undoing: bool) -> bool:
        """One transaction, then a reload with its notice; False when the file refused.

        Only the store's refusals (a full disk, a broken rule, a damaged file) become a
        message here; nothing changed then, so the notice is empty. Any other error is a
        bug: it goes on to the exception hook, which logs it and tells the user; the
        transaction was rolled back, so the file and ``document.plan`` still agree.
        """
        repository = self.document.repository
        done = True
        try:
            with repository.atomic():
                writes(repository)
        except WRITE_ERRORS as error:
            self.document.report_failure(error)
            done = False
        notice = ChangeNotice()
        if done:
            notice = self.notice().inverted() if undoing else self.notice()
        try:
            self.document.reload(notice)
        except FILE_ERRORS as error:
            self.document.report_failure(error)
        return done


class CompositeCommand(PlanCommand):
    """Several commands as one undo step and one transaction (a CSV import, a multi-delete)."""

    def __init__(self, document: PlanDocument, text: str, parts: Sequence[PlanCommand]) -> None:
        super().__init__(document, text)
        self.parts = tuple(parts)

    def apply(self, repository: PlanRepository) -> None:
        for part in self.parts:
            part.apply(repository)

    def revert(self, repository: PlanRepository) -> None:
        for part in reversed(self.parts):
            part.revert(repository)

    def changes(self) -> Iterable[PlanChange]:
        for part in self.parts:
            yield from part.changes()
