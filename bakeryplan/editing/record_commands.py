"""Adding, editing and deleting one record of a kind (deletes without a cascade), and the
business details and vision, which are one per plan.

Command texts name the kind of edit only ("Add goal"), never user text: they end up in
menu items where ``&`` would turn into a mnemonic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from bakeryplan.domain.model import (
    Actual,
    Business,
    Feedback,
    Goal,
    Measure,
    Person,
    Review,
    Step,
    VisionRevision,
)
from bakeryplan.editing import record_kinds as kinds
from bakeryplan.editing.change_notice import ChangeKind, Operation, PlanChange, change
from bakeryplan.editing.plan_command import CompositeCommand, PlanCommand
from bakeryplan.editing.record_kinds import RecordKind, Stored
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository

T = TypeVar("T", bound=Stored)


class AddRecord(PlanCommand, Generic[T]):
    kind: ClassVar[RecordKind[Any]]

    def undo_text(self) -> str:
        """The Edit menu's "Undo …" words, in the language of the moment."""
        raise NotImplementedError

    def __init__(self, document: PlanDocument, item: T) -> None:
        super().__init__(document, self.undo_text())
        self.item = item
        """After the first redo: the stored value with its id (kept by a redo after undo)."""

    def apply(self, repository: PlanRepository) -> None:
        self.item = self.kind.add(repository, self.item)

    def revert(self, repository: PlanRepository) -> None:
        self.kind.delete(repository, self.item.id)

    def changes(self) -> Iterable[PlanChange]:
        return (change(self.kind.change, Operation.ADDED, [self.item.id]),)


class EditRecord(PlanCommand, Generic[T]):
    kind: ClassVar[RecordKind[Any]]

    def undo_text(self) -> str:
        """The Edit menu's "Undo …" words, in the language of the moment."""
        raise NotImplementedError

    def __init__(self, document: PlanDocument, item: T) -> None:
        super().__init__(document, self.undo_text())
        self.before: T = self.kind.current(document.plan, item.id)
        self.after = item

    def apply(self, repository: PlanRepository) -> None:
        self.kind.update(repository, self.after)

    def revert(self, repository: PlanRepository) -> None:
        self.kind.update(repository, self.before)

    def changes(self) -> Iterable[PlanChange]:
        return (change(self.kind.change, Operation.EDITED, [self.after.id]),)


class DeleteRecord(PlanCommand, Generic[T]):
    kind: ClassVar[RecordKind[Any]]

    def undo_text(self) -> str:
        """The Edit menu's "Undo …" words, in the language of the moment."""
        raise NotImplementedError

    def __init__(self, document: PlanDocument, item_id: int) -> None:
        super().__init__(document, self.undo_text())
        self.item: T = self.kind.current(document.plan, item_id)

    def apply(self, repository: PlanRepository) -> None:
        self.kind.delete(repository, self.item.id)

    def revert(self, repository: PlanRepository) -> None:
        self.kind.add(repository, self.item)

    def changes(self) -> Iterable[PlanChange]:
        return (change(self.kind.change, Operation.REMOVED, [self.item.id]),)


class AddPerson(AddRecord[Person]):
    kind = kinds.PERSON

    def undo_text(self) -> str:
        return translate("commands", "Add person")


class EditPerson(EditRecord[Person]):
    kind = kinds.PERSON

    def undo_text(self) -> str:
        return translate("commands", "Edit person")


class AddGoal(AddRecord[Goal]):
    kind = kinds.GOAL

    def undo_text(self) -> str:
        return translate("commands", "Add goal")


class EditGoal(EditRecord[Goal]):
    kind = kinds.GOAL

    def undo_text(self) -> str:
        return translate("commands", "Edit goal")


class AddMeasure(AddRecord[Measure]):
    kind = kinds.MEASURE

    def undo_text(self) -> str:
        return translate("commands", "Add measure")


class EditMeasure(EditRecord[Measure]):
    """A measure as its form saves it (the form says whether a plan is still the one drawn
    from last year: ``MeasureForm.measure``)."""

    kind = kinds.MEASURE

    def undo_text(self) -> str:
        return translate("commands", "Edit measure")


