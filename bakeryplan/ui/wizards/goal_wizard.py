"""The goal-breakdown wizard: a goal, how it is measured, its steps, then a summary.

Nothing is written until Finish, which pushes ONE AddGoalBreakdown: the goal, its measure,
its steps and anyone added on the way. One undo takes all of it away again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from bakeryplan.domain.measure_status import health_window
from bakeryplan.domain.model import Goal, Measure, Period, Person, Step
from bakeryplan.editing.commands import AddGoalBreakdown
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.languages import language_of
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui.panels import format_amount
from bakeryplan.ui.widgets.counting_fields import counting_label
from bakeryplan.ui.widgets.keep_typing import AsksBeforeClosing
from bakeryplan.ui.wizards.finish import push_or_explain, run_editing_wizard
from bakeryplan.ui.wizards.goal_pages import GoalPage, MeasurePage
from bakeryplan.ui.wizards.people_picker import NewPeople
from bakeryplan.ui.wizards.steps_page import StepsPage
from bakeryplan.ui.wizards.wording_loader import warm_up


class SummaryPage(QWizardPage):
    """Everything that Finish will add, in plain words."""

    def __init__(self, wizard: GoalWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("GoalWizard", "Summary"))
        self.setSubTitle(
            translate(
                "GoalWizard", "Check the goal. Finish adds it to the plan; Undo takes it out."
            )
        )
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("goalSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def initializePage(self) -> None:
        self.text.setPlainText(self._wizard.summary_text())


class GoalWizard(AsksBeforeClosing, QWizard):
    """Collects a goal breakdown; Finish pushes one AddGoalBreakdown."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        warm_up(language_of(document.plan.business.locale))
        self.document = document
        self.pushed = False
        self.new_people = NewPeople(self)
        self.setWindowTitle(translate("GoalWizard", "Add a goal"))
        self.setObjectName("goalWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.goal_page = GoalPage(self)
        self.measure_page = MeasurePage(self)
        self.steps_page = StepsPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.goal_page, self.measure_page, self.steps_page, self.summary_page):
            self.addPage(page)
        self.resize(840, 680)

    def goal(self) -> Goal:
        page = self.goal_page
        position = max((g.position for g in self.document.plan.goals), default=-1) + 1
        return Goal(
            title=page.title(),
            perspective=page.perspective(),
            owner_id=page.owner_combo.owner_id(),
            start=self.document.today(),
            due=page.due(),
            why=page.why_edit.toPlainText().strip(),
            position=position,
        )

    def measures(self) -> list[Measure]:
        return [self.measure_page.measure()] if self.measure_page.has_measure() else []

    def steps(self) -> list[Step]:
        return self.steps_page.steps()

    def people_to_add(self) -> list[Person]:
        return list(self.new_people.people)

    def _owner_name(self, owner_id: int | None) -> str:
        if owner_id is None:
            return translate("GoalWizard", "nobody yet")
        if owner_id < 0:
            person = self.new_people.person(owner_id)
        else:
            person = self.document.plan.person(owner_id)
        return person.name if person is not None else translate("GoalWizard", "nobody yet")

    def _day(self, day: date) -> str:
        return formatter_for(self.document.plan.business).date(day, "long")

    def summary_text(self) -> str:
        """A plain-text summary of what Finish will add."""
        goal = self.goal()
        due = self._day(goal.due) if goal.due else translate("GoalWizard", "no date yet")
        lines = [
            translate("GoalWizard", "Goal: {title}").format(title=goal.title),
            translate("GoalWizard", "Area: {name}").format(name=perspective_name(goal.perspective)),
            translate("GoalWizard", "Led by: {name}").format(name=self._owner_name(goal.owner_id)),
            translate("GoalWizard", "Due: {due}").format(due=due),
            "",
        ]
        business = self.document.plan.business
        for measure in self.measures():
            lines.append(
                translate(
                    "GoalWizard", "Measure: {name}, from {start} to {target} by {when}"
                ).format(
                    name=measure.name,
                    start=format_amount(measure.baseline, measure.unit, business),
                    target=format_amount(measure.target, measure.unit, business),
                    when=self._day(measure.target_date),
                )
            )
            lines.append(
                _counted_line(measure.period, health_window(measure)).format(
                    counting=counting_label(measure.counting, measure.period)
                )
            )
        if not self.measures():
            lines.append(translate("GoalWizard", "No measure: progress is followed by the steps."))
        steps = self.steps()
        lines.append("")
        lines.append(translate("GoalWizard", "Steps ({count}):").format(count=len(steps)))
        for step in steps:
            lines.append(
                translate("GoalWizard", "  • {title}: {owner}, by {due}").format(
                    title=step.title,
                    owner=self._owner_name(step.owner_id),
                    due=self._day(step.due) if step.due else translate("GoalWizard", "no date"),
                )
            )
        if self.new_people.people:
            lines.append("")
            names = ", ".join(p.name for p in self.new_people.people)
            lines.append(translate("GoalWizard", "New people: {names}").format(names=names))
        late_measure = self.measure_page.late_target_date_warning()
        if late_measure is not None:
            lines += [
                "",
                translate("GoalWizard", "Warning: {warning}").format(warning=late_measure),
            ]
        late = len(self.steps_page.late_steps())
        if late:
            lines.append("")
            # (lupdate misses a counted text with a comma after its count)
            # fmt: off
            lines.append(
                translate(
                    "GoalWizard",
                    "Warning: %n step(s) is/are due after the goal.",
                    None,
                    PLURAL,
                    late
                )
            )
            # fmt: on
        return "\n".join(lines)

    def accept(self) -> None:
        command = AddGoalBreakdown(
            self.document, self.goal(), self.measures(), self.steps(), self.people_to_add()
        )
        self.pushed = push_or_explain(self, self.document, command)
        if self.pushed:
            super().accept()


def run_goal_wizard(parent: QWidget | None, document: PlanDocument) -> bool:
    """Run the wizard modally; True when a goal was added."""
    return run_editing_wizard(
        parent,
        document,
        GoalWizard,
        translate("GoalWizard", "This plan is open read-only, so goals cannot be added here."),
    )


def _counted_line(period: Period, window: int) -> str:
    """What a measure's target speaks of and how health judges it: a whole sentence a period."""
    # (lupdate misses a counted text with a comma after its count)
    # fmt: off
    lines = {
        Period.DAY: translate(
            "GoalWizard",
            "  The target speaks of a day, counted as {counting}; health judges the last "
            "%n day(s).",
            None,
            PLURAL,
            window
        ),
        Period.WEEK: translate(
            "GoalWizard",
            "  The target speaks of a week, counted as {counting}; health judges the last "
            "%n week(s).",
            None,
            PLURAL,
            window
        ),
        Period.MONTH: translate(
            "GoalWizard",
            "  The target speaks of a month, counted as {counting}; health judges the last "
            "%n month(s).",
            None,
            PLURAL,
            window
        ),
        Period.QUARTER: translate(
            "GoalWizard",
            "  The target speaks of a quarter, counted as {counting}; health judges the last "
            "%n quarter(s).",
            None,
            PLURAL,
            window
        ),
        Period.YEAR: translate(
            "GoalWizard",
            "  The target speaks of a year, counted as {counting}; health judges the last "
            "%n year(s).",
            None,
            PLURAL,
            window
        ),
    }
    # fmt: on
    return lines[period]
