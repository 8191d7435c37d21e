"""Enter in an inline field acts on that field (adds the row, the person).

A wizard's or dialog's default button would otherwise take the key and leave the page,
losing what was just typed into the field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterActs(QObject):
    def __init__(self, field: QWidget, action: Callable[[], object]) -> None:
        super().__init__(field)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)


def enter_acts(field: QWidget, action: Callable[[], object]) -> None:
    """Enter (or Return) in ``field`` runs ``action`` and goes no further."""
    field.installEventFilter(_EnterActs(field, action))
