"""Finish of a wizard: push its one command, and stay open saying why when that failed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget, QWizard

from bakeryplan.editing.document import PlanDocument
from bakeryplan.editing.plan_command import PlanCommand
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.widgets.problem_label import ProblemLabel


def run_editing_wizard(
    parent: QWidget | None,
    document: PlanDocument,
    make: Callable[[PlanDocument, QWidget | None], QWizard],
    refused: str,
) -> bool:
    """Run a wizard that saves one command on Finish; True when it saved.

    A read-only plan is refused before the owner types anything (``refused`` says why).
    """
    if document.read_only:
        dialogs.show_info(parent, translate("wizards", "Read-only plan"), refused)
        return False
    wizard = make(document, parent)
    try:
        accepted = dialogs.exec_dialog(wizard) == QDialog.DialogCode.Accepted
        return accepted and bool(getattr(wizard, "pushed", False))
    finally:
        wizard.deleteLater()


def push_or_explain(wizard: QWizard, document: PlanDocument, command: PlanCommand) -> bool:
    """True when the command was saved; otherwise its message shows on the current page.

    The wizard must then not close: everything typed into it would be lost.
    """
    messages: list[str] = []

    def remember(message: str) -> None:
        messages.append(message)

    document.edit_refused.connect(remember)
    try:
        pushed = document.push(command)
    finally:
        document.edit_refused.disconnect(remember)
    if pushed:
        return True
    text = messages[-1] if messages else translate("wizards", "The change could not be saved.")
    problem_label(wizard).show_problem(text)
    return False


def problem_label(wizard: QWizard) -> ProblemLabel:
    """The wizard's problem line, at the bottom of the page shown now."""
    page = wizard.currentPage()
    label = page.findChild(ProblemLabel, "finishProblem")
    if label is None:
        label = ProblemLabel(page)
        label.setObjectName("finishProblem")
        layout = page.layout()
        if layout is not None:
            layout.addWidget(label)
    return label
