"""Tabs whose pages are built the first time they are needed.

Building every panel when the window opens costs their imports, their widgets and their
arithmetic (plan status, alignment findings) before anything is on screen; the user sees
one tab at a time. Each tab starts as an empty page and gets its panel when it becomes
the current tab or when code asks for the panel (``tabs.panels["people"]``), so the
panel is always the tab's page by the time anyone can see or use it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from bakeryplan.text.translate import translate
from bakeryplan.ui.error_log import active_log_file

log = logging.getLogger(__name__)

PanelFactory = Callable[[QWidget], QWidget]
"""Builds a panel for the given parent (the tab widget)."""


class LazyPanels(Mapping[str, QWidget]):
    """The panels of a QTabWidget by key, in tab order; looking one up builds it.

    A panel that failed to build is left out (its tab shows a message instead).
    """

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._factories: dict[str, PanelFactory] = {}
        self._pages: dict[str, QWidget] = {}  # the placeholder until built, then the panel
        self._built: set[str] = set()
        self._failed: set[str] = set()
        self._active = False

    def add(
        self, key: str, label: str, factory: PanelFactory, *, tooltip: str = "", now: bool = False
    ) -> None:
        """Add a tab; ``now`` builds its panel at once (the tab the window opens on).

        Building it here rather than swapping it in for a placeholder later saves the
        removal and insertion of a tab (a few milliseconds before the first paint).
        """
        self._factories[key] = factory
        page = self._make(key) if now else None
        if page is None:
            page = QWidget()
            if key in self._failed:
                _show_failure(page)
        else:
            self._built.add(key)
        self._pages[key] = page
        index = self.tabs.addTab(page, label)
        if tooltip:
            self.tabs.setTabToolTip(index, tooltip)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def activate(self) -> None:
        """Build the current tab's panel, and from now on each tab's when it is first shown.

        Called once every tab is added and the first one chosen: adding the first tab makes
        it current, which must not build it.
        """
        if not self._active:
            self._active = True
            self.tabs.currentChanged.connect(self._build_current)
        self._build_current(self.tabs.currentIndex())

    # --- Mapping --------------------------------------------------------------------------

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._factories or not self._build(key):
            raise KeyError(key)
        return self._pages[key]

    def __iter__(self) -> Iterator[str]:
        return (key for key in self._factories if key not in self._failed)

    def __len__(self) -> int:
        return len(self._factories) - len(self._failed)

    def __contains__(self, key: object) -> bool:
        return key in self._factories and key not in self._failed

    # --- building -------------------------------------------------------------------------

    def _build_current(self, index: int) -> None:
        page = self.tabs.widget(index)
        key = next((k for k, p in self._pages.items() if p is page), None)
        if key is not None:
            self._build(key)

    def _build(self, key: str) -> bool:
        """Put the panel in its tab; False when it could not be built (a message shows)."""
        if key in self._built:
            return True
        if key in self._failed:
            return False
        placeholder = self._pages[key]
        panel = self._make(key)
        if panel is None:
            _show_failure(placeholder)
            return False
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        label, tooltip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        # The swap is not a change of tab for anyone listening.
        blocker = QSignalBlocker(self.tabs)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, panel, label)
            self.tabs.setTabToolTip(index, tooltip)
            self.tabs.setCurrentIndex(current)
        finally:
            blocker.unblock()
        self._pages[key] = panel
        self._built.add(key)
        placeholder.deleteLater()
        return True

    def _make(self, key: str) -> QWidget | None:
        """The panel of ``key``, or None (logged, and remembered as failed) if it broke."""
        try:
            return self._factories[key](self.tabs)
        except Exception:  # one broken panel must not keep the plan from opening
            log.exception("The %s tab could not be built", key)
            self._failed.add(key)
            return None


def _show_failure(page: QWidget) -> None:
    layout = QVBoxLayout(page)
    message = QLabel(_failure_text(), page)
    message.setTextFormat(Qt.TextFormat.PlainText)
    message.setWordWrap(True)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(message)


def _failure_text() -> str:
    """Says where the details went: the log file, when the window writes one."""
    log_file = active_log_file()
    if log_file is None:
        return translate("LazyPanels", "This tab could not be shown.")
    return translate(
        "LazyPanels", "This tab could not be shown. The details are in the log file:\n{path}"
    ).format(path=log_file)
