"""Render the review wizard's pages and the check-in sheet into docs/screenshots.

Run: ``python tools/screenshots_review.py [OUT_DIR]`` (default docs/screenshots). Offscreen,
on the demo bakery on a fixed day (2026-11-27), in a throwaway data folder, so the pictures
only change when the code does. Needs ``pdftoppm`` (poppler) for the sheet.

Writes wizard-review-1-changes.png ... wizard-review-4-finish.png, main-reviews-held.png,
checkin-sheet.pdf and checkin-sheet.png (the week of 14 December, which has steps due).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BAKERYPLAN_TODAY"] = "2026-11-27"

from PySide6.QtCore import QDate, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

TODAY = date(2026, 11, 27)
SHEET_WEEK = date(2026, 12, 14)
ROOT = Path(__file__).resolve().parent.parent


def _settle() -> None:
    loop = QEventLoop()
    for _ in range(20):
        loop.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    _settle()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(f"Wrote {path}")


def shoot_review(out: Path, folder: Path) -> None:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.demo_figures import REVENUE, SAM, WASTE
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.panels.reviews_panel import ReviewsPanel
    from bakeryplan.ui.wizards.review_wizard import ReviewWizard

    plan = demo_plan(TODAY)
    harbour = next(f.id for f in plan.feedback if f.from_name == "Harbour Cafe")
    revenue = plan.measure(REVENUE)
    assert revenue is not None
    # Since the last review the owner raised the revenue target: the review names it.
    raised = dataclasses.replace(revenue, target=9500.0)
    plan = dataclasses.replace(
        plan, measures=tuple(raised if m.id == REVENUE else m for m in plan.measures)
    )
    repository = PlanRepository.create(folder / "Sunrise Bakery.bakeryplan", plan)
    document = PlanDocument(repository, today=lambda: TODAY)
    wizard = ReviewWizard(document)
    wizard.show()
    _save(wizard, out / "wizard-review-1-changes.png")
    wizard.next()
    page = wizard.explanations_page
    for status in page.needing:
        words = {
            "Unsold bread": "Mondays are still baked like Fridays; fixed from next week.",
            "Cafes supplied": "Mill Lane Cafe wants a second tasting box before it signs.",
        }
        page.explanation_edit(status.measure.id).setText(words.get(status.measure.name, ""))
    _save(wizard, out / "wizard-review-2-explanations.png")
    wizard.next()
    decisions = wizard.decisions_page
    decisions.text_edit.setText("Bake the Monday batch to order")
    decisions.step_radio.setChecked(True)
    decisions.goal_combo.setCurrentIndex(
        decisions.goal_combo.findText(next(g.title for g in plan.goals if g.id == 5))
    )
    decisions.owner_combo.set_owner_id(SAM)
    decisions.due_edit.setDate(QDate(2026, 12, 7))
    decisions.add_decision()
    decisions.text_edit.setText("Aim for 5 % unsold bread: 4 % is too far this winter")
    decisions.target_radio.setChecked(True)
    decisions.measure_combo.setCurrentIndex(decisions.measure_combo.findData(WASTE))
    decisions.target_edit.setText("5")
    decisions.add_decision()
    decisions.feedback_combo.setCurrentIndex(decisions.feedback_combo.findData(harbour))
    decisions.feedback_combo.activated.emit(decisions.feedback_combo.currentIndex())
    decisions.text_edit.setText("Deliver to Harbour Cafe before 7:30 from January")
    decisions.owner_combo.set_owner_id(SAM)
    _save(wizard, out / "wizard-review-3-decisions.png")
    decisions.add_decision()
    wizard.next()
    wizard.finish_page.notes_edit.setPlainText(
        "Revenue ahead of plan; the target is now EUR 9,500 a week. Waste is the worry."
    )
    _save(wizard, out / "wizard-review-4-finish.png")
    wizard.accept()
    panel = ReviewsPanel(document)
    panel.resize(1100, 640)
    panel.show()
    _save(panel, out / "main-reviews-held.png")
    document.close()


def shoot_sheet(out: Path, folder: Path) -> None:
    from bakeryplan.reports.checkin_content import sheet_week
    from bakeryplan.reports.checkin_sheet import write_checkin_pdf
    from bakeryplan.store.demo import demo_plan

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to rasterise the sheet")
    plan = demo_plan(TODAY)
    pdf = out / "checkin-sheet.pdf"
    write_checkin_pdf(plan, pdf, week=sheet_week(plan, SHEET_WEEK))
    stem = folder / "checkin-sheet"
    subprocess.run(
        [pdftoppm, "-png", "-r", "100", "-singlefile", "-gray", str(pdf), str(stem)],
        check=True,
        timeout=120,
    )
    shutil.move(stem.with_suffix(".png"), out / "checkin-sheet.png")
    print(f"Wrote {pdf} and {out / 'checkin-sheet.png'}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="bakeryplan-review-shots-") as scratch:
        os.environ["BAKERYPLAN_DATA_DIR"] = str(Path(scratch) / "data")
        shoot_review(out, Path(scratch))
        shoot_sheet(out, Path(scratch))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
