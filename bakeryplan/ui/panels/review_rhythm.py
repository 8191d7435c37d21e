"""The plan's rhythm on the Reviews tab: how often it is reviewed, and when the next is due.

Changing the choice is an undoable edit of the business, like Business details.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from bakeryplan.domain.model import ReviewCadence
from bakeryplan.domain.review_cadence import review_due
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui.panels import format_day, plain_label
from bakeryplan.ui.widgets.record_forms import cadence_options


def due_text(document: PlanDocument) -> str:
    """ "Next review due 7 Dec 2026", "The review is 3 days overdue (due 4 Dec 2026)"."""
    plan = document.plan
    rhythm = review_due(plan, document.today())
    if rhythm.cadence is ReviewCadence.NONE:
        return translate("ReviewRhythm", "No rhythm set: nothing is ever due.")
    if rhythm.due is None:
        return translate("ReviewRhythm", "No review held yet: hold the first one.")
    day = format_day(rhythm.due, plan.business)
    late = rhythm.days_overdue
    if late:
        return translate(
            "ReviewRhythm", "The next review is %n day(s) overdue (due {day}).", None, PLURAL, late
        ).format(day=day)
    return translate("ReviewRhythm", "Next review due {day}.").format(day=day)


class RhythmBar(QWidget):
    """ "Review the plan: [Every month]  Next review due 7 Dec 2026." """

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.combo = QComboBox(self)
        for label, cadence in cadence_options():
            self.combo.addItem(label, cadence)
        self.combo.setAccessibleName(translate("ReviewRhythm", "How often the plan is reviewed"))
        self.combo.activated.connect(self._picked)
        caption = QLabel(translate("ReviewRhythm", "Re&view the plan:"), self)
        caption.setBuddy(self.combo)
        self.due_label = plain_label("", self)
        self.due_label.setObjectName("reviewDue")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.due_label, 1)
        self.refresh()

    def refresh(self) -> None:
        business = self.document.plan.business
        self.combo.setCurrentIndex(self.combo.findData(business.review_cadence))
        self.combo.setEnabled(not self.document.read_only)
        self.due_label.setText(due_text(self.document))

    def _picked(self, index: int) -> None:
        cadence = ReviewCadence(self.combo.itemData(index))
        business = self.document.plan.business
        if cadence is not business.review_cadence and not self.document.read_only:
            changed = replace(business, review_cadence=cadence)
            self.document.push(commands.SetBusiness(self.document, changed))
