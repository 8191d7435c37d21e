"""The new-plan wizard: the business, the team, where the file goes.

Finish writes the new plan file with PlanRepository.create; the wizard stays open with a
clear message when the file cannot be written, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bakeryplan.domain.model import Business, Person, Plan
from bakeryplan.store.errors import PlanFileError, RecordError
from bakeryplan.store.locale_calendar import first_weekday
from bakeryplan.store.paths import PLAN_SUFFIX, default_plans_dir
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs, theme
from bakeryplan.ui.widgets.enter_key import enter_acts
from bakeryplan.ui.widgets.keep_typing import AsksBeforeClosing
from bakeryplan.ui.wizards.business_defaults import (
    currency_choices,
    default_currency,
    plan_file_stem,
    plan_locale,
)
from bakeryplan.ui.wizards.labels import plain_label


def literal_ampersands(text: str) -> str:
    """User text for a button or check box: "Ann & Bob" keeps its "&" and gets no Alt key."""
    return text.replace("&", "&&")


class BusinessPage(QWizardPage):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("NewPlanWizard", "Your business"))
        self.setSubTitle(translate("NewPlanWizard", "The name appears on every page you print."))
        self.locale_name = plan_locale(QLocale.system().name())
        currency = default_currency(self.locale_name, today)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("businessName")
        self.name_edit.setPlaceholderText(translate("NewPlanWizard", "e.g. Sunrise Bakery"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("ownerName")
        self.owner_edit.setPlaceholderText(translate("NewPlanWizard", "Your name"))
        self.currency_combo = QComboBox()
        for code, label in currency_choices(self.locale_name, currency):
            self.currency_combo.addItem(label, code)
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(currency))
        # Each label is its field's buddy; Alt+B, N and F belong to the wizard's buttons.
        form = QFormLayout(self)
        form.addRow(translate("NewPlanWizard", "Business na&me:"), self.name_edit)
        form.addRow(translate("NewPlanWizard", "&Owner:"), self.owner_edit)
        form.addRow(translate("NewPlanWizard", "&Currency:"), self.currency_combo)
        self.name_edit.textChanged.connect(self.completeChanged)

    def business(self) -> Business:
        return Business(
            name=" ".join(self.name_edit.text().split()),
            owner=" ".join(self.owner_edit.text().split()),
            currency=str(self.currency_combo.currentData()),
            locale=self.locale_name,
            week_start=first_weekday(self.locale_name),  # weeks count from the locale's day
        )

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def cleanupPage(self) -> None:
        """Keep what was typed when going Back."""


class StaffPage(QWizardPage):
    """Names and roles of the team: the people goals and steps can be given to."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("NewPlanWizard", "Your team"))
        self.setSubTitle(
            translate("NewPlanWizard", "Who works with you? You can add people later too.")
        )
        self.include_owner = QCheckBox()
        self.include_owner.setChecked(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [translate("NewPlanWizard", "Name"), translate("NewPlanWizard", "Role")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(translate("NewPlanWizard", "Add a &person"))
        self.remove_button = QPushButton(translate("NewPlanWizard", "&Remove person"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.include_owner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._remove_row)
        self._initialised = False

    def initializePage(self) -> None:
        owner = self._wizard.business_page.business().owner
        self.include_owner.setText(
            translate("NewPlanWizard", "Add {owner} (owner) to the &team").format(
                owner=literal_ampersands(owner)
                if owner
                else translate("NewPlanWizard", "the owner")
            )
        )
        self.include_owner.setEnabled(bool(owner))
        if not self._initialised:
            self.add_row()
            self._initialised = True

    def cleanupPage(self) -> None:
        """Keep the team when going Back."""

    def add_row(self) -> QLineEdit:
        """Add an empty row and return its name field."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit()
        name.setPlaceholderText(translate("NewPlanWizard", "Name"))
        role = QLineEdit()
        role.setPlaceholderText(translate("NewPlanWizard", "e.g. Baker"))
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, role)
        enter_acts(name, lambda: role.setFocus())
        enter_acts(role, lambda: self._after_role(name))
        self.table.setCurrentCell(row, 0)
        name.setFocus()
        return name

    def _after_role(self, name: QLineEdit) -> None:
        """Enter after a person's role: a new row for the next person, once named."""
        if name.text().strip():
            self.add_row()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def line_edit(self, row: int, column: int) -> QLineEdit:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    def people(self) -> list[Person]:
        """The team in the order typed, the owner first; ids 1, 2, ... for a new file.

        A name typed twice (often the owner again, as a member of staff) is one person:
        two "Maria Lopez" would split her goals and steps between them.
        """
        entries: dict[str, tuple[str, str]] = {}
        owner = self._wizard.business_page.business().owner
        if owner and self.include_owner.isChecked():
            entries[owner.casefold()] = (owner, translate("NewPlanWizard", "Owner"))
        for row in range(self.table.rowCount()):
            name = " ".join(self.line_edit(row, 0).text().split())
            if name and name.casefold() not in entries:
                entries[name.casefold()] = (name, " ".join(self.line_edit(row, 1).text().split()))
        return [Person(name=n, role=r, id=i) for i, (n, r) in enumerate(entries.values(), start=1)]


class FilePage(QWizardPage):
    """Where the plan file is kept, and whether to write the vision next."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._suggested = ""
        self.setTitle(translate("NewPlanWizard", "Where to keep the plan"))
        self.setSubTitle(
            translate(
                "NewPlanWizard", "Your plan is one file. Every change is saved in it at once."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("planPath")
        self.browse_button = QPushButton(translate("NewPlanWizard", "&Choose…"))
        self.problem = plain_label()
        self.problem.setStyleSheet(f"color: {theme.problem_colour().name()};")
        self.write_vision_next = QCheckBox(translate("NewPlanWizard", "Write the &vision next"))
        self.write_vision_next.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        path_label = QLabel(translate("NewPlanWizard", "&Plan file:"))
        path_label.setBuddy(self.path_edit)
        layout.addWidget(path_label)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addSpacing(12)
        layout.addWidget(self.write_vision_next)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(self._path_changed)

    def suggested_path(self) -> Path:
        stem = plan_file_stem(
            self._wizard.business_page.business().name, translate("NewPlanWizard", "My plan")
        )
        return default_plans_dir() / f"{stem}{PLAN_SUFFIX}"

    def initializePage(self) -> None:
        """Suggest a path from the business name unless the owner chose one."""
        if self.path_edit.text() in ("", self._suggested):
            self._suggested = str(self.suggested_path())
            self.path_edit.setText(self._suggested)
        self._path_changed()

    def cleanupPage(self) -> None:
        """Keep the chosen path when going Back."""

    def _browse(self) -> None:
        chosen = dialogs.ask_save_path(
            self,
            translate("NewPlanWizard", "Save the new plan as"),
            dialogs.plan_name_filter(),
            self.path() or self.suggested_path(),
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.name or text.endswith(("/", "\\")):
            return None
        if path.suffix != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        return path

    def _path_changed(self) -> None:
        path = self.path()
        if path is None:
            self.problem.setText(translate("NewPlanWizard", "Type a file name for the plan."))
        elif path.exists():
            self.problem.setText(
                translate(
                    "NewPlanWizard", "A file with this name already exists. Choose another name."
                )
            )
        else:
            self.problem.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        path = self.path()
        return path is not None and not path.exists()


class NewPlanWizard(AsksBeforeClosing, QWizard):
    """Collects the business, team and file; Finish creates the plan file."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.repository: PlanRepository | None = None
        self.setWindowTitle(translate("NewPlanWizard", "Start a new plan"))
        self.setObjectName("newPlanWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.business_page = BusinessPage(today)
        self.staff_page = StaffPage(self)
        self.file_page = FilePage(self)
        for page in (self.business_page, self.staff_page, self.file_page):
            self.addPage(page)
        self.resize(680, 480)

    def plan(self) -> Plan:
        return Plan(business=self.business_page.business(), people=tuple(self.staff_page.people()))

    def write_vision_next(self) -> bool:
        return self.file_page.write_vision_next.isChecked()

    def accept(self) -> None:
        path = self.file_page.path()
        if path is None:
            return
        try:
            self.repository = PlanRepository.create(path, self.plan())
        except (PlanFileError, RecordError, OSError) as error:
            dialogs.show_error(
                self,
                translate("NewPlanWizard", "The plan could not be created"),
                translate("NewPlanWizard", "The plan could not be created: {reason}").format(
                    reason=str(error)
                ),
            )
            return
        super().accept()
