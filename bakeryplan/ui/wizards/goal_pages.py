"""The first two pages of the goal wizard: the goal itself, then how it is measured."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from bakeryplan.domain.model import Measure, Perspective
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.translate import translate
from bakeryplan.ui.panels import perspective_label
from bakeryplan.ui.widgets.date_field import DateField
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.labels import plain_label
from bakeryplan.ui.wizards.measure_editor import MeasureEditor
from bakeryplan.ui.wizards.people_picker import AddPersonRow, OwnerCombo
from bakeryplan.ui.wizards.wording_loader import wording

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.goal_wizard import GoalWizard

OK_MARK = "✓"
MISSING_MARK = "✗"


class GoalPage(QWizardPage):
    """Title, perspective, owner, due date and why: what a goal needs to be clear."""

    def __init__(self, wizard: GoalWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("GoalWizard", "The goal"))
        self.setSubTitle(
            translate("GoalWizard", "Say what you want to achieve, who leads it and by when.")
        )
        today = wizard.document.today()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("goalTitle")
        self.title_edit.setPlaceholderText(
            translate("GoalWizard", "e.g. Sell 400 sourdough loaves a week by June")
        )
        self.perspective_combo = QComboBox()
        for perspective in Perspective:
            self.perspective_combo.addItem(perspective_label(perspective), perspective.value)
        self.owner_combo = OwnerCombo(wizard.document.plan.people, wizard.new_people)
        self.add_person = AddPersonRow(wizard.new_people)
        self.add_person.added.connect(self.owner_combo.set_owner_id)
        self.has_due = QCheckBox(translate("GoalWizard", "Due by"))
        self.has_due.setChecked(True)
        self.due_edit = DateField(today + timedelta(days=365), wizard.document.plan.business.locale)
        self.due_edit.setAccessibleName(translate("GoalWizard", "Due by"))
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        self.has_due.toggled.connect(self._refresh_problem)
        self.due_edit.changed.connect(self._refresh_problem)
        self.problem = ProblemLabel(self)
        self.why_edit = QPlainTextEdit()
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setMaximumHeight(80)
        self.why_edit.setPlaceholderText(
            translate("GoalWizard", "Why this goal matters (optional)")
        )
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(translate("GoalWizard", "Goal:"), self.title_edit)
        form.addRow(translate("GoalWizard", "Area:"), self.perspective_combo)
        form.addRow(translate("GoalWizard", "Who leads it:"), self.owner_combo)
        form.addRow("", self.add_person)
        form.addRow(translate("GoalWizard", "When:"), due_row)
        form.addRow(translate("GoalWizard", "Why:"), self.why_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.title_edit.textChanged.connect(self.completeChanged)
        self._tried = False

    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def perspective(self) -> Perspective:
        return Perspective(self.perspective_combo.currentData())

    def due(self) -> date | None:
        """The due date; None when not wanted, left empty or not a date yet (Next waits
        for a date it can read, ``due_problem``)."""
        if not self.has_due.isChecked():
            return None
        try:
            return self.due_edit.date()
        except ValueError:
            return None

    def due_problem(self) -> str | None:
        if not self.has_due.isChecked():
            return None
        return self.due_edit.problem(translate("GoalWizard", "Due by"))

    def isComplete(self) -> bool:
        return bool(self.title())

    def validatePage(self) -> bool:
        """A due date that is not a date is said in words, and the page stays."""
        self._tried = True
        self._refresh_problem()
        if self.due_problem() is not None:
            self.due_edit.setFocus()
            return False
        return True

    def _refresh_problem(self) -> None:
        problem = self.due_problem() if self._tried else None
        if problem is None:
            self.problem.clear()
        else:
            self.problem.show_problem(problem)

    def cleanupPage(self) -> None:
        """Keep what was typed when going Back."""


class MeasurePage(QWizardPage):
    """An optional measure, with a live check that the goal has a number, a date, an owner.

    A measure that contradicts itself (``measure_rules``) is said in words and holds Next
    back. Its target date follows the goal's due date, also after going Back to change
    it, until the owner picks a target date by hand; a date picked after the goal is due
    is only warned about (it is theirs to choose).

    "Plan from last year" draws the new measure's plan from a year of another measure's
    entries; the editor then shows it (numbers, dates, counting, the stepped path), and the
    measure keeps "planned from last year" while that plan is left as drawn.
    """

    def __init__(self, wizard: GoalWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("GoalWizard", "How you will know"))
        self.setSubTitle(
            translate("GoalWizard", "A number to watch makes progress visible. You can skip this.")
        )
        self.group = QGroupBox(translate("GoalWizard", "Measure this goal with a number"))
        self.add_check = QCheckBox(translate("GoalWizard", "&Add this measure to the goal"))
        self.add_check.setChecked(False)
        self._add_chosen_by_hand = False
        self.add_check.clicked.connect(self._add_clicked)
        self.state = plain_label()
        self.state.setObjectName("measureState")
        self.problem = ProblemLabel(self)
        business = wizard.document.plan.business
        self.editor = MeasureEditor(
            wizard.document.today(),
            fiscal_year_start=business.fiscal_year_start,
            business=business,
        )
        self._drawn: Measure | None = None  # the measure as "Plan from last year" drew it
        self.last_year_button = QPushButton(translate("GoalWizard", "Plan from last &year…"))
        self.last_year_button.setToolTip(
            translate("GoalWizard", "Draw a seasonal plan from a year of another measure's entries")
        )
        self.last_year_button.clicked.connect(self.plan_from_last_year)
        plan = wizard.document.plan
        self.last_year_button.setEnabled(any(plan.actuals_of(m.id) for m in plan.measures))
        group_layout = QVBoxLayout(self.group)
        group_layout.addWidget(self.add_check)
        group_layout.addWidget(self.state)
        group_layout.addWidget(self.problem)
        group_layout.addWidget(self.editor)
        group_layout.addWidget(self.last_year_button)
        self.number_check = plain_label()
        self.date_check = plain_label()
        self.owner_check = plain_label()
        self.advice = plain_label()
        self.advice.setObjectName("goalAdvice")
        checks = QGroupBox(translate("GoalWizard", "Is the goal clear?"))
        checks_layout = QVBoxLayout(checks)
        for label in (self.number_check, self.date_check, self.owner_check, self.advice):
            checks_layout.addWidget(label)
        checks_layout.addStretch(1)
        checks.setMinimumWidth(200)
        checks.setMaximumWidth(240)
        row = QHBoxLayout(self)
        row.addWidget(self.group, 1)
        row.addWidget(checks)
        self.editor.edited.connect(self._editor_edited)
        self.add_check.toggled.connect(self.refresh_check)

    def initializePage(self) -> None:
        """Each time: a target date not picked by hand follows the goal's due date."""
        due = self._wizard.goal_page.due()
        if due is not None:
            self.editor.follow_target_date(due)
        self.refresh_check()

    def cleanupPage(self) -> None:
        """Keep what was typed when going Back."""

    def plan_from_last_year(self) -> None:
        """The measure as typed, planned from a year of entries; the editor shows the plan."""
        from bakeryplan.ui import dialogs

        document = self._wizard.document
        typed = self.editor.measure()
        drawn = dialogs.plan_from_last_year(self, document.plan, typed, document.today())
        if drawn is None:
            return
        self._drawn = drawn
        self.editor.show_drawn(drawn)

    def measure(self) -> Measure:
        """The measure as typed; one drawn from last year says so while its plan is as
        drawn."""
        typed = self.editor.measure()
        if self._drawn is None:
            return typed
        from bakeryplan.domain.plan_from_history import origin_after_edit

        return origin_after_edit(self._drawn, replace(typed, planned_from=self._drawn.planned_from))

    def has_measure(self) -> bool:
        return self.add_check.isChecked() and bool(self._measure_name())

    def isComplete(self) -> bool:
        """Ticked with no name would add nothing while seeming to: ask for the name. A
        measure that contradicts itself is not added until put right."""
        if not self.add_check.isChecked():
            return True
        return bool(self._measure_name()) and self._first_problem() is None

    def _first_problem(self) -> str | None:
        problems = self.editor.problems() if self.add_check.isChecked() else []
        return problems[0] if problems else None

    def late_target_date_warning(self) -> str | None:
        """Said when the measure's target date is after the goal is due: only one picked by
        hand can be, the others follow the goal."""
        due = self._wizard.goal_page.due()
        target_date = self.editor.target_date()
        if not self.has_measure() or due is None or target_date <= due:
            return None
        fmt = formatter_for(self._wizard.document.plan.business)
        return translate(
            "GoalWizard", "The measure's target date, {when}, is after the goal is due ({due})."
        ).format(when=fmt.date(target_date, "long"), due=fmt.date(due, "long"))

    def _measure_name(self) -> str:
        return self.editor.name_edit.text().strip()

    def _add_clicked(self) -> None:
        self._add_chosen_by_hand = True

    def _editor_edited(self) -> None:
        """The box follows the name (typed: added) until the user ticks or unticks it."""
        if not self._add_chosen_by_hand:
            self.add_check.setChecked(bool(self._measure_name()))
        self.refresh_check()

    def _state_text(self) -> str:
        name = self._measure_name()
        if not self.add_check.isChecked():
            if name:
                return translate(
                    "GoalWizard", "No measure will be added: tick the box to add “{name}”."
                ).format(name=name)
            return translate(
                "GoalWizard",
                "No measure will be added. Type a name to add one, or go on: progress is "
                "then followed by the steps.",
            )
        if not name:
            return translate(
                "GoalWizard", "Type a name for the measure, or untick the box to skip it."
            )
        return translate("GoalWizard", "“{name}” will be added to the goal.").format(name=name)

    def refresh_check(self) -> None:
        goal_page = self._wizard.goal_page
        check = wording().check_goal(
            goal_page.title(), owner=goal_page.owner_combo.owner_name(), due=goal_page.due()
        )
        has_number = check.has_number or (self.has_measure() and self.editor.has_number())
        has_date = check.has_date or goal_page.due() is not None
        has_owner = check.has_owner or goal_page.owner_combo.owner_id() is not None
        self.number_check.setText(
            _mark(has_number)
            + (
                translate("GoalWizard", " A number to reach")
                if has_number
                else translate("GoalWizard", " No number yet: how much?")
            )
        )
        self.date_check.setText(
            _mark(has_date)
            + (
                translate("GoalWizard", " A date")
                if has_date
                else translate("GoalWizard", " No date yet: by when?")
            )
        )
        self.owner_check.setText(
            _mark(has_owner)
            + (
                translate("GoalWizard", " An owner")
                if has_owner
                else translate("GoalWizard", " Nobody leads it yet: who?")
            )
        )
        self.advice.setText("\n".join(f"• {line}" for line in check.advice))
        self.state.setText(self._state_text())
        problem = self._first_problem() or self.late_target_date_warning()
        if problem is None:
            self.problem.clear()
        else:
            self.problem.show_problem(problem)
        self.completeChanged.emit()


def _mark(ok: bool) -> str:
    return OK_MARK if ok else MISSING_MARK
