"""The "Plan from last year" dialog driven as a person would: type, look, click, undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QRadioButton, QWizard

from bakeryplan.domain.model import CurveKind, Measure
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels.goals_panel import GoalsPanel
from bakeryplan.ui.plan_from_history_action import plan_measure_from_last_year
from bakeryplan.ui.plan_from_history_dialog import PlanFromHistoryDialog
from bakeryplan.ui.widgets.measure_form import MeasureForm
from bakeryplan.ui.wizards.goal_wizard import GoalWizard
from tests.domain.history_builders import history
from tests.store.history_plans import write_history_plan
from tests.ui.conftest import plan_on_disk
from tests.ui.test_form_rules import OK, press
from tests.ui.test_keyboard_access import WIZARD_BUTTONS
from tests.ui.wizard_driving import click, type_number

TODAY = date(2026, 8, 5)


@pytest.fixture
def bakery(tmp_path: Path) -> Path:
    return write_history_plan(tmp_path / "bakery.bakeryplan")


@pytest.fixture
def document(bakery: Path, qapp) -> Iterator[PlanDocument]:
    doc = PlanDocument(PlanRepository.open(bakery), today=lambda: TODAY)
    yield doc
    doc.close()


def driven_by(qtbot, steps: Callable[[PlanFromHistoryDialog], None]) -> Callable[[QDialog], int]:
    """Stands in for dialogs.exec_dialog: shows the dialog, does ``steps`` to it, and
    returns how it was closed."""

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, PlanFromHistoryDialog)
        dialog.show()  # dialogs.plan_from_last_year deletes it afterwards
        qtbot.waitExposed(dialog)
        steps(dialog)
        return int(dialog.result() or 0)

    return run


def click_choice(qtbot, button: QRadioButton) -> None:
    """A click on the round button itself, as a person aims."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def type_change(qtbot, dialog: PlanFromHistoryDialog, text: str) -> None:
    dialog.change.lineEdit().selectAll()
    qtbot.keyClicks(dialog.change.lineEdit(), text)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and dialog.derived is not None)


def test_typing_a_change_previews_then_ok_writes_one_undoable_edit(
    qtbot, document: PlanDocument, bakery: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def steps(dialog: PlanFromHistoryDialog) -> None:
        assert dialog.year_end.date() == QDate(2026, 8, 2)  # the last complete week
        assert plan_on_disk(bakery).measure(1).planned_from is None  # nothing written yet
        type_change(qtbot, dialog, "8")
        seen["summary"] = dialog.summary.text()
        seen["months"] = [
            dialog.months.item(row, 0).text() for row in range(dialog.months.rowCount())
        ]
        seen["year"] = dialog.months.item(dialog.months.rowCount() - 1, 3).text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(dialogs, "exec_dialog", driven_by(qtbot, steps))
    before = plan_on_disk(bakery).measure(1)
    assert plan_measure_from_last_year(document, 1)
    assert "(+8 %)" in str(seen["summary"])
    assert seen["months"][0] == "Aug. 2026 (29 days)"  # German month names; from 3 August
    assert seen["months"][-1] == "Year"
    assert seen["year"] == "+8 %"
    after = plan_on_disk(bakery).measure(1)
    assert after is not None and after.planned_from is not None
    assert after.planned_from.change_percent == pytest.approx(8.0)
    assert after.curve is CurveKind.STEPPED and len(after.points) == 53
    assert document.undo_stack.undoText() == "Plan from last year"
    document.undo_stack.undo()
    assert plan_on_disk(bakery).measure(1) == before
    document.undo_stack.redo()
    assert plan_on_disk(bakery).measure(1) == after


def test_cancel_writes_nothing(
    qtbot,
    document: PlanDocument,
    bakery: Path,
    monkeypatch: pytest.MonkeyPatch,
    discarding_closes: list[str],
) -> None:
    def steps(dialog: PlanFromHistoryDialog) -> None:
        type_change(qtbot, dialog, "12")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )

    monkeypatch.setattr(dialogs, "exec_dialog", driven_by(qtbot, steps))
    before = bakery.read_bytes()
    assert not plan_measure_from_last_year(document, 1)
    assert discarding_closes, "a typed change is not thrown away without asking"
    assert bakery.read_bytes() == before
    assert document.undo_stack.count() == 0


