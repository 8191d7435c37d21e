"""The base of every undoable edit: one transaction per redo and per undo.

``redo`` and ``undo`` each run exactly one repository transaction (``repository.atomic()``)
and then ``document.reload()``, which emits ``document.changed`` once. Generic add, edit and
delete commands cover every concept; ``ItemKind`` says how to reach one in the repository.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from bakeryplan.domain.model import Plan
from bakeryplan.store.errors import FILE_ERRORS, WRITE_ERRORS

if TYPE_CHECKING:
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.document import PlanDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class PlanCommand(QUndoCommand):
    """Base: subclasses write ``apply`` and ``revert``; this class owns transactions."""

    def __init__(self, document: PlanDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._skip_next_redo = False

    # Subclasses: the writes of one direction, inside a transaction opened here.
    def apply(self, repository: PlanRepository) -> None:
        raise NotImplementedError

    def revert(self, repository: PlanRepository) -> None:
        raise NotImplementedError

    def run_first(self) -> bool:
        """Run once before the undo stack sees the command (see PlanDocument.push)."""
        done = self._run(self.apply)
        self._skip_next_redo = done
        return done

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._step(self.apply)

    def undo(self) -> None:
        self._step(self.revert)

    def _step(self, writes: Callable[[PlanRepository], None]) -> None:
        """An undo or redo: QUndoStack moves its index whatever happens, so when the file
        did not move with it (refused, or a bug) the history is cleared."""
        try:
            done = self._run(writes)
        except Exception:
            self.document.history_out_of_step()
            raise  # a bug: on to the exception hook
        if not done:
            self.document.history_out_of_step()

    def _run(self, writes: Callable[[PlanRepository], None]) -> bool:
        """One transaction, then a reload; False when the file refused the writes.

        Only the store's refusals (a full disk, a broken rule, a damaged file) become a
        message here. Any other error is a bug: it goes on to the exception hook, which
        logs it and tells the user; the transaction was rolled back, so the file and
        ``document.plan`` still agree and need no reload.
        """
        repository = self.document.repository
        done = True
        try:
            with repository.atomic():
                writes(repository)
        except WRITE_ERRORS as error:
            self.document.report_failure(error)
            done = False
        try:
            self.document.reload()
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


# --- generic add / edit / delete -------------------------------------------------------


def find_by_id(items: Sequence[Any], item_id: int) -> Any:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


class ItemKind:
    """How to reach one concept in the repository and in a Plan value."""

    def __init__(self, name: str, plan_field: str) -> None:
        self.name = name
        self.plan_field = plan_field

    def add(self, repository: PlanRepository, item: Any) -> Any:
        return getattr(repository, f"add_{self.name}")(item)

    def update(self, repository: PlanRepository, item: Any) -> None:
        getattr(repository, f"update_{self.name}")(item)

    def delete(self, repository: PlanRepository, item_id: int) -> None:
        getattr(repository, f"delete_{self.name}")(item_id)

    def current(self, plan: Plan, item_id: int) -> Any:
        return find_by_id(getattr(plan, self.plan_field), item_id)


PERSON = ItemKind("person", "people")
GOAL = ItemKind("goal", "goals")
MEASURE = ItemKind("measure", "measures")
ACTUAL = ItemKind("actual", "actuals")
STEP = ItemKind("step", "steps")
FEEDBACK = ItemKind("feedback", "feedback")
REVIEW = ItemKind("review", "reviews")


class AddItem(PlanCommand):
    kind: ClassVar[ItemKind]
    label: ClassVar[str]

    def __init__(self, document: PlanDocument, item: Any) -> None:
        super().__init__(document, tr(self.label))
        self.item = item
        """After the first redo: the stored value with its id."""

    def apply(self, repository: PlanRepository) -> None:
        self.item = self.kind.add(repository, self.item)

    def revert(self, repository: PlanRepository) -> None:
        self.kind.delete(repository, self.item.id)


class EditItem(PlanCommand):
    kind: ClassVar[ItemKind]
    label: ClassVar[str]

    def __init__(self, document: PlanDocument, item: Any) -> None:
        super().__init__(document, tr(self.label))
        self.before = self.kind.current(document.plan, item.id)
        self.after = item

    def apply(self, repository: PlanRepository) -> None:
        self.kind.update(repository, self.after)

    def revert(self, repository: PlanRepository) -> None:
        self.kind.update(repository, self.before)


class DeleteItem(PlanCommand):
    kind: ClassVar[ItemKind]
    label: ClassVar[str]

    def __init__(self, document: PlanDocument, item_id: int) -> None:
        super().__init__(document, tr(self.label))
        self.item = self.kind.current(document.plan, item_id)

    def apply(self, repository: PlanRepository) -> None:
        self.kind.delete(repository, self.item.id)

    def revert(self, repository: PlanRepository) -> None:
        self.kind.add(repository, self.item)
