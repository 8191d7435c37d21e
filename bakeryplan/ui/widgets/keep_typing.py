"""A wizard or dialog with typed content asks before it closes.

Esc, Cancel and the window's close button all end in ``QDialog.reject``; the mixin asks
there, through ``dialogs.ask_discard_typing``, whether to throw the typing away. What
counts as typing: the text of every editable line, text box and editable list, and the
compared with what they held when the window was first shown.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from bakeryplan.ui import dialogs


def typing_state(window: QWidget) -> list[tuple[int, str]]:
    """What the owner can have typed into ``window``, widget by widget: lines (number
    boxes' too: the change typed into "Plan from last year"), text boxes and editable
    lists."""
    state: list[tuple[int, str]] = []
    for line in window.findChildren(QLineEdit):
        if not line.isReadOnly():
            state.append((id(line), line.text()))
    for box in window.findChildren(QPlainTextEdit):
        if not box.isReadOnly():
            state.append((id(box), box.toPlainText()))
    for rich in window.findChildren(QTextEdit):
        if not rich.isReadOnly():
            state.append((id(rich), rich.toPlainText()))
    return state


def has_typing(window: QWidget, before: list[tuple[int, str]] | None) -> bool:
    """Whether any text changed since ``before`` (None: the window was empty); a field
    made since then counts once it holds something."""
    old = dict(before or [])
    return any(
        old[key].strip() != value.strip() if key in old else bool(value.strip())
        for key, value in typing_state(window)
    )


class AsksBeforeClosing:
    """Mix into a QDialog or QWizard subclass (before the Qt class)."""

    _typing_before: list[tuple[int, str]] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._typing_before is None:
            assert isinstance(self, QWidget)
            self._typing_before = typing_state(self)
        super().showEvent(event)  # type: ignore[misc]

    def typed_something(self) -> bool:
        assert isinstance(self, QWidget)
        return has_typing(self, self._typing_before)

    def reject(self) -> None:
        assert isinstance(self, QDialog)
        if self.typed_something() and not dialogs.ask_discard_typing(self, self.windowTitle()):
            return
        super().reject()  # type: ignore[misc]
