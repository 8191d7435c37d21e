"""Daily till figures typed into the grid become one point per week on the chart, the week
not over yet a hollow "so far" point: driven as a person would, checked against the file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from bakeryplan.domain.model import (
    Business,
    Counting,
    Goal,
    Measure,
    Period,
    Perspective,
    Plan,
)
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui.models import DATE
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from bakeryplan.ui.panels.chart_panel import ChartPanel
from tests.chart_readback import plotted_series
from tests.ui.conftest import plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

TODAY = date(2026, 11, 27)  # a Friday
TYPED = [  # the till's figures, two on the Saturday (the market stall and the shop)
    ("16/11/2026", "180"),
    ("17/11/2026", "210"),
    ("18/11/2026", "205"),
    ("20/11/2026", "260"),
    ("21/11/2026", "310"),
    ("21/11/2026", "95"),
    ("23/11/2026", "190"),
    ("24/11/2026", "200"),
]


@pytest.fixture
def document(tmp_path: Path, qapp) -> Iterator[PlanDocument]:
    path = tmp_path / "cafe.bakeryplan"
    plan = Plan(
        business=Business("Harbour Cafe", currency="EUR", locale="en_GB", week_start=0),
        goals=(Goal("Grow the till", Perspective.FINANCIAL, id=1),),
        measures=(
            Measure(
                1, "Weekly takings", "EUR", baseline=1000.0, target=2000.0,
                start=date(2026, 10, 5), target_date=date(2027, 3, 29), id=1,
                period=Period.WEEK, counting=Counting.TOTAL,
            ),
        ),
    )  # fmt: skip
    PlanRepository.create(path, plan).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: TODAY)
    yield document
    document.close()


def test_daily_entries_typed_in_the_grid_are_charted_as_weekly_totals(
    document: PlanDocument, qtbot
) -> None:
    grid = ActualsPanel(document)
    qtbot.addWidget(grid)
    grid.resize(1000, 500)
    with qtbot.waitActive(grid):
        grid.show()
    for count, (day, value) in enumerate(TYPED, start=1):
        grid.table.setFocus()
        grid.table.setCurrentIndex(grid.model.index(grid.model.new_row, DATE))
        qtbot.keyClicks(grid.table, day[0])
        qtbot.keyClicks(grid.table.focusWidget(), day[1:])
        qtbot.keyClick(grid.table.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(grid.table.focusWidget(), value)
        qtbot.keyClick(grid.table.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: grid.table.state() != QAbstractItemView.State.EditingState)
        qtbot.waitUntil(lambda count=count: grid.model.new_row == count)
    stored = plan_on_disk(document.path).actuals_of(1)
    assert [(a.on.day, a.value) for a in stored] == [
        (int(day[:2]), float(value)) for day, value in TYPED
    ]  # both Saturday figures kept

    chart = ChartPanel(document)
    qtbot.addWidget(chart)
    chart.resize(900, 560)
    chart.show()
    qtbot.waitUntil(lambda: chart.redraw_count >= 1)
    figure = chart.canvas.figure
    assert plotted_series(figure, "actual") == [(date(2026, 11, 22), 1260.0)]  # Mon-Sun
    assert plotted_series(figure, "so-far") == [(TODAY, 390.0)]  # Monday and Tuesday
    (planned_so_far,) = plotted_series(figure, "so-far-planned")
    assert planned_so_far[0] == TODAY and 0 < planned_so_far[1] < 1000.0  # 5 of 7 days
    planned = dict(plotted_series(figure, "planned"))
    assert 1000.0 < planned[date(2026, 11, 22)] < 2000.0  # a week's plan, not a day's
