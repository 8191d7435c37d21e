"""Render the main window on the demo plan into docs/screenshots/main-*.png.

Run: ``python tools/screenshots_main.py``. It works headless (offscreen Qt), on a fixed
day (2026-11-27) and in a throwaway data folder, so the pictures are the same every time
and the user's settings and recent files are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 27)
SIZE = (1280, 800)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BAKERYPLAN_TODAY"] = TODAY.isoformat()
    with tempfile.TemporaryDirectory(prefix="bakeryplan-shots-") as scratch:
        os.environ["BAKERYPLAN_DATA_DIR"] = str(Path(scratch) / "data")
        os.environ["HOME"] = str(Path(scratch) / "home")  # the status bar shows ~/Documents/...
        return _render(Path(scratch))


def _render(scratch: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.reports.fonts import ensure_fonts
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.main_window import MainWindow
    from bakeryplan.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    ensure_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    path = Path.home() / "Documents" / "BakeryPlan" / "Sunrise Bakery.bakeryplan"
    path.parent.mkdir(parents=True)
    PlanRepository.create(path, demo_plan(TODAY)).close()
    written: list[Path] = []
    for dark in (False, True):
        apply_theme(app, dark=dark)
        document = PlanDocument(PlanRepository.open(path))
        window = MainWindow(document)
        window.resize(*SIZE)
        window.show()
        keys = list(window.panels)
        for index, key in enumerate(keys):
            if dark and key not in ("goals", "vision"):
                continue
            window.tabs.setCurrentIndex(index)
            _settle(app)
            if key == "goals":
                window.panels["goals"].select("goal", document.plan.goals[0].id)
                _settle(app)
            name = f"main-{key}{'-dark' if dark else ''}.png"
            window.grab().save(str(OUT / name))
            written.append(OUT / name)
        window.close()
        window.deleteLater()
        _settle(app)
    for shot in written:
        print(shot)
    return 0


def _settle(app: object) -> None:
    """Let timers (chart redraws, deferred refreshes) run before grabbing."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, QDeadlineTimer(50))


if __name__ == "__main__":
    raise SystemExit(main())
