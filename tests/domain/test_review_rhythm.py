"""The review cadence, the overdue finding and the latest explanation of a measure."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from bakeryplan.domain.alignment import Finding, find_alignment_issues
from bakeryplan.domain.explanations import latest_explanation, needs_explanation
from bakeryplan.domain.health import Health
from bakeryplan.domain.model import (
    Business,
    Explanation,
    Plan,
    Review,
    ReviewCadence,
    ReviewKind,
)
from bakeryplan.domain.review_cadence import (
    kind_for_next_review,
    next_review_after,
    review_due,
)
from bakeryplan.text.findings import finding_sentence
from bakeryplan.text.formatter import Formatter
from tests.domain.builders import d


@pytest.mark.parametrize(
    ("cadence", "held", "due"),
    [
        (ReviewCadence.WEEKLY, d(3, 2), d(3, 9)),
        (ReviewCadence.MONTHLY, d(1, 31), d(2, 28)),
        (ReviewCadence.MONTHLY, d(12, 15), date(2027, 1, 15)),
        (ReviewCadence.QUARTERLY, d(11, 30), date(2027, 2, 28)),
        (ReviewCadence.NONE, d(3, 2), None),
    ],
)
def test_the_next_review_is_due_one_cadence_after_the_last(
    cadence: ReviewCadence, held: date, due: date | None
) -> None:
    assert next_review_after(cadence, held) == due


def said(finding: Finding) -> str:
    return finding_sentence(Formatter("en_GB", "EUR"), finding)


def rhythm_plan(cadence: ReviewCadence, *helds: date) -> Plan:
    reviews = tuple(Review(held, id=i) for i, held in enumerate(helds, start=1))
    return Plan(Business("Test", review_cadence=cadence), reviews=reviews)


def review_findings(plan: Plan, on: date) -> list[tuple[str, str, str]]:
    return [
        (f.code, f.severity, said(f))
        for f in find_alignment_issues(plan, on)
        if f.code.startswith("review_")
    ]


def test_a_review_past_due_is_a_warning_naming_the_days_and_the_last_review() -> None:
    plan = rhythm_plan(ReviewCadence.MONTHLY, d(1, 5), d(2, 3))
    assert review_findings(plan, d(3, 3)) == []  # due today: not late yet
    (finding,) = [f for f in find_alignment_issues(plan, d(3, 15)) if f.code == "review_overdue"]
    assert finding.severity == "warning"
    assert said(finding) == (
        "The monthly review is 12 days overdue: it was due on 3 March 2026, and the last "
        "review was held on 3 February 2026."
    )
    assert (finding.subject.kind, finding.subject.id) == ("review", 2)
    due = review_due(plan, d(3, 15))
    assert (due.due, due.days_overdue) == (d(3, 3), 12)


def test_without_a_cadence_nothing_is_due() -> None:
    plan = rhythm_plan(ReviewCadence.NONE, d(1, 5))
    assert review_findings(plan, d(12, 1)) == []
    assert review_findings(rhythm_plan(ReviewCadence.NONE), d(12, 1)) == []


def test_a_cadence_with_no_review_yet_is_a_note() -> None:
    (finding,) = review_findings(rhythm_plan(ReviewCadence.WEEKLY), d(3, 1))
    assert finding[:2] == ("review_none_yet", "info")
    assert "review it weekly" in finding[2]
    # a review planned for later is not held yet
    assert review_findings(rhythm_plan(ReviewCadence.WEEKLY, d(3, 9)), d(3, 1))[0][0] == (
        "review_none_yet"
    )


def test_a_new_review_takes_the_kind_of_the_cadence_or_of_the_last_review() -> None:
    assert kind_for_next_review(rhythm_plan(ReviewCadence.WEEKLY), d(3, 1)) is ReviewKind.HUDDLE
    plan = Plan(Business("Test"), reviews=(Review(d(2, 1), ReviewKind.QUARTERLY, id=1),))
    assert kind_for_next_review(plan, d(3, 1)) is ReviewKind.QUARTERLY
    assert kind_for_next_review(rhythm_plan(ReviewCadence.NONE), d(3, 1)) is ReviewKind.MONTHLY


def test_the_latest_explanation_of_a_measure_up_to_a_day() -> None:
    older = Review(d(1, 5), explanations=(Explanation(1, "Snow"), Explanation(2, "Oven")), id=1)
    newer = Review(d(2, 5), explanations=(Explanation(1, "  "), Explanation(2, "Flu")), id=2)
    later = Review(d(3, 5), explanations=(Explanation(2, "Holidays"),), id=3)
    reviews = (newer, later, older)
    found = latest_explanation(reviews, 2, d(2, 20))
    assert found is not None and (found.text, found.held) == ("Flu", d(2, 5))
    found = latest_explanation(reviews, 1, d(3, 20))  # an empty one is no explanation
    assert found is not None and (found.text, found.review.id) == ("Snow", 1)
    assert latest_explanation(reviews, 3, d(3, 20)) is None
    assert latest_explanation(reviews, 2, d(1, 1)) is None
    same_day = dataclasses.replace(older, id=4, explanations=(Explanation(2, "Second look"),))
    found = latest_explanation((*reviews, same_day), 2, d(1, 5))
    assert found is not None and found.text == "Second look"


def test_only_behind_and_at_risk_need_an_explanation() -> None:
    assert [h for h in Health if needs_explanation(h)] == [Health.BEHIND, Health.AT_RISK]
