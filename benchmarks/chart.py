"""How fast the chart follows an edit, and how fast charts export.

Run: ``python benchmarks/chart.py`` (headless; uses a temporary plan file).

Prints, for a measure with five years of daily actuals (1,826 points) and one with 52
weekly points, the median time from "actual added" to "chart redrawn": the chart's part
(from the document's ``changed`` signal to the finished canvas draw) and the whole path
(undo command, SQLite write, plan reload, redraw). Then the warm export times of PNG, SVG
and PDF and of the progress pack. Targets: redraw <= 50 ms at 1,826 points, PNG <= 300 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from bakeryplan.domain.model import (
    Actual,
    Business,
    Goal,
    Measure,
    Perspective,
    Plan,
)

TODAY = date(2026, 11, 27)
DAILY_DAYS = 1826
REPEATS = 15


def benchmark_plan(today: date) -> Plan:
    """Two measures: 1,826 daily actuals (5 years) and 52 weekly actuals."""
    daily_start = today - timedelta(days=DAILY_DAYS)
    weekly_start = today - timedelta(weeks=52)
    measures = (
        Measure(1, "Daily loaves sold", unit="loaves", baseline=300, target=600,
                start=daily_start, target_date=today + timedelta(days=365), id=1),
        Measure(2, "Weekly revenue", unit="EUR", baseline=6000, target=9000,
                start=weekly_start, target_date=today + timedelta(weeks=26), id=2),
    )  # fmt: skip
    daily = [
        Actual(1, daily_start + timedelta(days=i), 300 + i * 0.12 + (i * 37 % 23) - 11, id=i + 1)
        for i in range(DAILY_DAYS)
    ]
    weekly = [
        Actual(2, weekly_start + timedelta(weeks=w), 6000 + w * 40 + (w * 53 % 170),
               id=DAILY_DAYS + w + 1)
        for w in range(52)
    ]  # fmt: skip
    return Plan(
        business=Business("Benchmark Bakery", owner="Bench Mark", locale="en_IE"),
        goals=(
            Goal("Sell more loaves every day", Perspective.CUSTOMER, id=1),
            Goal("Grow weekly revenue", Perspective.FINANCIAL, id=2),
        ),
        measures=measures,
        actuals=(*daily, *weekly),
    )


def _wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 10.0) -> None:
    # QEventLoop.processEvents, not QCoreApplication.processEvents: with PySide6 6.12 on
    # Python 3.11 the static one drops a reference to None on every call, and a busy loop
    # of it ends in "Fatal Python error: none_dealloc".
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    while not done():
        loop.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the chart did not redraw")


def redraw_times(app: QApplication, folder: Path) -> None:
    from bakeryplan.editing.commands import AddActual
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.panels.chart_panel import ChartPanel

    repository = PlanRepository.create(folder / "bench.bakeryplan", benchmark_plan(TODAY))
    document = PlanDocument(repository, today=lambda: TODAY)
    panel = ChartPanel(document)
    panel.resize(1000, 620)
    panel.show()
    _wait_until(app, lambda: panel.redraw_count >= 1)
    for measure_id, label in ((1, "1,826 daily points"), (2, "52 weekly points")):
        if panel.subject != ("measure", measure_id):
            count = panel.redraw_count
            panel.select(("measure", measure_id))
            _wait_until(app, lambda c=count: panel.redraw_count > c)
        chart_ms, full_ms = [], []
        latest = document.plan.actuals_of(measure_id)[-1].value
        for i in range(REPEATS):
            count = panel.redraw_count
            value = latest * (1.0 + 0.002 * i)  # a believable next value
            started = time.perf_counter()
            document.push(AddActual(document, Actual(measure_id, TODAY, value)))
            signalled = time.perf_counter()  # written, reloaded, ``changed`` emitted
            _wait_until(app, lambda c=count: panel.redraw_count > c)
            finished = time.perf_counter()
            chart_ms.append((finished - signalled) * 1000)
            full_ms.append((finished - started) * 1000)
            count = panel.redraw_count
            document.undo_stack.undo()
            _wait_until(app, lambda c=count: panel.redraw_count > c)
        print(
            f"redraw, {label:>19}: chart {statistics.median(chart_ms):6.1f} ms median "
            f"(min {min(chart_ms):.1f}); actual added -> redrawn incl. store "
            f"{statistics.median(full_ms):6.1f} ms median"
        )
    panel.close()
    document.close()


def export_times(folder: Path) -> None:
    from bakeryplan.reports.export import export_measure_chart
    from bakeryplan.reports.pack import write_progress_pack

    plan = benchmark_plan(TODAY)
    for suffix in ("png", "svg", "pdf"):
        for measure_id, label in ((1, "1,826 points"), (2, "52 points")):
            export_measure_chart(plan, measure_id, folder / f"warm.{suffix}", on=TODAY)
            times = []
            for _ in range(5):
                started = time.perf_counter()
                export_measure_chart(plan, measure_id, folder / f"c.{suffix}", on=TODAY)
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"export {suffix.upper()}, {label:>12}: {statistics.median(times):6.1f} ms median"
            )
    started = time.perf_counter()
    write_progress_pack(plan, folder / "pack.pdf", on=TODAY)
    print(f"progress pack (2 measures): {(time.perf_counter() - started) * 1000:6.1f} ms")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        redraw_times(app, folder)  # type: ignore[arg-type]
        export_times(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
