"""The business and measure forms refuse what the plan file's import (or common sense)
refuses, say why in the form, and store nothing until it is put right. Driven as a person
would; results checked in the plan file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit

from bakeryplan.domain.measure_rules import measure_problems
from bakeryplan.domain.model import Business, Direction
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.interchange import plan_from_json, plan_to_json
from bakeryplan.ui import dialogs
from bakeryplan.ui.main_window import MainWindow
from bakeryplan.ui.panels.goals_panel import GoalsPanel
from bakeryplan.ui.widgets import record_forms
from bakeryplan.ui.widgets.form_dialog import FormDialog
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from tests.ui.conftest import DEMO_TODAY, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")
ACCEPTED = QDialog.DialogCode.Accepted
User = Callable[[FormDialog], None]


@pytest.fixture
def window(document: PlanDocument, qtbot) -> Iterator[MainWindow]:
    main = MainWindow(document)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


@pytest.fixture
def panel(document: PlanDocument, qtbot) -> GoalsPanel:
    widget = GoalsPanel(document)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def run_form(qtbot, monkeypatch: pytest.MonkeyPatch, user: User) -> list[FormDialog]:
    """exec_dialog shows the form and lets ``user`` work in it; OK or Cancel ends it."""
    seen: list[FormDialog] = []

    def exec_dialog(form: FormDialog) -> int:
        seen.append(form)
        form.show()
        user(form)
        assert not form.isVisible(), "the user left the form open"
        return form.result()

    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    return seen


def type_into(qtbot, form: FormDialog, key: str, text: str) -> None:
    widget = form.widget(key)
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(line, QLineEdit)
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def press(qtbot, form: FormDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = form.findChild(QDialogButtonBox).button(which)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok_and_be_refused(qtbot, form: FormDialog, words: str) -> None:
    press(qtbot, form, QDialogButtonBox.StandardButton.Ok)
    assert form.isVisible() and form.result() != ACCEPTED
    assert words in shown_problem(form)


def shown_problem(form: FormDialog) -> str:
    label = form.findChild(ProblemLabel)
    return label.text() if label.isVisible() else ""


def open_business_details(window: MainWindow) -> None:
    """Plan > Business details…, as clicked."""
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == "Business details…":
                action.trigger()
                return
    raise AssertionError("no Business details… in the menus")


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


# --- business details ------------------------------------------------------------------


def test_business_form_refuses_a_currency_and_locale_the_import_refuses(
    window: MainWindow, plan_path: Path, qtbot, monkeypatch
) -> None:
    def user(form: FormDialog) -> None:
        type_into(qtbot, form, "currency", "euro")
        press_ok_and_be_refused(qtbot, form, "Currency: pick one from the list")
        currency = form.widget("currency")
        assert isinstance(currency, QComboBox)
        currency.setCurrentIndex(currency.findData("GBP"))  # picked from the list
        assert shown_problem(form) == ""
        for wrong in ("german", "xx_YY"):
            type_into(qtbot, form, "locale", wrong)
            press_ok_and_be_refused(qtbot, form, "Language and country: pick one")
        type_into(qtbot, form, "locale", "de_DE")
        assert shown_problem(form) == ""
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    open_business_details(window)

    business = plan_on_disk(plan_path).business
    assert (business.currency, business.locale) == ("GBP", "de_DE")
    exported = plan_to_json(plan_on_disk(plan_path), exported_at=datetime(2026, 11, 27, tzinfo=UTC))
    assert plan_from_json(exported).business == business  # `new --from` reads it back


def test_business_form_takes_a_code_typed_in_small_letters(
    window: MainWindow, plan_path: Path, qtbot, monkeypatch
) -> None:
    def user(form: FormDialog) -> None:
        type_into(qtbot, form, "currency", "chf")
        type_into(qtbot, form, "locale", "fr_CH")
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    open_business_details(window)
    business = plan_on_disk(plan_path).business
    assert (business.currency, business.locale) == ("CHF", "fr_CH")


def test_business_form_refused_then_cancelled_stores_nothing(
    window: MainWindow, plan_path: Path, qtbot, monkeypatch
) -> None:
    before = plan_on_disk(plan_path).business

    def user(form: FormDialog) -> None:
        type_into(qtbot, form, "name", "Moonrise")
        type_into(qtbot, form, "currency", "euro")
        press_ok_and_be_refused(qtbot, form, "Currency")
        press(qtbot, form, CANCEL)

    run_form(qtbot, monkeypatch, user)
    open_business_details(window)
    assert plan_on_disk(plan_path).business == before


def test_a_currency_stored_before_this_check_is_pointed_out_on_opening(qtbot, monkeypatch) -> None:
    """Plans edited with the old form may hold "EURO": the form says so at once."""

    def user(form: FormDialog) -> None:
        assert shown_problem(form).startswith("Currency")
        assert form.widget("currency").currentText() == "EURO"
        press(qtbot, form, CANCEL)

    run_form(qtbot, monkeypatch, user)
    assert record_forms.ask_business(None, Business("Sunrise", currency="EURO")) is None


# --- measures ----------------------------------------------------------------------------


def test_edit_measure_refuses_lower_is_better_with_a_higher_target(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    plan = panel.document.plan
    waste = next(m for m in plan.measures if m.direction is Direction.DOWN)  # 12 % to 4 %
    assert waste.target < waste.baseline

    def user(form: FormDialog) -> None:
        assert shown_problem(form) == ""
        type_into(qtbot, form, "target", "20")
        assert "“Lower is better”, but the target is above" in shown_problem(form)  # as typed
        press_ok_and_be_refused(qtbot, form, "“Lower is better”")
        assert plan_on_disk(plan_path).measure(waste.id) == waste
        type_into(qtbot, form, "target", "3")
        assert shown_problem(form) == ""
        form.set_date("target_date", waste.start - timedelta(days=1))
        press_ok_and_be_refused(qtbot, form, "The target date is before the start date")
        form.set_date("target_date", waste.target_date)
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    assert panel.select("measure", waste.id)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert plan_on_disk(plan_path).measure(waste.id) == replace(waste, target=3.0)


def test_new_measure_kept_within_a_band_needs_a_limit(
    panel: GoalsPanel, plan_path: Path, qtbot, monkeypatch
) -> None:
    goal = panel.document.plan.goals[0]

    def without_limits(form: FormDialog) -> None:
        type_into(qtbot, form, "name", "Flour cost share")
        type_into(qtbot, form, "baseline", "5")
        type_into(qtbot, form, "target", "5")
        form.set_choice("direction", Direction.BAND)
        assert "needs at least one limit" in shown_problem(form)
        press_ok_and_be_refused(qtbot, form, "needs at least one limit")
        type_into(qtbot, form, "band_low", "5")
        type_into(qtbot, form, "band_high", "5")
        press_ok_and_be_refused(qtbot, form, "low limit must be below its high limit")
        press(qtbot, form, CANCEL)

    run_form(qtbot, monkeypatch, without_limits)
    assert panel.select("goal", goal.id)
    qtbot.mouseClick(panel.add_measure_button, Qt.MouseButton.LeftButton)
    assert not any(m.name == "Flour cost share" for m in plan_on_disk(plan_path).measures)

    def with_limits(form: FormDialog) -> None:
        type_into(qtbot, form, "name", "Flour cost share")
        form.set_choice("direction", Direction.BAND)
        type_into(qtbot, form, "band_low", "28")
        type_into(qtbot, form, "band_high", "32")
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, with_limits)
    assert panel.select("goal", goal.id)
    qtbot.mouseClick(panel.add_measure_button, Qt.MouseButton.LeftButton)
    added = next(m for m in plan_on_disk(plan_path).measures if m.name == "Flour cost share")
    assert (added.direction, added.band_low, added.band_high) == (Direction.BAND, 28, 32)


def test_the_demo_plan_breaks_no_measure_rule() -> None:
    """The forms would refuse to save the demo's own measures otherwise."""
    plan = demo_plan(DEMO_TODAY)
    assert [m.name for m in plan.measures if measure_problems(m)] == []


def test_required_field_problem_clears_as_it_is_typed(qtbot, monkeypatch) -> None:
    def user(form: FormDialog) -> None:
        press_ok_and_be_refused(qtbot, form, "Name is needed.")
        type_into(qtbot, form, "name", "Lee")
        assert shown_problem(form) == ""
        press(qtbot, form, OK)

    run_form(qtbot, monkeypatch, user)
    person = record_forms.ask_person(None, None)
    assert person is not None and person.name == "Lee"


def test_a_number_outside_the_bounds_is_refused_in_a_form(qtbot) -> None:
    form = FormDialog("Step")
    qtbot.addWidget(form)
    form.add_number("cost", "&Cost", None)
    form.set_text("cost", "2e12")
    assert form.problem() == (
        "Cost: the number is outside the range -1,000,000,000,000 to 1,000,000,000,000"
    )
    form.set_text("cost", "1000000000000")
    assert form.problem() is None
