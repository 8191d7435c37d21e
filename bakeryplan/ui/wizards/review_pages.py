"""The review wizard's first two pages: what changed since the last review, then a short
explanation of every measure that is behind or at risk.

The words and figures come from ``reports.review_text`` (figures from ``measure_figures``),
so the wizard reads what ``bakeryplan review-digest``, status and the pack read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from bakeryplan.domain.explanations import latest_explanation, needs_explanation
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import Explanation, GoalStatus
from bakeryplan.reports import review_text
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import health_label, mid_sentence
from bakeryplan.text.translate import translate
from bakeryplan.ui.wizards.labels import plain_label

if TYPE_CHECKING:
    from bakeryplan.ui.wizards.review_wizard import ReviewWizard


class ChangesPage(QWizardPage):
    """Sections of what changed, each with its count; empty sections say "none"."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(translate("ReviewWizard", "What changed since the last review"))
        self.heading = plain_label()
        self.heading.setObjectName("changesHeading")
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewChanges")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("ReviewWizard", "What"),
                translate("ReviewWizard", "Change"),
                translate("ReviewWizard", "Details"),
            ]
        )
        self.tree.setAccessibleName(translate("ReviewWizard", "What changed since the last review"))
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 240)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self._fill()

    def _fill(self) -> None:
        wizard = self._wizard
        plan, digest = wizard.plan, wizard.digest
        if digest is None:
            self.setSubTitle(translate("ReviewWizard", "This is the plan's first review."))
            self.heading.setText(
                translate(
                    "ReviewWizard",
                    "Where each measure stands today. Next time this page shows what changed.",
                )
            )
            self._section(
                translate("ReviewWizard", "Measures"),
                [
                    review_text.Line(
                        s.measure.name, health_label(s.health), review_text.figures_text(plan, s)
                    )
                    for s in wizard.statuses
                ],
                translate("ReviewWizard", "none yet"),
            )
            return
        self.setSubTitle(
            translate("ReviewWizard", "Look at what happened, and at what was changed in the plan.")
        )
        since = review_text.since_sentence(digest, plan.business)
        self.heading.setText(since[:1].upper() + since[1:] + ".")
        known = (
            translate("ReviewWizard", "none")
            if digest.has_snapshot
            else translate("ReviewWizard", "not known: no snapshot last time")
        )
        sections = [
            (
                translate("ReviewWizard", "Measures whose health changed"),
                review_text.health_lines(plan, digest),
                None,
            ),
            (
                translate("ReviewWizard", "Changes to the plan"),
                [review_text.plan_change_line(c, plan.business) for c in digest.plan_changes],
                known,
            ),
            (
                translate("ReviewWizard", "Steps done"),
                [review_text.step_line(plan, s, done=True) for s in digest.steps_done],
                None,
            ),
            (
                translate("ReviewWizard", "Steps newly overdue"),
                [review_text.step_line(plan, s) for s in digest.newly_overdue],
                None,
            ),
            (
                translate("ReviewWizard", "Feedback received"),
                [_feedback_row(review_text.feedback_line(plan, f)) for f in digest.new_feedback],
                None,
            ),
        ]
        for title, lines, empty in sections:
            self._section(title, lines, empty or translate("ReviewWizard", "none"))
        decided = review_text.decision_lines(digest.review.decisions)
        self._section(
            translate("ReviewWizard", "Decided at the last review"),
            [review_text.Line(text, "") for text in decided],
            translate("ReviewWizard", "nothing written down"),
            spanned=True,
        )

    def _section(
        self, title: str, lines: list[review_text.Line], empty: str, *, spanned: bool = False
    ) -> None:
        heading = f"{title} ({len(lines)})" if lines else f"{title}: {empty}"
        section = QTreeWidgetItem([heading])
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        self.tree.addTopLevelItem(section)
        section.setFirstColumnSpanned(True)  # only once in the tree
        for line in lines:
            item = QTreeWidgetItem([line.name, line.short, line.detail])
            section.addChild(item)
            item.setFirstColumnSpanned(spanned)
        section.setExpanded(True)

    def texts(self) -> list[str]:
        """Every row as shown: section headings and "name | change | details"."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(index)
            if section is None:  # only past topLevelItemCount()
                continue
            rows.append(section.text(0))
            for child in range(section.childCount()):
                item = section.child(child)
                if item is not None:
                    rows.append(" | ".join(item.text(c) for c in range(3)))
        return rows


def _feedback_row(line: review_text.Line) -> review_text.Line:
    """Who, then source and day, then the words: the words get the widest column."""
    return review_text.Line(line.name, line.detail, line.short)


class ExplanationsPage(QWizardPage):
    """One line to type for each measure behind or at risk, with its figures and what was
    said about it last time."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("ReviewWizard", "Why are these measures behind?"))
        active = {g.id for g in wizard.plan.goals if g.status is GoalStatus.ACTIVE}
        self.needing = [  # a done or dropped goal's measures need no reason any more
            s
            for s in wizard.statuses
            if needs_explanation(s.health) and s.measure.goal_id in active
        ]
        self.edits: dict[int, QLineEdit] = {}
        layout = QVBoxLayout(self)
        if not self.needing:
            self.setSubTitle(
                translate("ReviewWizard", "Every measure is on track, achieved or not started yet.")
            )
            layout.addWidget(
                plain_label(
                    translate(
                        "ReviewWizard", "No measure is behind or at risk: nothing to explain."
                    )
                )
            )
            layout.addStretch(1)
            return
        self.setSubTitle(
            translate(
                "ReviewWizard",
                "A sentence for each is enough. The progress pack prints it beside the measure.",
            )
        )
        body = QWidget()
        column = QVBoxLayout(body)
        for status in self.needing:
            column.addWidget(self._group(wizard, status))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

    def _group(self, wizard: ReviewWizard, status: MeasureStatus) -> QGroupBox:
        plan, m = wizard.plan, status.measure
        box = QGroupBox(m.name.replace("&", "&&"))  # "&" would be read as a shortcut
        form = QFormLayout(box)
        figures = review_text.figures_text(plan, status)
        form.addRow(
            translate("ReviewWizard", "Health:"),
            plain_label(f"{health_label(status.health)}: {figures}"),
        )
        said = latest_explanation(plan.reviews, m.id, wizard.today)
        if said is not None:
            when = formatter_for(plan.business).date(said.held)
            form.addRow(
                translate("ReviewWizard", "Last time:"), plain_label(f"{when}: {said.text}")
            )
        edit = QLineEdit()
        edit.setObjectName(f"explanation-{m.id}")
        edit.setAccessibleName(
            translate("ReviewWizard", "Why {name} is {health}").format(
                name=m.name, health=mid_sentence(health_label(status.health))
            )
        )
        edit.setPlaceholderText(
            translate("ReviewWizard", "Why? e.g. two wet Saturdays, the oven was down")
        )
        form.addRow(translate("ReviewWizard", "Why:"), edit)
        self.edits[m.id] = edit
        return box

    def explanation_edit(self, measure_id: int) -> QLineEdit:
        return self.edits[measure_id]

    def explanations(self) -> tuple[Explanation, ...]:
        """What was typed, in the order asked; measures left blank are left out."""
        return tuple(
            Explanation(s.measure.id, " ".join(self.edits[s.measure.id].text().split()))
            for s in self.needing
            if self.edits[s.measure.id].text().strip()
        )

    def unexplained(self) -> list[str]:
        return [s.measure.name for s in self.needing if not self.edits[s.measure.id].text().strip()]
