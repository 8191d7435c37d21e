"""How the ui tests run the import assistant: as a person, from Choose… to Finish."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWizard

from tests.ui.wizard_driving import click

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def finish_import(qtbot, seen: list | None = None) -> Callable[[QDialog], int]:
    """An ``exec_dialog`` replacement for the import assistant: Choose… (the test patches
    ``dialogs.ask_open_file``), keep every proposal, Next to the result, Finish.

    Each wizard is kept in ``seen``, so a test can read what its pages said.
    """

    def run(wizard: QDialog) -> int:
        assert isinstance(wizard, QWizard)
        if seen is not None:
            seen.append(wizard)
        wizard.show()
        wizard.file_page.choose_button.click()
        for _ in range(3):
            click(qtbot, wizard, NEXT)
        if wizard.button(FINISH).isEnabled():
            click(qtbot, wizard, FINISH)
        if wizard.isVisible():
            wizard.reject()
        return wizard.result()

    return run


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
