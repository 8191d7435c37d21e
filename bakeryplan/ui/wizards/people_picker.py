"""Choosing an owner from the plan's people, or adding a person on the spot.

People added in a wizard are not stored until Finish; until then they carry negative
temporary ids (-1 is the first new person), the convention AddGoalBreakdown resolves.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from bakeryplan.domain.model import Person
from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.enter_key import enter_acts
from bakeryplan.ui.widgets.fit import fit_combo

DATE_FORMAT = "d MMM yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NewPeople(QObject):
    """People added during one wizard run, shared by every owner list of that wizard."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []

    def add(self, name: str, role: str = "") -> int:
        """Add a person; return their temporary (negative) id."""
        self.people.append(Person(name=name.strip(), role=role.strip()))
        self.changed.emit()
        return -len(self.people)

    def person(self, temporary_id: int) -> Person | None:
        index = -temporary_id - 1
        return self.people[index] if 0 <= index < len(self.people) else None


class OwnerCombo(QComboBox):
    """A list of owners: nobody yet, the plan's active people, then people added here."""

    def __init__(
        self, plan_people: Sequence[Person], new_people: NewPeople, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plan_people = [p for p in plan_people if p.active]
        self._new_people = new_people
        fit_combo(self, 16)
        new_people.changed.connect(self._rebuild)
        self._rebuild()

    def _rebuild(self) -> None:
        kept = self.owner_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("PeoplePicker", "(nobody yet)"), None)
        for person in self._plan_people:
            self.addItem(_person_label(person), person.id)
        for index, person in enumerate(self._new_people.people):
            self.addItem(
                translate("PeoplePicker", "{name} (new)").format(name=_person_label(person)),
                -index - 1,
            )
        self.blockSignals(False)
        self.set_owner_id(kept)

    def owner_id(self) -> int | None:
        data = self.currentData()
        return int(data) if isinstance(data, int) else None

    def set_owner_id(self, owner_id: int | None) -> None:
        for index in range(self.count()):
            if self.itemData(index) == owner_id:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(0)

    def owner_name(self) -> str | None:
        owner_id = self.owner_id()
        if owner_id is None:
            return None
        for person in self._plan_people:
            if person.id == owner_id:
                return person.name
        new = self._new_people.person(owner_id)
        return new.name if new is not None else None


def _person_label(person: Person) -> str:
    return f"{person.name} ({person.role})" if person.role else person.name


class AddPersonRow(QWidget):
    """Name, role and an Add button: a new owner without leaving the wizard."""

    added = Signal(int)
    """The temporary id of the person just added."""

    def __init__(self, new_people: NewPeople, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_people = new_people
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("PeoplePicker", "New person's name"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(translate("PeoplePicker", "Role (optional)"))
        self.add_button = QPushButton(translate("PeoplePicker", "Add a &person"))
        self.add_button.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit, 2)
        layout.addWidget(self.role_edit, 2)
        layout.addWidget(self.add_button)
        self.name_edit.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        self.add_button.clicked.connect(self._add)
        enter_acts(self.name_edit, self._add)
        enter_acts(self.role_edit, self._add)

    def _add(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return
        temporary_id = self._new_people.add(name, self.role_edit.text())
        self.name_edit.clear()
        self.role_edit.clear()
        self.added.emit(temporary_id)
