"""A German plan speaks German formats in every sentence: the progress pack and the status.

The words stay English until the interface is translated, but every number, amount and date
is written by the plan's one formatter, so no sentence mixes "105 €" with "17 January 2027"
or "€ 105" with "26.11.2026".
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from bakeryplan.cli import main
from bakeryplan.domain.model import Plan
from bakeryplan.reports.pack import write_progress_pack
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from tests.reports.chart_fixtures import DEMO_TODAY

# English month names German writes otherwise, long or short (April, August, September and
# November are the same in both, and so are the abbreviations Jan, Feb, Jun, Jul, Aug, Nov).
ENGLISH_MONTHS = re.compile(
    r"\b(January|February|March|May|June|July|October|December|Mar|Oct|Dec)\b"
)
# "€105" or "€ 105": English order in a German plan (a table's "8.100 € 8.400 €" and
# "8.400 € 27.11.2026" are not).
EURO_FIRST = re.compile(r"€\s?(?!\d{1,2}\.\d{1,2}\.\d{2,4})\d[\d.,]*(?![\d.,])(?!\s?€)")
ENGLISH_NUMBER = re.compile(r"\d,\d{3}\b")  # "1,250": an English thousands separator


@pytest.fixture(scope="module")
def german_plan() -> Plan:
    plan = demo_plan(DEMO_TODAY, language="de")  # the demo as a German owner gets it
    business = replace(plan.business, name="Backstube Sonne", locale="de_DE", currency="EUR")
    return replace(plan, business=business)


def _user_texts(plan: Plan) -> list[str]:
    """What the owner typed (the demo's goal titles say "by May 2027"): not ours to format."""
    texts = [g.title for g in plan.goals] + [m.name for m in plan.measures]
    texts += [s.title for s in plan.steps] + [f.text for f in plan.feedback]
    texts += [r.notes for r in plan.reviews] + [r.decisions for r in plan.reviews]
    texts += [v.text for v in plan.visions] + [v.why for v in plan.visions]
    texts += [e.text for r in plan.reviews for e in r.explanations]
    return sorted((" ".join(t.split()) for t in texts if t.strip()), key=len, reverse=True)


def _mixed(text: str, plan: Plan) -> list[str]:
    for typed in _user_texts(plan):
        text = text.replace(typed, " ")
    return [
        match.group(0)
        for pattern in (ENGLISH_MONTHS, EURO_FIRST, ENGLISH_NUMBER)
        for match in pattern.finditer(text)
    ]


def test_the_german_progress_pack_writes_german_numbers_and_dates(
    tmp_path: Path, german_plan: Plan
) -> None:
    path = write_progress_pack(german_plan, tmp_path / "pack.pdf", on=DEMO_TODAY)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "27. November 2026" in text  # the check reads the pack's text
    assert "Bei diesem Tempo" in text  # a forecast sentence is there, in German
    assert _mixed(text, german_plan) == []


def test_the_german_status_writes_german_numbers_and_dates(
    tmp_path: Path, german_plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Backstube.bakeryplan"
    PlanRepository.create(path, german_plan).close()
    assert main(["status", str(path), "--on", DEMO_TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "27.11.2026" in out and "Bei diesem Tempo" in out
    assert _mixed(out, german_plan) == []
