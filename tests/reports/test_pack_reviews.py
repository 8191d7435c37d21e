"""What the reviews add to the progress pack: the owner's explanation beside a measure behind
or at risk, with its date, and the notes typed with actuals under their period's row."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Actual, Explanation, Plan, Review
from bakeryplan.reports.pack import write_progress_pack
from bakeryplan.reports.pack_content import pack_content
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.demo_figures import CAFES, REVENUE, WASTE
from tests.reports.chart_fixtures import DEMO_TODAY


@pytest.fixture(scope="module")
def demo() -> Plan:
    return demo_plan(DEMO_TODAY)


def page_of(plan: Plan, measure_id: int):  # type: ignore[no-untyped-def]
    return next(p for p in pack_content(plan, DEMO_TODAY).measures if p.measure_id == measure_id)


def test_a_measure_at_risk_shows_the_owners_latest_explanation_with_its_date(demo: Plan) -> None:
    cafes = page_of(demo, CAFES)
    assert cafes.health is Health.AT_RISK
    assert cafes.explanation == (
        "The owner's explanation at the review of 7 November 2026: Only Harbour Cafe so "
        "far: the tasting visits have not happened yet."
    )
    assert page_of(demo, REVENUE).explanation == ""  # on track: nothing to explain


def test_a_measure_on_track_shows_no_explanation_even_when_one_was_given(demo: Plan) -> None:
    review = demo.reviews[0]
    said = dataclasses.replace(review, explanations=(Explanation(REVENUE, "Sunday opening"),))
    plan = dataclasses.replace(demo, reviews=(said,))
    assert page_of(plan, REVENUE).explanation == ""


def test_a_later_review_without_a_word_on_the_measure_keeps_the_older_explanation(
    demo: Plan,
) -> None:
    later = Review(DEMO_TODAY - timedelta(days=2), id=2)
    plan = dataclasses.replace(demo, reviews=(*demo.reviews, later))
    assert "7 November 2026" in page_of(plan, CAFES).explanation


def test_notes_typed_with_actuals_are_under_their_period_in_the_latest_values(
    demo: Plan,
) -> None:
    cafes = page_of(demo, CAFES)
    rows = zip(cafes.recent, cafes.recent_notes, strict=True)
    noted = [(row[0], note) for row, note in rows if note]
    assert noted == [("September 2026", "Harbour Cafe, five mornings a week")]
    week_of_16 = demo.actuals_of(WASTE)[-2].on  # the newest complete week's entry
    extra = (
        Actual(WASTE, week_of_16, 7.0, "Oven broke on Thursday", id=9001),
        Actual(WASTE, week_of_16, 7.1, "Oven broke on Thursday", id=9002),
        Actual(WASTE, week_of_16, 7.2, "Bank holiday", id=9003),
    )
    plan = dataclasses.replace(demo, actuals=demo.actuals + extra)
    waste = page_of(plan, WASTE)
    assert waste.recent_notes[0] == "Oven broke on Thursday; Bank holiday"


def test_the_pack_prints_the_explanation_and_the_notes(tmp_path: Path, demo: Plan) -> None:
    path = tmp_path / "pack.pdf"
    write_progress_pack(demo, path, on=DEMO_TODAY)
    texts = [  # NFKC: the PDF writes "fi" as one ligature
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]
    cafes = next(t for t in texts if t.startswith("Cafes supplied"))
    assert "The owner's explanation at the review of 7 November 2026" in cafes
    assert "Harbour Cafe, five mornings a week" in cafes
