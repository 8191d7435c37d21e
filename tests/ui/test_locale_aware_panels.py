"""Panels word and read numbers and dates the way the plan's business does."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from bakeryplan.domain.model import Direction, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.models import DATE
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from bakeryplan.ui.panels.goals_panel import GoalsPanel
from tests.ui.conftest import DEMO_TODAY, plan_on_disk
from tests.ui.import_driving import finish_import


def open_document(tmp_path: Path, plan: Plan) -> PlanDocument:
    path = tmp_path / "plan.bakeryplan"
    PlanRepository.create(path, plan).close()
    return PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)


@pytest.fixture
def us_document(tmp_path: Path, qapp) -> Iterator[PlanDocument]:
    plan = demo_plan(DEMO_TODAY)
    business = dataclasses.replace(plan.business, locale="en_US", currency="USD")
    document = open_document(tmp_path, dataclasses.replace(plan, business=business))
    yield document
    document.close()


def test_csv_dates_are_read_month_first_for_a_us_business(
    us_document: PlanDocument, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = ActualsPanel(us_document)
    qtbot.addWidget(panel)
    csv = tmp_path / "register.csv"
    csv.write_text("date,value\n03/04/2026,100\n03/05/2026,110\n")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: csv)
    monkeypatch.setattr(dialogs, "exec_dialog", finish_import(qtbot))
    measure_id = panel.current_measure_id()
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    days = {a.on for a in plan_on_disk(us_document.path).actuals_of(measure_id)}
    assert {date(2026, 3, 4), date(2026, 3, 5)} <= days


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [(28.0, None, "keep at least 28"), (None, 32.0, "keep at most 32"), (32.0, 28.0, "keep 28")],
)
def test_a_band_reads_as_the_engine_judges_it(
    tmp_path: Path, qtbot, low: float | None, high: float | None, words: str
) -> None:
    plan = demo_plan(DEMO_TODAY)
    band = next(m for m in plan.measures if m.direction is Direction.BAND)
    changed = dataclasses.replace(band, band_low=low, band_high=high)
    measures = tuple(changed if m.id == band.id else m for m in plan.measures)
    document = open_document(tmp_path, dataclasses.replace(plan, measures=measures))
    try:
        panel = GoalsPanel(document)
        qtbot.addWidget(panel)
        model = panel.model
        found = [
            " ".join(item.index().siblingAtColumn(c).data() or "" for c in range(5))
            for item in model.walk()
        ]
        assert any(band.name in line and words in line for line in found), found
    finally:
        document.close()


# --- dates typed into the actuals grid ---------------------------------------------------


@pytest.fixture
def document_in(tmp_path: Path, qapp) -> Iterator:
    """Opens the demo plan with its business in a given locale; closes what it opened."""
    opened: list[PlanDocument] = []

    def open_in(locale: str) -> PlanDocument:
        plan = demo_plan(DEMO_TODAY)
        business = dataclasses.replace(plan.business, locale=locale)
        folder = tmp_path / locale
        folder.mkdir()
        opened.append(open_document(folder, dataclasses.replace(plan, business=business)))
        return opened[-1]

    yield open_in
    for document in opened:
        document.close()


def shown_panel(document: PlanDocument, qtbot) -> ActualsPanel:
    panel = ActualsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    with qtbot.waitActive(panel):
        panel.show()
    return panel


def type_over(panel: ActualsPanel, qtbot, row: int, column: int, text: str) -> None:
    """Select a cell and type over it, as a person does (typing opens the editor)."""
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClicks(panel.table, text[0])
    qtbot.keyClicks(panel.table.focusWidget(), text[1:])


def press_enter(panel: ActualsPanel, qtbot) -> None:
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(1)


def add_typed(panel: ActualsPanel, qtbot, day: str, value: str) -> None:
    """In the empty last row: the date, Tab, the value, Enter."""
    type_over(panel, qtbot, panel.model.new_row, DATE, day)
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.table.focusWidget(), value)
    press_enter(panel, qtbot)


def days_on_disk(document: PlanDocument, measure_id: int, value: float) -> set[date]:
    return {a.on for a in plan_on_disk(document.path).actuals_of(measure_id) if a.value == value}


@pytest.mark.parametrize(
    ("locale", "typed", "meant"),
    [
        ("en_US", "03/04/2026", date(2026, 3, 4)),
        ("en_US", "10/25/2026", date(2026, 10, 25)),
        ("en_US", "2026-03-04", date(2026, 3, 4)),
        ("en_GB", "03/04/2026", date(2026, 4, 3)),
        ("en_GB", "25/10/2026", date(2026, 10, 25)),
        ("de_DE", "03.04.2026", date(2026, 4, 3)),
        ("de_DE", "25.10.2026", date(2026, 10, 25)),
        ("de_DE", "2026-03-04", date(2026, 3, 4)),
        ("ja_JP", "2026/03/04", date(2026, 3, 4)),
    ],
)
def test_a_typed_date_is_read_in_the_order_of_the_plans_locale(
    document_in, qtbot, locale: str, typed: str, meant: date
) -> None:
    document = document_in(locale)
    panel = shown_panel(document, qtbot)
    measure_id = panel.current_measure_id()
    add_typed(panel, qtbot, typed, "4321")
    qtbot.waitUntil(lambda: days_on_disk(document, measure_id, 4321.0) != set())
    assert days_on_disk(document, measure_id, 4321.0) == {meant}


def test_editing_a_date_in_a_us_plan_reads_it_month_first(document_in, qtbot) -> None:
    document = document_in("en_US")
    panel = shown_panel(document, qtbot)
    measure_id = panel.current_measure_id()
    first = plan_on_disk(document.path).actuals_of(measure_id)[0]

    def first_on() -> date:
        actuals = plan_on_disk(document.path).actuals_of(measure_id)
        return next(a.on for a in actuals if a.id == first.id)

    type_over(panel, qtbot, 0, DATE, "10/25/2026")
    press_enter(panel, qtbot)
    qtbot.waitUntil(lambda: first_on() != first.on)
    assert first_on() == date(2026, 10, 25)


def test_a_day_first_date_is_refused_in_a_us_plan_with_a_us_example(document_in, qtbot) -> None:
    document = document_in("en_US")
    panel = shown_panel(document, qtbot)
    before = plan_on_disk(document.path)
    type_over(panel, qtbot, panel.model.new_row, DATE, "25/10/2026")
    # Refused, the cell opens again with the text to correct: the grid stays editing.
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(panel.problem.isVisible)
    assert plan_on_disk(document.path) == before
    assert "25/10/2026" in panel.problem.text()
    assert "11/27/2026 or 2026-11-27" in panel.problem.text()


@pytest.mark.parametrize(
    ("locale", "example"),
    [("en_US", "11/27/2026"), ("en_GB", "27/11/2026"), ("de_DE", "27.11.2026")],
)
def test_the_grid_shows_a_date_to_type_in_the_plans_order(
    document_in, qtbot, locale: str, example: str
) -> None:
    panel = shown_panel(document_in(locale), qtbot)
    new_day = panel.model.index(panel.model.new_row, DATE)
    assert example in panel.hint.text() and "2026-11-27" in panel.hint.text()
    assert example in new_day.data(Qt.ItemDataRole.ToolTipRole)


def test_a_year_first_plan_shows_its_own_year_first_example(document_in, qtbot) -> None:
    panel = shown_panel(document_in("ja_JP"), qtbot)
    assert "2026/11/27" in panel.hint.text()


def test_a_planned_paths_points_write_figures_as_the_plan_does(qtbot) -> None:
    """A German plan's target box says "250,00": so do the points of its path below."""
    from datetime import date as day

    from bakeryplan.ui.widgets.planned_path import PointsTable

    table = PointsTable(locale_name="de_DE")
    qtbot.addWidget(table)
    table.add_point(day(2027, 3, 31), 250.0)
    spin = table.cellWidget(0, 1)
    assert spin.text() == "250,00"
