"""The import assistant driven as a person would: choose the file, look, pick, Finish.

Every test checks what landed in the plan file, read through a separate connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QWizard

from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.wizards import import_wizard
from bakeryplan.ui.wizards.import_wizard import ImportWizard, run_import_wizard
from tests.store import export_files as files
from tests.store.import_plans import TODAY, entries_of, write_import_plan
from tests.ui.wizard_driving import click

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return write_import_plan(tmp_path)


@pytest.fixture
def document(plan_path: Path, qapp) -> Iterator[PlanDocument]:
    doc = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    yield doc
    doc.close()


@pytest.fixture
def open_wizard(qtbot, document: PlanDocument) -> Callable[[], ImportWizard]:
    def make() -> ImportWizard:
        wizard = ImportWizard(document)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


def export(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pick(combo: QComboBox, text: str) -> None:
    """Choose an item by what it says, as from the drop-down list."""
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, (
        f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    )
    combo.setCurrentIndex(index)


def choose_file(qtbot, wizard: ImportWizard, path: Path) -> None:
    edit = wizard.file_page.path_edit
    edit.setFocus()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def tick(wizard: ImportWizard, column: str, *values: str) -> None:
    page = wizard.value_page
    pick(page.filter_combo, column)
    for row in range(page.filter_values.count()):
        item = page.filter_values.item(row)
        if item.text() in values:
            item.setCheckState(Qt.CheckState.Checked)


def import_file(
    qtbot,
    wizard: ImportWizard,
    path: Path,
    *,
    measure: str = "Revenue",
    rule: str = "amount",
    column: str | None = None,
    where: tuple[str, ...] = (),
    sign: str | None = None,
) -> None:
    """The whole way through: file, date as proposed, value, result, Finish."""
    choose_file(qtbot, wizard, path)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    page = wizard.value_page
    pick(page.measure_combo, measure)
    if rule == "rows":
        page.rows_radio.click()
    elif rule == "distinct":
        page.distinct_radio.click()
        pick(page.distinct_combo, column or "")
    elif column:
        page.amount_radio.click()
        pick(page.amount_combo, column)
    if sign:
        pick(page.sign_combo, sign)
    if where:
        tick(wizard, where[0], *where[1:])
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)


def values(plan_path: Path, measure: str) -> dict[date, float]:
    return {on: value for on, value, _ in entries_of(plan_path, measure)}


@pytest.mark.parametrize(
    ("name", "make", "options", "expected"),
    [
        ("till.csv", files.till_long, {}, {d: v for d, (v, _) in files.TILL_LONG_DAYS.items()}),
        ("till.csv", files.till_long, {"where": ("Product group", "Bread")}, files.TILL_LONG_BREAD),
        ("items.csv", files.line_items, {}, {d: v for d, (v, _) in files.LINE_ITEMS_DAYS.items()}),
        (
            "items.csv",
            files.line_items,
            {"measure": "Orders", "rule": "distinct", "column": "Receipt no."},
            files.LINE_ITEMS_RECEIPTS,
        ),
        ("bank.csv", files.bank_bom_preamble, {"sign": "Only income"}, files.BANK_INCOME),
        (
            "bank.csv",
            files.bank_bom_preamble,
            {"measure": "Costs", "sign": "Only expenses"},
            files.BANK_EXPENSES,
        ),
        ("konto.csv", files.bank_latin1_currency, {}, files.BANK_LATIN1_ALL),
        (
            "orders.csv",
            files.web_shop,
            {"where": ("Financial Status", "paid")},
            files.WEB_SHOP_PAID,
        ),
        (
            "orders.csv",
            files.web_shop,
            {"measure": "Orders", "rule": "distinct", "column": "Name"},
            files.WEB_SHOP_ORDERS,
        ),
        ("wide.csv", files.wide_products, {}, files.WIDE_TOTAL),
    ],
)
def test_each_export_shape_lands_as_daily_figures(
    qtbot, open_wizard, plan_path, tmp_path, name, make, options, expected
) -> None:
    wizard = open_wizard()
    import_file(qtbot, wizard, export(tmp_path, name, make()), **options)
    assert wizard.pushed
    measure = options.get("measure", "Revenue")
    assert values(plan_path, measure) == expected
    assert {source for _, _, source in entries_of(plan_path, measure)} == {name}


@pytest.mark.parametrize(
    ("make", "says"),
    [(files.pivot_summary, "summary table"), (files.profit_and_loss, "profit-and-loss report")],
)
def test_reports_are_refused_on_the_first_page(
    qtbot, open_wizard, plan_path, tmp_path, make, says
) -> None:
    before = plan_path.read_bytes()
    wizard = open_wizard()
    choose_file(qtbot, wizard, export(tmp_path, "report.csv", make()))
    assert says in wizard.file_page.problem.text()
    assert wizard.file_page.preview.rowCount() > 3  # the report's rows, to see what it is
    assert not wizard.button(NEXT).isEnabled()
    wizard.reject()
    assert plan_path.read_bytes() == before


def test_the_first_page_shows_what_was_detected(qtbot, open_wizard, tmp_path) -> None:
    wizard = open_wizard()
    choose_file(qtbot, wizard, export(tmp_path, "bank.csv", files.bank_bom_preamble()))
    page = wizard.file_page
    assert "utf-8-sig" in page.detected.text() and "semicolon" in page.detected.text()
    assert "header: line 5" in page.detected.text()
    assert "Kontoinhaber" in page.preamble.text()
    assert page.preview.item(3, 0).text() == "Buchungstag"  # the blank line 4 is not shown
    assert page.preview.verticalHeaderItem(3).text() == "5"
    assert page.preview.item(3, 0).font().bold()
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    assert "No column of dates" in page.problem.text()  # read with commas: one cell a line
    assert not wizard.button(NEXT).isEnabled()
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(";"))
    assert page.problem.isHidden() and wizard.button(NEXT).isEnabled()


def test_the_date_page_shows_examples_in_the_chosen_order(qtbot, open_wizard, tmp_path) -> None:
    wizard = open_wizard()
    choose_file(qtbot, wizard, export(tmp_path, "items.csv", files.line_items()))
    click(qtbot, wizard, NEXT)
    page = wizard.date_page
    assert page.column_combo.currentText() == "Date/time"
    assert "31.07.2018 07:02:11  \u2192  31. Juli 2018" in page.examples.text()  # de_DE
    page.orders.button(1).click()  # month first: 31.07 is no date
    assert "not a date" in page.examples.text()


def test_a_second_import_of_the_same_days_asks_replace_or_skip(
    qtbot, open_wizard, document, plan_path, tmp_path, monkeypatch
) -> None:
    till = export(tmp_path, "till.csv", files.till_long())
    import_file(qtbot, open_wizard(), till)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_repeat_import", lambda parent, title, text: asked.append(text) or "skip"
    )
    wizard = open_wizard()
    choose_file(qtbot, wizard, till)
    for _ in range(3):
        click(qtbot, wizard, NEXT)
    assert "3 of these days were imported before" in wizard.result_page.summary.text()
    click(qtbot, wizard, FINISH)
    assert "Replace" in asked[0] and not wizard.pushed  # nothing new: the wizard says so
    wizard.reject()
    till.write_bytes(files.till_long().replace(b"300.00", b"333.00"))
    monkeypatch.setattr(dialogs, "ask_repeat_import", lambda *args: "replace")
    import_file(qtbot, open_wizard(), till)
    assert values(plan_path, "Revenue")[date(2018, 8, 1)] == 1283.0
    assert len(entries_of(plan_path, "Revenue")) == 3  # replaced, never counted twice
    document.undo_stack.undo()
    assert values(plan_path, "Revenue")[date(2018, 8, 1)] == 1250.0


def test_a_finished_import_is_one_undo_step(qtbot, open_wizard, document, plan_path, tmp_path):
    import_file(qtbot, open_wizard(), export(tmp_path, "till.csv", files.till_long()))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert entries_of(plan_path, "Revenue") == []
    document.undo_stack.redo()
    assert len(entries_of(plan_path, "Revenue")) == 3


def test_a_saved_recipe_is_offered_for_the_next_file_of_its_kind(
    qtbot, open_wizard, document, plan_path, tmp_path
) -> None:
    till = export(tmp_path, "till.csv", files.till_long())
    wizard = open_wizard()
    choose_file(qtbot, wizard, till)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    tick(wizard, "Product group", "Bread")
    click(qtbot, wizard, NEXT)
    qtbot.keyClicks(wizard.result_page.recipe_name, "Till, bread")
    click(qtbot, wizard, FINISH)
    (recipe,) = document.plan.recipes
    assert recipe.name == "Till, bread"
    assert {source for _, _, source in entries_of(plan_path, "Revenue")} == {"Till, bread"}
    # The next export of that till: the recipe is offered and used at once.
    august = export(tmp_path, "august.csv", files.till_long().replace(b"2018", b"2019"))
    wizard = open_wizard()
    choose_file(qtbot, wizard, august)
    assert wizard.file_page.recipe_check.isChecked()
    assert "Till, bread" in wizard.file_page.recipe_check.text()
    click(qtbot, wizard, NEXT)  # the recipe has the answers: straight to the result
    assert wizard.currentPage() is wizard.result_page
    click(qtbot, wizard, FINISH)
    assert values(plan_path, "Revenue")[date(2019, 7, 30)] == 310.20


def test_cancelling_a_long_read_writes_nothing(
    qtbot, open_wizard, plan_path, tmp_path, monkeypatch
) -> None:
    class Cancelled:
        def setValue(self, value: int) -> None:
            pass

        def wasCanceled(self) -> bool:
            return True

        def close(self) -> None:
            pass

        def deleteLater(self) -> None:
            pass

    monkeypatch.setattr(import_wizard, "PROGRESS_FROM_ROWS", 1)
    monkeypatch.setattr(dialogs, "import_progress", lambda *args: Cancelled())
    before = plan_path.read_bytes()
    wizard = open_wizard()
    choose_file(qtbot, wizard, export(tmp_path, "till.csv", files.till_long()))
    for _ in range(3):
        click(qtbot, wizard, NEXT)
    assert "cancelled" in wizard.result_page.problem.text()
    assert not wizard.button(FINISH).isEnabled()
    wizard.reject()
    assert plan_path.read_bytes() == before


def test_the_actuals_tab_and_the_file_menu_open_the_assistant(window, qtbot, monkeypatch) -> None:
    opened: list[ImportWizard] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", run)
    window.tabs.setCurrentWidget(window.panels["actuals"])
    panel = window.panels["actuals"]
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert isinstance(opened[-1], ImportWizard)
    assert opened[-1].measure_id == panel.current_measure_id()
    menu_items = [a for a in window.menuBar().actions() if a.text() == "&File"]
    file_actions = {a.text(): a for a in menu_items[0].menu().actions()}
    file_actions["&Import actuals…"].trigger()
    assert len(opened) == 2


def test_run_refuses_a_plan_without_measures(qtbot, tmp_path, monkeypatch) -> None:
    from bakeryplan.domain.model import Business, Plan

    path = tmp_path / "empty.bakeryplan"
    PlanRepository.create(path, Plan(Business("Empty"))).close()
    document = PlanDocument(PlanRepository.open(path), today=lambda: TODAY)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))
    try:
        assert not run_import_wizard(None, document)
    finally:
        document.close()
    assert "no measures" in told[0]


def test_messy_files_are_refused_or_read_on_the_first_page(
    qtbot, open_wizard, plan_path, tmp_path
) -> None:
    """Messy bytes never break the assistant: each gives a refusal or a table, and then a
    result or a problem on the last page; reading writes nothing."""
    from hypothesis import HealthCheck, given, settings

    from tests.cli.test_import_messy_bytes import messy

    wizard = open_wizard()
    before = plan_path.read_bytes()
    path = tmp_path / "messy.csv"

    @settings(
        max_examples=25,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(data=messy)
    def check(data: bytes) -> None:
        path.write_bytes(data)
        wizard.path_text = ""
        wizard.load_file(str(path))
        wizard.file_page.show_table()
        assert (wizard.table is None) == bool(wizard.refusal)
        if wizard.table is not None:
            preview = wizard.compute_preview()
            assert preview is not None or wizard.preview_problem

    check()
    assert plan_path.read_bytes() == before


def test_the_decimal_mark_can_be_told(qtbot, open_wizard, plan_path, tmp_path) -> None:
    """A file of whole thousands ("1.250") cannot show its decimal mark: the owner says it."""
    data = b"Datum;Umsatz\n01.03.2024;1.250\n02.03.2024;2.500\n"
    wizard = open_wizard()
    choose_file(qtbot, wizard, export(tmp_path, "kasse.csv", data))
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    page = wizard.value_page
    assert page.mark_combo.currentData() == ","  # a semicolon file: a comma, as proposed
    pick(page.mark_combo, "Decimal point")
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    assert values(plan_path, "Revenue") == {date(2024, 3, 1): 1.25, date(2024, 3, 2): 2.5}


def test_saving_over_a_recipe_of_the_same_name_is_undone_with_the_import(
    qtbot, document, plan_path
) -> None:
    from bakeryplan.domain.import_mapping import Column, ImportMapping, ImportRecipe
    from bakeryplan.domain.model import Actual, ActualSource
    from bakeryplan.editing.import_entries_command import ImportEntries

    old = ImportRecipe("Till", ("Date", "Sales"), ImportMapping(Column(0, "Date")))
    document.push(ImportEntries(document, [], recipe=old))
    entry = Actual(1, date(2024, 1, 2), 9.5, "", ActualSource.IMPORTED, source_name="Till")
    new = ImportRecipe("till", ("Datum", "Umsatz"), ImportMapping(Column(1, "Datum")))
    document.push(ImportEntries(document, [entry], recipe=new))
    (saved,) = document.plan.recipes
    assert (saved.name, saved.header) == ("till", ("Datum", "Umsatz"))
    document.undo_stack.undo()
    (restored,) = document.plan.recipes
    assert (restored.name, restored.header) == ("Till", ("Date", "Sales"))
    assert entries_of(plan_path, "Revenue") == []
    document.undo_stack.redo()
    assert document.plan.recipes[0].header == ("Datum", "Umsatz")
    assert entries_of(plan_path, "Revenue") == [(date(2024, 1, 2), 9.5, "Till")]


def test_an_amount_cut_by_a_comma_is_listed_with_its_reason(
    qtbot, open_wizard, plan_path, tmp_path
) -> None:
    data = b"Date,Sales,Note\n2026-03-01,56.10,rain\n2026-03-01,1,234.50\n2026-03-02,99.00,\n"
    wizard = open_wizard()
    choose_file(qtbot, wizard, export(tmp_path, "cut.csv", data))
    for _ in range(3):
        click(qtbot, wizard, NEXT)
    skipped = wizard.result_page.skipped
    assert skipped.rowCount() == 1
    assert skipped.item(0, 0).text() == "3"
    assert "cut in two by a comma: 1,234.50" in skipped.item(0, 1).text()
    click(qtbot, wizard, FINISH)
    assert values(plan_path, "Revenue") == {date(2026, 3, 1): 56.1, date(2026, 3, 2): 99.0}
