"""Goals: a tree by perspective, then goal, then its measures, steps and sub-goals.

Health is shown as a shape, a colour and a word, so it reads without colour. Steps have a
check box: ticking marks the step done today (one undoable edit).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import Measure, Period, Perspective, Step
from bakeryplan.ui import commands, dialogs
from bakeryplan.ui.document import PlanDocument
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
    GoalTreeFiller,
)
from bakeryplan.ui.widgets.fit import fit_view


class GoalsPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._building = False
        self._collapsed: set[tuple[str, int]] = set()

        self.tree = QTreeWidget(self)
        fit_view(self.tree)
        self.tree.setExpandsOnDoubleClick(False)  # a double-click edits; the arrow folds
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Progress"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Goals, measures and steps"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS, PROGRESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(lambda *_: self.edit_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, collapsed=True))
        self.tree.itemExpanded.connect(lambda item: self._remember(item, collapsed=False))

        self.add_goal_button = make_button(self.tr("Add &goal…"), self)
        self.add_measure_button = make_button(self.tr("Add &measure…"), self)
        self.add_step_button = make_button(self.tr("Add s&tep…"), self)
        self.edit_button = make_button(self.tr("Ed&it…"), self)
        self.delete_button = make_button(self.tr("&Delete"), self)
        self.up_button = make_button(self.tr("Move &up"), self)
        self.down_button = make_button(self.tr("Move do&wn"), self)
        self.done_button = make_button(self.tr("Mark d&one"), self)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_measure_button.clicked.connect(self.add_measure)
        self.add_step_button.clicked.connect(self.add_step)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.done_button.clicked.connect(self.toggle_done)
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))

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

        document.changed.connect(self.refresh)
        document.selection_requested.connect(self.select)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the health shapes in the new colours when light/dark switches."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        plan = self.document.plan
        today = self.document.today()
        self._building = True
        self.tree.clear()
        GoalTreeFiller(self.tree, plan, today, read_only=self.document.read_only).fill()
        self._restore_expansion()
        self._building = False
        if selected is not None:
            self.select(*selected)
        self._update_buttons()

    def _remember(self, item: QTreeWidgetItem, *, collapsed: bool) -> None:
        if self._building:
            return
        key = item.data(TITLE, KIND_ROLE)
        if key is None:
            return
        if collapsed:
            self._collapsed.add(tuple(key))
        else:
            self._collapsed.discard(tuple(key))

    def _restore_expansion(self) -> None:
        """Everything expanded but what the user collapsed.

        One expandAll() rather than setExpanded() per item: each of those lays the tree
        out again (its columns size to their contents), which slowed the first window.
        """
        self.tree.expandAll()
        if not self._collapsed:
            return
        for item in self._walk(self.tree.invisibleRootItem()):
            key = item.data(TITLE, KIND_ROLE)
            if key is not None and tuple(key) in self._collapsed:
                item.setExpanded(False)

    # --- selection -----------------------------------------------------------------------

    def selected(self) -> tuple[str, int] | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        key = items[0].data(TITLE, KIND_ROLE)
        return (key[0], key[1]) if key else None

    def select(self, kind: str, item_id: int) -> bool:
        """Selects the row of (kind, id) if this panel shows it; True when found."""
        if kind not in ("goal", "measure", "step", "perspective"):
            return False
        for item in self._walk(self.tree.invisibleRootItem()):
            key = item.data(TITLE, KIND_ROLE)
            if key and key[0] == kind and key[1] == item_id:
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _walk(self, parent: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
        for i in range(parent.childCount()):
            child = parent.child(i)
            if child is None:  # only past childCount(), which the range stays within
                continue
            yield child
            yield from self._walk(child)

    def _selected_goal_id(self) -> int | None:
        items = self.tree.selectedItems()
        item = items[0] if items else None
        while item is not None:
            key = item.data(TITLE, KIND_ROLE)
            if key and key[0] == "goal":
                return key[1]
            item = item.parent()
        return None

    def _selected_perspective(self) -> Perspective:
        items = self.tree.selectedItems()
        item = items[0] if items else None
        while item is not None:
            key = item.data(TITLE, KIND_ROLE)
            if key and key[0] == "perspective":
                return PERSPECTIVES[key[1]]
            item = item.parent()
        return Perspective.FINANCIAL

    def _update_buttons(self) -> None:
        writable = not self.document.read_only
        selected = self.selected()
        kind = selected[0] if selected else None
        goal_selected = self._selected_goal_id() is not None
        self.add_goal_button.setEnabled(writable)
        self.add_measure_button.setEnabled(writable and goal_selected)
        self.add_step_button.setEnabled(writable and goal_selected)
        editable = kind in ("goal", "measure", "step")
        self.edit_button.setEnabled(writable and editable)
        self.delete_button.setEnabled(writable and editable)
        self.up_button.setEnabled(writable and kind in ("goal", "step"))
        self.down_button.setEnabled(writable and kind in ("goal", "step"))
        self.done_button.setEnabled(writable and kind == "step")
        step_done = kind == "step" and selected is not None and self._step(selected[1]).done
        self.done_button.setText(self.tr("Mark not d&one") if step_done else self.tr("Mark d&one"))

    # --- editing -------------------------------------------------------------------------

    def add_goal(self) -> None:
        from bakeryplan.ui.widgets import forms  # the form dialogs load when first used

        plan = self.document.plan
        perspective = self._selected_perspective()
        new = forms.ask_goal(self, plan, perspective=perspective, today=self.document.today())
        if new is None:
            return
        position = 1 + max((g.position for g in plan.goals), default=0)
        command = commands.AddGoal(self.document, replace(new, position=position))
        if self.document.push(command):
            self.select("goal", command.item.id)

    def add_measure(self) -> None:
        from bakeryplan.ui.widgets import forms

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
        new = forms.ask_measure(self, plan, draft, is_new=True)
        if new is not None:
            command = commands.AddMeasure(self.document, new)
            if self.document.push(command):
                self.select("measure", command.item.id)

    def add_step(self) -> None:
        from bakeryplan.ui.widgets import forms

        goal_id = self._selected_goal_id()
        plan = self.document.plan
        if goal_id is None:
            return
        steps = plan.steps_of(goal_id)
        position = 1 + max((s.position for s in steps), default=0)
        draft = Step(goal_id=goal_id, title="", position=position)
        new = forms.ask_step(self, plan, draft, is_new=True)
        if new is not None:
            command = commands.AddStep(self.document, new)
            if self.document.push(command):
                self.select("step", command.item.id)

    def edit_selected(self) -> None:
        from bakeryplan.ui.widgets import forms

        selected = self.selected()
        if selected is None or self.document.read_only:
            return
        kind, item_id = selected
        plan = self.document.plan
        if kind == "goal":
            goal = forms.ask_goal(self, plan, plan.goal(item_id))
            if goal is not None and goal != plan.goal(item_id):
                self.document.push(commands.EditGoal(self.document, goal))
        elif kind == "measure":
            measure = plan.measure(item_id)
            if measure is not None:
                today = self.document.today()
                edited = forms.ask_measure(self, plan, measure, is_new=False, today=today)
                if edited is not None and edited != measure:
                    self.document.push(commands.EditMeasure(self.document, edited))
        elif kind == "step":
            step = self._step(item_id)
            edited_step = forms.ask_step(self, plan, step, is_new=False)
            if edited_step is not None and edited_step != step:
                self.document.push(commands.EditStep(self.document, edited_step))

    def delete_selected(self) -> None:
        selected = self.selected()
        if selected is None or self.document.read_only:
            return
        kind, item_id = selected
        plan = self.document.plan
        if kind == "goal":
            goal = plan.goal(item_id)
            question = self.tr(
                "Delete the goal “{title}” with its measures, recorded actuals and steps? "
                "You can undo this."
            ).format(title=goal.title if goal else "")
            if dialogs.confirm(self, self.tr("Delete goal"), question):
                self.document.push(commands.DeleteGoal(self.document, item_id))
        elif kind == "measure":
            measure = plan.measure(item_id)
            question = self.tr(
                "Delete the measure “{name}” and all its recorded actuals? You can undo this."
            ).format(name=measure.name if measure else "")
            if dialogs.confirm(self, self.tr("Delete measure"), question):
                self.document.push(commands.DeleteMeasure(self.document, item_id))
        elif kind == "step":
            question = self.tr("Delete the step “{title}”? You can undo this.").format(
                title=self._step(item_id).title
            )
            if dialogs.confirm(self, self.tr("Delete step"), question):
                self.document.push(commands.DeleteStep(self.document, item_id))

    def move_selected(self, offset: int) -> None:
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
        step = self._step(step_id)
        new_done = self.document.today() if done else None
        if (step.done is not None) != done:
            self.document.push(commands.EditStep(self.document, replace(step, done=new_done)))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._building or column != TITLE:
            return
        key = item.data(TITLE, KIND_ROLE)
        if not key or key[0] != "step":
            return
        done = item.checkState(TITLE) == Qt.CheckState.Checked
        # The edit rebuilds the tree, which must not happen inside the item's own signal.
        QTimer.singleShot(0, lambda: self._step_checked(key[1], done))

    def _step_checked(self, step_id: int, done: bool) -> None:
        self._set_step_done(step_id, done)

    def _step(self, step_id: int) -> Step:
        return next(s for s in self.document.plan.steps if s.id == step_id)
