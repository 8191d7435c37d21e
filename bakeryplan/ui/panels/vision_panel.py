"""Vision: the current statement in large type, why it matters, and earlier revisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import VisionRevision
from bakeryplan.editing.change_notice import ChangeKind
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.change_follower import ChangeFollower
from bakeryplan.ui.panels import format_day, make_button, plain_label


class VisionPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document

        self.heading = plain_label(translate("VisionPanel", "Our vision"), self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.1)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.statement = plain_label("", self, wrap=True)
        statement_font = QFont(self.font())
        statement_font.setPointSizeF(statement_font.pointSizeF() * 1.7)
        self.statement.setFont(statement_font)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement.setAccessibleName(translate("VisionPanel", "Vision statement"))
        self.why = plain_label("", self, wrap=True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dated = plain_label("", self)
        self.revise_button = make_button(translate("VisionPanel", "&Revise with wizard…"), self)
        self.revise_button.clicked.connect(self.revise)

        card = QFrame(self)
        card.setObjectName("visionCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.Base)
        card.setAutoFillBackground(True)
        card.setMaximumWidth(980)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 22, 28, 22)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.statement)
        card_layout.addWidget(self.why)
        bottom = QHBoxLayout()
        bottom.addWidget(self.dated, 1)
        bottom.addWidget(self.revise_button)
        card_layout.addLayout(bottom)
        centred = _centred(card)

        self.revisions = QListWidget(self)
        self.revisions.setAccessibleName(translate("VisionPanel", "Earlier revisions"))
        self.revisions.setMaximumWidth(260)
        self.revisions.currentItemChanged.connect(self._show_revision)
        self.revision_text = QPlainTextEdit(self)
        self.revision_text.setReadOnly(True)
        self.revision_text.setAccessibleName(
            translate("VisionPanel", "Text of the selected revision")
        )
        history = QWidget(self)
        history.setMaximumWidth(980)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_title = plain_label(translate("VisionPanel", "Earlier revisions"), history)
        history_title.setFont(heading_font)
        self.revisions.setMaximumHeight(240)
        self.revision_text.setMaximumHeight(240)
        columns = QHBoxLayout()
        columns.addWidget(self.revisions, 1)
        columns.addWidget(self.revision_text, 3)
        history_layout.addWidget(history_title)
        history_layout.addLayout(columns)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addSpacing(8)
        layout.addLayout(centred)
        layout.addSpacing(16)
        layout.addLayout(_centred(history))
        layout.addStretch(1)

        self.follower = ChangeFollower(
            self, document, {ChangeKind.VISION, ChangeKind.BUSINESS},
            lambda _notice: self.refresh(),
        )  # fmt: skip
        self.refresh()

    def refresh(self) -> None:
        plan = self.document.plan
        vision = plan.vision
        if vision is None:
            self.statement.setText(translate("VisionPanel", "No vision yet."))
            self.why.setText(
                translate(
                    "VisionPanel",
                    "Write in a few plain sentences where the business is going and why.",
                )
            )
            self.dated.setText("")
            self.revise_button.setText(translate("VisionPanel", "&Write with wizard…"))
        else:
            self.statement.setText(vision.text)
            self.why.setText(
                translate("VisionPanel", "Why it matters: {why}").format(why=vision.why)
                if vision.why
                else ""
            )
            self.why.setVisible(bool(vision.why))
            self.dated.setText(
                translate("VisionPanel", "Written {day}").format(
                    day=format_day(vision.created.date(), plan.business, "long")
                )
            )
            self.revise_button.setText(translate("VisionPanel", "&Revise with wizard…"))
        self.revise_button.setEnabled(not self.document.read_only)
        self.revisions.clear()
        for revision in reversed(plan.visions[:-1]):
            item = QListWidgetItem(format_day(revision.created.date(), plan.business))
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.revisions.addItem(item)
        if self.revisions.count() == 0:
            placeholder = QListWidgetItem(translate("VisionPanel", "None yet"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.revisions.addItem(placeholder)
            self.revision_text.setPlainText("")
        else:
            self.revisions.setCurrentRow(0)

    def _show_revision(self, item: QListWidgetItem | None) -> None:
        revision = self._revision(item.data(Qt.ItemDataRole.UserRole) if item else None)
        if revision is None:
            self.revision_text.setPlainText("")
            return
        text = revision.text
        if revision.why:
            text += "\n\n" + translate("VisionPanel", "Why it matters: {why}").format(
                why=revision.why
            )
        self.revision_text.setPlainText(text)

    def _revision(self, revision_id: int | None) -> VisionRevision | None:
        return next((v for v in self.document.plan.visions if v.id == revision_id), None)

    def revise(self) -> None:
        try:
            from bakeryplan.ui.wizards.vision_wizard import run_vision_wizard
        except ImportError:
            dialogs.show_error(
                self,
                translate("VisionPanel", "Vision"),
                translate("VisionPanel", "The vision wizard is not available."),
            )
            return
        run_vision_wizard(self.window(), self.document)


def _centred(widget: QWidget) -> QHBoxLayout:
    """A row that keeps ``widget`` (with a maximum width) in the middle of wide windows."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 20)
    row.addStretch(1)
    return row
