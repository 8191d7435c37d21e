"""Fit any name: a long title is cut short with "…" and shown whole in a tooltip.

Nothing the owner types may make a window wider than the screen: combo boxes size to a
few characters rather than their longest item, labels elide instead of growing, and item
views show the whole text of a cut cell when the pointer rests on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QStyledItemDelegate, QWidget

from bakeryplan.ui.panels import plain_tooltip

if TYPE_CHECKING:  # named in signatures only: each Qt class costs its set-up when first named
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QHelpEvent, QResizeEvent
    from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

COMBO_CHARACTERS = 24
"""How many characters a combo box of names is sized for; longer names are cut."""


def fit_combo(combo: QComboBox, characters: int = COMBO_CHARACTERS) -> None:
    """Size ``combo`` to ``characters`` whatever its items; each item and the combo itself
    carry their whole text as a tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)

    def tooltips() -> None:
        for index in range(combo.count()):
            text = combo.itemText(index)
            if not combo.itemData(index, Qt.ItemDataRole.ToolTipRole):
                combo.setItemData(index, plain_tooltip(text), Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(plain_tooltip(combo.currentText()))

    model = combo.model()
    model.rowsInserted.connect(tooltips)
    model.modelReset.connect(tooltips)
    combo.currentTextChanged.connect(lambda text: combo.setToolTip(plain_tooltip(text)))
    tooltips()


class ElidedLabel(QLabel):
    """A one-line plain-text label that cuts a long text with "…" and tooltips it whole."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 8), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
        return QSize(min(full, 480), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width() - 2 * self.margin(), 10)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")


class FullTextTooltips(QStyledItemDelegate):
    """Draws as usual; a cell whose text is cut shows the whole text as a tooltip."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not own and isinstance(text, str) and text:
                needed = option.fontMetrics.horizontalAdvance(text) + 8
                if needed > option.rect.width():
                    from PySide6.QtWidgets import QToolTip

                    QToolTip.showText(event.globalPos(), plain_tooltip(text), view)
                    return True
        return super().helpEvent(event, view, option, index)


def fit_view(view: QAbstractItemView) -> None:
    """Cut long cells at the right with "…" and show them whole on hover."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(FullTextTooltips(view))


__all__ = ["COMBO_CHARACTERS", "ElidedLabel", "FullTextTooltips", "fit_combo", "fit_view"]
