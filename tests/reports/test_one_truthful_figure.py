"""One "as of" rule: for the same plan and day, the terminal's status, the one-page plan and
the progress pack print the same planned and actual figure of every measure."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bakeryplan.cli.status_text import status_as_json, status_as_text
from bakeryplan.domain.model import Direction, Plan
from bakeryplan.domain.status import plan_status
from bakeryplan.reports.measure_figures import judged_figures
from bakeryplan.reports.one_page import write_one_page_pdf
from bakeryplan.reports.one_page_content import one_page_content
from bakeryplan.reports.pack import write_progress_pack
from bakeryplan.reports.pack_content import pack_content
from bakeryplan.store.demo import demo_plan

MADE = date(2026, 11, 27)
DAYS = [MADE, date(2026, 11, 30), date(2026, 12, 24)]


def pdf_words(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return demo_plan(MADE)


@pytest.mark.parametrize("on", DAYS, ids=str)
def test_every_output_prints_the_same_figures(
    plan: Plan, on: date, tmp_path: Path, qapp: object
) -> None:
    status = plan_status(plan, on)
    text = status_as_text(plan, status)
    data = status_as_json(plan, status)
    one_page = one_page_content(plan, on)
    pack = pack_content(plan, on)
    write_one_page_pdf(plan, tmp_path / "huddle.pdf", on=on)
    write_progress_pack(plan, tmp_path / "pack.pdf", on=on)
    huddle_pdf, pack_pdf = pdf_words(tmp_path / "huddle.pdf"), pdf_words(tmp_path / "pack.pdf")
    summary = {row.name.split(" (")[0]: row for row in pack.summary if not row.is_goal}
    json_measures = {m["name"]: m for g in data["goals"] for m in g["measures"]}
    for report, goal_line in zip(status.goals, one_page.goals, strict=True):
        assert goal_line.title == report.goal.title
        for index, ms in enumerate(report.measures):
            name = ms.measure.name
            figures = judged_figures(plan, ms)
            # The terminal.
            assert f"{name}: {figures.actual}, planned {figures.planned}" in text, name
            assert json_measures[name]["actual"] == ms.actual
            assert json_measures[name]["expected"] == ms.expected
            # The pack: its summary row and its page, on paper.
            row = summary[name]
            word_unit = ms.measure.unit not in ("", "%", "EUR")  # said once, in the name
            expected = (figures.planned, figures.actual)
            if word_unit:
                expected = (figures.planned.split(" ")[0], figures.actual.split(" ")[0])
            assert (row.planned, row.actual) == expected, name
            assert normal(row.planned) in pack_pdf and normal(row.actual) in pack_pdf, name
            if index == 0:  # the one-page plan shows each goal's key measure
                if ms.measure.direction is not Direction.BAND:
                    assert f"{figures.planned} planned" in goal_line.measure_figures, name
                number = figures.actual.split(" ")[0]
                assert goal_line.measure_figures.startswith(number), name
                assert normal(number) in huddle_pdf, name


def test_the_demo_revenue_is_weeks_early_not_months(plan: Plan) -> None:
    for on in DAYS:
        revenue = plan_status(plan, on).goals[0].measures[0]
        assert revenue.forecast is not None
        assert "months early" not in revenue.forecast.sentence, on
