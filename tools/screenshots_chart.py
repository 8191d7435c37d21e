"""Screenshots of the chart tab (light and dark), an exported chart and the progress pack.

Run: ``python tools/screenshots_chart.py [OUT_DIR]`` (default docs/screenshots). Uses the
demo plan on a fixed day, offscreen, so the pictures only change when the code does.
Needs ``pdftoppm`` (poppler) for the pack pages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

TODAY = date(2026, 11, 27)
ROOT = Path(__file__).resolve().parent.parent


def _settle() -> None:
    loop = QEventLoop()  # not QCoreApplication.processEvents: it leaks None on PySide6 6.12
    for _ in range(20):
        loop.processEvents()


def panel_shots(out: Path, folder: Path) -> None:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.panels.chart_panel import ChartPanel
    from bakeryplan.ui.theme import dark_palette

    repository = PlanRepository.create(folder / "Sunrise Bakery.bakeryplan", demo_plan(TODAY))
    document = PlanDocument(repository, today=lambda: TODAY)
    panel = ChartPanel(document)
    panel.resize(1100, 680)
    panel.show()
    _settle()
    panel.grab().save(str(out / "chart-panel-light.png"))
    panel.select(("measure", 5))  # unsold bread: a "down" measure, behind plan
    _settle()
    panel.grab().save(str(out / "chart-panel-light-down.png"))
    panel.table_button.click()
    _settle()
    panel.grab().save(str(out / "chart-panel-table.png"))
    panel.table_button.click()
    panel.setPalette(dark_palette())
    panel.select(("measure", 1))
    _settle()
    panel.grab().save(str(out / "chart-panel-dark.png"))
    goal = next(g for g in document.plan.goals if document.plan.steps_of(g.id))
    panel.select(("goal", goal.id))
    _settle()
    panel.grab().save(str(out / "chart-panel-dark-steps.png"))
    panel.close()
    document.close()


def export_shots(out: Path, folder: Path) -> None:
    from bakeryplan.reports.export import export_measure_chart
    from bakeryplan.reports.pack import write_progress_pack
    from bakeryplan.store.demo import demo_plan

    plan = demo_plan(TODAY)
    export_measure_chart(plan, "Weekly revenue", out / "chart-export-weekly-revenue.png", on=TODAY)
    pack = write_progress_pack(plan, folder / "pack.pdf", on=TODAY, page_size="a4")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: pack pages skipped", file=sys.stderr)
        return
    for old in out.glob("pack-page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pack), str(out / "pack-page")], check=True)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bakeryplan-chart-shots-") as temp:
        os.environ.setdefault("BAKERYPLAN_DATA_DIR", temp)
        panel_shots(out, Path(temp))
        export_shots(out, Path(temp))
    del app
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
