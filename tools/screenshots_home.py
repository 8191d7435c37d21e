"""Render the This week page, the empty tabs and the guide into docs/screenshots/.

Run: ``python tools/screenshots_home.py``. Headless (offscreen Qt), on a fixed day
(2026-11-27), at a 1,366 x 768 laptop's size, in light and dark, in a throwaway data
folder, so the pictures are the same every time and the user's settings are never touched.
Writes ``home-*.png`` (the demo plan), ``empty-*.png`` (a plan just made) and
``help-guide*.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 27)
SIZE = (1366, 768)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
EMPTY_TABS = ("goals", "actuals", "chart", "people", "feedback", "reviews")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BAKERYPLAN_TODAY"] = TODAY.isoformat()
    with tempfile.TemporaryDirectory(prefix="bakeryplan-shots-") as scratch:
        os.environ["BAKERYPLAN_DATA_DIR"] = str(Path(scratch) / "data")
        os.environ["HOME"] = str(Path(scratch) / "home")  # the status bar shows ~/Documents/...
        return _render()


def _render() -> int:
    from PySide6.QtWidgets import QApplication

    from bakeryplan.domain.model import Business, Plan
    from bakeryplan.reports.fonts import ensure_fonts
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    ensure_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path.home() / "Documents" / "BakeryPlan"
    folder.mkdir(parents=True)
    demo = folder / "Sunrise Bakery.bakeryplan"
    PlanRepository.create(demo, demo_plan(TODAY)).close()
    empty = folder / "Riverside Rolls.bakeryplan"
    PlanRepository.create(empty, Plan(Business("Riverside Rolls"))).close()
    written: list[Path] = []
    for dark in (False, True):
        apply_theme(app, dark=dark)
        suffix = "-dark" if dark else ""
        window = _window(app, demo)
        written.append(_shot(app, window, f"home{suffix}.png"))
        window.tabs.setCurrentWidget(window.panels["chart"])
        written.append(_shot(app, window, f"chart-1366{suffix}.png"))
        window.tasks.guide()
        from bakeryplan.ui.guide import GuideDialog

        guide = window.findChild(GuideDialog)
        assert guide is not None
        _settle(app)
        written.append(_save(guide.grab(), f"help-guide{suffix}.png"))
        guide.close()
        _close(app, window)

        window = _window(app, empty)
        written.append(_shot(app, window, f"home-new-plan{suffix}.png"))
        for key in EMPTY_TABS if not dark else ("goals", "chart"):
            window.tabs.setCurrentWidget(window.panels[key])
            written.append(_shot(app, window, f"empty-{key}{suffix}.png"))
        _close(app, window)
    for shot in written:
        print(shot)
    return 0


def _window(app: object, path: Path) -> object:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.main_window import MainWindow

    window = MainWindow(PlanDocument(PlanRepository.open(path)))
    window.resize(*SIZE)
    window.show()
    window.tabs.setCurrentIndex(0)
    _settle(app)
    return window


def _shot(app: object, window: object, name: str) -> Path:
    _settle(app)
    return _save(window.grab(), name)  # type: ignore[attr-defined]


def _save(pixmap: object, name: str) -> Path:
    path = OUT / name
    pixmap.save(str(path))  # type: ignore[attr-defined]
    return path


def _close(app: object, window: object) -> None:
    window.close()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    _settle(app)


def _settle(app: object) -> None:
    """Let timers (the page filled after the first paint, chart redraws) run first."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(8):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, QDeadlineTimer(60))


if __name__ == "__main__":
    raise SystemExit(main())
