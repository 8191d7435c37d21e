"""Reviews: the huddles and monthly or quarterly reviews held about the plan.

Hold a review walks through what changed (the review wizard); Add review keeps a quick note
of one. Above the list: how often the plan is reviewed, when the next review is due, and
one line on what changed since the last one. Below it, the selected review's notes,
decisions, and what it kept: explanations and what its snapshot shows changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import Business, Review
from bakeryplan.domain.review_digest import ReviewDigest, review_digest
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.change_follower import EVERY_KIND, ChangeFollower
from bakeryplan.ui.panels import (
    KIND_ROLE,
    button_row,
    format_day,
    make_button,
    plain_label,
    plain_tooltip,
    record_table,
    select_record,
    selected_record_id,
)
from bakeryplan.ui.panels.review_rhythm import RhythmBar
from bakeryplan.ui.widgets import record_forms

HELD, KIND, NOTES, DECISIONS = range(4)


def first_line(text: str) -> str:
    """The first non-empty line: what fits in a table cell."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def digest_text(digest: ReviewDigest | None, business: Business) -> str:
    """The one line shown above the list of reviews."""
    if digest is None:
        return translate("ReviewsPanel", "No review held yet.")
    measures, edits = len(digest.changed_measures), len(digest.plan_changes)
    actuals, steps = digest.actuals_recorded, len(digest.steps_done)
    overdue, feedback = len(digest.newly_overdue), len(digest.new_feedback)
    counts = [
        translate("ReviewsPanel", "%n measure(s) changed health", None, PLURAL, measures),
        translate("ReviewsPanel", "%n change(s) to the plan", None, PLURAL, edits),
        translate("ReviewsPanel", "%n actual(s) recorded", None, PLURAL, actuals),
        translate("ReviewsPanel", "%n step(s) done", None, PLURAL, steps),
        translate("ReviewsPanel", "%n newly overdue", None, PLURAL, overdue),
        translate("ReviewsPanel", "%n new feedback", None, PLURAL, feedback),
    ]
    if not digest.has_snapshot:
        del counts[1]  # unknown without a snapshot
    changes = ", ".join(counts)
    return translate("ReviewsPanel", "Since the last review ({day}): {changes}").format(
        day=format_day(digest.since, business), changes=changes
    )


class ReviewsPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.digest_label = plain_label("", self, wrap=True)
        self.digest_label.setAccessibleName(
            translate("ReviewsPanel", "What changed since the last review")
        )
        self.table = record_table(
            self,
            [
                translate("ReviewsPanel", "Held"),
                translate("ReviewsPanel", "Kind"),
                translate("ReviewsPanel", "Notes"),
                translate("ReviewsPanel", "Decisions"),
            ],
            translate("ReviewsPanel", "Reviews"),
            stretch=(NOTES, DECISIONS),
            empty_text=translate(
                "ReviewsPanel",
                "No review yet. After a huddle or a monthly look at the plan, use Add review "
                "to keep what was said and decided.",
            ),
        )
        self.table.itemActivated.connect(lambda *_: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.notes = self._reader(translate("ReviewsPanel", "Notes of the selected review"))
        self.decisions = self._reader(translate("ReviewsPanel", "Decisions of the selected review"))
        self.kept = self._reader(translate("ReviewsPanel", "What the selected review kept"))
        details = QWidget(self)
        columns = QHBoxLayout(details)
        columns.setContentsMargins(0, 0, 0, 0)
        for heading, reader in (
            (translate("ReviewsPanel", "Notes"), self.notes),
            (translate("ReviewsPanel", "Decisions"), self.decisions),
            (translate("ReviewsPanel", "Explanations and changes"), self.kept),
        ):
            column = QVBoxLayout()
            column.addWidget(plain_label(heading, details))
            column.addWidget(reader, 1)
            columns.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.hold_button = make_button(
            translate("ReviewsPanel", "&Hold a review…"),
            self,
            tooltip=translate(
                "ReviewsPanel", "What changed, explanations, decisions: kept with a snapshot"
            ),
        )
        self.add_button = make_button(translate("ReviewsPanel", "&Add review…"), self)
        self.edit_button = make_button(translate("ReviewsPanel", "Ed&it…"), self)
        self.delete_button = make_button(translate("ReviewsPanel", "&Delete"), self)
        self.rhythm = RhythmBar(document, self)
        self.hold_button.clicked.connect(self.hold_review)
        self.add_button.clicked.connect(self.add_review)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(self.hold_button, self.add_button, self.edit_button, self.delete_button)
        )
        layout.addWidget(self.rhythm)
        layout.addWidget(self.digest_label)
        layout.addWidget(splitter, 1)
        # The digest speaks of every kind of record: kept up to date while on screen.
        self.follower = ChangeFollower(
            self, document, EVERY_KIND, lambda _notice: self.refresh(), refresh=self.refresh
        )
        document.selection_requested.connect(self.select)
        self.refresh()
        from bakeryplan.ui.panels.empty_states import reviews_cover  # while none is listed

        self.empty_state = reviews_cover(self, self.table)

    def _reader(self, name: str) -> QPlainTextEdit:
        reader = QPlainTextEdit(self)
        reader.setReadOnly(True)
        reader.setAccessibleName(name)
        reader.setPlaceholderText(
            translate("ReviewsPanel", "Pick a review in the list to read it here.")
        )
        return reader

    def refresh(self) -> None:
        keep = self.selected_id()
        plan = self.document.plan
        self.rhythm.refresh()
        self.digest_label.setText(
            digest_text(review_digest(plan, self.document.today()), plan.business)
        )
        items = sorted(plan.reviews, key=lambda r: (r.held, r.id), reverse=True)
        self.table.setRowCount(len(items))
        for row, review in enumerate(items):
            cells = [
                format_day(review.held, plan.business),
                record_forms.review_kind_label(review.kind),
                first_line(review.notes),
                first_line(review.decisions),
            ]
            row_items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(row_items):
                item.setData(KIND_ROLE, ("review", review.id))
                self.table.setItem(row, column, item)
            for column, full in ((NOTES, review.notes), (DECISIONS, review.decisions)):
                if full:
                    row_items[column].setToolTip(plain_tooltip(full))
        if (keep is None or not self.select("review", keep)) and items:
            self.select("review", items[0].id)  # the newest review is the one usually read
        self._selection_changed()

    def selected_id(self) -> int | None:
        return selected_record_id(self.table)

    def selected_review(self) -> Review | None:
        item_id = self.selected_id()
        return next((r for r in self.document.plan.reviews if r.id == item_id), None)

    def select(self, kind: str, item_id: int) -> bool:
        return kind == "review" and select_record(self.table, item_id)

    def _selection_changed(self) -> None:
        review = self.selected_review()
        self.notes.setPlainText(review.notes if review else "")
        self.decisions.setPlainText(review.decisions if review else "")
        self.kept.setPlainText(self._kept_text(review) if review else "")
        writable = not self.document.read_only
        self.hold_button.setEnabled(writable)
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(writable and review is not None)

    def _kept_text(self, review: Review) -> str:
        """Explanations and changes, worded as the review wizard and the pack word them."""
        from bakeryplan.reports.review_text import review_record_lines  # babel: only here

        plan = self.document.plan
        return "\n".join(review_record_lines(plan, plan.reviews, review))

    def hold_review(self) -> None:
        """The review wizard; the review it keeps is selected afterwards."""
        from bakeryplan.ui.wizards.review_wizard import run_review_wizard

        if run_review_wizard(self, self.document) and self.document.plan.reviews:
            newest = max(self.document.plan.reviews, key=lambda r: r.id)
            self.select("review", newest.id)

    def add_review(self) -> None:
        if self.document.read_only:
            return
        new = record_forms.ask_review(self, self.document.plan, None, today=self.document.today())
        if new is not None:
            command = commands.AddReview(self.document, new)
            if self.document.push(command):
                self.select("review", command.item.id)

    def edit_selected(self) -> None:
        review = self.selected_review()
        if review is None or self.document.read_only:
            return
        edited = record_forms.ask_review(
            self, self.document.plan, review, today=self.document.today()
        )
        if edited is not None and edited != review:
            self.document.push(commands.EditReview(self.document, edited))

    def delete_selected(self) -> None:
        review = self.selected_review()
        if review is None or self.document.read_only:
            return
        text = translate(
            "ReviewsPanel", "Delete the review held on {day}? You can undo this."
        ).format(day=format_day(review.held, self.document.plan.business))
        if dialogs.confirm(self, translate("ReviewsPanel", "Delete review"), text):
            self.document.push(commands.DeleteReview(self.document, review.id))
