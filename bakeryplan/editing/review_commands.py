"""Edits that come out of a review: the review itself with what it decided, and a piece of
feedback turned into a step.

``HoldReview`` is everything the review wizard's Finish writes, as ONE undo step and one
transaction each way: the review (with its snapshot and explanations), the steps its
decisions became, the targets it changed, the feedback it adopted and the cadence chosen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from bakeryplan.domain.model import (
    Business,
    Feedback,
    FeedbackStatus,
    Measure,
    Review,
    ReviewCadence,
    Step,
)
from bakeryplan.editing.change_notice import ChangeKind, Operation, PlanChange, change
from bakeryplan.editing.plan_command import CompositeCommand, PlanCommand
from bakeryplan.editing.record_commands import AddStep, EditFeedback
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository

T = TypeVar("T", Measure, Feedback)


class HoldReview(PlanCommand):
    """A review and its consequences. ``steps`` come without ids; ``measures`` and
    ``feedback`` are the changed values of stored records (their ``before`` is read from the
    plan here). After the first redo, ``review`` and ``steps`` hold their stored ids, so a
    redo after an undo puts back the same records."""

    def __init__(
        self,
        document: PlanDocument,
        review: Review,
        *,
        steps: Sequence[Step] = (),
        measures: Sequence[Measure] = (),
        feedback: Sequence[Feedback] = (),
        cadence: ReviewCadence | None = None,
    ) -> None:
        super().__init__(document, translate("commands", "Hold review"))
        plan = document.plan
        self.review = review
        self.steps = tuple(steps)
        self.measures = tuple(_changed_measure(_stored(plan.measures, m.id), m) for m in measures)
        self.feedback = tuple((_stored(plan.feedback, f.id), f) for f in feedback)
        self.business: tuple[Business, Business] | None = None
        if cadence is not None and cadence is not plan.business.review_cadence:
            self.business = (plan.business, replace(plan.business, review_cadence=cadence))

    def apply(self, repository: PlanRepository) -> None:
        self.review = repository.add_review(self.review)
        self.steps = tuple(repository.add_step(step) for step in self.steps)
        for _, measure in self.measures:
            repository.update_measure(measure)
        for _, item in self.feedback:
            repository.update_feedback(item)
        if self.business is not None:
            repository.set_business(self.business[1])

    def revert(self, repository: PlanRepository) -> None:
        if self.business is not None:
            repository.set_business(self.business[0])
        for item, _ in reversed(self.feedback):
            repository.update_feedback(item)
        for measure, _ in reversed(self.measures):
            repository.update_measure(measure)
        for step in reversed(self.steps):
            repository.delete_step(step.id)
        repository.delete_review(self.review.id)

    def changes(self) -> Iterable[PlanChange]:
        yield change(ChangeKind.REVIEW, Operation.ADDED, [self.review.id])
        yield change(ChangeKind.STEP, Operation.ADDED, (s.id for s in self.steps))
        yield change(ChangeKind.MEASURE, Operation.EDITED, (m.id for _, m in self.measures))
        yield change(ChangeKind.FEEDBACK, Operation.EDITED, (f.id for _, f in self.feedback))
        if self.business is not None:
            yield change(ChangeKind.BUSINESS, Operation.EDITED)


def _changed_measure(before: Measure, after: Measure) -> tuple[Measure, Measure]:
    """A new target decided in a review is an edit by hand: a plan drawn from last year is
    no longer the one drawn (``origin_after_edit``)."""
    from bakeryplan.domain.plan_from_history import origin_after_edit

    return before, origin_after_edit(before, after)


def _stored(values: Sequence[T], value_id: int) -> T:
    found = next((v for v in values if v.id == value_id), None)
    if found is None:
        raise KeyError(value_id)
    return found


def feedback_as_step(document: PlanDocument, feedback: Feedback, step: Step) -> PlanCommand:
    """The step added and the feedback marked adopted (answered with the step's title when it
    had no answer yet), as one undo step."""
    response = feedback.response or translate("commands", "Made a step: {title}").format(
        title=step.title
    )
    adopted = replace(feedback, status=FeedbackStatus.ADOPTED, response=response)
    return CompositeCommand(
        document,
        translate("commands", "Make a step of feedback"),
        [AddStep(document, step), EditFeedback(document, adopted)],
    )
