"""The review wizard's decisions: each one is noted, or becomes a step (goal, owner, due
date) or a new target for a measure; a decision about a piece of feedback answers it.

Nothing is written here: Finish turns the list into one ``HoldReview``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from bakeryplan.domain.measure_rules import measure_problems
from bakeryplan.domain.model import FeedbackStatus, GoalStatus, Measure, Step
from bakeryplan.text.measure_problems import measure_problem_sentence
from bakeryplan.text.parsing import parse_number
from bakeryplan.text.translate import translate
from bakeryplan.ui.panels import compact_rows, decimal_mark, format_amount, format_day
from bakeryplan.ui.widgets.date_field import DateField
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.people_picker import NewPeople, OwnerCombo

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.review_wizard import ReviewWizard

NOTE, STEP, TARGET = range(3)
STEP_DAYS = 14


@dataclass(frozen=True)
class Decision:
    """What was decided, and what it becomes: a step (not stored yet) or a new target."""

    text: str
    step: Step | None = None
    measure: Measure | None = None  # the measure with its new target
    feedback_id: int | None = None  # the feedback it answers


class DecisionsPage(QWizardPage):
    """A list of decisions, and below it the one being written."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        plan = wizard.plan
        self.decisions: list[Decision] = []
        self.setTitle(translate("ReviewWizard", "Decisions"))
        self.setSubTitle(
            translate(
                "ReviewWizard",
                "What did you decide? A decision can become a step or a new target right away.",
            )
        )
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("decisions")
        self.table.setHorizontalHeaderLabels(
            [translate("ReviewWizard", "Decision"), translate("ReviewWizard", "Becomes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        compact_rows(self.table)

        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("decisionText")
        self.text_edit.setPlaceholderText(
            translate("ReviewWizard", "e.g. Bake the Monday batch to order")
        )
        self.feedback_combo = QComboBox()
        self.feedback_combo.addItem(translate("ReviewWizard", "(none)"), None)
        for item in plan.feedback:
            if item.status is FeedbackStatus.NEW:
                label = " ".join(item.text.split())
                who = item.from_name.strip() or item.source.value
                self.feedback_combo.addItem(f"{who}: {label}", item.id)
        self.feedback_combo.activated.connect(self._feedback_picked)

        self.note_radio = QRadioButton(translate("ReviewWizard", "Just note it"))
        self.step_radio = QRadioButton(translate("ReviewWizard", "Make it a step"))
        self.target_radio = QRadioButton(translate("ReviewWizard", "Change a measure's target"))
        self.kind = QButtonGroup(self)
        for number, radio in enumerate((self.note_radio, self.step_radio, self.target_radio)):
            self.kind.addButton(radio, number)
        self.note_radio.setChecked(True)
        self.kind.idToggled.connect(lambda *_: self._show_fields())

        self.goal_combo = QComboBox()
        for goal in plan.goals:
            if goal.status is GoalStatus.ACTIVE:
                self.goal_combo.addItem(goal.title, goal.id)
        self.owner_combo = OwnerCombo(plan.people, NewPeople(self))
        self.due_edit = DateField(wizard.today + timedelta(days=STEP_DAYS), plan.business.locale)
        self.due_edit.setAccessibleName(translate("ReviewWizard", "By when"))
        self.step_fields = _row(self.goal_combo, self.owner_combo, self.due_edit)
        self.step_radio.setEnabled(self.goal_combo.count() > 0)

        self.measure_combo = QComboBox()
        for m in plan.measures:
            self.measure_combo.addItem(m.name, m.id)
        self.measure_combo.currentIndexChanged.connect(self._measure_picked)
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("newTarget")
        self.target_fields = _row(self.measure_combo, self.target_edit)
        self.target_radio.setEnabled(self.measure_combo.count() > 0)

        self.add_button = QPushButton(translate("ReviewWizard", "&Add decision"))
        self.remove_button = QPushButton(translate("ReviewWizard", "&Remove decision"))
        self.add_button.clicked.connect(self.add_decision)
        self.remove_button.clicked.connect(self._remove)
        for edit in (self.text_edit, self.target_edit, self.due_edit.line):
            edit.installEventFilter(self)  # Enter adds the decision, not Next
        self.problem = ProblemLabel(self)

        kinds = _row(self.note_radio, self.step_radio, self.target_radio, stretch=False)
        form = QFormLayout()
        form.addRow(translate("ReviewWizard", "&Decision:"), self.text_edit)
        form.addRow(translate("ReviewWizard", "About &feedback:"), self.feedback_combo)
        form.addRow(translate("ReviewWizard", "It becomes:"), kinds)
        form.addRow(translate("ReviewWizard", "Step (goal, who, by):"), self.step_fields)
        form.addRow(translate("ReviewWizard", "New target:"), self.target_fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        for combo in (self.feedback_combo, self.goal_combo, self.measure_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)  # long titles must not widen the wizard
        self._measure_picked()
        self._show_fields()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the decision, its date or the target adds the decision; the wizard's default
        button would otherwise take it and leave the page."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_decision()
            return True
        return super().eventFilter(watched, event)

    def _show_fields(self) -> None:
        self.step_fields.setEnabled(self.step_radio.isChecked())
        self.target_fields.setEnabled(self.target_radio.isChecked())

    def _measure_picked(self) -> None:
        m = self._wizard.plan.measure(self.measure_combo.currentData())
        if m is not None:
            now = format_amount(m.target, m.unit, self._wizard.plan.business)
            self.target_edit.setPlaceholderText(
                translate("ReviewWizard", "now {target}").format(target=now)
            )

    def _feedback_picked(self) -> None:
        item = next(
            (f for f in self._wizard.plan.feedback if f.id == self.feedback_combo.currentData()),
            None,
        )
        if item is None:
            return
        if not self.text_edit.text().strip():
            self.text_edit.setText(" ".join(item.text.split()))
        index = self.goal_combo.findData(item.goal_id)
        if index >= 0:
            self.goal_combo.setCurrentIndex(index)
            self.step_radio.setChecked(True)

    def add_decision(self) -> bool:
        """Add what is in the editor to the list; False (with the reason shown) when it
        cannot be added as it stands."""
        decision = self._decision()
        if decision is None:
            return False
        self.decisions.append(decision)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(decision.text))
        self.table.setItem(row, 1, QTableWidgetItem(self.becomes(decision)))
        self.text_edit.clear()
        self.target_edit.clear()
        self.feedback_combo.setCurrentIndex(0)
        self.note_radio.setChecked(True)
        self.problem.clear()
        self.text_edit.setFocus()
        return True

    def _decision(self) -> Decision | None:
        text = " ".join(self.text_edit.text().split())
        if not text:
            self._refuse(translate("ReviewWizard", "Type the decision first."), self.text_edit)
            return None
        feedback_id = self.feedback_combo.currentData()
        if self.step_radio.isChecked():
            problem = self.due_edit.problem(translate("ReviewWizard", "By when"))
            if problem is not None:
                self._refuse(problem, self.due_edit)
                return None
            step = Step(
                goal_id=int(self.goal_combo.currentData()),
                title=text,
                owner_id=self.owner_combo.owner_id(),
                due=self.due_edit.date(),
                position=self._next_position(int(self.goal_combo.currentData())),
            )
            return Decision(text, step=step, feedback_id=feedback_id)
        if self.target_radio.isChecked():
            measure = self._wizard.plan.measure(self.measure_combo.currentData())
            assert measure is not None
            try:
                value = parse_number(
                    self.target_edit.text(), decimal_mark(self._wizard.plan.business)
                )
            except ValueError as error:
                words = str(error) if "range" in str(error) else ""
                message = (
                    translate("ReviewWizard", "The new target {problem}.").format(problem=words)
                    if words
                    else (translate("ReviewWizard", "Type the new target as a number, like 9500."))
                )
                self._refuse(message, self.target_edit)
                return None
            changed = replace(measure, target=value)
            problems = measure_problems(changed)
            if problems:
                self._refuse(measure_problem_sentence(problems[0]), self.target_edit)
                return None
            return Decision(text, measure=changed, feedback_id=feedback_id)
        return Decision(text, feedback_id=feedback_id)

    def _next_position(self, goal_id: int) -> int:
        """After the goal's steps, and after the steps decided before this one."""
        taken = [s.position for s in self._wizard.plan.steps_of(goal_id)]
        taken += [d.step.position for d in self.decisions if d.step and d.step.goal_id == goal_id]
        return max(taken, default=-1) + 1

    def _refuse(self, message: str, field: QWidget) -> None:
        self.problem.show_problem(message)
        field.setFocus()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self.decisions[row]

    def becomes(self, decision: Decision) -> str:
        """ "A step for Sam, by 11 Dec 2026", "Weekly revenue: target €9,000 → €9,500" """
        plan = self._wizard.plan
        if decision.step is not None:
            owner = plan.person(decision.step.owner_id)
            who = owner.name if owner is not None else translate("ReviewWizard", "nobody yet")
            when = format_day(decision.step.due, plan.business)
            return translate("ReviewWizard", "a step for {who}, by {when}").format(
                who=who, when=when
            )
        if decision.measure is not None:
            m = decision.measure
            old = plan.measure(m.id)
            before = format_amount(old.target if old else m.target, m.unit, plan.business)
            after = format_amount(m.target, m.unit, plan.business)
            return translate("ReviewWizard", "{name}: target {before} \u2192 {after}").format(
                name=m.name, before=before, after=after
            )
        return translate("ReviewWizard", "noted")

    def validatePage(self) -> bool:
        """A decision typed but not added yet is added now, not lost."""
        if self.text_edit.text().strip():
            return self.add_decision()
        return True


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """Widgets side by side, sharing the width (``stretch``) or packed to the left (radio
    buttons: a click beside a stretched one's words would miss it)."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if stretch else 0)
    if not stretch:
        layout.addStretch(1)
    return holder
