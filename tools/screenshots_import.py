"""Render every page of the import assistant as PNGs, on a bank export it writes itself.

Runs offscreen on a fixed day with the demo bakery, so the pictures are the same on every
machine. Output: docs/screenshots/import-*.png.

    python tools/screenshots_import.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWizard

TODAY = date(2026, 11, 27)
ROOT = Path(__file__).resolve().parent.parent
BANK = (
    "Kontoinhaber;Sunrise Bakery\n"
    "IBAN;IE29AIBK93115212345678\n"
    "Zeitraum;01.11.2026 - 20.11.2026\n"
    "\n"
    "Buchungstag;Valuta;Auftraggeber/Empfänger;Verwendungszweck;Betrag (EUR)\n"
    + "".join(
        f"{day:02d}.11.2026;{day:02d}.11.2026;Kartenzahlungen;Umsatz Terminal 1;"
        f"{1000 + day * 37},{day * 7 % 100:02d}\n"
        f"{day:02d}.11.2026;{day:02d}.11.2026;Mühle Schmidt;Mehl;-{120 + day},00\n"
        for day in range(20, 0, -1)
    )
    + '21.11.2026;21.11.2026;Kartenzahlungen;"Umsatz Terminal 1;999,00\n'
    + "30.11.2026;30.11.2026;Vermieter;Miete Dezember;-1.800,00\n"
    + ";;;Summe;24.977,70\n"
)

PROFIT_AND_LOSS = (
    "Profit and Loss\nSunrise Bakery\n1 January 2026 - 31 October 2026\n\nAccount,2026\n"
    "Sales,245000.00\nCost of sales,-98000.00\nGross profit,147000.00\nWages,-90000.00\n"
    "Rent,-30000.00\nNet profit,27000.00\n"
)


def _settle() -> None:
    loop = QEventLoop()
    for _ in range(20):
        loop.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.ui.wizards.import_wizard import ImportWizard

    with tempfile.TemporaryDirectory() as folder:
        os.environ["BAKERYPLAN_DATA_DIR"] = folder
        repository = PlanRepository.create(Path(folder) / "Sunrise.bakeryplan", demo_plan(TODAY))
        document = PlanDocument(repository, today=lambda: TODAY)
        export = Path(folder) / "Umsaetze_Girokonto.csv"
        export.write_text(BANK, encoding="utf-8-sig")
        wizard = ImportWizard(document, None, document.plan.measures[0].id)
        wizard.show()
        wizard.file_page.path_edit.setText(str(export))
        wizard.file_page.path_edit.editingFinished.emit()
        _settle()
        shots = ["import-1-file", "import-2-date", "import-3-value", "import-4-result"]
        for number, name in enumerate(shots):
            if number == 2:
                page = wizard.value_page
                page.sign_combo.setCurrentIndex(page.sign_combo.findData("income"))
                page.note_combo.setCurrentIndex(
                    page.note_combo.findText("Verwendungszweck", Qt.MatchFlag.MatchContains)
                )
            if number == 3:
                wizard.result_page.recipe_name.setText("Bank account, card sales")
            _settle()
            wizard.grab().save(str(out / f"{name}.png"))
            print(f"wrote {out / name}.png")
            if number < 3:
                wizard.button(QWizard.WizardButton.NextButton).click()
                _settle()
        wizard.reject()
        report = Path(folder) / "Profit and loss 2026.csv"
        report.write_text(PROFIT_AND_LOSS, encoding="utf-8")
        refused = ImportWizard(document, None, document.plan.measures[0].id)
        refused.show()
        refused.file_page.path_edit.setText(str(report))
        refused.file_page.path_edit.editingFinished.emit()
        _settle()
        refused.grab().save(str(out / "import-1-refused.png"))
        print(f"wrote {out / 'import-1-refused.png'}")
        refused.reject()
        document.close()


if __name__ == "__main__":
    main()
