"""Panels word and read numbers and dates the way the plan's business does."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bakeryplan.domain.model import Direction, Plan
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.document import PlanDocument
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from bakeryplan.ui.panels.goals_panel import GoalsPanel
from tests.ui.conftest import DEMO_TODAY, plan_on_disk


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
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
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
        tree = panel.tree
        found = []
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(" ".join(item.text(c) for c in range(tree.columnCount())))
            stack.extend(item.child(i) for i in range(item.childCount()))
        assert any(band.name in line and words in line for line in found), found
    finally:
        document.close()
