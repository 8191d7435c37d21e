"""Goals: a tree by perspective, then goal, then its measures, steps and sub-goals.

Health is shown as a shape, a colour and a word, so it reads without colour. Steps have a
check box: ticking marks the step done today (one undoable edit).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import Measure, Period, Perspective, Step
from bakeryplan.editing.change_notice import ChangeKind
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.change_follower import ChangeFollower
from bakeryplan.ui.panels import (
    KIND_ROLE,
    button_row,
    make_button,
)
from bakeryplan.ui.panels.goal_tree import (
    DUE,
    OWNER,
    PERSPECTIVES,
    PROGRESS,
    STATUS,
    TITLE,
    GoalTreeModel,
    Key,
)
from bakeryplan.ui.widgets.fit import fit_view

#: What the tree shows: a change of anything else leaves it alone.
SHOWN_KINDS = {
    ChangeKind.GOAL,
    ChangeKind.MEASURE,
    ChangeKind.STEP,
    ChangeKind.ACTUAL,  # a measure's progress and health, and its goal's
    ChangeKind.PERSON,  # owners' names
    ChangeKind.BUSINESS,  # formats of dates and amounts
}


class GoalsPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._building = False
        self._expanded_once = False
        self._collapsed: set[Key] = set()

        self.model = GoalTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        fit_view(self.tree)
        self.tree.setExpandsOnDoubleClick(False)  # a double-click edits; the arrow folds
        self.tree.setAccessibleName(translate("GoalsPanel", "Goals, measures and steps"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS, PROGRESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.model.itemChanged.connect(self._on_item_changed)
        self.tree.activated.connect(lambda *_: self.edit_selected())
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tree.collapsed.connect(lambda index: self._remember(index, collapsed=True))
        self.tree.expanded.connect(lambda index: self._remember(index, collapsed=False))

        self.add_goal_button = make_button(translate("GoalsPanel", "Add &goal…"), self)
        self.quick_goal_button = make_button(
            translate("GoalsPanel", "&Quick goal…"),
            self,
            tooltip=translate("GoalsPanel", "Add a goal in one plain form"),
        )
        self.quick_goal_button.clicked.connect(self.add_goal_form)
        self.add_measure_button = make_button(translate("GoalsPanel", "Add &measure…"), self)
        self.add_step_button = make_button(translate("GoalsPanel", "Add s&tep…"), self)
        self.edit_button = make_button(translate("GoalsPanel", "Ed&it…"), self)
        self.delete_button = make_button(translate("GoalsPanel", "&Delete"), self)
        self.up_button = make_button(translate("GoalsPanel", "Move &up"), self)
        self.down_button = make_button(translate("GoalsPanel", "Move do&wn"), self)
        self.done_button = make_button(translate("GoalsPanel", "Mark d&one"), self)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_measure_button.clicked.connect(self.add_measure)
        self.add_step_button.clicked.connect(self.add_step)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.done_button.clicked.connect(self.toggle_done)
        self.up_button.setToolTip(translate("GoalsPanel", "Move up (Alt+Up)"))
        self.down_button.setToolTip(translate("GoalsPanel", "Move down (Alt+Down)"))

        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            ("Alt+Up", lambda: self.move_selected(-1)),
            ("Alt+Down", lambda: self.move_selected(1)),
            ("F2", self.edit_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.add_goal_button,
                self.quick_goal_button,
                self.add_measure_button,
                self.add_step_button,
                self.edit_button,
                self.delete_button,
                self.up_button,
                self.down_button,
                self.done_button,
            )
        )
        layout.addWidget(self.tree, 1)

        self.follower = ChangeFollower(
            self, document, SHOWN_KINDS, lambda _notice: self.refresh(), refresh=self.refresh
        )
        document.selection_requested.connect(self.select)
        self.refresh()
        from bakeryplan.ui.panels.empty_states import goals_cover  # while there is no goal

        self.empty_state = goals_cover(self, self.tree)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the health shapes in the new colours when light/dark switches."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.repaint_health()

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """The tree in step with the plan: rows added, removed or changed in place, so the
        selection, the cursor and what the user folded stay as they were."""
        self._building = True
        self.model.sync(
            self.document.plan, self.document.today(), read_only=self.document.read_only
        )
        self._restore_expansion()
        self._building = False
        self._update_buttons()

    def _remember(self, index: QModelIndex, *, collapsed: bool) -> None:
        if self._building:
            return
        key = self.model.key_of(index)
        if key is None:
            return
        if collapsed:
            self._collapsed.add(key)
        else:
            self._collapsed.discard(key)

    def _restore_expansion(self) -> None:
        """Everything expanded but what the user collapsed: the first time with one
        expandAll() (expanding row by row lays the tree out again each time), later only
        rows new since."""
        if not self._expanded_once:
            self._expanded_once = True
            self.tree.expandAll()
            for row in range(self.model.rowCount()):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        for item in self.model.walk():
            index = item.index()
            if not item.hasChildren() or self.tree.isExpanded(index):
                continue
            if self.model.key_of(index) not in self._collapsed:
                self.tree.expand(index)

    # --- selection -----------------------------------------------------------------------

    def _selected_index(self) -> QModelIndex:
        rows = self.tree.selectionModel().selectedRows(TITLE)
        return rows[0] if rows else QModelIndex()

    def selected(self) -> Key | None:
        return self.model.key_of(self._selected_index())

    def current_item(self) -> QStandardItem | None:
        """The title cell of the selected row."""
        index = self._selected_index()
        return self.model.itemFromIndex(index) if index.isValid() else None

    def select(self, kind: str, item_id: int) -> bool:
        """Selects the row of (kind, id) if this panel shows it; True when found."""
        if kind not in ("goal", "measure", "step", "perspective"):
            return False
        index = self.model.index_of((kind, item_id))
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _selected_goal_id(self) -> int | None:
        index = self._selected_index()
        while index.isValid():
            key = self.model.key_of(index)
            if key and key[0] == "goal":
                return key[1]
            index = index.parent()
        return None

    def _selected_perspective(self) -> Perspective:
        index = self._selected_index()
        while index.isValid():
            key = self.model.key_of(index)
            if key and key[0] == "perspective":
                return PERSPECTIVES[key[1]]
            index = index.parent()
        return Perspective.FINANCIAL

    def _update_buttons(self) -> None:
        writable = not self.document.read_only
        selected = self.selected()
        kind = selected[0] if selected else None
        goal_selected = self._selected_goal_id() is not None
        self.add_goal_button.setEnabled(writable)
        self.quick_goal_button.setEnabled(writable)
        self.add_measure_button.setEnabled(writable and goal_selected)
        self.add_step_button.setEnabled(writable and goal_selected)
        editable = kind in ("goal", "measure", "step")
        self.edit_button.setEnabled(writable and editable)
        self.delete_button.setEnabled(writable and editable)
        self.up_button.setEnabled(writable and kind in ("goal", "step"))
        self.down_button.setEnabled(writable and kind in ("goal", "step"))
        self.done_button.setEnabled(writable and kind == "step")
        step_done = kind == "step" and selected is not None and self._step(selected[1]).done
        self.done_button.setText(
            translate("GoalsPanel", "Mark not d&one")
            if step_done
            else translate("GoalsPanel", "Mark d&one")
        )

    # --- editing -------------------------------------------------------------------------

    def add_goal(self) -> None:
        """The goal wizard: a goal with its owner, number and steps; the new goal selected."""
        from bakeryplan.ui.wizards.goal_wizard import run_goal_wizard

        if run_goal_wizard(self.window(), self.document) and self.document.plan.goals:
            self.select("goal", max(g.id for g in self.document.plan.goals))

    def add_goal_form(self) -> None:
        """A goal in one plain form, for a quick addition."""
        from bakeryplan.editing import commands
        from bakeryplan.ui.widgets import record_forms  # the form dialogs load when first used

        plan = self.document.plan
        perspective = self._selected_perspective()
        new = record_forms.ask_goal(
            self, plan, perspective=perspective, today=self.document.today()
        )
        if new is None:
            return
        position = 1 + max((g.position for g in plan.goals), default=0)
        command = commands.AddGoal(self.document, replace(new, position=position))
        if self.document.push(command):
            self.select("goal", command.item.id)

    def add_measure(self) -> None:
        from bakeryplan.editing import commands
        from bakeryplan.ui.widgets import record_forms

        goal_id = self._selected_goal_id()
        plan = self.document.plan
        goal = plan.goal(goal_id)
        if goal is None:
            return
        today = self.document.today()
        start = goal.start or today
        draft = Measure(
            goal_id=goal.id,
            name="",
            start=start,
            target_date=goal.due or date(start.year + 1, start.month, 1),
            position=len(plan.measures_of(goal.id)),
            period=Period.MONTH,  # until the name or unit suggests otherwise
        )
        new = record_forms.ask_measure(self, plan, draft, is_new=True)
        if new is not None:
            command = commands.AddMeasure(self.document, new)
            if self.document.push(command):
                self.select("measure", command.item.id)

    def add_step(self) -> None:
        from bakeryplan.editing import commands
        from bakeryplan.ui.widgets import record_forms

        goal_id = self._selected_goal_id()
        plan = self.document.plan
        if goal_id is None:
            return
        steps = plan.steps_of(goal_id)
        position = 1 + max((s.position for s in steps), default=0)
        draft = Step(goal_id=goal_id, title="", position=position)
        new = record_forms.ask_step(self, plan, draft, is_new=True)
        if new is not None:
            command = commands.AddStep(self.document, new)
            if self.document.push(command):
                self.select("step", command.item.id)

    def edit_selected(self) -> None:
        from bakeryplan.editing import commands
        from bakeryplan.ui.widgets import record_forms

        selected = self.selected()
        if selected is None or self.document.read_only:
            return
        kind, item_id = selected
        plan = self.document.plan
        if kind == "goal":
            goal = record_forms.ask_goal(self, plan, plan.goal(item_id))
            if goal is not None and goal != plan.goal(item_id):
                self.document.push(commands.EditGoal(self.document, goal))
        elif kind == "measure":
            measure = plan.measure(item_id)
            if measure is not None:
                today = self.document.today()
                edited = record_forms.ask_measure(self, plan, measure, is_new=False, today=today)
                if edited is not None and edited != measure:
                    self.document.push(commands.EditMeasure(self.document, edited))
        elif kind == "step":
            step = self._step(item_id)
            edited_step = record_forms.ask_step(self, plan, step, is_new=False)
            if edited_step is not None and edited_step != step:
                self.document.push(commands.EditStep(self.document, edited_step))

    def delete_selected(self) -> None:
        from bakeryplan.domain.cascade import goal_deletion, measure_deletion
        from bakeryplan.editing import commands

        selected = self.selected()
        if selected is None or self.document.read_only:
            return
        kind, item_id = selected
        plan = self.document.plan
        if kind == "goal":
            goal = plan.goal(item_id)
            cascade = goal_deletion(plan, item_id)  # what the delete takes with it
            measures = len(cascade.measures)
            actuals = len(cascade.actuals)
            steps = len(cascade.steps)
            counts = translate("GoalsPanel", "{measures}, {actuals}, {steps}").format(
                measures=translate("GoalsPanel", "%n measure(s)", None, PLURAL, measures),
                actuals=translate("GoalsPanel", "%n actual(s)", None, PLURAL, actuals),
                steps=translate("GoalsPanel", "%n step(s)", None, PLURAL, steps),
            )
            question = translate(
                "GoalsPanel",
                "Delete the goal “{title}” with its measures, recorded actuals and steps "
                "({counts})? You can undo this.",
            ).format(title=goal.title if goal else "", counts=counts)
            if dialogs.confirm(self, translate("GoalsPanel", "Delete goal"), question):
                self.document.push(commands.DeleteGoal(self.document, item_id))
        elif kind == "measure":
            measure = plan.measure(item_id)
            entries = len(measure_deletion(plan, item_id).actuals)
            question = translate(
                "GoalsPanel",
                "Delete the measure “{name}” and all its recorded actuals ({count})? "
                "You can undo this.",
            ).format(name=measure.name if measure else "", count=entries)
            if dialogs.confirm(self, translate("GoalsPanel", "Delete measure"), question):
                self.document.push(commands.DeleteMeasure(self.document, item_id))
        elif kind == "step":
            question = translate(
                "GoalsPanel", "Delete the step “{title}”? You can undo this."
            ).format(title=self._step(item_id).title)
            if dialogs.confirm(self, translate("GoalsPanel", "Delete step"), question):
                self.document.push(commands.DeleteStep(self.document, item_id))

    def move_selected(self, offset: int) -> None:
        from bakeryplan.editing import commands

        selected = self.selected()
        if selected is None or self.document.read_only:
            return
        kind, item_id = selected
        command: commands.MoveGoal | commands.MoveStep
        if kind == "goal":
            command = commands.MoveGoal(self.document, item_id, offset)
        elif kind == "step":
            command = commands.MoveStep(self.document, item_id, offset)
        else:
            return
        if command.moved:
            self.document.push(command)

    def toggle_done(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] != "step":
            return
        self._set_step_done(selected[1], not self._step(selected[1]).done)

    def _set_step_done(self, step_id: int, done: bool) -> None:
        from bakeryplan.editing import commands

        step = self._step(step_id)
        new_done = self.document.today() if done else None
        if (step.done is not None) != done:
            self.document.push(commands.EditStep(self.document, replace(step, done=new_done)))

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._building or self.model.syncing or item.column() != TITLE:
            return
        key = item.data(KIND_ROLE)
        if not key or key[0] != "step":
            return
        done = item.checkState() == Qt.CheckState.Checked
        # The edit updates the model, which must not happen inside the item's own signal.
        QTimer.singleShot(0, lambda: self._step_checked(key[1], done))

    def _step_checked(self, step_id: int, done: bool) -> None:
        self._set_step_done(step_id, done)

    def _step(self, step_id: int) -> Step:
        return next(s for s in self.document.plan.steps if s.id == step_id)
