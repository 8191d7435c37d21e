"""Render the window, the goal wizard and the one-page plan in German and in Polish.

Run: ``python tools/screenshots_languages.py``. Writes docs/screenshots/main-XX.png (This
week), main-goals-XX.png, wizard-goal-XX.png (the measure page, where the labels are
longest), wizard-goal-steps-XX.png and one-page-XX.png, for XX = de and pl, with the window
at 1366 x 768 (the smallest laptop screen the layout must fit). Headless, on a fixed day, in
a throwaway data folder; the demo plan is built in each language.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 27)
SIZE = (1366, 768)
LANGUAGES = ("de", "pl")
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

# What an owner would type in the goal wizard, in each language.
TYPED = {
    "de": {
        "goal": "400 Sauerteigbrote pro Woche verkaufen",
        "why": "Stammkunden fragen danach, und es hat unsere beste Marge.",
        "measure": "Sauerteigbrote pro Woche",
        "unit": "Brote",
        "steps": ("Drei Sauerteigrezepte testen", "Lee das Formen beibringen"),
    },
    "pl": {
        "goal": "Sprzedawać 400 chlebów na zakwasie tygodniowo",
        "why": "Stali klienci o nie pytają, a mamy na nim najlepszą marżę.",
        "measure": "Chleby na zakwasie tygodniowo",
        "unit": "bochenki",
        "steps": ("Wypróbować trzy przepisy na zakwas", "Nauczyć Lee formowania bochenków"),
    },
}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BAKERYPLAN_TODAY"] = TODAY.isoformat()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed to rasterise the PDF", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bakeryplan-languages-") as scratch:
        os.environ["BAKERYPLAN_DATA_DIR"] = str(Path(scratch) / "data")
        os.environ["HOME"] = str(Path(scratch) / "home")
        for code in LANGUAGES:
            for shot in _render(Path(scratch), code):
                print(shot)
    return 0


def _render(scratch: Path, code: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWizard

    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.reports.fonts import ensure_fonts
    from bakeryplan.reports.one_page import write_one_page_pdf
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.interface_language import install_interface_language
    from bakeryplan.ui.main_window import MainWindow
    from bakeryplan.ui.theme import apply_theme
    from bakeryplan.ui.wizards.goal_wizard import GoalWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_interface_language(app, code)
    ensure_fonts()
    apply_theme(app, dark=False)
    OUT.mkdir(parents=True, exist_ok=True)
    plan = demo_plan(TODAY, language=code)
    path = Path.home() / "Documents" / "BakeryPlan" / f"{plan.business.name}.bakeryplan"
    path.parent.mkdir(parents=True, exist_ok=True)
    PlanRepository.create(path, plan).close()
    written: list[Path] = []

    def save(widget: object, name: str) -> None:
        _settle(app)
        target = OUT / f"{name}-{code}.png"
        widget.grab().save(str(target))  # type: ignore[attr-defined]
        written.append(target)

    document = PlanDocument(PlanRepository.open(path))
    window = MainWindow(document)
    window.resize(*SIZE)
    window.show()
    window.show_panel("home")
    save(window, "main")
    window.show_panel("goals")
    window.panels["goals"].select("goal", document.plan.goals[0].id)  # type: ignore[attr-defined]
    save(window, "main-goals")

    typed = TYPED[code]
    wizard = GoalWizard(document)
    wizard.show()
    page = wizard.goal_page
    page.title_edit.setText(typed["goal"])
    page.owner_combo.setCurrentIndex(1)
    page.due_edit.set_date(date(2027, 6, 30))
    page.why_edit.setPlainText(typed["why"])
    wizard.next()
    editor = wizard.measure_page.editor
    editor.name_edit.setText(typed["measure"])
    editor.unit_edit.setText(typed["unit"])
    editor.baseline_spin.setValue(250)
    editor.target_spin.setValue(400)
    save(wizard, "wizard-goal")
    wizard.next()
    steps = wizard.steps_page
    steps.title_edit(0).setText(typed["steps"][0])
    steps.add_step()
    steps.title_edit(1).setText(typed["steps"][1])
    steps.due_edit(1).set_date(date(2027, 2, 15))
    save(wizard, "wizard-goal-steps")
    QWizard.reject(wizard)  # closes without asking about what the script typed
    window.close()
    document.close()

    pdf = scratch / f"one-page-{code}.pdf"
    write_one_page_pdf(plan, pdf, on=TODAY)
    stem = scratch / f"one-page-{code}"
    command = ["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(stem)]
    subprocess.run(command, check=True, timeout=120)
    target = OUT / f"one-page-{code}.png"
    shutil.move(stem.with_suffix(".png"), target)
    written.append(target)
    return written


def _settle(app: object) -> None:
    """Let timers (chart redraws, deferred refreshes) run before grabbing."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, QDeadlineTimer(50))


if __name__ == "__main__":
    raise SystemExit(main())
