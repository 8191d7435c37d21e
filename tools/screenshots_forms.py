"""Render every add/edit form in the light and the dark theme as PNGs.

Runs offscreen on a fixed day with the demo bakery. Each form is shown as it opens (the
keyboard in its first field, dates as the window writes them); the goal form also with a
300-character title, to show long names cut short. Output: docs/screenshots/form-*.png.

    python tools/screenshots_forms.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BAKERYPLAN_TODAY"] = "2026-11-27"

from PySide6.QtWidgets import QApplication, QDialog, QWidget

TODAY = date(2026, 11, 27)
ROOT = Path(__file__).resolve().parent.parent
LONG_TITLE = ("Open a second shop by the river with a wood-fired oven and a long name " * 5)[:300]


def _grabber(app: QApplication, path: Path, written: list[Path]) -> Callable[[QDialog], int]:
    """An exec_dialog stand-in: show the form, save it as ``path``, cancel it."""

    def grab(dialog: QDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        for _ in range(5):
            app.processEvents()
        if not dialog.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    return grab


def shoot_forms(app: QApplication, document: object, out: Path, scheme: str) -> list[Path]:
    from bakeryplan.ui import dialogs
    from bakeryplan.ui.widgets import record_forms as forms

    plan = document.plan  # type: ignore[attr-defined]
    goal = plan.goals[0]
    long_goal = replace(goal, title=LONG_TITLE)
    step = plan.steps[0]
    shots: dict[str, Callable[[QWidget | None], object]] = {
        "goal": lambda p: forms.ask_goal(p, plan, goal, today=TODAY),
        "goal-new": lambda p: forms.ask_goal(p, plan, today=TODAY),
        "goal-long-title": lambda p: forms.ask_goal(p, plan, long_goal, today=TODAY),
        "step": lambda p: forms.ask_step(p, plan, step, is_new=False),
        "measure": lambda p: forms.ask_measure(p, plan, plan.measures[1], is_new=False),
        "person": lambda p: forms.ask_person(p, plan.people[0]),
        "feedback": lambda p: forms.ask_feedback(p, plan, plan.feedback[0], today=TODAY),
        "review": lambda p: forms.ask_review(p, plan, None, today=TODAY),
        "business": lambda p: forms.ask_business(p, plan.business),
    }
    written: list[Path] = []
    original = dialogs.exec_dialog
    try:
        for name, ask in shots.items():
            path = out / f"form-{name}-{scheme}.png"
            dialogs.exec_dialog = _grabber(app, path, written)  # type: ignore[assignment]
            ask(None)
    finally:
        dialogs.exec_dialog = original  # type: ignore[assignment]
    return written


def shoot_keep_editing(app: QApplication, document: object, out: Path, scheme: str) -> Path:
    """The question a vision wizard with typing asks when Esc is pressed."""
    from PySide6.QtWidgets import QMessageBox

    from bakeryplan.ui.wizards.vision_wizard import VisionWizard

    path = out / f"wizard-keep-editing-{scheme}.png"
    wizard = VisionWizard(document)  # type: ignore[arg-type]
    wizard.show()
    wizard.question_pages["who"].answer.setPlainText("Families and office workers.")
    original = QMessageBox.exec

    def grab(box: QMessageBox) -> int:
        box.show()
        for _ in range(5):
            app.processEvents()
        box.grab().save(str(path), "PNG")
        box.hide()
        keep = box.buttons()[0]
        box.setProperty("clicked", True)
        keep.click()
        return 0

    QMessageBox.exec = grab  # type: ignore[method-assign]
    try:
        wizard.reject()
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
    wizard.hide()
    wizard.deleteLater()
    return path


def shoot_read_only(app: QApplication, plan_path: Path, out: Path, scheme: str) -> Path:
    """The main window of a plan opened read-only: the banner above the tabs."""
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.main_window import MainWindow

    path = out / f"main-read-only-{scheme}.png"
    document = PlanDocument(PlanRepository.open(plan_path, read_only=True), today=lambda: TODAY)
    window = MainWindow(document)
    window.resize(1100, 640)
    window.show()
    window.tabs.setCurrentWidget(window.panels["actuals"])
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path), "PNG")
    window.close()
    document.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="bakeryplan-shots-") as temp:
        folder = Path(temp)
        os.environ["BAKERYPLAN_DATA_DIR"] = str(folder / "data")
        os.environ["HOME"] = str(folder / "home")  # the status bar shows ~/Documents/...

        from bakeryplan.editing.document import PlanDocument
        from bakeryplan.reports.fonts import ensure_fonts
        from bakeryplan.store.demo import demo_plan
        from bakeryplan.store.repository import PlanRepository
        from bakeryplan.ui.app import create_application
        from bakeryplan.ui.theme import apply_theme

        app = create_application()
        ensure_fonts()
        plans = Path.home() / "Documents" / "BakeryPlan"
        plans.mkdir(parents=True)
        demo = plans / "Sunrise Bakery.bakeryplan"
        document = PlanDocument(PlanRepository.create(demo, demo_plan(TODAY)))
        try:
            for scheme in ("light", "dark"):
                apply_theme(app, dark=scheme == "dark")
                written += shoot_forms(app, document, args.out, scheme)
                written.append(shoot_keep_editing(app, document, args.out, scheme))
        finally:
            document.close()
        for scheme in ("light", "dark"):
            apply_theme(app, dark=scheme == "dark")
            written.append(shoot_read_only(app, demo, args.out, scheme))
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
