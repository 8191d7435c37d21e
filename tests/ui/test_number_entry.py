"""Numbers shown in edit boxes read back as the same number, in every locale.

OK or Enter without typing must change nothing in the plan file and push nothing to undo.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from bakeryplan.domain.model import Actual, Business
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import dialogs
from bakeryplan.ui.models import VALUE
from bakeryplan.ui.panels import decimal_mark
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from bakeryplan.ui.panels.goals_panel import GoalsPanel
from bakeryplan.ui.widgets.form_dialog import FormDialog
from bakeryplan.ui.widgets.parsing import number_edit_text, parse_number
from tests.ui.conftest import DEMO_TODAY, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")

AWKWARD = (0.125, 1.125, 1234567.89, -3.5, 1234567.0, 0.1 + 0.2, 999_999_999_999.99, 1.5e-7)


@pytest.mark.parametrize("locale", ["en_GB", "de_DE", "fr_FR"])
@pytest.mark.parametrize("value", AWKWARD)
def test_edit_text_reads_back_as_the_same_value(locale: str, value: float) -> None:
    mark = decimal_mark(Business("B", locale=locale))
    text = number_edit_text(value, mark)
    assert parse_number(text, mark) == value
    assert "e" not in text.lower()
    other = "." if mark == "," else ","
    assert other not in text  # no grouping, and the locale's own decimal mark


def _document(tmp_path: Path, locale: str, values: tuple[float, ...]) -> PlanDocument:
    """The demo plan in ``locale``, its first measure from 1234567 with ``values`` recorded."""
    plan = demo_plan(DEMO_TODAY)
    measure = replace(plan.measures[0], baseline=1234567.0, target=1234567.89)
    others = tuple(a for a in plan.actuals if a.measure_id != measure.id)
    top = max(a.id for a in plan.actuals)
    mine = tuple(
        Actual(measure.id, DEMO_TODAY.replace(day=1 + n), v, id=top + 1 + n)
        for n, v in enumerate(values)
    )
    plan = replace(
        plan,
        business=replace(plan.business, locale=locale),
        measures=(measure, *plan.measures[1:]),
        actuals=others + mine,
    )
    path = tmp_path / f"{locale}.bakeryplan"
    PlanRepository.create(path, plan).close()
    return PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)


@pytest.fixture(params=["en_GB", "de_DE", "fr_FR"])
def document(request, tmp_path: Path, qapp) -> Iterator[PlanDocument]:
    doc = _document(tmp_path, request.param, (0.125, 1.125, 1234567.89, -3.5))
    yield doc
    doc.close()


def _press_enter_in_form(qtbot, key: str):
    """An exec_dialog that shows the form, puts the cursor in ``key`` and presses Enter."""

    def run(form: FormDialog) -> int:
        qtbot.addWidget(form)
        form.show()
        field = form.widget(key)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        return form.result()

    return run


def test_ok_on_an_untouched_measure_form_changes_nothing(
    document: PlanDocument, qtbot, monkeypatch
) -> None:
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    with qtbot.waitActive(panel):
        panel.show()
    measure = document.plan.measures[0]
    assert panel.select("measure", measure.id)
    seen: list[FormDialog] = []

    def run(form: FormDialog) -> int:
        seen.append(form)
        return _press_enter_in_form(qtbot, "baseline")(form)

    monkeypatch.setattr(dialogs, "exec_dialog", run)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert seen and seen[0].result() == 1
    box = seen[0].widget("baseline")
    assert isinstance(box, QLineEdit) and box.text() == "1234567"
    mark = decimal_mark(document.plan.business)
    assert seen[0].widget("target").text() == f"1234567{mark}89"  # type: ignore[attr-defined]
    assert plan_on_disk(document.repository.path).measure(measure.id) == measure
    assert document.undo_stack.count() == 0


def test_enter_on_untouched_actual_cells_changes_nothing(document: PlanDocument, qtbot) -> None:
    panel = ActualsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    with qtbot.waitActive(panel):
        panel.show()
    measure_id = document.plan.measures[0].id
    panel.set_measure(measure_id)
    before = plan_on_disk(document.repository.path).actuals_of(measure_id)
    mark = decimal_mark(document.plan.business)
    for row, expected in enumerate(("0.125", "1.125", "1234567.89", "-3.5")):
        assert panel.model.actual_at(row).value == float(expected)
        panel.table.setFocus()
        panel.table.setCurrentIndex(panel.model.index(row, VALUE))
        qtbot.keyClick(panel.table, Qt.Key.Key_F2)
        editor = panel.table.focusWidget()
        assert isinstance(editor, QLineEdit)
        assert editor.text() == expected.replace(".", mark)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)
        qtbot.wait(1)
    assert plan_on_disk(document.repository.path).actuals_of(measure_id) == before
    assert document.undo_stack.count() == 0
