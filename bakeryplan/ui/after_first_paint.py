"""Run work once a window is really on screen, so that it never delays the first paint.

``QWidget.show()`` returns before anything is drawn, and a zero-timer set then may fire
before the window system exposes the window. The first ``Expose`` event of the window's
``QWindow`` is the moment the user can see it; work queued from there runs after the paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._done = False
        handle = window.windowHandle()
        if handle is None:
            window.winId()
            handle = window.windowHandle()
        assert handle is not None
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = event.type() == QEvent.Type.Expose and getattr(watched, "isExposed", bool)()
        if exposed and not self._done:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._window, self._callback)  # dropped if it closes
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` from the event loop right after ``window`` is first exposed.

    If the window is already exposed, the callback is queued at once.
    """
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        QTimer.singleShot(0, window, callback)
        return
    _FirstPaint(window, callback)
