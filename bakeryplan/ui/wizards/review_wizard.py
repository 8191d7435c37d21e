"""Plan > Hold a review: what changed since the last review, explanations of what is behind,
decisions, then notes, the rhythm and a summary.

The review is held today. Finish pushes ONE ``HoldReview``: the review with a snapshot of
the plan as the review saw it (before its own decisions change anything, so the next review
names those changes), the explanations, the decisions' steps and targets, the feedback they
answered, and the cadence. One undo takes the whole review back.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bakeryplan.domain.model import (
    Feedback,
    FeedbackStatus,
    Measure,
    Review,
    ReviewCadence,
    ReviewKind,
)
from bakeryplan.domain.review_cadence import CADENCE_OF_KIND, kind_for_next_review
from bakeryplan.domain.review_digest import review_digest
from bakeryplan.domain.snapshot import snapshot_of, standing
from bakeryplan.editing.document import PlanDocument
from bakeryplan.editing.review_commands import HoldReview
from bakeryplan.text.sentences import mid_sentence
from bakeryplan.text.translate import translate
from bakeryplan.ui.panels import format_day
from bakeryplan.ui.widgets import record_forms
from bakeryplan.ui.widgets.keep_typing import AsksBeforeClosing
from bakeryplan.ui.wizards.decisions_page import Decision, DecisionsPage
from bakeryplan.ui.wizards.finish import push_or_explain, run_editing_wizard
from bakeryplan.ui.wizards.labels import plain_label
from bakeryplan.ui.wizards.review_pages import ChangesPage, ExplanationsPage


class FinishPage(QWizardPage):
    """The kind of review, notes, how often to review, and what Finish will keep."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        plan = wizard.plan
        self.setTitle(translate("ReviewWizard", "Notes and the next review"))
        self.setSubTitle(
            translate("ReviewWizard", "Finish keeps the review. Undo takes all of it back.")
        )
        self.kind_combo = QComboBox()
        for label, kind in record_forms.review_kind_options():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(kind_for_next_review(plan, wizard.today))
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("reviewNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.setPlaceholderText(translate("ReviewWizard", "What was said (optional)"))
        self.cadence_combo = QComboBox()
        for label, cadence in record_forms.cadence_options():
            self.cadence_combo.addItem(label, cadence)
        cadence = plan.business.review_cadence
        if cadence is ReviewCadence.NONE:  # suggest the rhythm of the review being held
            cadence = CADENCE_OF_KIND[kind_for_next_review(plan, wizard.today)]
        self.cadence_combo.setCurrentIndex(self.cadence_combo.findData(cadence))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("reviewSummary")
        self.summary.setReadOnly(True)
        form = QFormLayout()
        form.addRow(translate("ReviewWizard", "&Kind of review:"), self.kind_combo)
        form.addRow(translate("ReviewWizard", "&Notes:"), self.notes_edit)
        form.addRow(translate("ReviewWizard", "&Review the plan:"), self.cadence_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(translate("ReviewWizard", "Finish will keep:")))
        layout.addWidget(self.summary, 1)
        self.kind_combo.currentIndexChanged.connect(self.initializePage)
        self.cadence_combo.currentIndexChanged.connect(self.initializePage)

    def initializePage(self) -> None:
        self.summary.setPlainText(self._wizard.summary_text())

    def kind(self) -> ReviewKind:
        return ReviewKind(self.kind_combo.currentData())

    def cadence(self) -> ReviewCadence:
        return ReviewCadence(self.cadence_combo.currentData())


class ReviewWizard(AsksBeforeClosing, QWizard):
    """Collects a review; Finish pushes one HoldReview."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.pushed = False
        self.today = document.today()
        self.plan = document.plan
        self.digest = review_digest(self.plan, self.today)
        self.statuses = standing(self.plan, self.today)
        self.setWindowTitle(translate("ReviewWizard", "Hold a review"))
        self.setObjectName("reviewWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.changes_page = ChangesPage(self)
        self.explanations_page = ExplanationsPage(self)
        self.decisions_page = DecisionsPage(self)
        self.finish_page = FinishPage(self)
        for page in (
            self.changes_page,
            self.explanations_page,
            self.decisions_page,
            self.finish_page,
        ):
            self.addPage(page)
        self.resize(900, 640)

    def decisions(self) -> list[Decision]:
        return list(self.decisions_page.decisions)

    def review(self) -> Review:
        """The review as Finish keeps it, with the snapshot of the plan as it was reviewed."""
        return Review(
            held=self.today,
            kind=self.finish_page.kind(),
            notes=self.finish_page.notes_edit.toPlainText().strip(),
            decisions="\n".join(d.text for d in self.decisions()),
            explanations=self.explanations_page.explanations(),
            snapshot=snapshot_of(self.plan, self.statuses),
        )

    def answered_feedback(self) -> list[Feedback]:
        """Feedback a decision was about: adopted when it became a step, answered with the
        decision (unless it was answered already)."""
        answered: dict[int, Feedback] = {}
        for decision in self.decisions():
            item = next((f for f in self.plan.feedback if f.id == decision.feedback_id), None)
            if item is None:
                continue
            item = answered.get(item.id, item)
            response = item.response or decision.text
            status = FeedbackStatus.ADOPTED if decision.step is not None else item.status
            answered[item.id] = replace(item, response=response, status=status)
        return list(answered.values())

    def summary_text(self) -> str:
        """What Finish will write, in plain words."""
        business = self.plan.business
        review = self.review()
        lines = [
            translate(
                "ReviewWizard", "{kind} of {day}, with a snapshot of the plan as it stands."
            ).format(
                kind=record_forms.review_kind_label(review.kind),
                day=format_day(review.held, business),
            )
        ]
        unexplained = self.explanations_page.unexplained()
        lines.append(
            translate("ReviewWizard", "Explanations: {count}").format(
                count=len(review.explanations)
            )
            + (
                translate("ReviewWizard", " (none yet for: {names})").format(
                    names=", ".join(unexplained)
                )
                if unexplained
                else ""
            )
        )
        decisions = self.decisions()
        lines.append(translate("ReviewWizard", "Decisions: {count}").format(count=len(decisions)))
        lines += [f"  \u2022 {d.text}: {self.decisions_page.becomes(d)}" for d in decisions]
        for item in self.answered_feedback():
            lines.append(
                translate("ReviewWizard", "Feedback answered: {text}").format(
                    text=" ".join(item.text.split())
                )
            )
        cadence = self.finish_page.cadence()
        if cadence is not business.review_cadence:
            lines.append(
                translate("ReviewWizard", "The plan will be reviewed: {how}").format(
                    how=mid_sentence(self.finish_page.cadence_combo.currentText())
                )
            )
        return "\n".join(lines)

    def accept(self) -> None:
        decisions = self.decisions()
        command = HoldReview(
            self.document,
            self.review(),
            steps=[d.step for d in decisions if d.step is not None],
            measures=_last_per_measure(decisions),
            feedback=self.answered_feedback(),
            cadence=self.finish_page.cadence(),
        )
        self.pushed = push_or_explain(self, self.document, command)
        if self.pushed:
            super().accept()


def _last_per_measure(decisions: list[Decision]) -> list[Measure]:
    """One new value per measure: a later decision about the same target wins."""
    changed = {d.measure.id: d.measure for d in decisions if d.measure is not None}
    return list(changed.values())


def run_review_wizard(parent: QWidget | None, document: PlanDocument) -> bool:
    """Run the wizard modally; True when a review was kept."""
    return run_editing_wizard(
        parent,
        document,
        ReviewWizard,
        translate("ReviewWizard", "This plan is open read-only, so a review cannot be kept here."),
    )
