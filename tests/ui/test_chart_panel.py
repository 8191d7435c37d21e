"""The live chart tab: follows the quick-entry grid and undo, hovers, table, dark, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from bakeryplan.editing.change_notice import ChangeKind, ChangeNotice, Operation, change
from bakeryplan.reports.chart import BurnupChart
from bakeryplan.reports.formatting import format_date, format_value
from bakeryplan.reports.measure_figures import period_figures
from bakeryplan.ui.panels.chart_panel import ChartPanel
from tests.chart_readback import plotted_series

DEMO_TODAY = date(2026, 11, 27)


@pytest.fixture
def panel(document, qtbot) -> ChartPanel:
    widget = ChartPanel(document)
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitUntil(lambda: widget.redraw_count >= 1)
    return widget


def _actual_series(panel: ChartPanel) -> list[tuple[date, float]]:
    return plotted_series(panel.canvas.figure, "actual")


def _so_far(panel: ChartPanel) -> list[tuple[date, float]]:
    return plotted_series(panel.canvas.figure, "so-far")


def test_chart_follows_the_quick_entry_grid_and_undo(panel: ChartPanel, document, qtbot) -> None:
    """A sale typed today adds to this week's total so far; undo takes it off again."""
    from bakeryplan.ui.models import DATE, VALUE
    from bakeryplan.ui.panels.actuals_panel import ActualsPanel

    measure_id = panel.subject[1]
    weeks = _actual_series(panel)
    (before,) = _so_far(panel)
    assert before[0] == DEMO_TODAY
    grid = ActualsPanel(document)
    qtbot.addWidget(grid)
    grid.set_measure(measure_id)
    model = grid.model
    assert model.setData(model.index(model.new_row, DATE), "2026-11-27")
    assert model.setData(model.index(model.new_row, VALUE), "765")
    qtbot.waitUntil(lambda: _so_far(panel) == [(DEMO_TODAY, before[1] + 765.0)])
    assert _actual_series(panel) == weeks  # the complete weeks are as they were
    assert not panel.chart.needs_full_draw  # in range: only the data lines were redrawn

    document.undo_stack.undo()
    qtbot.waitUntil(lambda: _so_far(panel) == [before])


def test_a_burst_of_changes_redraws_once(panel: ChartPanel, document, qtbot) -> None:
    start = panel.redraw_count
    notice = ChangeNotice.of([change(ChangeKind.MEASURE, Operation.EDITED, [panel.subject[1]])])
    for _ in range(25):
        document.plan_changed.emit(notice)
    qtbot.waitUntil(lambda: panel.redraw_count > start)
    qtbot.wait(30)
    assert panel.redraw_count == start + 1


def test_a_hidden_panel_waits_until_shown(document, qtbot) -> None:
    widget = ChartPanel(document)
    qtbot.addWidget(widget)
    charted = [widget.subject[1]] if widget.subject else []
    document.plan_changed.emit(
        ChangeNotice.of([change(ChangeKind.MEASURE, Operation.EDITED, charted)])
    )
    qtbot.wait(20)
    assert widget.redraw_count == 0 and widget.canvas is None
    widget.show()
    qtbot.waitUntil(lambda: widget.redraw_count == 1)


def test_hover_names_the_period_and_its_values_as_plain_text(panel: ChartPanel, document) -> None:
    from matplotlib.backend_bases import MouseEvent

    from bakeryplan.reports.chart_axes import day_number

    last = panel.chart.data.complete[-1]
    ax = panel.canvas.figure.axes[0]
    x, y = ax.transData.transform((day_number(last.day), last.value.actual))
    MouseEvent("motion_notify_event", panel.canvas, x, y)._process()
    text = panel.hover_label.text()
    business = document.plan.business
    assert text.startswith(f"Week of {format_date(last.value.start, business)}")
    assert f"Actual: {format_value(last.value.actual, 'EUR', business)}" in text
    assert f"Planned: {format_value(last.value.planned, 'EUR', business)}" in text


