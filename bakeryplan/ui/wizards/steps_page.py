"""The goal wizard's steps page: who does what by when, warned when a step is late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from bakeryplan.domain.model import Step
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.translate import translate
from bakeryplan.ui import theme
from bakeryplan.ui.widgets.date_field import DateField
from bakeryplan.ui.widgets.enter_key import enter_acts
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.labels import plain_label
from bakeryplan.ui.wizards.people_picker import AddPersonRow, OwnerCombo

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.goal_wizard import GoalWizard

TITLE_COLUMN, OWNER_COLUMN, DUE_COLUMN = range(3)
DEFAULT_STEP_DAYS = 28


@dataclass(frozen=True)
class StepRow:
    title: str
    owner_id: int | None
    due: date | None


class StepsPage(QWizardPage):
    """A small table of steps; rows left without a title are ignored.

    "By when" is typed as the window writes dates ("3 Mar 2027", a month name, the
    locale's numbers) or picked on a calendar; left empty, the step has no date yet. A
    date it cannot read is said in words and holds Next back.
    """

    def __init__(self, wizard: GoalWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("GoalWizard", "Steps"))
        self.setSubTitle(
            translate(
                "GoalWizard", "Break the goal into small steps. Each needs someone and a date."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("GoalWizard", "Step"),
                translate("GoalWizard", "Who"),
                translate("GoalWizard", "By when"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DUE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        # Alt+S, R, W and P here; Alt+B, N and F are the wizard's own buttons.
        self.add_step_button = QPushButton(translate("GoalWizard", "Add a &step"))
        self.remove_step_button = QPushButton(translate("GoalWizard", "&Remove step"))
        self.add_person = AddPersonRow(wizard.new_people)
        self.add_person.added.connect(self._give_new_person_to_selected_step)
        self.warning = plain_label()
        self.warning.setObjectName("stepWarning")
        # The problem colour of the theme: the fixed red read 2:1 on the dark window.
        self.warning.setStyleSheet(f"color: {theme.problem_colour().name()};")
        self.problem = ProblemLabel(self)
        self._tried = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_step_button)
        buttons.addWidget(self.remove_step_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        new_person_label = QLabel(translate("GoalWizard", "Someone ne&w to help? Add them here:"))
        new_person_label.setWordWrap(True)
        new_person_label.setBuddy(self.add_person.name_edit)
        layout.addWidget(new_person_label)
        layout.addWidget(self.add_person)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self._remove_step)
        self._initialised = False

    def initializePage(self) -> None:
        if not self._initialised:
            self.add_step()
            self._initialised = True
        self.refresh_warning()

    def cleanupPage(self) -> None:
        """Keep the steps when going Back."""

    def add_step(self) -> QLineEdit:
        """Add an empty row (owner: the goal's owner) and return its title field."""
        today = self._wizard.document.today()
        due = today + timedelta(days=DEFAULT_STEP_DAYS)
        goal_due = self._wizard.goal_page.due()
        if goal_due is not None and goal_due < due:
            due = max(goal_due, today)
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QLineEdit()
        title.setPlaceholderText(translate("GoalWizard", "e.g. Test three sourdough recipes"))
        title.textChanged.connect(self.refresh_warning)
        enter_acts(title, lambda: self._next_row(title))
        owner = OwnerCombo(self._wizard.document.plan.people, self._wizard.new_people)
        owner.set_owner_id(self._wizard.goal_page.owner_combo.owner_id())
        when = DateField(due, self._wizard.document.plan.business.locale)
        when.setAccessibleName(translate("GoalWizard", "By when"))
        when.changed.connect(self.refresh_warning)
        self.table.setCellWidget(row, TITLE_COLUMN, title)
        self.table.setCellWidget(row, OWNER_COLUMN, owner)
        self.table.setCellWidget(row, DUE_COLUMN, when)
        self.table.setCurrentCell(row, TITLE_COLUMN)
        title.setFocus()
        self.refresh_warning()
        return title

    def _next_row(self, title: QLineEdit) -> None:
        """Enter in a step's title: on to the next row, a new one after a filled last row."""
        rows = [self.title_edit(row) for row in range(self.table.rowCount())]
        at = rows.index(title) if title in rows else len(rows) - 1
        if at + 1 < len(rows):
            self.table.setCurrentCell(at + 1, TITLE_COLUMN)
            rows[at + 1].setFocus()
        elif title.text().strip():
            self.add_step()

    def _remove_step(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
        self.refresh_warning()

    def _give_new_person_to_selected_step(self, temporary_id: int) -> None:
        row = self.table.currentRow()
        owner = self.table.cellWidget(row, OWNER_COLUMN) if row >= 0 else None
        if isinstance(owner, OwnerCombo) and owner.owner_id() is None:
            owner.set_owner_id(temporary_id)

    def title_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, TITLE_COLUMN)
        assert isinstance(widget, QLineEdit)
        return widget

    def owner_combo(self, row: int) -> OwnerCombo:
        widget = self.table.cellWidget(row, OWNER_COLUMN)
        assert isinstance(widget, OwnerCombo)
        return widget

    def due_edit(self, row: int) -> DateField:
        widget = self.table.cellWidget(row, DUE_COLUMN)
        assert isinstance(widget, DateField)
        return widget

    def _due(self, row: int) -> date | None:
        """The row's date; None when empty or not a date yet (``date_problem`` says so)."""
        try:
            return self.due_edit(row).date()
        except ValueError:
            return None

    def date_problem(self) -> tuple[str, DateField] | None:
        """The first step whose "By when" is not a date, in words, with its field."""
        for row in range(self.table.rowCount()):
            title = " ".join(self.title_edit(row).text().split())
            field = self.due_edit(row)
            problem = field.problem(translate("GoalWizard", "By when"))
            if title and problem is not None:
                step = translate("GoalWizard", '"{step}"').format(step=title)
                return f"{step}: {problem}", field
        return None

    def validatePage(self) -> bool:
        self._tried = True
        self.refresh_warning()
        found = self.date_problem()
        if found is not None:
            found[1].setFocus()
            return False
        return True

    def rows(self) -> list[StepRow]:
        rows = []
        for row in range(self.table.rowCount()):
            title = " ".join(self.title_edit(row).text().split())
            if title:
                rows.append(StepRow(title, self.owner_combo(row).owner_id(), self._due(row)))
        return rows

    def steps(self) -> list[Step]:
        """The steps as typed, for a goal not stored yet (``goal_id == 0``)."""
        return [
            Step(goal_id=0, title=r.title, owner_id=r.owner_id, due=r.due, position=index)
            for index, r in enumerate(self.rows())
        ]

    def late_steps(self) -> list[StepRow]:
        goal_due = self._wizard.goal_page.due()
        if goal_due is None:
            return []
        return [r for r in self.rows() if r.due is not None and r.due > goal_due]

    def refresh_warning(self) -> None:
        found = self.date_problem() if self._tried else None
        if found is None:
            self.problem.clear()
        else:
            self.problem.show_problem(found[0])
        late = self.late_steps()
        goal_due = self._wizard.goal_page.due()
        if not late or goal_due is None:
            self.warning.clear()
            self.warning.setVisible(False)
            return
        fmt = formatter_for(self._wizard.document.plan.business)
        lines = [
            translate("GoalWizard", '"{step}" is due after the goal ({goal_due}).').format(
                step=r.title, goal_due=fmt.date(goal_due, "long")
            )
            for r in late
        ]
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(True)
