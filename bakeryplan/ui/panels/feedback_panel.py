"""Feedback: what the team, customers and suppliers said, and what was done about it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import Feedback, FeedbackStatus
from bakeryplan.editing import commands
from bakeryplan.editing.change_notice import ChangeKind
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.change_follower import ChangeFollower
from bakeryplan.ui.panels import (
    KIND_ROLE,
    button_row,
    format_day,
    make_button,
    plain_tooltip,
    record_table,
    select_record,
    selected_record_id,
)
from bakeryplan.ui.widgets import record_forms

DATE, SOURCE, FROM, TEXT, GOAL, STATUS = range(6)


class FeedbackPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = record_table(
            self,
            [
                translate("FeedbackPanel", "Received"),
                translate("FeedbackPanel", "Source"),
                translate("FeedbackPanel", "From"),
                translate("FeedbackPanel", "Feedback"),
                translate("FeedbackPanel", "Linked goal"),
                translate("FeedbackPanel", "Status"),
            ],
            translate("FeedbackPanel", "Feedback"),
            stretch=(TEXT,),
            empty_text=translate(
                "FeedbackPanel",
                "No feedback yet. Use Add feedback to note what your team, customers and "
                "suppliers tell you, link it to a goal, and answer it at the next review.",
            ),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(GOAL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(GOAL, 220)
        self.table.itemActivated.connect(lambda *_: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = make_button(translate("FeedbackPanel", "&Add feedback…"), self)
        self.edit_button = make_button(translate("FeedbackPanel", "Ed&it and respond…"), self)
        self.link_button = make_button(translate("FeedbackPanel", "&Link to goal…"), self)
        self.step_button = make_button(
            translate("FeedbackPanel", "Make a s&tep…"),
            self,
            tooltip=translate(
                "FeedbackPanel", "Add a step for this feedback and mark it adopted, in one go"
            ),
        )
        self.delete_button = make_button(translate("FeedbackPanel", "&Delete"), self)
        self.status_combo = QComboBox(self)
        for status in FeedbackStatus:
            self.status_combo.addItem(record_forms.feedback_status_label(status), status)
        self.status_combo.setAccessibleName(
            translate("FeedbackPanel", "Status of the selected feedback")
        )
        self.status_combo.activated.connect(self._status_picked)
        status_label = QLabel(translate("FeedbackPanel", "&Status:"), self)
        status_label.setBuddy(self.status_combo)
        self.add_button.clicked.connect(self.add_feedback)
        self.edit_button.clicked.connect(self.edit_selected)
        self.link_button.clicked.connect(self.link_selected)
        self.step_button.clicked.connect(self.make_step)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        buttons = button_row(
            self.add_button,
            self.edit_button,
            self.link_button,
            self.step_button,
            self.delete_button,
        )
        buttons.addWidget(status_label)
        buttons.addWidget(self.status_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.follower = ChangeFollower(
            self, document, {ChangeKind.FEEDBACK, ChangeKind.GOAL, ChangeKind.BUSINESS},
            lambda _notice: self.refresh(),
        )  # fmt: skip
        document.selection_requested.connect(self.select)
        self.refresh()
        from bakeryplan.ui.panels.empty_states import feedback_cover  # while none is listed

        self.empty_state = feedback_cover(self, self.table)

    def refresh(self) -> None:
        keep = self.selected_id()
        plan = self.document.plan
        items = sorted(plan.feedback, key=lambda f: (f.received, f.id), reverse=True)
        self.table.setRowCount(len(items))
        for row, feedback in enumerate(items):
            goal = plan.goal(feedback.goal_id)
            cells = [
                format_day(feedback.received, plan.business),
                record_forms.feedback_source_label(feedback.source),
                feedback.from_name,
                feedback.text.replace("\n", " "),
                goal.title if goal else "",
                record_forms.feedback_status_label(feedback.status),
            ]
            row_items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(row_items):
                item.setData(KIND_ROLE, ("feedback", feedback.id))
                self.table.setItem(row, column, item)
            tip = feedback.text
            if feedback.response:
                tip += "\n\n" + translate("FeedbackPanel", "Response: {response}").format(
                    response=feedback.response
                )
            row_items[TEXT].setToolTip(plain_tooltip(tip))
            if goal is not None:
                row_items[GOAL].setToolTip(plain_tooltip(goal.title))
        if keep is not None:
            self.select("feedback", keep)
        self._update_buttons()

    def selected_id(self) -> int | None:
        return selected_record_id(self.table)

    def selected_feedback(self) -> Feedback | None:
        item_id = self.selected_id()
        return next((f for f in self.document.plan.feedback if f.id == item_id), None)

    def select(self, kind: str, item_id: int) -> bool:
        return kind == "feedback" and select_record(self.table, item_id)

    def _update_buttons(self) -> None:
        writable = not self.document.read_only
        feedback = self.selected_feedback()
        self.add_button.setEnabled(writable)
        for widget in (
            self.edit_button,
            self.link_button,
            self.step_button,
            self.delete_button,
            self.status_combo,
        ):
            widget.setEnabled(writable and feedback is not None)
        if feedback is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(feedback.status))

    def add_feedback(self) -> None:
        new = record_forms.ask_feedback(self, self.document.plan, None, today=self.document.today())
        if new is not None:
            command = commands.AddFeedback(self.document, new)
            if self.document.push(command):
                self.select("feedback", command.item.id)

    def edit_selected(self) -> None:
        feedback = self.selected_feedback()
        if feedback is None or self.document.read_only:
            return
        edited = record_forms.ask_feedback(
            self, self.document.plan, feedback, today=self.document.today()
        )
        if edited is not None and edited != feedback:
            self.document.push(commands.EditFeedback(self.document, edited))

    def link_selected(self) -> None:
        feedback = self.selected_feedback()
        if feedback is None:
            return
        options = record_forms.goal_options(self.document.plan)
        picked = dialogs.choose(
            self,
            translate("FeedbackPanel", "Link to goal"),
            translate("FeedbackPanel", "Which goal is this feedback about?"),
            [text for text, _ in options],
        )
        if picked is None:
            return
        goal_id = options[picked][1]
        if goal_id != feedback.goal_id:
            edited = replace(feedback, goal_id=goal_id)
            self.document.push(commands.EditFeedback(self.document, edited))

    def make_step(self) -> None:
        """A step from the selected feedback: the step added and the feedback adopted, one
        undoable edit. A plan without goals is told to add one first."""
        feedback = self.selected_feedback()
        if feedback is None or self.document.read_only:
            return
        plan = self.document.plan
        if not plan.goals:
            dialogs.show_info(
                self,
                translate("FeedbackPanel", "Make a step"),
                translate(
                    "FeedbackPanel", "A step belongs to a goal. Add a goal on the Goals tab first."
                ),
            )
            return
        step = record_forms.ask_feedback_step(self, plan, feedback, today=self.document.today())
        if step is not None:
            self.document.push(commands.feedback_as_step(self.document, feedback, step))

    def _status_picked(self, index: int) -> None:
        feedback = self.selected_feedback()
        status = FeedbackStatus(self.status_combo.itemData(index))
        if feedback is not None and status != feedback.status:
            self.document.push(
                commands.EditFeedback(self.document, replace(feedback, status=status))
            )

    def delete_selected(self) -> None:
        feedback = self.selected_feedback()
        if feedback is None or self.document.read_only:
            return
        if dialogs.confirm(
            self,
            translate("FeedbackPanel", "Delete feedback"),
            translate("FeedbackPanel", "Delete this feedback? You can undo this."),
        ):
            self.document.push(commands.DeleteFeedback(self.document, feedback.id))
