"""The paper check-in sheet: one page, the right measures in the Actuals grid's order, the
plan beside each, the week's steps with their owners, and nothing that needs colour."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bakeryplan.domain.counting import PlannedPeriods, period_value
from bakeryplan.domain.model import (
    Business,
    Counting,
    Goal,
    GoalStatus,
    Measure,
    Period,
    Person,
    Perspective,
    Plan,
    Step,
)
from bakeryplan.reports.checkin_content import next_week, sheet_content, sheet_week
from bakeryplan.reports.checkin_sheet import paint_checkin_sheet, write_checkin_pdf
from bakeryplan.reports.measure_figures import period_figures
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.demo_figures import REVENUE, SOLO_BAKES, WASTE

TODAY = date(2026, 11, 27)  # a Friday; the demo's weeks start on Monday
NEXT_MONDAY = date(2026, 11, 30)


def page_text(path: Path) -> str:
    """The page's words with single spaces (the PDF separates them by tabs)."""
    return " ".join(PdfReader(path).pages[0].extract_text().split())


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> None:
    """A QApplication first, so widget tests later in the session still get one."""


def twenty_measures(on: date) -> Plan:
    """Twenty measures counted by the day or the week, with long names, and ten steps due."""
    people = tuple(Person(f"Baker {i}", id=i) for i in range(1, 6))
    goals = tuple(
        Goal(f"Goal {i}", list(Perspective)[i % 4], owner_id=1, id=i) for i in range(1, 11)
    )
    measures = tuple(
        Measure(
            goal_id=1 + i % 10,
            name=f"Measure {i}: loaves of the long-proved country sourdough sold before noon",
            unit="loaves" if i % 3 else "EUR",
            baseline=100.0,
            target=200.0,
            start=on - timedelta(days=90),
            target_date=on + timedelta(days=200),
            position=i,
            id=i,
            period=Period.DAY if i % 2 else Period.WEEK,
            counting=list(Counting)[i % 3],
        )
        for i in range(1, 21)
    )
    week = next_week(Plan(Business("x")), on)
    steps = tuple(
        Step(1 + i % 10, f"Step {i}: clean the proving cabinet", 1 + i % 5, week.start, id=i)
        for i in range(1, 11)
    )
    return Plan(
        Business("Twenty Loaves"), people=people, goals=goals, measures=measures, steps=steps
    )


def test_the_demo_sheet_is_one_page_for_next_week_with_its_counted_measures(
    tmp_path: Path,
) -> None:
    plan = demo_plan(TODAY)
    week = next_week(plan, TODAY)
    assert (week.start, week.end) == (NEXT_MONDAY, date(2026, 12, 6))
    path = tmp_path / "sheet.pdf"
    fit = write_checkin_pdf(plan, path, week=week)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape: wide day boxes
    text = page_text(path)
    for words in ("week of 30 Nov 2026", "Mon 30", "Sun 6", "Weekly revenue", "Unsold bread"):
        assert words in text
    assert "Google review rating" not in text  # counted by the month: not on the sheet
    assert (fit.rows, fit.rows_cut, fit.notes) == (3, 0, True)


def test_rows_follow_the_actuals_grid_and_print_the_plan_as_every_output_does() -> None:
    plan = demo_plan(TODAY)
    week = sheet_week(plan, date(2026, 12, 16))  # any day of the week
    content = sheet_content(plan, week)
    assert [r.measure_id for r in content.rows] == [REVENUE, WASTE, SOLO_BAKES]
    revenue = plan.measure(REVENUE)
    assert revenue is not None
    period = period_value(revenue, week, (), week.end + timedelta(days=1), PlannedPeriods(revenue))
    planned = period_figures(plan, revenue, period).planned
    assert content.rows[0].plan == f"{planned} this week"
    assert content.rows[0].how == "Write the day's total"
    steps = [(s.title, s.owner, s.due) for s in content.steps]
    assert steps == [
        ("Take Christmas pre-orders at the till", "Sam O'Brien", "Thu, 17 Dec"),
        ("Bake the afternoon batch to order", "Maria Lopez", "Fri, 18 Dec"),
    ]


def test_daily_measures_print_their_plan_a_day_and_skip_inactive_goals() -> None:
    plan = twenty_measures(TODAY)
    content = sheet_content(plan, next_week(plan, TODAY))
    daily = next(r for r in content.rows if r.measure_id == 1)
    assert daily.plan.endswith(" a day") and not daily.weekly
    dropped = Plan(
        plan.business,
        goals=tuple(
            Goal(g.title, g.perspective, status=GoalStatus.DROPPED, id=g.id) if g.id == 2 else g
            for g in plan.goals
        ),
        measures=plan.measures,
    )
    ids = [r.measure_id for r in sheet_content(dropped, next_week(plan, TODAY)).rows]
    assert all(plan.measure(i).goal_id != 2 for i in ids) and len(ids) == 18  # type: ignore[union-attr]


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_twenty_measures_and_ten_steps_fit_one_page(tmp_path: Path, page_size: str) -> None:
    plan = twenty_measures(TODAY)
    path = tmp_path / "sheet.pdf"
    fit = write_checkin_pdf(plan, path, week=next_week(plan, TODAY), page_size=page_size)
    assert len(PdfReader(path).pages) == 1
    assert (fit.rows, fit.rows_cut, fit.steps, fit.steps_cut) == (20, 0, 10, 0)
    assert fit.row_height_mm >= 7.0  # room to write a number by hand


def test_a_plan_too_big_for_a_page_says_what_it_left_out(tmp_path: Path) -> None:
    plan = twenty_measures(TODAY)
    more = tuple(
        Measure(1, f"Extra {i}", start=TODAY, target_date=TODAY, id=100 + i, period=Period.DAY)
        for i in range(20)
    )
    big = Plan(plan.business, goals=plan.goals, measures=plan.measures + more, steps=plan.steps)
    path = tmp_path / "sheet.pdf"
    fit = write_checkin_pdf(big, path, week=next_week(big, TODAY))
    assert len(PdfReader(path).pages) == 1
    assert fit.rows_cut > 0 and fit.rows + fit.rows_cut == 40
    assert f"and {fit.rows_cut} more measures" in page_text(path)


def test_the_sheet_is_black_and_white() -> None:
    """Only greys are painted: it reads the same from a black-and-white printer."""
    plan = twenty_measures(TODAY)
    image = QImage(1169, 826, QImage.Format.Format_RGB32)  # A4 landscape at 100 dpi
    image.setDotsPerMeterX(3937)
    image.setDotsPerMeterY(3937)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_checkin_sheet(
            painter, QRectF(0, 0, 1169, 826), sheet_content(plan, next_week(plan, TODAY))
        )
    finally:
        painter.end()
    colours = {
        image.pixelColor(x, y).getRgb()[:3] for x in range(0, 1169, 3) for y in range(0, 826, 3)
    }
    assert len(colours) > 2  # something was painted
    assert all(max(c) - min(c) <= 8 for c in colours)


def test_a_plan_without_counted_measures_still_prints_its_steps(tmp_path: Path) -> None:
    plan = Plan(
        Business("Empty"),
        goals=(Goal("Tidy", Perspective.INTERNAL, id=1),),
        steps=(Step(1, "Paint the door", None, NEXT_MONDAY, id=1),),
    )
    path = tmp_path / "sheet.pdf"
    fit = write_checkin_pdf(plan, path, week=next_week(plan, TODAY))
    text = page_text(path)
    assert "No measure is counted" in text and "Paint the door" in text and "nobody yet" in text
    assert (fit.rows, fit.steps) == (0, 1)
