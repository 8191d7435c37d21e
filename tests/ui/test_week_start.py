"""A plan's weeks start where its country starts them: set from the locale when a plan is made
or its locale changes, or picked by the owner. Results checked in the plan file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QWizard

from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui.main_window import MainWindow
from bakeryplan.ui.widgets.form_dialog import FormDialog
from bakeryplan.ui.wizards import new_plan_wizard
from bakeryplan.ui.wizards.new_plan_wizard import NewPlanWizard
from tests.ui.conftest import plan_on_disk
from tests.ui.test_form_rules import OK, open_business_details, press, run_form, type_into
from tests.ui.test_measure_counting import choose
from tests.ui.wizard_driving import click

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

MONDAY, SATURDAY, SUNDAY = 0, 5, 6


@pytest.fixture
def window(document, qtbot):
    main = MainWindow(document)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def test_a_locale_typed_in_the_business_form_brings_its_first_day_of_the_week(
    window: MainWindow, plan_path: Path, qtbot, monkeypatch
) -> None:
    assert plan_on_disk(plan_path).business.week_start == MONDAY  # en_IE

    def user(form: FormDialog) -> None:
        week = form.widget("week_start")
        assert isinstance(week, QComboBox) and week.currentText() == "Monday"
        type_into(qtbot, form, "locale", "en_US")
        assert week.currentText() == "Sunday"
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    open_business_details(window)
    business = plan_on_disk(plan_path).business
    assert (business.locale, business.week_start) == ("en_US", SUNDAY)


def test_a_first_day_picked_by_hand_stays_when_the_locale_changes(
    window: MainWindow, plan_path: Path, qtbot, monkeypatch
) -> None:
    def user(form: FormDialog) -> None:
        week = form.widget("week_start")
        assert isinstance(week, QComboBox)
        choose(qtbot, week, "Saturday")
        type_into(qtbot, form, "locale", "en_US")
        assert week.currentText() == "Saturday"
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    open_business_details(window)
    business = plan_on_disk(plan_path).business
    assert (business.locale, business.week_start) == ("en_US", SATURDAY)


def test_a_new_plan_counts_weeks_from_its_locales_first_day(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(new_plan_wizard, "plan_locale", lambda _system: "en_US")
    wizard = NewPlanWizard(date(2026, 11, 27))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.business_page.name_edit, "Main Street Donuts")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.file_page.path_edit.setText(str(tmp_path / "donuts.bakeryplan"))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.repository is not None
    wizard.repository.close()
    with PlanRepository.open(tmp_path / "donuts.bakeryplan", read_only=True) as repository:
        business = repository.load().business
    assert (business.locale, business.week_start) == ("en_US", SUNDAY)
