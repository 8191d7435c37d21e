"""The fields of one measure in the goal wizard: what is counted, how, and its planned path.

A seasonal bakery does not grow in a straight line, so besides "steady" the owner can plan
in quarterly steps or with their own points per date (``PlannedPathEditor``, shared with
Edit measure). How the entries are counted is asked in plain words (``CountingFields``).
``problems()`` says in words what contradicts itself (the domain's ``measure_problems``),
or a start or target date that is no date, for the page to refuse it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from bakeryplan.domain.measure_rules import measure_problems
from bakeryplan.domain.model import Business, Counting, CurveKind, Direction, Measure, Period
from bakeryplan.text.measure_problems import measure_problem_sentence
from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.counting_fields import CountingFields, is_money
from bakeryplan.ui.widgets.date_field import DateField
from bakeryplan.ui.widgets.planned_path import (
    VALUE_LIMIT,
    PlannedPathEditor,
    PointsTable,
    date_edit,
    value_spin,
)

__all__ = ["VALUE_LIMIT", "MeasureEditor", "PointsTable", "date_edit", "value_spin"]


class MeasureEditor(QWidget):
    """Name, unit, direction, baseline, target, dates, counting and curve of one measure."""

    edited = Signal()

    def __init__(
        self,
        today: date,
        parent: QWidget | None = None,
        *,
        fiscal_year_start: int = 1,
        business: Business | None = None,
    ) -> None:
        """``fiscal_year_start`` (the business's month 1-12) places the quarterly steps;
        ``business`` tells its money from other units (money is counted as a total)."""
        super().__init__(parent)
        self._business = business
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("MeasureEditor", "e.g. Loaves sold per week"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(translate("MeasureEditor", "e.g. loaves, €, %"))
        self.direction_combo = QComboBox()
        for label, direction in (
            (translate("MeasureEditor", "Higher is better"), Direction.UP),
            (translate("MeasureEditor", "Lower is better"), Direction.DOWN),
            (translate("MeasureEditor", "Keep within a range"), Direction.BAND),
        ):
            self.direction_combo.addItem(label, direction.value)
        locale_name = business.locale if business is not None else ""
        self.baseline_spin = value_spin(locale_name)
        self.target_spin = value_spin(locale_name)
        self.band_low_spin = value_spin(locale_name)
        self.band_high_spin = value_spin(locale_name)
        self.start_edit = DateField(today, locale_name)
        self.start_edit.setAccessibleName(translate("MeasureEditor", "Start date"))
        self.target_date_edit = DateField(today + timedelta(days=365), locale_name)
        self.target_date_edit.setAccessibleName(translate("MeasureEditor", "Target date"))
        # The last dates read from the fields: the path follows them while one is being
        # typed ("3 Ma" is no date yet).
        self._start = today
        self._target_date = today + timedelta(days=365)
        self.counting_fields = CountingFields(Period.MONTH, Counting.LATEST, None, self)
        self.path = PlannedPathEditor(
            self._numbers(), fiscal_year_start=fiscal_year_start, locale_name=locale_name
        )
        # The path's widgets by their old names: the page and its tests reach them here.
        self.curve_combo = self.path.curve_combo
        self.points_table = self.path.points_table
        self.quarterly_button = self.path.quarterly_button
        self.add_point_button = self.path.add_point_button
        self.remove_point_button = self.path.remove_point_button
        self._target_date_by_hand = False  # until the owner picks the target date
        self._setting_target_date = False
        self._build_layout()
        self._connect()
        self._update_visibility()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("MeasureEditor", "What you count:"), self.name_edit)
        form.addRow(translate("MeasureEditor", "Unit:"), self.unit_edit)
        form.addRow(translate("MeasureEditor", "Direction:"), self.direction_combo)
        numbers = QHBoxLayout()
        numbers.addWidget(self.baseline_spin)
        numbers.addWidget(self.target_spin)
        form.addRow(translate("MeasureEditor", "From (now) / to (target):"), numbers)
        band = QHBoxLayout()
        band.addWidget(self.band_low_spin)
        band.addWidget(self.band_high_spin)
        self.band_row = QWidget()
        self.band_row.setLayout(band)
        band.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("MeasureEditor", "Keep between:"), self.band_row)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(self.target_date_edit)
        form.addRow(translate("MeasureEditor", "Start / target date:"), dates)
        counting = self.counting_fields
        form.addRow(translate("MeasureEditor", "The target speaks of:"), counting.period_combo)
        form.addRow(translate("MeasureEditor", "Count it as:"), counting.counting_combo)
        form.addRow(translate("MeasureEditor", "Judge health over:"), counting.window_row)
        form.addRow(translate("MeasureEditor", "Planned path:"), self.curve_combo)
        form.addRow(self.path)
        self.form = form
        self.setLayout(form)

    def _connect(self) -> None:
        # First, so whoever hears ``edited`` already knows whether it was by hand.
        self.target_date_edit.changed.connect(self._target_date_changed)
        for line in (self.name_edit, self.unit_edit):
            line.textChanged.connect(self._suggest_counting)
            line.textChanged.connect(self.edited)
        for spin in (self.baseline_spin, self.target_spin, self.band_low_spin, self.band_high_spin):
            spin.valueChanged.connect(self.edited)
        for edit in (self.start_edit, self.target_date_edit):
            edit.changed.connect(self.edited)
        for changed in (
            self.baseline_spin.valueChanged,
            self.target_spin.valueChanged,
            self.start_edit.changed,
            self.target_date_edit.changed,
        ):
            changed.connect(self._numbers_changed)
        self.counting_fields.edited.connect(self.edited)
        self.path.edited.connect(self.edited)
        self.path.shape_changed.connect(self._update_visibility)
        self.direction_combo.currentIndexChanged.connect(self._update_visibility)

    def direction(self) -> Direction:
        return Direction(self.direction_combo.currentData())

    def curve(self) -> CurveKind:
        return self.path.curve()

    def _update_visibility(self) -> None:
        self.form.setRowVisible(self.band_row, self.direction() is Direction.BAND)
        self.form.setRowVisible(self.path, self.path.shows_points())
        self.edited.emit()

    def _suggest_counting(self) -> None:
        unit = self.unit_edit.text()
        money = is_money(unit, self._business)
        self.counting_fields.suggest(self.name_edit.text(), unit, money=money)

    def _numbers(self) -> Measure:
        """The numbers and dates as typed, which untouched points of the path follow."""
        return Measure(
            goal_id=0,
            name="",
            baseline=self.baseline_spin.value(),
            target=self.target_spin.value(),
            start=self.start(),
            target_date=self.target_date(),
        )

    def _numbers_changed(self) -> None:
        self.path.set_numbers(self._numbers())

    def start(self) -> date:
        """The start date typed, or the last one that could be read (``problems`` says
        when the field holds no date)."""
        self._start = _readable(self.start_edit) or self._start
        return self._start

    def target_date(self) -> date:
        self._target_date = _readable(self.target_date_edit) or self._target_date
        return self._target_date

    def date_problems(self) -> list[str]:
        """A start or target date that is empty or no date, in words."""
        problems = []
        for field in (self.start_edit, self.target_date_edit):
            name = field.accessibleName()
            problem = field.problem(name)
            if problem is None and not field.line.text().strip():
                problem = translate("MeasureEditor", "{field} is needed.").format(field=name)
            if problem is not None:
                problems.append(problem)
        return problems

    def set_target_date(self, value: date) -> None:
        """Set the target date for the owner; it still counts as not picked by hand."""
        self._setting_target_date = True
        try:
            self.target_date_edit.set_date(value)
        finally:
            self._setting_target_date = False

    def follow_target_date(self, value: date) -> None:
        """The target date follows ``value`` (the goal's due date) unless picked by hand."""
        if not self._target_date_by_hand:
            self.set_target_date(value)

    def _target_date_changed(self) -> None:
        """Typed by the owner: no longer follows the goal (tabbing through, which shows
        the same date back, changes nothing)."""
        if not self._setting_target_date and _readable(self.target_date_edit) != self._target_date:
            self._target_date_by_hand = True

    def fill_quarterly_steps(self) -> None:
        self.path.fill_quarterly_steps()

    def show_drawn(self, m: Measure) -> None:
        """Show a plan drawn for the measure (Plan from last year): its numbers, its dates
        (the target date then no longer follows the goal's), how it is counted, and its
        path with the points."""
        self.baseline_spin.setValue(m.baseline)
        self.target_spin.setValue(m.target)
        self.start_edit.set_date(m.start)
        self.target_date_edit.set_date(m.target_date)  # as if picked by hand
        self.counting_fields.choose(m.period, m.counting)
        self.path.show_drawn(m)

    def has_number(self) -> bool:
        """True when the measure says how much: a target away from the baseline, or a band."""
        if not self.name_edit.text().strip():
            return False
        if self.direction() is Direction.BAND:
            return self.band_high_spin.value() > self.band_low_spin.value()
        return self.target_spin.value() != self.baseline_spin.value()

    def problems(self) -> list[str]:
        """What contradicts itself in the measure as typed, in words, first things first."""
        return self.date_problems() + [
            measure_problem_sentence(problem) for problem in measure_problems(self.measure())
        ]

    def measure(self) -> Measure:
        """The measure as typed, for a goal not stored yet (``goal_id == 0``)."""
        band = self.direction() is Direction.BAND
        counting = self.counting_fields
        return Measure(
            goal_id=0,
            name=self.name_edit.text().strip(),
            unit=self.unit_edit.text().strip(),
            direction=self.direction(),
            baseline=self.baseline_spin.value(),
            target=self.target_spin.value(),
            start=self.start(),
            target_date=self.target_date(),
            band_low=self.band_low_spin.value() if band else None,
            band_high=self.band_high_spin.value() if band else None,
            curve=self.curve(),
            points=self.path.points(),
            period=counting.period(),
            counting=counting.counting(),
            health_window=counting.health_window(),
        )


def _readable(field: DateField) -> date | None:
    """The field's date, or None while it is empty or no date."""
    try:
        return field.date()
    except ValueError:
        return None
