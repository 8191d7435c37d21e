"""The grid's Difference column judges "ahead" and "short" the way the domain's health does."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from bakeryplan.domain.model import Actual, Direction, Plan
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui.models import DATE, VARIANCE
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from tests.ui.conftest import DEMO_TODAY, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

UNSOLD_BREAD = 5  # a "down" measure: 12 % falling to 4 %, on a straight line
ON = date(2026, 11, 23)  # planned that day: 7.30 % (7.3013…)


def _unsold_bread_only(plan: Plan, *values: float) -> Plan:
    """Keeps one measure, with one actual per value on ``ON``."""
    actuals = tuple(Actual(UNSOLD_BREAD, ON, value, id=900 + i) for i, value in enumerate(values))
    return dataclasses.replace(
        plan,
        measures=tuple(m for m in plan.measures if m.id == UNSOLD_BREAD),
        actuals=actuals,
    )


@pytest.fixture
def panel(tmp_path: Path, qapp, qtbot) -> Iterator[ActualsPanel]:
    path = tmp_path / "plan.bakeryplan"
    PlanRepository.create(path, _unsold_bread_only(demo_plan(DEMO_TODAY), 7.3, 6.5, 8.1)).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)
    widget = ActualsPanel(document)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
    yield widget
    document.close()


def _differences(panel: ActualsPanel) -> list[str]:
    return [panel.model.index(row, VARIANCE).data() for row in range(panel.model.new_row)]


def test_below_plan_is_ahead_on_a_falling_measure_and_on_plan_has_no_sign(
    panel: ActualsPanel,
) -> None:
    """Three readings in one week of a measure counted as the week's latest figure: the week
    is judged once, by its latest reading, on the last row."""
    assert panel.model.measure is not None
    assert panel.model.measure.direction is Direction.DOWN
    assert _differences(panel) == ["", "", "+0.8% (short)"]


@pytest.mark.parametrize(
    ("latest", "difference"), [(7.3, "0% (on plan)"), (6.5, "\u22120.8% (ahead)")]
)
def test_the_latest_reading_of_the_week_is_judged(
    tmp_path: Path, qapp, qtbot, latest: float, difference: str
) -> None:
    path = tmp_path / "plan.bakeryplan"
    PlanRepository.create(path, _unsold_bread_only(demo_plan(DEMO_TODAY), 8.1, latest)).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)
    widget = ActualsPanel(document)
    qtbot.addWidget(widget)
    assert _differences(widget) == ["", difference]
    document.close()


def test_a_date_typed_over_keeps_the_difference_in_step(panel: ActualsPanel, qtbot) -> None:
    """Moving a reading to 27/11/2026 (planned 7.23 %) re-judges it against that day."""
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, DATE))
    qtbot.keyClicks(panel.table, "2")
    qtbot.keyClicks(panel.table.focusWidget(), "7/11/2026")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: any(a.on != ON for a in plan_on_disk(panel.document.path).actuals))
    moved = [a for a in plan_on_disk(panel.document.path).actuals if a.on != ON]
    assert [(a.on, a.value) for a in moved] == [(date(2026, 11, 27), 7.3)]
    qtbot.waitUntil(lambda: "+0.07% (short)" in _differences(panel))
