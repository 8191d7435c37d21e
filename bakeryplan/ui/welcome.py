"""The first thing a new user sees: try the demo bakery, start a plan, or open one.

Shown on the very first start and whenever the last plan is gone. It only offers; the
opening itself (and every problem with a file) is handled by ``ui.opening``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bakeryplan import APP_NAME
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import translate
from bakeryplan.ui import opening, settings
from bakeryplan.ui.app_icon import app_icon
from bakeryplan.ui.panels import plain_tooltip

PATH_ROLE = Qt.ItemDataRole.UserRole


ARROW_SIZE = 20


def arrow_icon(colour: QColor, size: int = ARROW_SIZE) -> QIcon:
    """A right arrow in ``colour``: the style's own is black, lost on a dark window."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, size / 9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    middle = size / 2
    painter.drawLine(QPointF(size * 0.2, middle), QPointF(size * 0.8, middle))
    painter.drawPolyline(
        [
            QPointF(size * 0.55, size * 0.25),
            QPointF(size * 0.8, middle),
            QPointF(size * 0.55, size * 0.75),
        ]
    )
    painter.end()
    return QIcon(pixmap)


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class WelcomeWindow(QWidget):
    """Three ways in, plus the plans opened before that still exist."""

    document_opened = Signal(object)
    """A PlanDocument the user chose to work on; the receiver shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(translate("WelcomeWindow", "Welcome to {app}").format(app=APP_NAME))
        heading = _plain_label(translate("WelcomeWindow", "Welcome to {app}").format(app=APP_NAME))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = _plain_label(
            translate(
                "WelcomeWindow",
                "Plan your business in plain words: a vision, a few goals with numbers, "
                "owners and dates, and the steps to get there. Everything stays on this "
                "computer, in one file.",
            )
        )
        self.demo_button = QCommandLinkButton(
            translate("WelcomeWindow", "Try the demo bakery"),
            translate(
                "WelcomeWindow",
                "Look around a sample plan for Sunrise Bakery. Change anything you like.",
            ),
        )
        self.new_button = QCommandLinkButton(
            translate("WelcomeWindow", "Start a new plan"),
            translate(
                "WelcomeWindow", "A few questions about your business and team, then your vision."
            ),
        )
        self.open_button = QCommandLinkButton(
            translate("WelcomeWindow", "Open a plan…"),
            translate("WelcomeWindow", "Open a plan file you already have."),
        )
        self._colour_arrows()
        self.recent_label = _plain_label(translate("WelcomeWindow", "Recent plans:"))
        self.recent_list = QListWidget()
        self.recent_list.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        title_row = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(56, 56)))
        logo.setAccessibleName(APP_NAME)
        title_row.addWidget(logo)
        title_row.addSpacing(12)
        title_row.addWidget(heading, 1)
        layout.addLayout(title_row)
        layout.addWidget(intro)
        layout.addSpacing(8)
        for button in (self.demo_button, self.new_button, self.open_button):
            layout.addWidget(button)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list)
        layout.addStretch(1)
        self.demo_button.clicked.connect(self.try_demo)
        self.new_button.clicked.connect(self.start_new_plan)
        self.open_button.clicked.connect(self.open_plan)
        self.recent_list.itemActivated.connect(self._open_recent)
        self._fill_recent()
        self.setMinimumWidth(560)
        self.resize(self.sizeHint())

    def _colour_arrows(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        for button in (self.demo_button, self.new_button, self.open_button):
            button.setIcon(arrow_icon(colour))
            button.setIconSize(QSize(ARROW_SIZE, ARROW_SIZE))

    def changeEvent(self, event: QEvent) -> None:
        """A switch between light and dark redraws the arrows in the new text colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_arrows()

    def _fill_recent(self) -> None:
        self.recent_list.clear()
        for path in settings.recent_files():
            if path.exists():
                item = QListWidgetItem(path.stem)
                item.setToolTip(plain_tooltip(str(path)))  # a file name is not markup
                item.setData(PATH_ROLE, str(path))
                self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)

    def _opened(self, document: PlanDocument | None) -> None:
        if document is not None:
            self.document_opened.emit(document)

    def try_demo(self) -> None:
        self._opened(opening.open_demo_interactive(self))

    def start_new_plan(self) -> None:
        self._opened(opening.new_plan_interactive(self))

    def open_plan(self) -> None:
        self._opened(opening.ask_and_open_plan(self))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self._opened(opening.open_plan_interactive(self, Path(str(item.data(PATH_ROLE)))))
        self._fill_recent()
