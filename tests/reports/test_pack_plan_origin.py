"""The progress pack says when a measure's plan was drawn from last year, and how."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from bakeryplan.domain.model import Actual, Business, Plan
from bakeryplan.domain.plan_from_history import HistoryRequest, derive_plan
from bakeryplan.reports.pack import write_progress_pack
from bakeryplan.reports.pack_content import MeasurePage, origin_sentence, pack_content
from tests.store.history_plans import history_plan

ON = date(2026, 12, 30)


def derived_plan() -> Plan:
    plan = history_plan()
    plan = dataclasses.replace(plan, business=Business("Sunrise Bakery", locale="en_GB"))
    revenue = plan.measure(1)
    assert revenue is not None
    request = HistoryRequest(date(2026, 8, 2), 8.0)
    derived = derive_plan(revenue, plan.actuals_of(1), plan.business, request).measure
    return dataclasses.replace(plan, measures=(derived, *plan.measures[1:]))


def test_the_measure_page_says_the_plan_came_from_last_year(tmp_path: Path) -> None:
    plan = derived_plan()
    sentence = "Planned from last year (year ending 2 Aug 2026), +8 %."
    assert origin_sentence(plan, plan.measures[0]) == sentence
    assert origin_sentence(plan, plan.measures[1]) == ""
    path = write_progress_pack(plan, tmp_path / "pack.pdf", on=ON)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    revenue_page = next(text for text in pages if text.startswith("Weekly revenue"))
    assert sentence in revenue_page
    rating_page = next(text for text in pages if text.startswith("Google rating"))
    assert "Planned from last year" not in rating_page


def with_weeks(plan: Plan, until: date) -> Plan:
    """The plan's weeks recorded on their Saturdays, at plan, up to ``until``."""
    m = plan.measures[0]
    entries = [
        Actual(1, p.on + timedelta(days=5), p.value)
        for p in m.points
        if p.on + timedelta(days=5) <= until
    ]
    return dataclasses.replace(plan, actuals=plan.actuals + tuple(entries))


def revenue_page(plan: Plan, on: date) -> MeasurePage:
    return next(page for page in pack_content(plan, on).measures if page.measure_id == 1)


def test_the_latest_values_leave_out_the_weeks_before_the_plan() -> None:
    """Two weeks into the plan, the table lists those two, not last year's weeks before."""
    on = date(2026, 8, 19)
    plan = with_weeks(derived_plan(), on)
    assert [row[0] for row in revenue_page(plan, on).recent] == [
        "Week of 10 Aug 2026",
        "Week of 3 Aug 2026",
    ]
    # An ordinary plan with the same curve lists the latest weeks, whichever plan they had.
    m = dataclasses.replace(plan.measures[0], planned_from=None)
    plain = dataclasses.replace(plan, measures=(m, *plan.measures[1:]))
    recent = revenue_page(plain, on).recent
    assert len(recent) == 6
    assert recent[2][0] == "Week of 27 Jul 2026" and recent[2][1] == "€0"


def test_the_pack_speaks_of_the_year() -> None:
    plan = with_weeks(derived_plan(), ON)
    page = revenue_page(plan, ON)
    assert "At this pace the year totals" in page.note
    assert "target" not in page.note
    row = next(row for row in pack_content(plan, ON).summary if row.name == "Weekly revenue")
    assert row.due == "8 Aug 2027"  # the plan's last day, not the day after it
