"""When the next review is, in one sentence: late, today, in some days, or never held."""

from __future__ import annotations

from datetime import date

from bakeryplan.domain.model import ReviewCadence
from bakeryplan.text.review_due import next_review_sentence
from bakeryplan.text.translate import in_language

DUE = date(2026, 12, 7)


def test_each_moment_of_a_monthly_review() -> None:
    def said(late: int, left: int) -> str:
        return next_review_sentence(ReviewCadence.MONTHLY, DUE, late, left).format(day="7 Dec")

    assert said(0, 10) == "The monthly review is due on 7 Dec, in 10 days."
    assert said(0, 1) == "The monthly review is due on 7 Dec, in 1 day."
    assert said(0, 0) == "The monthly review is due today, 7 Dec."  # never "in 0 days"
    assert said(3, 0) == "The monthly review was due on 7 Dec: 3 days late."


def test_a_cadence_without_a_review_held_yet() -> None:
    sentence = next_review_sentence(ReviewCadence.WEEKLY, None, 0, 0)
    assert sentence == "No review held yet; the plan is to look at it together every week."


def test_due_today_in_german() -> None:
    with in_language("de"):
        sentence = next_review_sentence(ReviewCadence.QUARTERLY, DUE, 0, 0)
    assert sentence.format(day="7. Dezember") == (
        "Die vierteljährliche Besprechung ist heute fällig, am 7. Dezember."
    )
