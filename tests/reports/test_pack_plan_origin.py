"""The progress pack says when a measure's plan was drawn from last year, and how."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from bakeryplan.domain.model import Business, Plan
from bakeryplan.domain.plan_from_history import HistoryRequest, derive_plan
from bakeryplan.reports.pack import write_progress_pack
from bakeryplan.reports.pack_content import origin_sentence
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
