"""Every modal dialog of the app opens through a function here.

Tests patch one name (``bakeryplan.ui.dialogs.confirm`` and friends) instead of chasing
message boxes; callers must look the function up on this module at call time
(``dialogs.confirm(...)``, not ``from ... import confirm``) for that to work.
Message text is always shown as plain text: it often quotes user text. The dialog
classes are imported when a dialog first opens, not on the way to the first window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import (
        QAbstractButton,
        QDialog,
        QListWidget,
        QMessageBox,
        QProgressDialog,
    )

    from bakeryplan.domain.model import Measure, Plan


def plan_name_filter() -> str:
    return translate("dialogs", "BakeryPlan plans (*.bakeryplan);;All files (*)")


def _plans_folder() -> Path:
    try:
        from bakeryplan.store.paths import default_plans_dir

        return default_plans_dir()
    except (ImportError, OSError):
        return Path.home()


def ask_open_plan(parent: QWidget | None) -> Path | None:
    """The plan file the user picked, or None when they cancelled."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("dialogs", "Open plan"), str(_plans_folder()), plan_name_filter()
    )
    return Path(chosen) if chosen else None


def ask_open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    """Any file to read (a CSV to import), or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), name_filter)
    return Path(chosen) if chosen else None


def ask_save_path(
    parent: QWidget | None, title: str, name_filter: str, suggested: Path
) -> Path | None:
    """A path to write to (the dialog asks before overwriting), or None."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    return Path(chosen) if chosen else None


def with_suffix_or_ask(
    parent: QWidget | None, title: str, path: Path, suffix: str, keep: tuple[str, ...] = ()
) -> Path | None:
    """``path`` with ``suffix`` added unless it ends in it (or in one of ``keep``).

    The save dialog asked before overwriting the name as typed; a file that only the added
    suffix names is asked about here. None: the owner would not replace it.
    """
    if path.suffix.lower() in (suffix, *keep):
        return path
    named = path.with_name(path.name + suffix)
    if named.exists() and not confirm(
        parent,
        title,
        translate("dialogs", '"{name}" already exists. Replace it?').format(name=named.name),
    ):
        return None
    return named


def _message_box(
    parent: QWidget | None,
    icon: Literal["Question", "Warning", "Information"],
    title: str,
    text: str,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(getattr(QMessageBox.Icon, icon))
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; No is the default so Enter never deletes by accident."""
    from PySide6.QtWidgets import QMessageBox

    box = _message_box(parent, "Question", title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A question with one way forward: a button saying ``action`` (the default), or Cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = _message_box(parent, "Question", title, text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.exec()
    return box.clickedButton() is go


def ask_among(parent: QWidget | None, title: str, text: str, actions: list[str]) -> int | None:
    """A question with several ways forward: the index of the button pressed (the first is
    the default), or None for Cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = _message_box(parent, "Question", title, text)
    buttons = [box.addButton(action, QMessageBox.ButtonRole.AcceptRole) for action in actions]
    box.addButton(QMessageBox.StandardButton.Cancel)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def ask_discard_typing(parent: QWidget | None, title: str) -> bool:
    """A window with typing is closing: True to throw the typing away. "Keep editing" is
    the default, so Enter or Esc keep what was typed."""
    from PySide6.QtWidgets import QMessageBox

    box = _message_box(
        parent,
        "Question",
        title,
        translate("dialogs", "You have typed something here. Close and lose what you typed?"),
    )
    keep = box.addButton(translate("dialogs", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    lose = box.addButton(
        translate("dialogs", "&Close and lose it"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is lose


def saved_box(
    parent: QWidget | None, title: str, path: Path
) -> tuple[QMessageBox, QAbstractButton]:
    """The box that says where a file went, and its "Open folder" button."""
    from PySide6.QtWidgets import QMessageBox

    box = _message_box(
        parent,
        "Information",
        title,
        translate("dialogs", "Saved as {name}\nin the folder {folder}").format(
            name=path.name, folder=str(path.parent)
        ),
    )
    folder = box.addButton(translate("dialogs", "&Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box, folder


def show_saved(parent: QWidget | None, title: str, path: Path) -> None:
    """An export finished: say where the file went, with a way to open its folder."""
    box, folder = saved_box(parent, title, path)
    box.exec()
    if box.clickedButton() is folder:
        open_folder(path.parent)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (a local URL: no network)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    _message_box(parent, "Warning", title, text).exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    _message_box(parent, "Information", title, text).exec()


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """The row of the option picked from a list, or None when cancelled.

    The row, not the text: two options may read the same (backups made a second apart).
    """
    if not options:
        return None
    from PySide6.QtWidgets import QDialog

    dialog, rows = _choice_dialog(parent, title, text, options)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        row = rows.currentRow()
        return row if 0 <= row < len(options) else None
    finally:
        dialog.deleteLater()


def _choice_dialog(
    parent: QWidget | None, title: str, text: str, options: list[str]
) -> tuple[QDialog, QListWidget]:
    from PySide6.QtWidgets import (
        QDialog,
        QDialogButtonBox,
        QLabel,
        QListWidget,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    label = QLabel(dialog)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    rows = QListWidget(dialog)
    rows.setAccessibleName(title)
    rows.addItems(options)
    rows.setCurrentRow(0)
    rows.itemActivated.connect(lambda _item: dialog.accept())
    label.setBuddy(rows)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(rows, 1)
    layout.addWidget(buttons)
    rows.setFocus()
    dialog.setMinimumWidth(420)
    return dialog, rows


def plan_from_last_year(
    parent: QWidget | None, plan: Plan, measure: Measure, today: date
) -> Measure | None:
    """The measure with a plan drawn from a year of entries, or None when cancelled.

    Writes nothing: the caller saves the result as one undoable edit.
    """
    from PySide6.QtWidgets import QDialog

    from bakeryplan.ui.plan_from_history_dialog import PlanFromHistoryDialog

    dialog = PlanFromHistoryDialog(plan, measure, today, parent)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.derived_measure
    finally:
        dialog.deleteLater()


def exec_dialog(dialog: QDialog) -> int:
    """Runs a custom dialog or wizard modally; tests patch this to fill and accept it."""
    return dialog.exec()


def ask_repeat_import(parent: QWidget | None, title: str, text: str) -> str | None:
    """Days imported before from the same source: "replace", "skip", or None (cancel).

    Replace is not the default: Enter keeps what is in the plan.
    """
    from PySide6.QtWidgets import QMessageBox

    box = _message_box(parent, "Question", title, text)
    skip = box.addButton(translate("dialogs", "Skip those days"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(
        translate("dialogs", "Replace them"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(skip)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return "replace"
    return "skip" if clicked is skip else None


def import_progress(parent: QWidget | None, title: str, text: str, maximum: int) -> QProgressDialog:
    """A window-modal progress dialog with Cancel, shown only when reading takes a while."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setRange(0, maximum)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog
