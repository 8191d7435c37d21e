"""Screenshots of "Plan from last year": the dialog's preview, and the chart tab with last
year's entries behind the new plan.

Run: ``python tools/screenshots_last_year.py [OUT_DIR]`` (default docs/screenshots). A
made-up bakery (seeded, so the pictures only change when the code does), offscreen: its
till's daily takings for the preview; for the chart, the same year as weekly reports (the
chart plots each entry, and a weekly plan reads best against weekly figures).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

TODAY = date(2026, 11, 27)
YEAR_ENDING = date(2026, 8, 2)
ROOT = Path(__file__).resolve().parent.parent
WEEKDAYS = (800.0, 820.0, 840.0, 900.0, 1100.0, 1500.0, 0.0)


def _settle() -> None:
    loop = QEventLoop()
    for _ in range(20):
        loop.processEvents()


def _day(day: date, noise: random.Random) -> float:
    from dateutil.easter import easter

    sunday = easter(day.year)
    if day.weekday() == 6 or day in (sunday - timedelta(days=2), sunday + timedelta(days=1)):
        return 0.0
    if (day.month, day.day) in ((12, 25), (12, 26), (1, 1)):
        return 0.0
    value = WEEKDAYS[day.weekday()] * (1.0 + 0.12 * (day.month in (9, 10, 11, 5, 6)))
    if day.month == 12 and 18 <= day.day <= 24:
        value *= 2.5
    if sunday - timedelta(days=6) <= day < sunday:
        value *= 2.0
    if day.month == 8:
        value *= 0.8  # the summer lull
    return value * noise.uniform(0.94, 1.06)


def _plan(*, weekly: bool):
    """A bakery's takings by day, or each week's on its Saturday."""
    from bakeryplan.domain.model import (
        Actual,
        ActualSource,
        Business,
        Counting,
        Goal,
        Measure,
        Period,
        Perspective,
        Plan,
    )

    noise = random.Random(11)
    days: dict[date, float] = {}
    day = date(2025, 8, 4)
    while day <= TODAY:
        growth = 1.07 if day > YEAR_ENDING else 1.0
        saturday = day + timedelta(days=5 - day.weekday()) if day.weekday() < 6 else day
        on = saturday if weekly else day
        days[on] = days.get(on, 0.0) + _day(day, noise) * growth
        day += timedelta(days=1)
    actuals = tuple(
        Actual(1, on, round(total, 2), "Z report", ActualSource.IMPORTED, id=i)
        for i, (on, total) in enumerate(sorted(days.items()), start=1)
        if total > 0 and on <= TODAY
    )
    revenue = Measure(
        1, "Weekly revenue", "EUR", baseline=6500, target=9000, start=date(2025, 8, 4),
        target_date=date(2026, 12, 31), period=Period.WEEK, counting=Counting.TOTAL, id=1,
    )  # fmt: skip
    return Plan(
        business=Business("Sunrise Bakery", "Maria Lopez", "EUR", "en_IE", week_start=0),
        goals=(Goal("Grow the takings by 8 % this year", Perspective.FINANCIAL, id=1),),
        measures=(revenue,),
        actuals=actuals,
    )


def shots(out: Path, folder: Path) -> None:
    from bakeryplan.editing.commands import PlanFromLastYear
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.panels.chart_panel import ChartPanel
    from bakeryplan.ui.plan_from_history_dialog import PlanFromHistoryDialog

    daily = _plan(weekly=False)
    measure = daily.measure(1)
    assert measure is not None
    dialog = PlanFromHistoryDialog(daily, measure, YEAR_ENDING + timedelta(days=3))
    dialog.change.setValue(8.0)
    dialog.refresh()
    dialog.resize(1060, 700)
    dialog.show()
    _settle()
    dialog.grab().save(str(out / "plan-from-last-year-preview.png"))
    dialog.close()
    repository = PlanRepository.create(folder / "Sunrise Bakery.bakeryplan", _plan(weekly=True))
    document = PlanDocument(repository, today=lambda: TODAY)
    weekly = PlanFromHistoryDialog(document.plan, measure, YEAR_ENDING + timedelta(days=3))
    weekly.change.setValue(8.0)
    weekly.refresh()
    weekly.accept()
    assert weekly.derived_measure is not None
    document.push(PlanFromLastYear(document, weekly.derived_measure))
    panel = ChartPanel(document)
    panel.resize(1100, 640)
    panel.show()
    panel.select(("measure", 1))
    _settle()
    panel.last_year_box.setChecked(True)
    _settle()
    panel.grab().save(str(out / "chart-last-year.png"))
    panel.close()
    document.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bakeryplan-last-year-shots-") as temp:
        os.environ.setdefault("BAKERYPLAN_DATA_DIR", temp)
        shots(out, Path(temp))
    del app
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
