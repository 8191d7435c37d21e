"""The window never crashes on data: it shows an older file's extreme value and lets the
owner correct or delete it.

Found with a CSV value of 309 digits stored as ``inf``: from then on the window crashed
(a segmentation fault) every time the Actuals tab was shown, so the owner could not even
reach the value to delete it; dates of year 0001 or 9999 broke the chart tab. The window
runs in a child process here, so that a crash fails this test and not the whole run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.extreme_plans import EXTREME_ACTUAL_ID, EXTREME_PLANS, write_plan

SHOW_EVERY_TAB_THEN_DELETE = """
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

app = QApplication([])
problems = []
sys.excepthook = lambda kind, error, tb: problems.append(f"{kind.__name__}: {error}")

from bakeryplan.store.repository import PlanRepository
from bakeryplan.editing.document import PlanDocument
from bakeryplan.ui.main_window import MainWindow
from bakeryplan.ui.panels.actuals_panel import ActualsPanel

path, actual_id = Path(sys.argv[1]), int(sys.argv[2])
document = PlanDocument(PlanRepository.open(path), today=lambda: date(2026, 11, 27))
window = MainWindow(document)
window.resize(1200, 800)
window.show()
app.processEvents()
actuals_panel = None
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    for _ in range(3):
        app.processEvents()
    panel = window.tabs.currentWidget()
    if isinstance(panel, ActualsPanel):
        actuals_panel = panel
    combo = getattr(panel, "measure_combo", None)
    for choice in range(combo.count() if combo is not None else 0):
        combo.setCurrentIndex(choice)
        app.processEvents()
if actual_id:
    window.tabs.setCurrentWidget(actuals_panel)
    actual = next(a for a in document.plan.actuals if a.id == actual_id)
    actuals_panel.set_measure(actual.measure_id)
    app.processEvents()
    row = actuals_panel.model.row_of(actual_id)
    shown = actuals_panel.model.index(row, 1).data()
    print("shown:", shown)
    actuals_panel.table.setCurrentIndex(actuals_panel.model.index(row, 0))
    actuals_panel.delete_selected()
    app.processEvents()
    with PlanRepository.open(path, read_only=True) as again:
        gone = all(a.id != actual_id for a in again.load().actuals)
    print("deleted" if gone else "still there")
document.close()
print("problems:", problems)
sys.exit(1 if problems else 0)
"""


#: The kinds that crashed the window (the others are read by the same panels without
#: arithmetic on them); each child process costs about a second.
WINDOW_KINDS = [
    "actual inf",
    "actual 1e308",
    "actual dated 9999-12-31",
    "actual dated 0001-01-01",
    "measure target inf",
    "measure from 0001 to 9999",
    "step effort 1e308, dated 0001 and 9999",
]


@pytest.mark.parametrize("kind", WINDOW_KINDS)
def test_every_tab_shows_and_the_extreme_actual_can_be_deleted(tmp_path: Path, kind: str) -> None:
    path = write_plan(tmp_path / "old.bakeryplan", EXTREME_PLANS[kind]())
    extreme_actual = kind.startswith("actual")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", SHOW_EVERY_TAB_THEN_DELETE, str(path),
         str(EXTREME_ACTUAL_ID if extreme_actual else 0)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    report = child.stdout + child.stderr[-2000:]
    assert child.returncode == 0, report
    assert "problems: []" in child.stdout, report
    if extreme_actual:
        assert "deleted" in child.stdout, report
    if kind == "actual inf":
        assert "shown: \u221e" in child.stdout, report