class PlanFromLastYear(EditRecord[Measure]):
    """The measure with the plan drawn from last year: its curve, baseline, target and dates
    replaced in one transaction; undo puts the previous plan back."""

    kind = kinds.MEASURE

    def undo_text(self) -> str:
        return translate("commands", "Plan from last year")


class AddActual(AddRecord[Actual]):
    kind = kinds.ACTUAL

    def undo_text(self) -> str:
        return translate("commands", "Add actual")


class EditActual(EditRecord[Actual]):
    kind = kinds.ACTUAL

    def undo_text(self) -> str:
        return translate("commands", "Edit actual")


class DeleteActual(DeleteRecord[Actual]):
    kind = kinds.ACTUAL

    def undo_text(self) -> str:
        return translate("commands", "Delete actual")


class AddStep(AddRecord[Step]):
    kind = kinds.STEP

    def undo_text(self) -> str:
        return translate("commands", "Add step")


class EditStep(EditRecord[Step]):
    kind = kinds.STEP

    def undo_text(self) -> str:
        return translate("commands", "Edit step")


class DeleteStep(DeleteRecord[Step]):
    kind = kinds.STEP

    def undo_text(self) -> str:
        return translate("commands", "Delete step")


class AddFeedback(AddRecord[Feedback]):
    kind = kinds.FEEDBACK

    def undo_text(self) -> str:
        return translate("commands", "Add feedback")


class EditFeedback(EditRecord[Feedback]):
    kind = kinds.FEEDBACK

    def undo_text(self) -> str:
        return translate("commands", "Edit feedback")


class DeleteFeedback(DeleteRecord[Feedback]):
    kind = kinds.FEEDBACK

    def undo_text(self) -> str:
        return translate("commands", "Delete feedback")


class AddReview(AddRecord[Review]):
    kind = kinds.REVIEW

    def undo_text(self) -> str:
        return translate("commands", "Add review")


class EditReview(EditRecord[Review]):
    kind = kinds.REVIEW

    def undo_text(self) -> str:
        return translate("commands", "Edit review")


class DeleteReview(DeleteRecord[Review]):
    kind = kinds.REVIEW

    def undo_text(self) -> str:
        return translate("commands", "Delete review")


class SetBusiness(PlanCommand):
    def __init__(self, document: PlanDocument, business: Business) -> None:
        super().__init__(document, translate("commands", "Edit business details"))
        self.before = document.plan.business
        self.after = business

    def apply(self, repository: PlanRepository) -> None:
        repository.set_business(self.after)

    def revert(self, repository: PlanRepository) -> None:
        repository.set_business(self.before)

    def changes(self) -> Iterable[PlanChange]:
        return (change(ChangeKind.BUSINESS, Operation.EDITED),)


class AddVisionRevision(PlanCommand):
    """A new vision revision; earlier ones are kept, undo removes only this one."""

    def __init__(self, document: PlanDocument, revision: VisionRevision) -> None:
        super().__init__(document, translate("commands", "Revise vision"))
        self.revision = revision

    def apply(self, repository: PlanRepository) -> None:
        self.revision = repository.add_vision(self.revision)

    def revert(self, repository: PlanRepository) -> None:
        repository.delete_vision(self.revision.id)

    def changes(self) -> Iterable[PlanChange]:
        return (change(ChangeKind.VISION, Operation.ADDED, [self.revision.id]),)


def actuals_import(document: PlanDocument, actuals: Sequence[Actual]) -> CompositeCommand:
    """All imported actuals as one undo step."""
    return CompositeCommand(
        document, translate("commands", "Import actuals"), [AddActual(document, a) for a in actuals]
    )


def delete_actuals(document: PlanDocument, actual_ids: Sequence[int]) -> PlanCommand:
    """One or several actuals deleted as one undo step."""
    if len(actual_ids) == 1:
        return DeleteActual(document, actual_ids[0])
    return CompositeCommand(
        document,
        translate("commands", "Delete actuals"),
        [DeleteActual(document, i) for i in actual_ids],
    )