def test_an_incomplete_year_offers_the_two_choices(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_history_plan(tmp_path / "young.bakeryplan", history(first=date(2026, 3, 2)))
    doc = PlanDocument(PlanRepository.open(path), today=lambda: TODAY)
    starts: list[date] = []

    def steps(dialog: PlanFromHistoryDialog) -> None:
        type_change(qtbot, dialog, "5")
        assert dialog.gap_box.isVisible()
        assert "The entries start on 2. März 2026" in dialog.gap_text.text()
        assert dialog.derived is not None
        starts.append(dialog.derived.periods[0].start)  # filled: the whole year
        click_choice(qtbot, dialog.known_only)
        assert dialog.known_only.isChecked()
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
        assert dialog.derived is not None
        starts.append(dialog.derived.periods[0].start)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(dialogs, "exec_dialog", driven_by(qtbot, steps))
    try:
        assert plan_measure_from_last_year(doc, 1)
    finally:
        doc.close()
    assert starts == [date(2026, 8, 3), date(2027, 3, 1)]
    assert plan_on_disk(path).measure(1).start == date(2027, 3, 1)


def test_a_rating_is_refused_in_words_and_ok_stays_off(qtbot, document: PlanDocument) -> None:
    rating = document.plan.measure(2)
    assert rating is not None
    dialog = PlanFromHistoryDialog(document.plan, rating, TODAY)
    qtbot.addWidget(dialog)
    assert "latest figure" in dialog.problem.text()
    assert not dialog.ok_button.isEnabled()


def test_the_chart_panel_switches_last_year_on_behind_a_derived_plan(
    qtbot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bakeryplan.ui.panels.chart_panel import ChartPanel
    from tests.chart_readback import plotted_series

    panel = ChartPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    panel.select(("measure", 1))
    qtbot.waitUntil(lambda: panel.chart is not None)
    assert not panel.last_year_box.isVisible()  # an ordinary plan: nothing to switch

    def steps(dialog: PlanFromHistoryDialog) -> None:
        type_change(qtbot, dialog, "8")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(dialogs, "exec_dialog", driven_by(qtbot, steps))
    assert plan_measure_from_last_year(document, 1)
    qtbot.waitUntil(lambda: panel.last_year_box.isVisible())
    assert plotted_series(panel.canvas.figure, "last-year") == []
    qtbot.mouseClick(panel.last_year_box, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.waitUntil(lambda: len(plotted_series(panel.canvas.figure, "last-year")) == 53)


# --- Edit measure ----------------------------------------------------------------------------


def edit_measure(
    qtbot,
    document: PlanDocument,
    monkeypatch: pytest.MonkeyPatch,
    in_form: Callable[[MeasureForm], None],
    change: str = "8",
) -> None:
    """Edit measure 1 from the goals tab: ``in_form`` works in the form (and closes it); the
    Plan from last year dialog, when opened, gets ``change`` typed and OK."""

    def run(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, PlanFromHistoryDialog):
            type_change(qtbot, dialog, change)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        else:
            assert isinstance(dialog, MeasureForm)
            in_form(dialog)
            assert not dialog.isVisible(), "the form was left open"
        return int(dialog.result())

    monkeypatch.setattr(dialogs, "exec_dialog", run)
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    assert panel.select("measure", 1)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)


def test_edit_measure_plans_from_last_year_shows_the_stepped_path_and_ok_saves_it(
    qtbot, document: PlanDocument, bakery: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def in_form(form: MeasureForm) -> None:
        assert form.last_year_button is not None
        assert not form.path.isVisibleTo(form)  # a straight line: no points to show yet
        qtbot.mouseClick(form.last_year_button, Qt.MouseButton.LeftButton)
        seen["target"] = form.widget("target").text()  # type: ignore[attr-defined]
        seen["start"] = form.values()["start"]
        seen["curve"] = form.path.curve_combo.currentText()
        seen["points"] = form.path.points()
        seen["shown"] = form.path.isVisibleTo(form)
        seen["preview"] = form.path.preview.measure
        press(qtbot, form, OK)

    before = plan_on_disk(bakery).measure(1)
    edit_measure(qtbot, document, monkeypatch, in_form)
    after = plan_on_disk(bakery).measure(1)
    assert after is not None and after.planned_from is not None
    assert after.planned_from.change_percent == pytest.approx(8.0)
    assert after.curve is CurveKind.STEPPED and len(after.points) == 53
    assert seen["start"] == date(2026, 8, 3) == after.start
    assert float(str(seen["target"]).replace(",", ".")) == pytest.approx(after.target)  # de_DE
    assert seen["curve"] == "In steps (e.g. each quarter)" and seen["shown"]
    assert seen["points"] == after.points  # the path the form showed is the one saved
    preview = seen["preview"]
    assert isinstance(preview, Measure) and preview.points == after.points
    assert document.undo_stack.undoText() == "Edit measure"
    document.undo_stack.undo()
    assert plan_on_disk(bakery).measure(1) == before


def test_a_point_changed_after_drawing_makes_an_ordinary_plan(
    qtbot, document: PlanDocument, bakery: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def in_form(form: MeasureForm) -> None:
        assert form.last_year_button is not None
        qtbot.mouseClick(form.last_year_button, Qt.MouseButton.LeftButton)
        value = form.path.points_table.cellWidget(10, 1)
        assert isinstance(value, QDoubleSpinBox)
        value.setValue(value.value() + 100)
        press(qtbot, form, OK)

    edit_measure(qtbot, document, monkeypatch, in_form)
    after = plan_on_disk(bakery).measure(1)
    assert after is not None and after.curve is CurveKind.STEPPED
    assert after.planned_from is None


def test_a_drawn_plan_keeps_its_origin_through_a_rename_but_not_a_new_target(
    qtbot, document: PlanDocument, bakery: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def draw(form: MeasureForm) -> None:
        assert form.last_year_button is not None
        qtbot.mouseClick(form.last_year_button, Qt.MouseButton.LeftButton)
        press(qtbot, form, OK)

    edit_measure(qtbot, document, monkeypatch, draw)
    drawn = plan_on_disk(bakery).measure(1)
    assert drawn is not None and drawn.planned_from is not None

    def rename(form: MeasureForm) -> None:
        form.set_text("name", "Weekly takings")
        press(qtbot, form, OK)

    edit_measure(qtbot, document, monkeypatch, rename)
    renamed = plan_on_disk(bakery).measure(1)
    assert renamed == dataclasses.replace(drawn, name="Weekly takings")

    def retarget(form: MeasureForm) -> None:
        form.set_text("target", "20000")
        press(qtbot, form, OK)

    edit_measure(qtbot, document, monkeypatch, retarget)
    retargeted = plan_on_disk(bakery).measure(1)
    assert retargeted is not None and retargeted.target == 20000
    assert retargeted.planned_from is None


def test_a_new_measure_is_not_offered_plan_from_last_year(qtbot, document: PlanDocument) -> None:
    measure = document.plan.measure(1)
    assert measure is not None
    form = MeasureForm(None, document.plan, measure, is_new=True, today=TODAY)
    qtbot.addWidget(form)
    assert form.last_year_button is None


def test_the_button_has_its_own_alt_key_on_edit_measure(qtbot, document: PlanDocument) -> None:
    from tests.ui.test_keyboard_access import alt_keys

    measure = document.plan.measure(1)
    assert measure is not None
    form = MeasureForm(None, document.plan, measure, is_new=False, today=TODAY)
    qtbot.addWidget(form)
    form.set_choice("direction", measure.direction)
    assert [text for key, text in alt_keys(form) if key == "Y"] == ["Plan from last &year…"]


# --- the goal wizard -------------------------------------------------------------------------


def wizard_with_drawn_measure(
    qtbot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch, name: str
) -> GoalWizard:
    """The goal wizard on its measure page, with a measure named ``name`` planned from the
    weekly revenue's year, +10 %."""
    chosen: list[str] = []

    def steps(dialog: PlanFromHistoryDialog) -> None:
        chosen.append(dialog.source.currentText())
        type_change(qtbot, dialog, "10")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(dialogs, "exec_dialog", driven_by(qtbot, steps))
    wizard = GoalWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.goal_page.title_edit, "Takings up 10 % next year")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.measure_page
    qtbot.keyClicks(page.editor.name_edit, name)
    qtbot.mouseClick(page.last_year_button, Qt.MouseButton.LeftButton)
    assert chosen == ["Weekly revenue"]  # the measure whose entries it is planned from
    return wizard


def finish(qtbot, wizard: GoalWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_the_goal_wizard_plans_its_new_measure_from_another_measures_year(
    qtbot, document: PlanDocument, bakery: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_with_drawn_measure(qtbot, document, monkeypatch, "Till takings")
    editor = wizard.measure_page.editor
    assert editor.start() == date(2026, 8, 3)
    # It counts as the measure it was planned from, and the editor shows the drawn path.
    assert editor.counting_fields.period_combo.currentText() == "a week"
    assert editor.counting_fields.counting_combo.currentText() == "the total for the week"
    assert editor.curve() is CurveKind.STEPPED and len(editor.path.points()) == 53
    assert editor.path.isVisibleTo(wizard.measure_page)
    finish(qtbot, wizard)
    plan = plan_on_disk(bakery)
    takings = next(m for m in plan.measures if m.name == "Till takings")
    assert takings.planned_from is not None
    assert takings.planned_from.change_percent == pytest.approx(10.0)
    assert (takings.period.value, takings.counting.value) == ("week", "total")
    assert takings.curve is CurveKind.STEPPED and len(takings.points) == 53
    assert takings.points == editor.path.points()


def test_a_drawn_measure_given_another_target_in_the_wizard_is_an_ordinary_plan(
    qtbot, document: PlanDocument, bakery: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_with_drawn_measure(qtbot, document, monkeypatch, "Weekly takings")
    type_number(qtbot, wizard.measure_page.editor.target_spin, "20000")
    finish(qtbot, wizard)
    takings = next(m for m in plan_on_disk(bakery).measures if m.name == "Weekly takings")
    assert takings.target == 20000 and takings.curve is CurveKind.STEPPED
    assert takings.planned_from is None


def test_the_wizards_button_has_its_own_alt_key(qtbot, document: PlanDocument) -> None:
    from tests.ui.test_keyboard_access import alt_keys, clashes, mnemonic

    wizard = GoalWizard(document)
    qtbot.addWidget(wizard)
    page = wizard.measure_page
    assert mnemonic(page.last_year_button.text()) == "Y"
    own = [(mnemonic(wizard.buttonText(b)), wizard.buttonText(b)) for b in WIZARD_BUTTONS]
    assert clashes(alt_keys(page) + [k for k in own if k[0]]) == {}


def test_a_new_target_decided_in_a_review_makes_an_ordinary_plan(
    qtbot, document: PlanDocument, bakery: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bakeryplan.domain.model import Review
    from bakeryplan.editing.review_commands import HoldReview

    def steps(dialog: PlanFromHistoryDialog) -> None:
        type_change(qtbot, dialog, "8")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(dialogs, "exec_dialog", driven_by(qtbot, steps))
    assert plan_measure_from_last_year(document, 1)
    drawn = plan_on_disk(bakery).measure(1)
    assert drawn is not None and drawn.planned_from is not None
    decided = dataclasses.replace(drawn, target=20_000.0)
    document.push(HoldReview(document, Review(TODAY), measures=[decided]))
    assert plan_on_disk(bakery).measure(1) == dataclasses.replace(decided, planned_from=None)
    document.undo_stack.undo()
    assert plan_on_disk(bakery).measure(1) == drawn


def test_the_goals_tree_shows_a_drawn_plan_against_its_plan_not_its_best_week(
    qtbot, tmp_path: Path
) -> None:
    from bakeryplan.domain.model import Actual
    from bakeryplan.domain.plan_from_history import HistoryRequest, derive_plan
    from bakeryplan.ui.panels.goal_tree import DUE, PROGRESS

    path = write_history_plan(tmp_path / "drawn.bakeryplan")
    with PlanRepository.open(path) as repository:
        plan = repository.load()
        revenue = plan.measure(1)
        assert revenue is not None
        request = HistoryRequest(date(2026, 8, 2), 8.0)
        drawn = derive_plan(revenue, plan.actuals_of(1), plan.business, request).measure
        repository.update_measure(drawn)
        for point in drawn.points[:4]:  # the first four weeks, at plan, on their Saturdays
            repository.add_actual(Actual(1, point.on + timedelta(days=5), point.value))
    doc = PlanDocument(PlanRepository.open(path), today=lambda: date(2026, 9, 2))
    try:
        panel = GoalsPanel(doc)
        qtbot.addWidget(panel)
        assert panel.select("measure", 1)
        row = panel.tree.currentIndex()
        progress = row.siblingAtColumn(PROGRESS).data()
        assert progress == "7.864\u00a0€, planned 7.864\u00a0€"  # de_DE
        assert "14.792" not in progress  # the best week is no target to reach
        assert row.siblingAtColumn(DUE).data() == "8. Aug. 2027"  # the plan's last day
    finally:
        doc.close()


def test_the_change_box_writes_percent_as_the_plan_does() -> None:
    from bakeryplan.text.formatter import Formatter
    from bakeryplan.ui.plan_from_history_dialog import _percent_suffix

    assert _percent_suffix(Formatter("en_IE", "EUR")) == "%"  # "5.0%", as the formatter
    assert _percent_suffix(Formatter("de_DE", "EUR")) == "\u00a0%"  # "5,0 %"