def test_table_view_shows_the_periods_and_every_entry(panel: ChartPanel, document, qtbot) -> None:
    panel.table_button.click()
    assert panel.stack.currentWidget() is panel.table_page
    business = document.plan.business
    periods = panel.table_model
    data = panel.chart.data
    shown = {periods.index(r, 2).data() for r in range(periods.rowCount())}
    plan = document.plan
    figures = {period_figures(plan, data.measure, p.value).actual for p in data.complete}
    assert figures <= shown  # as the status and the printouts write them
    labels = [periods.index(r, 0).data() for r in range(periods.rowCount())]
    now = periods.index(labels.index("This week so far"), 0)
    viewport = panel.table.viewport().rect()
    assert viewport.contains(panel.table.visualRect(now).center())  # opened at this week
    entries = panel.entries_model
    actuals = document.plan.actuals_of(panel.subject[1])
    assert entries.rowCount() == len(actuals)  # every entry, several a week
    values = [entries.index(r, 1).data() for r in range(entries.rowCount())]
    assert values == [format_value(a.value, "EUR", business) for a in actuals]
    assert {entries.index(r, 3).data() for r in range(entries.rowCount())} == {"Imported"}
    assert panel.entries_box.isVisible()
    panel.table_button.click()
    assert panel.stack.currentWidget() is panel.chart_page


def test_picking_a_goal_shows_its_step_burnup(panel: ChartPanel, document, qtbot) -> None:
    goal = next(g for g in document.plan.goals if document.plan.steps_of(g.id))
    panel.select(("goal", goal.id))
    qtbot.waitUntil(lambda: isinstance(panel.chart, BurnupChart))
    assert plotted_series(panel.canvas.figure, "planned")


def test_dark_scheme_on_screen_but_exports_stay_light(
    panel: ChartPanel,
    document,
    qtbot,
    tmp_path: Path,
    monkeypatch,
    no_dialogs,
) -> None:
    palette = panel.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    panel.setPalette(palette)
    qtbot.waitUntil(lambda: panel.is_dark() and panel.chart.style.background != "#ffffff")
    qtbot.waitUntil(lambda: panel.canvas.figure.get_facecolor()[0] < 0.3)

    from PIL import Image

    from bakeryplan.ui import dialogs

    target = tmp_path / "chart.png"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: target)
    panel.export_button.click()
    with Image.open(target) as image:
        assert image.getpixel((5, 5))[:3] == (255, 255, 255)
    assert no_dialogs["show_error"] == []


def test_export_failure_is_told_to_the_user(
    panel: ChartPanel, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    from bakeryplan.ui import dialogs

    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: tmp_path / "missing" / "c.svg")
    panel.export_button.click()
    assert len(no_dialogs["show_error"]) == 1
    assert "missing" in no_dialogs["show_error"][0][1]


def test_after_a_resize_new_data_still_draws(panel: ChartPanel, document, qtbot) -> None:
    from bakeryplan.domain.model import Actual
    from bakeryplan.editing.commands import AddActual

    panel.resize(640, 420)
    qtbot.waitUntil(lambda: panel.canvas.width() <= 640)
    qtbot.wait(20)
    measure_id = panel.subject[1]
    (before,) = _so_far(panel)
    document.push(AddActual(document, Actual(measure_id, DEMO_TODAY, 840.0)))
    qtbot.waitUntil(lambda: _so_far(panel) == [(DEMO_TODAY, before[1] + 840.0)])
    width, _height = panel.canvas.get_width_height()
    assert panel._background is not None or panel.chart.needs_full_draw
    assert abs(panel.canvas.figure.bbox.width - width * panel.canvas.device_pixel_ratio) < 2


def test_a_plan_with_nothing_to_chart_says_so_and_offers_no_table_or_export(
    qtbot, tmp_path: Path
) -> None:
    from bakeryplan.domain.model import Business, Plan
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository

    path = tmp_path / "empty.bakeryplan"
    PlanRepository.create(path, Plan(Business("Corner Cafe"))).close()
    document = PlanDocument(PlanRepository.open(path))
    panel = ChartPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.table_button.isEnabled())  # drawn after showing
    assert panel.empty_label.isVisible() and not panel.table_button.isChecked()
    assert not panel.export_button.isEnabled()
    assert panel.stack.currentWidget() is panel.chart_page
    document.close()
