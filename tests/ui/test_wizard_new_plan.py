"""The new-plan wizard, driven as a person would: type, Next, Back, Finish."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from bakeryplan.store.paths import default_plans_dir
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs, opening, settings
from bakeryplan.ui.wizards.new_plan_wizard import NewPlanWizard
from tests.ui.wizard_driving import click

TODAY = date(2026, 11, 27)


def fill_business_and_team(qtbot, wizard: NewPlanWizard) -> None:
    page = wizard.business_page
    qtbot.keyClicks(page.name_edit, "Riverside Rolls")
    qtbot.keyClicks(page.owner_edit, "Maria Lopez")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    staff = wizard.staff_page
    qtbot.keyClicks(staff.line_edit(0, 0), "Sam Okafor")
    qtbot.keyClicks(staff.line_edit(0, 1), "Baker")
    qtbot.mouseClick(staff.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(staff.line_edit(1, 0), "Jo")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


@pytest.fixture
def wizard(qtbot) -> NewPlanWizard:
    wizard = NewPlanWizard(TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_start_to_finish_writes_the_plan_file(qtbot, wizard: NewPlanWizard) -> None:
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no name yet
    fill_business_and_team(qtbot, wizard)
    expected = default_plans_dir() / "Riverside Rolls.bakeryplan"
    assert wizard.file_page.path_edit.text() == str(expected)
    assert wizard.file_page.write_vision_next.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.repository is not None
    wizard.repository.close()
    with PlanRepository.open(expected, read_only=True) as repository:
        plan = repository.load()
    assert plan.business.name == "Riverside Rolls"
    assert plan.business.owner == "Maria Lopez"
    assert plan.business.currency == wizard.business_page.currency_combo.currentData()
    assert [(p.name, p.role) for p in plan.people] == [
        ("Maria Lopez", "Owner"),
        ("Sam Okafor", "Baker"),
        ("Jo", ""),
    ]


def test_back_keeps_what_was_typed(qtbot, wizard: NewPlanWizard) -> None:
    fill_business_and_team(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is wizard.staff_page
    assert wizard.staff_page.line_edit(0, 0).text() == "Sam Okafor"
    assert wizard.staff_page.table.rowCount() == 2
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.business_page.name_edit.text() == "Riverside Rolls"
    qtbot.keyClicks(wizard.business_page.name_edit, " Two")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.file_page.path().name == "Riverside Rolls Two.bakeryplan"
    wizard.reject()


def test_an_existing_file_cannot_be_overwritten(qtbot, wizard: NewPlanWizard) -> None:
    folder = default_plans_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Riverside Rolls.bakeryplan").write_bytes(b"someone else's plan")
    fill_business_and_team(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "already exists" in wizard.file_page.problem.text()
    wizard.file_page.path_edit.clear()
    qtbot.keyClicks(wizard.file_page.path_edit, str(folder / "Rolls 2"))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.repository is not None
    assert wizard.repository.path.name == "Rolls 2.bakeryplan"
    wizard.repository.close()


def test_new_plan_interactive_opens_the_new_plan(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, NewPlanWizard)
        dialog.show()
        fill_business_and_team(qtbot, dialog)
        dialog.file_page.write_vision_next.setChecked(False)
        click(qtbot, dialog, QWizard.WizardButton.FinishButton)
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", drive)
    monkeypatch.setattr(dialogs, "ask", lambda *args: False)  # no first goal now
    document = opening.new_plan_interactive(None)
    assert document is not None
    try:
        assert document.plan.business.name == "Riverside Rolls"
        assert not document.read_only
        assert settings.recent_files()[0] == Path(document.path).resolve()
    finally:
        document.close()


def test_cancelling_the_wizard_creates_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    assert opening.new_plan_interactive(None) is None
    assert not list(default_plans_dir().glob("*.bakeryplan"))


def test_write_the_vision_next_runs_the_vision_wizard_on_the_new_plan(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bakeryplan.ui.wizards.vision_wizard import VisionWizard

    seen: list[str] = []

    def drive(dialog: QDialog) -> int:
        dialog.show()
        if isinstance(dialog, NewPlanWizard):
            seen.append("new plan")
            fill_business_and_team(qtbot, dialog)
            assert dialog.file_page.write_vision_next.isChecked()
        else:
            assert isinstance(dialog, VisionWizard)
            seen.append("vision")
            page = dialog.question_pages["who"]
            qtbot.keyClicks(page.answer, "Commuters at the station")
            for _ in range(5):
                click(qtbot, dialog, QWizard.WizardButton.NextButton)
        click(qtbot, dialog, QWizard.WizardButton.FinishButton)
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", drive)
    monkeypatch.setattr(dialogs, "ask", lambda *args: False)  # no first goal now
    document = opening.new_plan_interactive(None)
    assert document is not None
    path = Path(document.path)
    document.close()
    assert seen == ["new plan", "vision"]
    with PlanRepository.open(path, read_only=True) as repository:
        plan = repository.load()
    assert plan.vision is not None
    assert plan.vision.text == "We serve commuters at the station."


def shown_text(text: str) -> str:
    """What a button or check box shows: "&&" is "&", a single "&" marks the Alt key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_an_owner_called_ann_and_bob_keeps_the_ampersand(qtbot, wizard: NewPlanWizard) -> None:
    from PySide6.QtGui import QKeySequence

    qtbot.keyClicks(wizard.business_page.name_edit, "Twin Ovens")
    qtbot.keyClicks(wizard.business_page.owner_edit, "Ann & Bob")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    check = wizard.staff_page.include_owner
    assert shown_text(check.text()) == "Add Ann & Bob (owner) to the team"
    assert QKeySequence.mnemonic(check.text()) == QKeySequence("Alt+T")  # not Alt+Space
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.repository is not None
    wizard.repository.close()
    with PlanRepository.open(wizard.file_page.path(), read_only=True) as repository:
        people = repository.load().people
    assert [(p.name, p.role) for p in people] == [("Ann & Bob", "Owner")]


def test_the_owner_typed_again_as_staff_is_one_person(qtbot, wizard: NewPlanWizard) -> None:
    page = wizard.business_page
    qtbot.keyClicks(page.name_edit, "Riverside Rolls")
    qtbot.keyClicks(page.owner_edit, "Maria Lopez")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    staff = wizard.staff_page
    qtbot.keyClicks(staff.line_edit(0, 0), "maria  lopez")
    qtbot.keyClicks(staff.line_edit(0, 1), "Baker")
    qtbot.mouseClick(staff.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(staff.line_edit(1, 0), "Sam")
    assert [(p.name, p.role) for p in staff.people()] == [
        ("Maria Lopez", "Owner"),
        ("Sam", ""),
    ]
