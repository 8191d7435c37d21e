"""The owner's explanations of measures that are behind or at risk, kept with each review.

A red number asks for a reason: a review asks for one for every measure behind or at
risk, and the progress pack prints the latest one beside the measure, with its date, so a
lender reads the owner's account next to the figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Review

#: The health words that ask for an explanation.
NEEDS_EXPLANATION = frozenset({Health.BEHIND, Health.AT_RISK})


@dataclass(frozen=True)
class DatedExplanation:
    """What the owner said about a measure, and at which review."""

    review: Review
    text: str

    @property
    def held(self) -> date:
        return self.review.held


def needs_explanation(health: Health) -> bool:
    return health in NEEDS_EXPLANATION


def latest_explanation(
    reviews: Iterable[Review], measure_id: int, on: date
) -> DatedExplanation | None:
    """The newest non-empty explanation of a measure from a review held on or before ``on``."""
    newest: DatedExplanation | None = None
    for review in reviews:
        if review.held > on:
            continue
        for explanation in review.explanations:
            if explanation.measure_id != measure_id or not explanation.text.strip():
                continue
            if newest is None or (review.held, review.id) > (newest.held, newest.review.id):
                newest = DatedExplanation(review, explanation.text.strip())
    return newest
