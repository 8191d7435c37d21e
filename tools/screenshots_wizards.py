"""Render every wizard page, the welcome window and the plan-file dialogs as PNGs.

Runs offscreen on a fixed day with the demo bakery, so the pictures are the same on every
machine. Output: docs/screenshots/wizard-*.png, form-measure-*.png and welcome*.png.

    python tools/screenshots_wizards.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BAKERYPLAN_TODAY"] = "2026-11-27"

from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

TODAY = date(2026, 11, 27)
ROOT = Path(__file__).resolve().parent.parent
HOLD_LOCK = (
    "import sys\nfrom bakeryplan.store.lock import PlanLock\nlock = PlanLock(sys.argv[1])\n"
    "lock.acquire()\nprint('locked', flush=True)\nsys.stdin.readline()\n"
)


class Shooter:
    """Saves widgets as PNG files and remembers what it wrote."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.written: list[Path] = []
        self.next_dialog_name = ""

    def save(self, widget: QWidget, name: str) -> None:
        for _ in range(3):
            self.app.processEvents()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        self.written.append(path)

    def modal_stand_in(self) -> Callable[[QDialog], int]:
        """Replaces exec() of message boxes and input dialogs: grab, then cancel."""

        def exec_and_grab(dialog: QDialog) -> int:
            dialog.adjustSize()
            dialog.show()
            self.save(dialog, self.next_dialog_name)
            dialog.hide()
            return int(QDialog.DialogCode.Rejected)

        return exec_and_grab


def shoot_welcome(shooter: Shooter, recent: Path) -> None:
    from bakeryplan.ui import settings
    from bakeryplan.ui.welcome import WelcomeWindow

    welcome = WelcomeWindow()
    welcome.show()
    shooter.save(welcome, "welcome")
    welcome.close()
    settings.add_recent_file(recent)
    welcome = WelcomeWindow()
    welcome.show()
    shooter.save(welcome, "welcome-recent")
    welcome.close()


def shoot_vision_wizard(shooter: Shooter, document: object) -> None:
    from bakeryplan.ui.wizards.vision_wizard import VisionWizard

    answers = {
        "who": "Families and office workers in Riverside who want good bread before work.",
        "best": "Slow-rising sourdough and a warm welcome at the counter",
        "known_for": "Bread that is still warm at seven, and a name for every regular",
        "future": "we run two shops and supply six local cafes",
        "why": "Good bread brings people together, and our team deserves steady work.",
    }
    wizard = VisionWizard(document)  # type: ignore[arg-type]
    wizard.show()
    for number, (key, text) in enumerate(answers.items(), start=1):
        wizard.question_pages[key].answer.setPlainText(text)
        shooter.save(wizard, f"wizard-vision-{number}-{key.replace('_', '-')}")
        wizard.next()
    editor = wizard.draft_page.editor
    editor.setPlainText(editor.toPlainText() + " Going forward, we leverage our synergy.")
    wizard.draft_page.feedback.refresh()
    shooter.save(wizard, "wizard-vision-6-draft")
    wizard.reject()


def shoot_goal_wizard(shooter: Shooter, document: object) -> None:
    from bakeryplan.ui.wizards.goal_wizard import GoalWizard

    wizard = GoalWizard(document)  # type: ignore[arg-type]
    wizard.show()
    page = wizard.goal_page
    page.title_edit.setText("Sell 400 sourdough loaves a week")
    page.perspective_combo.setCurrentIndex(page.perspective_combo.findData("customer"))
    page.owner_combo.setCurrentIndex(1)
    page.due_edit.set_date(date(2027, 6, 30))
    page.why_edit.setPlainText("Regulars ask for it, and it has our best margin.")
    shooter.save(wizard, "wizard-goal-1-goal")
    wizard.next()
    editor = wizard.measure_page.editor
    editor.name_edit.setText("Sourdough loaves a week")
    editor.unit_edit.setText("loaves")
    editor.baseline_spin.setValue(250)
    editor.target_spin.setValue(400)
    editor.curve_combo.setCurrentIndex(editor.curve_combo.findData("stepped"))
    shooter.save(wizard, "wizard-goal-2-measure")
    wizard.next()
    steps = wizard.steps_page
    steps.title_edit(0).setText("Test three sourdough recipes")
    steps.add_step()
    steps.title_edit(1).setText("Teach Lee to shape loaves")
    steps.add_person.name_edit.setText("Lee")
    steps.add_person.role_edit.setText("Apprentice")
    steps.add_person.add_button.click()
    steps.owner_combo(1).set_owner_id(-1)
    steps.due_edit(1).set_date(date(2027, 2, 15))
    steps.add_step()
    steps.title_edit(2).setText("Open on Sunday mornings")
    steps.due_edit(2).set_date(date(2027, 8, 1))
    shooter.save(wizard, "wizard-goal-3-steps")
    wizard.next()
    shooter.save(wizard, "wizard-goal-4-summary")
    wizard.reject()


