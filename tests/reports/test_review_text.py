"""What changed since the last review, worded for the window and the terminal."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date

import pytest

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Alignment, Business, PlanOrigin
from bakeryplan.domain.plan_changes import ChangeField, ChangeValue, PlanChange
from bakeryplan.domain.review_digest import review_digest
from bakeryplan.reports.review_text import digest_as_text, health_words, plan_change_line
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.demo_figures import REVENUE
from tests.reports.chart_fixtures import DEMO_TODAY

IRISH = Business("Sunrise Bakery", currency="EUR", locale="en_IE")
DRAWN = PlanOrigin(date(2026, 8, 2), 8.0)


def change(
    field: ChangeField,
    before: ChangeValue = None,
    after: ChangeValue = None,
    *,
    subject: str = "measure",
    unit: str = "EUR",
) -> PlanChange:
    return PlanChange(subject, 1, "Weekly revenue", field, before, after, unit)


@pytest.mark.parametrize(
    ("plan_change", "words"),
    [
        (change(ChangeField.TARGET, 9000.0, 9500.0), "Weekly revenue: target €9,000 → €9,500"),
        (
            change(ChangeField.TARGET, 4.5, 4.75, unit="stars"),
            "Weekly revenue: target 4.50 stars → 4.75 stars",
        ),
        (
            change(ChangeField.TARGET_DATE, date(2027, 5, 31), date(2027, 6, 30)),
            "Weekly revenue: target date 31 May 2027 → 30 Jun 2027",
        ),
        (change(ChangeField.CURVE, "custom", "custom"), "Weekly revenue: planned curve redrawn"),
        (
            change(ChangeField.CURVE, "linear", "stepped"),
            "Weekly revenue: planned curve redrawn (linear → stepped)",
        ),
        (
            change(ChangeField.COUNTING, "month latest", "week total"),
            "Weekly revenue: now counted as the total of a week (was the latest figure of a month)",
        ),
        (change(ChangeField.ADDED), "Weekly revenue: measure added"),
        (change(ChangeField.REMOVED, subject="goal"), "Weekly revenue: goal deleted"),
        (
            change(ChangeField.STATUS, "active", "dropped", subject="goal"),
            "Weekly revenue: goal marked dropped (was active)",
        ),
        (
            change(ChangeField.DUE, None, date(2027, 1, 31), subject="goal"),
            "Weekly revenue: due date none → 31 Jan 2027",
        ),
        (
            change(ChangeField.NAME, "Revenue", "Weekly revenue"),
            "Weekly revenue: renamed (was \u201cRevenue\u201d)",
        ),
        (
            change(ChangeField.ORIGIN, None, DRAWN),
            "Weekly revenue: now planned from last year (year ending 2 Aug 2026, +8 %)",
        ),
        (
            change(ChangeField.ORIGIN, DRAWN, replace(DRAWN, change_percent=10.0)),
            "Weekly revenue: planned from last year again (year ending 2 Aug 2026, +10 %; "
            "was year ending 2 Aug 2026, +8 %)",
        ),
        (
            change(ChangeField.ORIGIN, DRAWN, replace(DRAWN, alignment=Alignment.DATE)),
            "Weekly revenue: planned from last year again (year ending 2 Aug 2026, +8 %, days "
            "matched by date; was year ending 2 Aug 2026, +8 %)",
        ),
        (
            change(ChangeField.ORIGIN, DRAWN, None),
            "Weekly revenue: no longer the plan drawn from last year",
        ),
    ],
)
def test_each_change_to_the_plan_in_plain_words(plan_change: PlanChange, words: str) -> None:
    assert plan_change_line(plan_change, IRISH).text() == words


def test_health_words() -> None:
    assert health_words(Health.ON_TRACK, Health.BEHIND) == "On track → Behind"
    assert health_words(None, Health.AT_RISK) == "new, At risk"


def test_the_digest_names_each_section_with_its_count() -> None:
    plan = demo_plan(DEMO_TODAY)
    revenue = plan.measure(REVENUE)
    assert revenue is not None
    raised = dataclasses.replace(revenue, target=9500.0)
    plan = dataclasses.replace(
        plan, measures=tuple(raised if m.id == REVENUE else m for m in plan.measures)
    )
    digest = review_digest(plan, DEMO_TODAY)
    assert digest is not None
    text = digest_as_text(plan, digest)
    assert text.startswith(
        "Sunrise Bakery: what changed since the monthly review of 7 November 2026 (20 days "
        "ago) to 27 November 2026\n"
    )
    assert "Measures whose health changed (1)\n  - Unsold bread: On track → Behind (" in text
    assert "Changes to the plan (1)\n  - Weekly revenue: target €9,000 → €9,500\n" in text
    assert "Steps done: none" in text
    assert "Steps newly overdue (1)\n  - Buy a second set of delivery crates (Sam O'Brien" in text
    assert "Decisions of the last review (3)\n  - Bake the afternoon batch" in text
    assert text.endswith("28 actuals recorded since.\n")


def test_without_a_snapshot_the_digest_says_plan_changes_are_not_known() -> None:
    plan = demo_plan(DEMO_TODAY)
    plain = dataclasses.replace(plan.reviews[0], snapshot=None)
    digest = review_digest(dataclasses.replace(plan, reviews=(plain,)), DEMO_TODAY)
    assert digest is not None
    assert "Changes to the plan: not known: the last review kept no snapshot" in digest_as_text(
        plan, digest
    )
