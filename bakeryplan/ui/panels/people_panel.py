"""People: who is on the team and what each of them owns."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.cascade import person_deletion
from bakeryplan.domain.model import Person
from bakeryplan.editing import commands
from bakeryplan.editing.change_notice import ChangeKind
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.change_follower import ChangeFollower
from bakeryplan.ui.panels import (
    KIND_ROLE,
    button_row,
    make_button,
    record_table,
    select_record,
    selected_record_id,
)
from bakeryplan.ui.widgets import record_forms

NAME, ROLE, ACTIVE, OWNS = range(4)


class PeoplePanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = record_table(
            self,
            [
                translate("PeoplePanel", "Name"),
                translate("PeoplePanel", "Role"),
                translate("PeoplePanel", "Active"),
                translate("PeoplePanel", "Owns"),
            ],
            translate("PeoplePanel", "People"),
            stretch=(OWNS,),
            empty_text=translate(
                "PeoplePanel",
                "No one yet. Use Add person for everyone who owns goals and steps, yourself "
                "too, so every piece of work has a name on it.",
            ),
        )
        self.table.itemActivated.connect(lambda *_: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = make_button(translate("PeoplePanel", "&Add person…"), self)
        self.edit_button = make_button(translate("PeoplePanel", "Ed&it…"), self)
        self.active_button = make_button(translate("PeoplePanel", "Dea&ctivate"), self)
        self.delete_button = make_button(translate("PeoplePanel", "&Delete"), self)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(self.add_button, self.edit_button, self.active_button, self.delete_button)
        )
        layout.addWidget(self.table, 1)
        self.follower = ChangeFollower(
            self, document, {ChangeKind.PERSON, ChangeKind.GOAL, ChangeKind.STEP},
            lambda _notice: self.refresh(),
        )  # fmt: skip
        document.selection_requested.connect(self.select)
        self.refresh()
        from bakeryplan.ui.panels.empty_states import people_cover  # while nobody is listed

        self.empty_state = people_cover(self, self.table)

    def refresh(self) -> None:
        keep = self.selected_id()
        plan = self.document.plan
        self.table.setRowCount(len(plan.people))
        for row, person in enumerate(plan.people):
            goals = sum(1 for g in plan.goals if g.owner_id == person.id)
            steps = sum(1 for s in plan.steps if s.owner_id == person.id and s.done is None)
            cells = [
                person.name,
                person.role,
                translate("PeoplePanel", "Yes")
                if person.active
                else translate("PeoplePanel", "No"),
                self._owned_text(goals, steps)
                if goals or steps
                else translate("PeoplePanel", "Nothing yet"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KIND_ROLE, ("person", person.id))
                if not person.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        if keep is not None:
            self.select("person", keep)
        self._update_buttons()

    def _owned_text(self, goals: int, steps: int) -> str:
        """ "1 goal, 2 open steps": each count with its own singular or plural."""
        goals_text = translate("PeoplePanel", "%n goal(s)", None, PLURAL, goals)
        steps_text = translate("PeoplePanel", "%n open step(s)", None, PLURAL, steps)
        return translate("PeoplePanel", "{goals}, {steps}").format(
            goals=goals_text, steps=steps_text
        )

    def selected_id(self) -> int | None:
        return selected_record_id(self.table)

    def selected_person(self) -> Person | None:
        return self.document.plan.person(self.selected_id())

    def select(self, kind: str, item_id: int) -> bool:
        return kind == "person" and select_record(self.table, item_id)

    def _update_buttons(self) -> None:
        writable = not self.document.read_only
        person = self.selected_person()
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(writable and person is not None)
        self.active_button.setText(
            translate("PeoplePanel", "Rea&ctivate")
            if person and not person.active
            else translate("PeoplePanel", "Dea&ctivate")
        )

    def add_person(self) -> None:
        person = record_forms.ask_person(self, None)
        if person is not None:
            command = commands.AddPerson(self.document, person)
            if self.document.push(command):
                self.select("person", command.item.id)

    def edit_selected(self) -> None:
        person = self.selected_person()
        if person is None or self.document.read_only:
            return
        edited = record_forms.ask_person(self, person)
        if edited is not None and edited != person:
            self.document.push(commands.EditPerson(self.document, edited))

    def toggle_active(self) -> None:
        person = self.selected_person()
        if person is not None:
            edited = replace(person, active=not person.active)
            self.document.push(commands.EditPerson(self.document, edited))

    def delete_selected(self) -> None:
        person = self.selected_person()
        if person is None or self.document.read_only:
            return
        cascade = person_deletion(self.document.plan, person.id)  # what the delete unlinks
        owned = len(cascade.unassigned_goals) + len(cascade.unassigned_steps)
        text = translate("PeoplePanel", "Delete “{name}”?").format(name=person.name)
        if owned:
            # (lupdate misses a counted text with a comma after its count)
            # fmt: off
            text += " " + translate(
                "PeoplePanel",
                "The %n goal(s) and step(s) they own will have no owner. "
                "Deactivating keeps the history instead.",
                None,
                PLURAL,
                owned
            )
            # fmt: on
        text += " " + translate("PeoplePanel", "You can undo this.")
        if dialogs.confirm(self, translate("PeoplePanel", "Delete person"), text):
            self.document.push(commands.DeletePerson(self.document, person.id))
