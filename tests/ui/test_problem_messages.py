"""Problem messages can be read in light and dark, and lead the cursor to what is wrong."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from bakeryplan.editing.document import PlanDocument
from bakeryplan.ui import theme
from bakeryplan.ui.models import VALUE
from bakeryplan.ui.panels.actuals_panel import ActualsPanel
from bakeryplan.ui.widgets.form_dialog import FormDialog
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from tests.ui.conftest import plan_on_disk
from tests.ui.contrast import best_contrast

pytestmark = pytest.mark.usefixtures("no_dialogs", "no_windows_left")


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def scheme(request, qapp) -> Iterator[bool]:
    app = QApplication.instance()
    theme.apply_theme(app, dark=request.param)
    yield request.param
    theme.apply_theme(app, dark=False)


def test_form_problem_reads_and_focuses_the_field_at_fault(qtbot, scheme: bool) -> None:
    form = FormDialog("Loaves")
    qtbot.addWidget(form)
    form.add_text("name", "&Name", "Rye", required=True)
    form.add_number("amount", "&Amount", None)
    form.show()
    qtbot.waitExposed(form)
    name = form.widget("name")
    name.setFocus()
    qtbot.keyClicks(form.widget("amount"), "twelve")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert form.result() == 0 and form.isVisible()
    problem = form.findChild(ProblemLabel, "problem")
    assert problem is not None and problem.isVisible()
    assert "Amount" in problem.text()
    assert problem.label.font().bold() and not problem.icon.pixmap().isNull()
    background = form.palette().color(form.backgroundRole())
    assert best_contrast(problem.label.grab().toImage(), background) >= 4.5
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.widget("amount"))
    form.reject()


def test_actuals_problem_keeps_the_typing_row_in_view(
    document: PlanDocument, qtbot, scheme: bool
) -> None:
    panel = ActualsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(900, 330)
    with qtbot.waitActive(panel):
        panel.show()
    panel.focus_new_row()
    qtbot.wait(10)
    before = plan_on_disk(document.repository.path)
    row = panel.model.new_row
    assert row > 3  # more rows than fit: the grid scrolls
    panel.table.setCurrentIndex(panel.model.index(row, VALUE))
    qtbot.keyClicks(panel.table, "l")
    qtbot.keyClicks(panel.table.focusWidget(), "ots")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(panel.problem.isVisible)
    # The refused text is back in an editor on the same cell, to be corrected.
    qtbot.waitUntil(lambda: panel.table.state() == QAbstractItemView.State.EditingState)
    qtbot.wait(10)
    assert "lots" in panel.problem.text()
    background = panel.palette().color(panel.backgroundRole())
    assert best_contrast(panel.problem.label.grab().toImage(), background) >= 4.5
    typing_row = panel.table.visualRect(panel.model.index(row, VALUE))
    assert panel.table.viewport().rect().contains(typing_row)
    assert panel.table.currentIndex() == panel.model.index(row, VALUE)
    editor = panel.table.focusWidget()
    assert editor is not None and panel.table.isAncestorOf(editor) and editor.hasFocus()
    assert plan_on_disk(document.repository.path) == before
