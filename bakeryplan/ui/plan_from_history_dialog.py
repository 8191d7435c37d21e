"""The "Plan from last year" dialog: choose the year, the change and how days match, see
last year against the new plan, and only then write it.

Nothing is written here: the dialog hands back the measure with its new curve, and the
caller pushes one undoable command. The preview is worked out again shortly after each
change (``domain.plan_from_history``); a refusal is shown in words and OK stays disabled.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.model import Alignment, Business, Counting, Measure, Plan
from bakeryplan.domain.plan_from_history import (
    DerivedPlan,
    GapChoice,
    HistoryRequest,
    IncompleteHistory,
    MonthFigures,
    PlanRefusal,
    change_words,
    derive_plan,
    refusal,
    suggested_year_ending,
)
from bakeryplan.text.formatter import Formatter, formatter_for
from bakeryplan.text.history_notes import (
    gap_sentences,
    holiday_name,
    holiday_note_sentence,
    refusal_sentence,
)
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui.widgets.date_text import plan_locale
from bakeryplan.ui.widgets.history_chart import ChartPeriod, HistoryChart
from bakeryplan.ui.widgets.keep_typing import AsksBeforeClosing
from bakeryplan.ui.widgets.problem_label import ProblemLabel
from bakeryplan.ui.wizards.measure_editor import date_edit, value_spin
from bakeryplan.ui.wizards.people_picker import from_qdate

REFRESH_MS = 120
MOVED_SHOWN = 6
NO_VALUE = "\u2013"  # an en dash: nothing recorded
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _or_none(value: float | None, unit: str, business: Business) -> str:
    return NO_VALUE if value is None else formatter_for(business).value(value, unit)


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PlanFromHistoryDialog(AsksBeforeClosing, QDialog):
    """Derives a measure's next year from a year of entries; ``derived_measure`` once accepted."""

    def __init__(
        self, plan: Plan, measure: Measure, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan, self.measure, self.today = plan, measure, today
        self.derived: DerivedPlan | None = None
        self.derived_measure: Measure | None = None
        self.setWindowTitle(translate("PlanFromHistory", "Plan from last year"))
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        for signal in (
            self.source.currentIndexChanged,
            self.year_end.dateChanged,
            self.change.valueChanged,
            self.total.valueChanged,
            self.changes.idToggled,
            self.alignment.currentIndexChanged,
            self.gaps.idToggled,
        ):
            signal.connect(self._schedule)
        self.refresh()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        m = self.measure
        intro = _plain_label(
            translate(
                "PlanFromHistory",
                "Plan “{name}” for the twelve months after a year of its entries: each day "
                "is compared with its day last year, and the change is applied to the year.",
            ).format(name=m.name)
        )
        self.source = QComboBox()
        for candidate in self._sources():
            self.source.addItem(candidate.name, candidate.id)
        self.source.setAccessibleName(translate("PlanFromHistory", "Entries of"))
        self.year_end = date_edit(self._suggested_end())
        self.year_end.setAccessibleName(translate("PlanFromHistory", "Last year ends on"))
        self.change = QDoubleSpinBox()
        self.change.setLocale(plan_locale(self.plan.business.locale))  # "5,0 %" where so
        self.change.setRange(-99.9, 1000.0)
        self.change.setDecimals(1)
        self.change.setSuffix(_percent_suffix(formatter_for(self.plan.business)))
        self.change.setAccessibleName(
            translate("PlanFromHistory", "Change on last year in percent")
        )
        self.total = value_spin(self.plan.business.locale)
        self.total.setRange(0.0, 1e12)
        self.total.setAccessibleName(translate("PlanFromHistory", "Total for the new year"))
        self.by_percent = QRadioButton(translate("PlanFromHistory", "Change on last year"))
        self.by_total = QRadioButton(translate("PlanFromHistory", "Total for the year"))
        self.by_percent.setChecked(True)
        self.changes = QButtonGroup(self)
        self.changes.addButton(self.by_percent, 0)
        self.changes.addButton(self.by_total, 1)
        change_row = QHBoxLayout()
        for widget in (self.by_percent, self.change, self.by_total, self.total):
            change_row.addWidget(widget)
        change_row.addStretch(1)
        can_total = m.counting is Counting.TOTAL
        self.by_total.setVisible(can_total)
        self.total.setVisible(can_total)
        self.alignment = QComboBox()
        for label, choice in (
            (
                translate("PlanFromHistory", "Same weekday, holidays moved to their dates"),
                Alignment.HOLIDAYS,
            ),
            (translate("PlanFromHistory", "Same weekday, holidays not moved"), Alignment.WEEKDAY),
            (translate("PlanFromHistory", "Same calendar date"), Alignment.DATE),
        ):
            self.alignment.addItem(label, choice.value)
        self.alignment.setAccessibleName(translate("PlanFromHistory", "Match each day with"))
        form = QFormLayout()
        form.addRow(translate("PlanFromHistory", "Entries of:"), self.source)
        form.addRow(translate("PlanFromHistory", "Last year ends on:"), self.year_end)
        form.addRow(translate("PlanFromHistory", "Change:"), change_row)
        form.addRow(translate("PlanFromHistory", "Match each day with:"), self.alignment)
        self.source.setEnabled(self.source.count() > 1)
        self.gap_box = QGroupBox(translate("PlanFromHistory", "Last year is incomplete"))
        self.gap_text = _plain_label()
        self.fill = QRadioButton(
            translate("PlanFromHistory", "Fill the missing days from the weeks around")
        )
        self.known_only = QRadioButton(
            translate("PlanFromHistory", "Plan only what last year's entries show")
        )
        self.fill.setChecked(True)
        self.gaps = QButtonGroup(self)
        self.gaps.addButton(self.fill, 0)
        self.gaps.addButton(self.known_only, 1)
        gap_layout = QVBoxLayout(self.gap_box)
        for gap_widget in (self.gap_text, self.fill, self.known_only):
            gap_layout.addWidget(gap_widget)
        self.gap_box.hide()
        self.problem = ProblemLabel(self)
        self.summary = _plain_label()
        self.note = _plain_label()
        self.chart = HistoryChart(self)
        self.chart.labels = (
            translate("PlanFromHistory", "Last year"),
            translate("PlanFromHistory", "New plan"),
        )
        self.chart.format_value = self._short_value
        self.chart.format_month = lambda day: formatter_for(self.plan.business).skeleton("MMM", day)
        self.months = QTableWidget(0, 4)
        self.months.setHorizontalHeaderLabels(
            [
                translate("PlanFromHistory", "Month"),
                translate("PlanFromHistory", "Last year"),
                translate("PlanFromHistory", "New plan"),
                translate("PlanFromHistory", "Change"),
            ]
        )
        self.months.verticalHeader().setVisible(False)
        self.months.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.months.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.months.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.months.setAccessibleName(translate("PlanFromHistory", "Totals by month"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            translate("PlanFromHistory", "Use this plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        preview = QHBoxLayout()
        preview.addWidget(self.chart, 1)
        preview.addWidget(self.months, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.gap_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addLayout(preview, 1)
        layout.addWidget(self.buttons)
        self.resize(1060, 700)

    def _sources(self) -> list[Measure]:
        """The measure itself first, then other measures with entries to plan it from."""
        others = [
            m for m in self.plan.measures if m.id != self.measure.id and self.plan.actuals_of(m.id)
        ]
        return [self.measure, *others] if self.measure.id else others or [self.measure]

    def _suggested_end(self) -> date:
        entries = self.plan.actuals_of(self.source.currentData() or 0)
        m = self.planned_measure()
        return suggested_year_ending(m, entries, self.plan.business, self.today)

    # --- the preview --------------------------------------------------------------------

    def _schedule(self, *_: object) -> None:
        self.ok_button.setEnabled(False)
        self._timer.start()

    def gap_choice(self) -> GapChoice:
        return GapChoice.FILL if self.fill.isChecked() else GapChoice.KNOWN_ONLY

    def request(self) -> HistoryRequest:
        """What the inputs on screen ask for; the gap choice only once it was offered."""
        by_total = self.by_total.isChecked() and not self.by_total.isHidden()
        return HistoryRequest(
            year_ending=from_qdate(self.year_end.date()),
            change_percent=self.change.value(),
            year_total=self.total.value() if by_total else None,
            alignment=Alignment(self.alignment.currentData()),
            gaps=None if self.gap_box.isHidden() else self.gap_choice(),
        )

    def planned_measure(self) -> Measure:
        """The measure to plan. A new one not yet counted in periods (read as its latest
        figure, as a wizard's measure starts) counts as the measure whose entries it uses."""
        m = self.measure
        source = self.plan.measure(self.source.currentData())
        if m.id or m.counting is not Counting.LATEST or source is None or source is m:
            return m
        return dataclasses.replace(m, period=source.period, counting=source.counting)

    def refresh(self) -> None:
        """Work the plan out again and show it; a refusal is shown instead."""
        self._timer.stop()
        source = self.source.currentData()
        entries = self.plan.actuals_of(source) if source else ()
        self.derived = None
        self.problem.clear()
        m = self.planned_measure()
        why_not = refusal(m)
        try:
            if why_not is not None:
                raise PlanRefusal(why_not)
            request = self.request()
            try:
                derived = derive_plan(m, entries, self.plan.business, request)
            except IncompleteHistory:  # offer the choice, and preview the one selected
                request = dataclasses.replace(request, gaps=self.gap_choice())
                derived = derive_plan(m, entries, self.plan.business, request)
            self.gap_box.setHidden(derived.reference.complete)
            fmt = formatter_for(self.plan.business)
            self.gap_text.setText(" ".join(gap_sentences(fmt, derived.reference)))
        except PlanRefusal as problem:
            self.problem.show_problem(
                refusal_sentence(formatter_for(self.plan.business), problem.refusal)
            )
            self._show(None)
            return
        self.derived = derived
        if not self.by_total.isChecked():  # the total the percentage makes, to start from
            self.total.blockSignals(True)
            self.total.setValue(round(derived.planned_figure, 2))
            self.total.blockSignals(False)
        self._show(derived)

    def _show(self, derived: DerivedPlan | None) -> None:
        self.ok_button.setEnabled(derived is not None)
        if derived is None:
            self.summary.clear()
            self.note.clear()
            self.chart.set_periods([])
            self.months.setRowCount(0)
            return
        fmt, m = formatter_for(self.plan.business), self.measure
        figure = (
            translate("PlanFromHistory", "Total")
            if m.counting is Counting.TOTAL
            else translate("PlanFromHistory", "Average per open day")
        )
        self.summary.setText(
            translate(
                "PlanFromHistory",
                "{figure} last year: {last}. New plan: {planned} ({change}), {start} to {end}.",
            ).format(
                figure=figure,
                last=fmt.value(derived.last_year_figure, m.unit),
                planned=fmt.value(derived.planned_figure, m.unit),
                change=change_words(derived.change_percent),
                start=fmt.date(derived.plan_year.start),
                end=fmt.date(derived.plan_year.end),
            )
        )

        movable = [h for h in derived.moved if h.last_year.day != h.new_year.day][:MOVED_SHOWN]
        moved = "; ".join(
            f"{holiday_name(fmt, h)}: {fmt.date(h.last_year)} → {fmt.date(h.new_year)}"
            for h in movable
        )
        note = holiday_note_sentence(fmt, derived.holiday_note)
        self.note.setText(f"{note} {moved}." if moved else note)
        self.chart.set_periods(
            [ChartPeriod(p.span.start, p.span.end, p.last_year, p.planned) for p in derived.periods]
        )
        self._fill_months(derived)

    def _fill_months(self, derived: DerivedPlan) -> None:
        business, unit = self.plan.business, self.measure.unit
        fmt = formatter_for(business)
        rows = [(self._month_label(m, fmt), m.last_year, m.planned) for m in derived.months]
        year = (
            translate("PlanFromHistory", "Year")
            if self.measure.counting is Counting.TOTAL
            else translate("PlanFromHistory", "Year, per day")
        )
        rows.append((year, derived.last_year_figure, derived.planned_figure))
        self.months.setRowCount(len(rows))
        for row, (label, last_year, planned) in enumerate(rows):
            change = ""
            if last_year and planned is not None:
                change = change_words((planned / last_year - 1) * 100)
            cells = (
                label,
                _or_none(last_year, unit, business),
                _or_none(planned, unit, business),
                change,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                self.months.setItem(row, column, item)

    @staticmethod
    def _month_label(month: MonthFigures, fmt: Formatter) -> str:
        """ "Aug 2026", or "Aug 2027 (2 days)" for a month the plan year only touches."""
        name = fmt.skeleton("yMMM", month.month)
        if month.whole:
            return name
        days = month.days
        return translate("PlanFromHistory", "{month} (%n day(s))", None, PLURAL, days).format(
            month=name
        )

    def _short_value(self, value: float) -> str:
        return formatter_for(self.plan.business).value(round(value), self.measure.unit)

    # --- closing ----------------------------------------------------------------------

    def accept(self) -> None:
        """Only a preview that matches the inputs on screen is used."""
        if self._timer.isActive():
            self.refresh()
        if self.derived is None:
            return
        self.derived_measure = self.derived.measure
        super().accept()


def _percent_suffix(fmt: Formatter) -> str:
    """The sign after a percentage as the plan writes it: "%" in English, " %" in German."""
    zero = fmt.percent(0.0)
    return zero[1:] if zero.startswith("0") else " %"