def shoot_measure_forms(shooter: Shooter, document: object) -> None:
    """Edit measure on the demo's seasonal revenue and stepped cafes (with a late step)."""
    from bakeryplan.ui.widgets.measure_form import MeasureForm

    plan = document.plan  # type: ignore[attr-defined]
    for measure_id, name in ((1, "form-measure-seasonal"), (4, "form-measure-stepped")):
        form = MeasureForm(None, plan, plan.measure(measure_id), is_new=False)
        form.show()
        if measure_id == 4:  # a step dated after the target date: refused in words
            late = form.path.points_table.cellWidget(3, 0)
            late.setDate(late.date().addMonths(1))
            form.accept()
        form.adjustSize()
        shooter.save(form, name)
        form.reject()


def shoot_new_plan_wizard(shooter: Shooter) -> None:
    from bakeryplan.ui.wizards.new_plan_wizard import NewPlanWizard

    wizard = NewPlanWizard(TODAY)
    wizard.show()
    wizard.business_page.name_edit.setText("Riverside Rolls")
    wizard.business_page.owner_edit.setText("Maria Lopez")
    shooter.save(wizard, "wizard-new-plan-1-business")
    wizard.next()
    staff = wizard.staff_page
    staff.line_edit(0, 0).setText("Sam Okafor")
    staff.line_edit(0, 1).setText("Baker")
    staff.add_row()
    staff.line_edit(1, 0).setText("Aoife Byrne")
    staff.line_edit(1, 1).setText("Counter")
    shooter.save(wizard, "wizard-new-plan-2-team")
    wizard.next()
    shooter.save(wizard, "wizard-new-plan-3-file")
    wizard.reject()


def shoot_dialogs(shooter: Shooter, folder: Path) -> None:
    """The dialogs shown when a plan cannot simply be opened (each then cancelled)."""
    from bakeryplan.domain.model import Business, Plan
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.store.schema import SCHEMA_VERSION
    from bakeryplan.ui import opening

    stand_in = shooter.modal_stand_in()
    QInputDialog.exec = stand_in  # type: ignore[method-assign,assignment]
    QMessageBox.exec = stand_in  # type: ignore[method-assign,assignment]
    QDialog.exec = stand_in  # type: ignore[method-assign,assignment]  # dialogs.choose

    locked = folder / "Harbour Bakery.bakeryplan"
    PlanRepository.create(locked, Plan(business=Business("Harbour Bakery"))).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(locked)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        shooter.next_dialog_name = "welcome-dialog-locked"
        opening.open_plan_interactive(None, locked)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)

    newer = folder / "From the future.bakeryplan"
    PlanRepository.create(newer, Plan(business=Business("Future Bakery"))).close()
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    shooter.next_dialog_name = "welcome-dialog-newer"
    document = opening.open_plan_interactive(None, newer)
    if document is not None:
        document.close()

    damaged = folder / "Sunrise Bakery copy.bakeryplan"
    PlanRepository.create(damaged, Plan(business=Business("Sunrise Bakery"))).close()
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    shooter.next_dialog_name = "welcome-dialog-damaged"
    opening.open_plan_interactive(None, damaged)

    not_a_plan = folder / "recipes.bakeryplan"
    not_a_plan.write_text("flour, water, salt\n", encoding="utf-8")
    shooter.next_dialog_name = "welcome-dialog-not-a-plan"
    opening.open_plan_interactive(None, not_a_plan)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bakeryplan-shots-") as temp:
        folder = Path(temp)
        os.environ["BAKERYPLAN_DATA_DIR"] = str(folder / "data")

        from bakeryplan.editing.document import PlanDocument
        from bakeryplan.reports.fonts import ensure_fonts
        from bakeryplan.store.demo import demo_plan
        from bakeryplan.store.repository import PlanRepository
        from bakeryplan.ui.app import create_application
        from bakeryplan.ui.theme import apply_theme

        app = create_application()
        ensure_fonts()
        apply_theme(app, dark=False)
        shooter = Shooter(app, args.out)
        demo = folder / "Sunrise Bakery.bakeryplan"
        document = PlanDocument(PlanRepository.create(demo, demo_plan(TODAY)))
        try:
            shoot_welcome(shooter, demo)
            shoot_vision_wizard(shooter, document)
            shoot_goal_wizard(shooter, document)
            shoot_measure_forms(shooter, document)
            shoot_new_plan_wizard(shooter)
        finally:
            document.close()
        shoot_dialogs(shooter, folder)
    for path in shooter.written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
