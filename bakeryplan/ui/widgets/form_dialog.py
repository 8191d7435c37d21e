"""A small form dialog built from typed fields, used for every "add/edit" form.

Each field has a key; ``values()`` returns the parsed values and ``accept`` refuses (with a
message in the dialog) while a required field is empty, a number does not parse, or a rule
(``add_rule``: a check across fields, such as a target date after the start) finds a
problem. A rule's problem shows as soon as the fields say it, and every shown problem
follows the typing until it is put right. Tests fill a form with
``set_text``/``set_choice``/``set_date`` and then call ``accept``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.text.parsing import OutOfRangeError, number_edit_text, parse_number
from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.date_field import DateField
from bakeryplan.ui.widgets.fit import fit_combo
from bakeryplan.ui.widgets.problem_label import ProblemLabel

#: A check across fields: given the parsed values, None or (the problem in words, the key
#: of the field to put right).
Rule = Callable[[dict[str, Any]], tuple[str, str] | None]


class OptionalDateEdit(QWidget):
    """A date field that may also be empty ("no date"), with a button to clear it."""

    def __init__(
        self,
        value: date | None,
        *,
        optional: bool,
        locale_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = DateField(value, locale_name, self)
        self.changed = self.editor.changed
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        self.optional = optional
        if optional:
            self.editor.line.setPlaceholderText(translate("OptionalDateEdit", "No date"))
            clear = QToolButton(self)
            clear.setText(translate("OptionalDateEdit", "Clear"))
            clear.setAccessibleName(translate("OptionalDateEdit", "Clear date"))
            clear.setToolTip(translate("OptionalDateEdit", "Clear date"))
            clear.clicked.connect(lambda: self.set_date(None))
            layout.addWidget(clear)
        self.setFocusProxy(self.editor)
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        self.editor.set_date(value if value is not None or self.optional else date.today())

    def date(self) -> date | None:
        """The date, None for no date; ValueError while the text is not a date (or an
        empty required date)."""
        day = self.editor.date()
        if day is None and not self.optional:
            raise ValueError("no date")
        return day


def _takes_tab(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return bool(policy & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


class FormDialog(QDialog):
    """A titled form with OK/Cancel; fields are added in order."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        decimal_mark: str = ".",
        locale_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.decimal_mark = decimal_mark
        self.locale_name = locale_name  # the plan's: dates are shown and read in it
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._layout = QFormLayout()
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._fields: dict[str, tuple[str, QWidget, bool]] = {}
        self._choices: dict[str, list[Any]] = {}
        self._readers: dict[str, Callable[[], Any]] = {}
        self._rules: list[Rule] = []
        self._tried = False  # OK pressed once: from then on every problem shows as typed
        self._problem = ProblemLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        self._shown = False
        outer = QVBoxLayout(self)
        outer.addLayout(self._layout)
        outer.addWidget(self._problem)
        outer.addWidget(buttons)

    def _add(self, key: str, label: str | None, kind: str, widget: QWidget, required: bool) -> None:
        """A row with its caption; without a label the widget spans the row."""
        if label is None:
            self._layout.addRow(widget)
        else:
            caption = QLabel(label, self)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            self._layout.addRow(caption, widget)
        self._fields[key] = (kind, widget, required)
        self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        """Re-check on every change, so a problem shown goes away once put right."""
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._refresh_problem)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._refresh_problem)
            widget.editTextChanged.connect(self._refresh_problem)
        elif isinstance(widget, OptionalDateEdit):
            widget.changed.connect(self._refresh_problem)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._refresh_problem)

    def add_rule(self, rule: Rule) -> None:
        """A check across fields; the first rule to find a problem is the one shown."""
        self._rules.append(rule)

    def add_text(
        self,
        key: str,
        label: str,
        value: str = "",
        *,
        required: bool = False,
        multiline: bool = False,
    ) -> None:
        editor: QWidget
        if multiline:
            box = QPlainTextEdit(self)
            box.setPlainText(value)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(70)
            box.setMaximumHeight(110)
            editor = box
        else:
            editor = QLineEdit(value, self)
        self._add(key, label, "multiline" if multiline else "text", editor, required)

    def add_choice(
        self, key: str, label: str, options: Sequence[tuple[str, Any]], current: Any
    ) -> None:
        combo = QComboBox(self)
        for text, _data in options:
            combo.addItem(text)
        fit_combo(combo)
        for index, (_, data) in enumerate(options):
            if data == current:
                combo.setCurrentIndex(index)
        # Qt would turn enum members (str subclasses) into plain strings: keep them here.
        self._choices[key] = [data for _, data in options]
        self._add(key, label, "choice", combo, False)

    def add_editable_choice(
        self, key: str, label: str, options: Sequence[tuple[str, str]], current: str
    ) -> None:
        """A list to pick from that also takes typing: ``options`` are (code, label) pairs;
        the value is the code of the label typed or picked, else the text as typed."""
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, text in options:
            combo.addItem(text, code)
        fit_combo(combo)
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(current)
        self._add(key, label, "editable", combo, False)

    def add_date(self, key: str, label: str, value: date | None, *, optional: bool = True) -> None:
        field = OptionalDateEdit(
            value, optional=optional, locale_name=self.locale_name, parent=self
        )
        self._add(key, label, "date", field, False)

    def add_number(
        self, key: str, label: str, value: float | None, *, required: bool = False
    ) -> None:
        text = "" if value is None else number_edit_text(value, self.decimal_mark)
        self._add(key, label, "number", QLineEdit(text, self), required)

    def add_check(self, key: str, label: str, value: bool) -> None:
        box = QCheckBox(self)
        box.setChecked(value)
        self._add(key, label, "check", box, False)

    def add_field(
        self,
        key: str,
        label: str | None,
        widget: QWidget,
        read: Callable[[], Any],
        changed: SignalInstance | None = None,
    ) -> None:
        """A field of the host's own making: ``read`` gives its value, ``changed`` (a
        signal) says when to check the form again. ``label=None``: the widget spans the
        row (a table, a preview)."""
        self._readers[key] = read
        self._add(key, label, "custom", widget, False)
        if changed is not None:
            changed.connect(self._refresh_problem)

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row that holds no value (a button that fills fields in)."""
        self._layout.addRow(label, widget)

    def set_row_visible(self, key: str, visible: bool) -> None:
        self._layout.setRowVisible(self.widget(key), visible)

    def widget(self, key: str) -> QWidget:
        return self._fields[key][1]

    def line_edit(self, key: str) -> QLineEdit:
        """The editor of a one-line text or number field."""
        editor = self.widget(key)
        assert isinstance(editor, QLineEdit)
        return editor

    # Filling in (used by tests and by callers presetting values)
    def set_text(self, key: str, text: str) -> None:
        editor = self.widget(key)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, QComboBox):
            editor.setEditText(text)
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText(text)

    def set_choice(self, key: str, data: Any) -> None:
        combo = self.widget(key)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(self._choices[key].index(data))

    def set_date(self, key: str, value: date | None) -> None:
        editor = self.widget(key)
        assert isinstance(editor, OptionalDateEdit)
        editor.set_date(value)

    def set_check(self, key: str, value: bool) -> None:
        box = self.widget(key)
        assert isinstance(box, QCheckBox)
        box.setChecked(value)

    def _read(self, key: str) -> Any:
        kind, widget, _required = self._fields[key]
        if kind == "text":
            assert isinstance(widget, QLineEdit)
            return widget.text().strip()
        if kind == "multiline":
            assert isinstance(widget, QPlainTextEdit)
            return widget.toPlainText().strip()
        if kind == "choice":
            assert isinstance(widget, QComboBox)
            index = widget.currentIndex()
            return self._choices[key][index] if index >= 0 else None
        if kind == "editable":
            assert isinstance(widget, QComboBox)
            typed = widget.currentText().strip()
            index = widget.findText(typed, Qt.MatchFlag.MatchFixedString)  # any case
            return widget.itemData(index) if index >= 0 else typed
        if kind == "date":
            assert isinstance(widget, OptionalDateEdit)
            return widget.date()
        if kind == "check":
            assert isinstance(widget, QCheckBox)
            return widget.isChecked()
        if kind == "custom":
            return self._readers[key]()
        assert isinstance(widget, QLineEdit)  # a number
        raw = widget.text().strip()
        return None if not raw else parse_number(raw, self.decimal_mark)

    def values(self) -> dict[str, Any]:
        return {key: self._read(key) for key in self._fields}

    def typed_values(self) -> dict[str, Any] | None:
        """The values as typed so far, or None while a number does not parse yet."""
        try:
            return self.values()
        except ValueError:
            return None

    def problem(self) -> str | None:
        """What stops the form from being accepted, in words, or None."""
        found = self._first_problem()
        return None if found is None else found[0]

    def _first_problem(self, *, every_field: bool = True) -> tuple[str, QWidget] | None:
        """The first problem, top to bottom, then the rules', and the field it is about.

        Without ``every_field`` (before OK was pressed) an empty or half-typed field is no
        problem yet; the rules wait until the fields they read are filled in.
        """
        values: dict[str, Any] = {}
        for key, (kind, widget, required) in self._fields.items():
            caption = self._layout.labelForField(widget)
            if isinstance(caption, QLabel):
                name = caption.text().replace("&", "")
            else:
                name = widget.accessibleName()
            if kind == "date":
                date_problem = self._date_problem(key, name)
                if date_problem is not None:
                    return (date_problem, widget) if every_field else None
            try:
                value = self._read(key)
            except OutOfRangeError:
                from bakeryplan.domain.bounds import VALUE_LIMIT
                from bakeryplan.text.formatter import language_formatter

                fmt = language_formatter()
                text = translate(
                    "FormDialog", "{field}: the number is outside the range {low} to {high}"
                ).format(
                    field=name, low=fmt.number(-VALUE_LIMIT, 0), high=fmt.number(VALUE_LIMIT, 0)
                )
                return (text, widget) if every_field else None
            except ValueError:
                text = translate(
                    "FormDialog", "{field}: please type a number, like 12 or 3.5"
                ).format(field=name)
                return (text, widget) if every_field else None
            if required and value in ("", None):
                needed = translate("FormDialog", "{field} is needed.").format(field=name)
                return (needed, widget) if every_field else None
            values[key] = value
        for rule in self._rules:
            found = rule(values)
            if found is not None:
                return found[0], self.widget(found[1])
        return None

    def _date_problem(self, key: str, name: str) -> str | None:
        """What is wrong with a date field's text, in words, or None."""
        _kind, widget, _required = self._fields[key]
        assert isinstance(widget, OptionalDateEdit)
        return widget.editor.problem(name, required=not widget.optional)

    def _refresh_problem(self) -> None:
        found = self._first_problem(every_field=self._tried)
        if found is None:
            self._problem.clear()
        else:
            self._problem.show_problem(found[0])

    def showEvent(self, event: QShowEvent) -> None:
        """A value that was already wrong says so at once; the keyboard starts in the first
        field (not on OK, where typing does nothing and Enter saves an empty form)."""
        self._refresh_problem()
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self._tab_in_layout_order()
            first = self._first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(first, QLineEdit):
                    # selected from the end back to the start: typing still replaces it,
                    # and a long title shows its beginning, not its last words
                    first.setSelection(len(first.text()), -len(first.text()))

    def _first_field(self) -> QWidget | None:
        for _kind, widget, _required in self._fields.values():
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
        return None

    def _tab_in_layout_order(self) -> None:
        """Tab goes down the form as it reads, then to the buttons."""
        chain: list[QWidget] = []
        for row in range(self._layout.rowCount()):
            item = self._layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                item = self._layout.itemAt(row, QFormLayout.ItemRole.SpanningRole)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            inner = [
                w  # a calendar pop-up is a window of its own: not in the form's order
                for w in widget.findChildren(QWidget)
                if _takes_tab(w) and w.window() is self
            ]
            chain += ([widget] if _takes_tab(widget) else []) + inner
        chain += self._buttons.buttons()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def accept(self) -> None:
        self._tried = True
        found = self._first_problem()
        if found is not None:
            text, widget = found
            self._problem.show_problem(text)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:
                line.selectAll()
            elif isinstance(widget, QLineEdit):
                widget.selectAll()
            return
        super().accept()
