"""One "as of" rule: for the same plan and day, the terminal's status, the one-page plan and
the progress pack print the same planned and actual figure of every measure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bakeryplan.cli.status_text import status_as_json, status_as_text
from bakeryplan.domain.model import (
    Actual,
    ActualSource,
    Business,
    Counting,
    CurveKind,
    CurvePoint,
    Direction,
    Goal,
    Measure,
    Period,
    Perspective,
    Plan,
)
from bakeryplan.domain.status import plan_status
from bakeryplan.reports.chart_series import measure_chart_data
from bakeryplan.reports.chart_table import period_rows
from bakeryplan.reports.measure_figures import (
    current_figures,
    judged_figures,
    period_figures,
)
from bakeryplan.reports.one_page import write_one_page_pdf
from bakeryplan.reports.one_page_content import one_page_content
from bakeryplan.reports.pack import write_progress_pack
from bakeryplan.reports.pack_content import pack_content
from bakeryplan.store.demo import demo_plan
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import outlook

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


@pytest.mark.parametrize("locale", ["en_GB", "de_DE", "pl_PL"])
@pytest.mark.parametrize("on", DAYS, ids=str)
def test_every_output_prints_the_same_figures(
    plan: Plan, on: date, locale: str, tmp_path: Path, qapp: object
) -> None:
    """The same figures in every output, in the plan's own way of writing numbers too."""
    plan = replace(plan, business=replace(plan.business, locale=locale))
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
            line = next(x for x in text.splitlines() if x.strip().startswith(f"{name}: "))
            assert line.strip().startswith(f"{name}: {figures.actual}, "), name
            assert figures.planned in line, name
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
            # The chart's table: the last complete period and this period so far.
            rows = {
                row[0]: row
                for row in period_rows(plan, measure_chart_data(plan, ms.measure.id, on))
            }
            now = current_figures(plan, ms)
            assert rows[now.label][1:4] == (now.planned, now.actual, now.difference), name
            last = ms.last_complete and period_figures(plan, ms.measure, ms.last_complete)
            if last and last.label in rows:
                assert rows[last.label][1:4] == (last.planned, last.actual, last.difference)
            if index == 0:  # the one-page plan shows each goal's key measure
                if ms.measure.direction is not Direction.BAND:
                    # one_page_content called alone speaks the interface's language
                    assert f"{figures.planned} planned" in goal_line.measure_figures, name
                number = figures.actual.split(" ")[0]
                assert goal_line.measure_figures.startswith(number), name
                assert normal(number) in huddle_pdf, name


def test_the_demo_revenue_is_weeks_early_not_months(plan: Plan) -> None:
    for on in DAYS:
        revenue = plan_status(plan, on).goals[0].measures[0]
        assert revenue.forecast is not None
        assert "months early" not in outlook(formatter_for(plan.business), revenue), on


# A till that books six product groups a day, Monday to Saturday, for four weeks.
GROUPS = (261.12, 402.5, 198.35, 150.0, 221.5, 80.0)  # 1,313.47 a day


def till_plan() -> Plan:
    goal = Goal("Take EUR 1,300 a day", Perspective.FINANCIAL, id=1)
    takings = Measure(
        1, "Daily takings", "EUR", baseline=1000.0, target=1600.0, start=date(2026, 10, 5),
        target_date=date(2026, 12, 31), curve=CurveKind.STEPPED,
        points=(CurvePoint(date(2026, 10, 5), 1300.0),), id=1, period=Period.DAY,
        counting=Counting.TOTAL,
    )  # fmt: skip
    days = [date(2026, 10, 5) + timedelta(days=n) for n in range(28)]
    entries = [
        Actual(1, day, value, f"group {i}", ActualSource.IMPORTED, id=len(days) * i + n + 1)
        for n, day in enumerate(d for d in days if d.weekday() != 6)
        for i, value in enumerate(GROUPS)
    ]
    return Plan(Business("Corner Bakery", currency="EUR", locale="en_IE"), goals=(goal,),
                measures=(takings,), actuals=tuple(entries))  # fmt: skip


def test_a_days_product_groups_read_as_the_days_sum_everywhere(
    tmp_path: Path, qapp: object
) -> None:
    plan, on = till_plan(), date(2026, 10, 31)  # a Saturday: the day's six entries are in
    ms = plan_status(plan, on).goals[0].measures[0]
    assert ms.last_complete is not None and ms.last_complete.actual == pytest.approx(1313.47)
    figures = judged_figures(plan, ms)
    assert figures.actual == "\u20ac1,313"
    assert "Daily takings: \u20ac1,313, planned \u20ac1,300" in status_as_text(
        plan, plan_status(plan, on)
    )
    assert one_page_content(plan, on).goals[0].measure_figures.startswith("\u20ac1,313 \u00b7")
    rows = period_rows(plan, measure_chart_data(plan, 1, on))
    assert ("30 Oct 2026", "\u20ac1,300", "\u20ac1,313", "+\u20ac13", "6") in rows
    assert ("25 Oct 2026", "\u20ac1,300", "no entries", "", "0") in rows  # closed: no data
    pack = pack_content(plan, on)
    assert "Today so far: \u20ac1,313, \u20ac1,300 planned by 31 Oct 2026." in pack.measures[0].note


def test_a_seasonal_plan_tracked_at_100_percent_is_on_time_in_status_chart_and_pack(
    qapp: object,
) -> None:
    from tests.domain.test_forecast import IRISH, SEASONAL, seasonal_takings

    on = date(2026, 12, 16)
    goal = Goal("Grow revenue", Perspective.FINANCIAL, id=1)
    plan = Plan(
        IRISH,
        goals=(goal,),
        measures=(SEASONAL,),
        actuals=tuple(seasonal_takings(SEASONAL, 1.0, SEASONAL.start, on - timedelta(days=1))),
    )
    status = plan_status(plan, on).goals[0].measures[0]
    sentence = outlook(formatter_for(plan.business), status)
    assert sentence.endswith("on time.")
    assert sentence in status_as_text(plan, plan_status(plan, on))
    assert measure_chart_data(plan, SEASONAL.id, on).caption == sentence
    assert pack_content(plan, on).measures[0].note.endswith(sentence)
