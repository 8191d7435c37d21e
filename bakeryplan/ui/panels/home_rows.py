"""The pieces the home page is made of: a section card, a heading, a link to an item.

Every text here is user data or built from it, so labels are plain text and long titles
are elided with the whole title in the tooltip: no name can widen the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.text.translate import translate
from bakeryplan.ui.panels import plain_label, plain_tooltip

LINK_WIDTH = 460  # pixels a link's text may take before it is elided
ICON_SIZE = 14


def heading(text: str, parent: QWidget, *, grow: int = 3) -> QLabel:
    """A bold heading ``grow`` points larger than the body text."""
    label = plain_label(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + grow)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def detail(text: str, parent: QWidget) -> QLabel:
    """A wrapped line under an item: figures, dates, who."""
    label = plain_label(text, parent, wrap=True)
    label.setObjectName("homeDetail")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def icon_label(icon: QIcon, parent: QWidget, tooltip: str = "") -> QLabel:
    label = QLabel(parent)
    label.setPixmap(icon.pixmap(QSize(ICON_SIZE, ICON_SIZE)))
    label.setFixedWidth(ICON_SIZE + 4)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
    if tooltip:
        label.setToolTip(plain_tooltip(tooltip))
        label.setAccessibleName(tooltip)
    return label


class ItemLink(QPushButton):
    """A flat button that reads like a link: the item's name; clicking opens the item."""

    def __init__(self, text: str, on_click: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setObjectName("homeLink")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, LINK_WIDTH)
        self.setText(shown.replace("&", "&&"))  # a name's "&" is no shortcut
        self.setAccessibleName(text)
        self.setToolTip(plain_tooltip(text))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda _checked=False: on_click())


class Section(QFrame):
    """A card with a heading, its rows, and a sentence shown while it has none."""

    def __init__(self, title: str, empty_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("homeCard")
        self.title = heading(title, self, grow=2)
        self.empty = plain_label(empty_text, self, wrap=True)
        self.empty.setObjectName("homeDetail")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        self.items: list[QWidget] = []

    def clear(self) -> None:
        for item in self.items:
            self.rows.removeWidget(item)
            item.deleteLater()
        self.items = []
        self.empty.show()

    def add(self, row: QWidget) -> QWidget:
        self.rows.addWidget(row)
        self.items.append(row)
        self.empty.hide()
        return row


def item_row(
    parent: QWidget,
    *,
    lead: QWidget | None,
    link: ItemLink,
    trailing: str = "",
    trailing_colour: QColor | None = None,
    details: tuple[str, ...] = (),
) -> QWidget:
    """One item: an icon or a check box, the link, a word after it, lines below."""
    row = QWidget(parent)
    outer = QHBoxLayout(row)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(8)
    if lead is not None:
        lead.setParent(row)
        outer.addWidget(lead, 0, Qt.AlignmentFlag.AlignTop)
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    top = QHBoxLayout()
    top.setContentsMargins(0, 0, 0, 0)
    top.setSpacing(10)
    link.setParent(row)
    top.addWidget(link)
    if trailing:
        word = plain_label(trailing, row)
        word.setObjectName("homeDetail")
        if trailing_colour is not None:
            word.setStyleSheet(f"color: {trailing_colour.name()}; font-weight: 600;")
        top.addWidget(word)
    top.addStretch(1)
    column.addLayout(top)
    for line in details:
        if line:
            column.addWidget(detail(line, row))
    outer.addLayout(column, 1)
    return row


def done_box(title: str, parent: QWidget, on_done: Callable[[], None]) -> QCheckBox:
    """The box that marks a step done; its accessible name says which step."""
    box = QCheckBox(parent)
    box.setAccessibleName(translate("HomePanel", "Done: {title}").format(title=title))
    box.setToolTip(plain_tooltip(translate("HomePanel", "Mark done: {title}").format(title=title)))
    box.toggled.connect(lambda checked: on_done() if checked else None)
    return box
