"""A panel's subscription to the document's change notices: only the kinds it shows, and
while its tab is hidden in a window on screen, once when it is next shown.

A panel built outside a window on screen (a test, a dialog) updates at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from bakeryplan.editing.change_notice import ChangeKind, ChangeNotice
from bakeryplan.editing.document import PlanDocument

EVERY_KIND = frozenset(ChangeKind)


class ChangeFollower(QObject):
    """Calls ``update(notice)`` for each notice touching ``kinds``; with ``when_shown``,
    a hidden panel's notices are kept and ``refresh()`` is called once it is shown."""

    def __init__(
        self,
        panel: QWidget,
        document: PlanDocument,
        kinds: frozenset[ChangeKind] | set[ChangeKind],
        update: Callable[[ChangeNotice], None],
        *,
        refresh: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.kinds = frozenset(kinds)
        self._update = update
        self._refresh = refresh
        self.pending = False
        """A notice arrived while the panel was hidden: refresh when it is shown."""
        document.plan_changed.connect(self._notice)
        if refresh is not None:
            panel.installEventFilter(self)

    def _notice(self, notice: ChangeNotice) -> None:
        if not notice.touches(*self.kinds):
            return
        if self._refresh is not None and self._hidden_in_window():
            self.pending = True
            return
        self._update(notice)

    def _hidden_in_window(self) -> bool:
        return self.panel.window().isVisible() and not self.panel.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel and event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            assert self._refresh is not None
            self._refresh()
        return False
