"""This week: the first tab, what needs the owner now, each item a way to where it is edited.

The page lists what ``domain.attention.needs_attention`` finds, in its order: measures
behind or at risk with their figure and forecast, steps overdue and due this week (a box
marks one done, one undoable edit), feedback waiting for an answer, the next review, the
latest entries, and the gaps in the plan ("Needs attention"). Clicking an item asks,
through the document, that the tab showing it selects it; the main window brings that tab
to the front. The figures need the report formatter, so the page is filled once the window
is on screen, never before its first paint.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import Perspective, ReviewCadence
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.review_due import next_review_sentence
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui.after_first_paint import after_first_paint
from bakeryplan.ui.change_follower import EVERY_KIND, ChangeFollower
from bakeryplan.ui.panels import format_amount, format_day, make_button, plain_label
from bakeryplan.ui.panels.home_rows import (
    ItemLink,
    Section,
    detail,
    done_box,
    heading,
    icon_label,
    item_row,
)

if TYPE_CHECKING:
    from bakeryplan.domain.alignment import Finding
    from bakeryplan.domain.attention import Attention
    from bakeryplan.domain.measure_status import MeasureStatus
    from bakeryplan.domain.model import Plan, Step


def subject_key(finding: Finding) -> tuple[str, int]:
    """(kind, id) for ``selection_requested``; perspectives go by their position."""
    subject = finding.subject
    if subject.kind == "perspective":
        names = [p.value for p in Perspective]
        return ("perspective", names.index(subject.name) if subject.name in names else 0)
    return (subject.kind, subject.id or 0)


class HomePanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.attention: Attention | None = None
        self._waiting_for_window = False
        self.setObjectName("homePage")

        self.title = heading(translate("HomePanel", "This week"), self, grow=8)
        self.subtitle = plain_label("", self)
        self.subtitle.setObjectName("homeDetail")
        self.record_button = make_button(translate("HomePanel", "&Record today's figures"), self)
        self.print_button = make_button(translate("HomePanel", "Print huddle &sheet…"), self)
        self.import_button = make_button(translate("HomePanel", "I&mport actuals…"), self)
        self.record_button.clicked.connect(self.record_figures)
        self.print_button.clicked.connect(self.print_huddle_sheet)
        self.import_button.clicked.connect(self.import_actuals)
        self.record_button.setDefault(False)

        self.measures = Section(
            translate("HomePanel", "Numbers behind plan"),
            translate("HomePanel", "Every number is on track or has not started yet."),
            self,
        )
        self.steps = Section(
            translate("HomePanel", "Steps due this week or late"),
            translate("HomePanel", "No step is due this week and none is late."),
            self,
        )
        self.feedback = Section(
            translate("HomePanel", "Feedback waiting for an answer"),
            translate("HomePanel", "All feedback has an answer."),
            self,
        )
        self.review = Section(translate("HomePanel", "Next review"), "", self)
        self.latest = Section(
            translate("HomePanel", "Latest entries"),
            translate(
                "HomePanel", "No figures recorded yet. Record today's figures to see progress."
            ),
            self,
        )
        self.findings = Section(
            translate("HomePanel", "Needs attention"),
            translate(
                "HomePanel",
                "Nothing to fix: every goal has an owner, a date and a way to measure it.",
            ),
            self,
        )
        self.sections = {
            "measures": self.measures,
            "steps": self.steps,
            "feedback": self.feedback,
            "review": self.review,
            "latest": self.latest,
            "findings": self.findings,
        }

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for button in (self.record_button, self.print_button, self.import_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

        body = QWidget(self)
        body.setObjectName("homeBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(18)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, parts in ((left, (self.measures, self.steps)), (right, ())):
            column.setSpacing(18)
            for part in parts:
                column.addWidget(part)
        for part in (self.feedback, self.review, self.latest):
            right.addWidget(part)
        left.addWidget(self.findings)
        left.addStretch(1)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self._style()
        # It shows a bit of everything: every kind of change, once shown again if hidden.
        self.follower = ChangeFollower(
            self,
            document,
            EVERY_KIND,
            lambda _notice: self._schedule_refresh(),
            refresh=self._schedule_refresh,
        )
        self._refresh_scheduled = False

    # --- showing -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.attention is None and not self._waiting_for_window:
            self._waiting_for_window = True
            after_first_paint(self.window(), self.refresh)

    def changeEvent(self, event: QEvent) -> None:
        """New colours for the cards and health shapes when light/dark switches."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style()
            if self.attention is not None:
                self._schedule_refresh()

    def _style(self) -> None:
        from bakeryplan.ui.panels.home_style import home_style_sheet

        self.setStyleSheet(home_style_sheet(self.palette()))

    def _schedule_refresh(self) -> None:
        """Once per burst of edits, and never inside the signal of a box being rebuilt."""
        if not self._refresh_scheduled:
            self._refresh_scheduled = True
            QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        from bakeryplan.domain.attention import needs_attention

        self._refresh_scheduled = False
        document = self.document
        if document.is_closed:
            return
        plan, on = document.plan, document.today()
        self.attention = attention = needs_attention(plan, on)
        self.subtitle.setText(
            translate("HomePanel", "{today} · week of {week}").format(
                today=format_day(on, plan.business, "long"),
                week=format_day(attention.week.start, plan.business, "day_month"),
            )
        )
        for section in self.sections.values():
            section.clear()
        self._fill_measures(plan, attention.measures)
        self._fill_steps(plan, on, attention)
        self._fill_feedback(plan, attention)
        self._fill_review(plan, attention)
        self._fill_latest(plan, attention)
        self._fill_findings(attention.findings)
        has_measures = any(m for m in plan.measures)
        self.record_button.setEnabled(has_measures and not document.read_only)
        self.import_button.setEnabled(has_measures and not document.read_only)
        self.print_button.setEnabled(has_measures)

    def _go(self, kind: str, item_id: int) -> None:
        self.document.selection_requested.emit(kind, item_id)

    def _fill_measures(self, plan: Plan, statuses: tuple[MeasureStatus, ...]) -> None:
        from bakeryplan.reports.measure_figures import judged_figures
        from bakeryplan.text.formatter import formatter_for
        from bakeryplan.text.sentences import forecast_sentence
        from bakeryplan.ui.theme import health_colour, health_icon, health_text

        for status in statuses:
            m = status.measure
            goal = plan.goal(m.goal_id)
            name = f"{m.name} — {goal.title}" if goal is not None else m.name
            figures = judged_figures(plan, status)
            figure = translate(
                "HomePanel", "{label}: {actual} against {planned} planned ({difference})"
            ).format(
                label=figures.label,
                actual=figures.actual,
                planned=figures.planned,
                difference=figures.difference,
            )
            sentence = (
                forecast_sentence(formatter_for(plan.business), m, status.forecast)
                if status.forecast is not None
                else ""
            )
            word = health_text(status.health)
            self.measures.add(
                item_row(
                    self.measures,
                    lead=icon_label(health_icon(status.health), self, word),
                    link=ItemLink(name, partial(self._go, "measure", m.id), self),
                    trailing=word,
                    trailing_colour=health_colour(status.health),
                    details=(figure, sentence),
                )
            )

    def _fill_steps(self, plan: Plan, on: date, attention: Attention) -> None:
        for step in (*attention.overdue_steps, *attention.week_steps):
            self.steps.add(self._step_row(plan, on, step))

    def _step_row(self, plan: Plan, on: date, step: Step) -> QWidget:
        business = plan.business
        due = step.due or on
        late = (on - due).days
        if due < on:
            when = translate("HomePanel", "%n day(s) late (due {day})", None, PLURAL, late).format(
                day=format_day(due, business)
            )
        elif due == on:
            when = translate("HomePanel", "due today")
        else:
            when = translate("HomePanel", "due {day}").format(day=format_day(due, business, "long"))
        owner = plan.person(step.owner_id)
        goal = plan.goal(step.goal_id)
        parts = [when, owner.name if owner else translate("HomePanel", "nobody owns it yet")]
        if goal is not None:
            parts.append(translate("HomePanel", "for “{goal}”").format(goal=goal.title))
        box = done_box(step.title, self, partial(self._mark_done, step.id))
        box.setEnabled(not self.document.read_only)
        return item_row(
            self.steps,
            lead=box,
            link=ItemLink(step.title, partial(self._go, "step", step.id), self),
            details=(" · ".join(parts),),
        )

    def _mark_done(self, step_id: int) -> None:
        """Done today: one undoable edit, made after the box's own signal has returned."""
        QTimer.singleShot(0, self, partial(self._push_done, step_id))

    def _push_done(self, step_id: int) -> None:
        from bakeryplan.editing import commands

        document = self.document
        step = next((s for s in document.plan.steps if s.id == step_id), None)
        if step is None or step.done is not None:
            return
        document.push(commands.EditStep(document, replace(step, done=document.today())))

    def _fill_feedback(self, plan: Plan, attention: Attention) -> None:
        from bakeryplan.ui.widgets.record_forms import feedback_source_label  # forms: later

        on = attention.on
        for item in attention.waiting_feedback:
            first = " ".join(item.text.split()) or translate("HomePanel", "(no text)")
            source = feedback_source_label(item.source)
            who = f"{item.from_name} ({source})" if item.from_name.strip() else source
            waited = (on - item.received).days
            line = translate(
                "HomePanel", "{who}, {day} · waiting %n day(s)", None, PLURAL, waited
            ).format(who=who, day=format_day(item.received, plan.business))
            self.feedback.add(
                item_row(
                    self.feedback,
                    lead=None,
                    link=ItemLink(first, partial(self._go, "feedback", item.id), self),
                    details=(line,),
                )
            )

    def _fill_review(self, plan: Plan, attention: Attention) -> None:
        rhythm = attention.review
        business = plan.business
        if rhythm.due is not None or (
            rhythm.last is None and rhythm.cadence is not ReviewCadence.NONE
        ):
            days_left = (rhythm.due - attention.on).days if rhythm.due is not None else 0
            text = next_review_sentence(rhythm.cadence, rhythm.due, rhythm.days_overdue, days_left)
            if rhythm.due is not None:
                text = text.format(day=format_day(rhythm.due, business, "long"))
        else:
            text = translate(
                "HomePanel",
                "No regular review is set. Looking at the plan together, every month say, "
                "keeps it alive.",
            )
        row = QWidget(self.review)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(detail(text, row))
        if rhythm.last is not None:
            last = translate("HomePanel", "Last review: {day}").format(
                day=format_day(rhythm.last.held, business, "long")
            )
            link = ItemLink(last, partial(self._go, "review", rhythm.last.id), row)
            layout.addWidget(link)
        self.hold_button = QPushButton(translate("HomePanel", "Hold a re&view…"), row)
        self.hold_button.setAccessibleName(translate("HomePanel", "Hold a review"))
        self.hold_button.setEnabled(not self.document.read_only)
        self.hold_button.clicked.connect(self.hold_review)
        layout.addWidget(self.hold_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.review.add(row)

    def _fill_latest(self, plan: Plan, attention: Attention) -> None:
        for entry in attention.latest:
            m = plan.measure(entry.measure_id)
            if m is None:
                continue
            value = format_amount(entry.value, m.unit, plan.business)
            text = f"{m.name}: {value}"
            self.latest.add(
                item_row(
                    self.latest,
                    lead=None,
                    link=ItemLink(text, partial(self._go, "actuals", m.id), self),
                    trailing=format_day(entry.on, plan.business),
                )
            )

    def _fill_findings(self, findings: tuple[Finding, ...]) -> None:
        from bakeryplan.text.findings import finding_sentence
        from bakeryplan.text.formatter import formatter_for
        from bakeryplan.ui.theme import severity_icon

        fmt = formatter_for(self.document.plan.business)
        words = {
            "warning": translate("HomePanel", "Fix this"),
            "info": translate("HomePanel", "Worth a look"),
        }
        for finding in findings:
            kind, item_id = subject_key(finding)
            row = QWidget(self.findings)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            line.addWidget(
                icon_label(severity_icon(finding.severity), row, words[finding.severity]),
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            sentence = finding_sentence(fmt, finding)
            line.addWidget(detail(sentence, row), 1)
            show = ItemLink(translate("HomePanel", "Show"), partial(self._go, kind, item_id), row)
            show.setAccessibleName(
                translate("HomePanel", "Show: {finding}").format(finding=sentence)
            )
            line.addWidget(show, 0, Qt.AlignmentFlag.AlignTop)
            self.findings.add(row)

    # --- actions at hand ---------------------------------------------------------------

    def record_figures(self) -> None:
        """The Actuals tab, on the measure most behind (else the first), cursor in its new row."""
        plan = self.document.plan
        behind = self.attention.measures if self.attention is not None else ()
        measure_id = behind[0].measure.id if behind else None
        if measure_id is None and plan.measures:
            measure_id = plan.measures[0].id
        if measure_id is not None:
            self._go("actuals", measure_id)

    def print_huddle_sheet(self) -> None:
        from bakeryplan.ui.checkin_printing import print_checkin_interactive

        print_checkin_interactive(self.window(), self.document)

    def import_actuals(self) -> None:
        from bakeryplan.ui.wizards.import_wizard import run_import_wizard

        run_import_wizard(self.window(), self.document, None)

    def hold_review(self) -> None:
        from bakeryplan.ui.wizards.review_wizard import run_review_wizard

        run_review_wizard(self.window(), self.document)
