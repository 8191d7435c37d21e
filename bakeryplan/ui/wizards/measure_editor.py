"""The fields of one measure, including how it is planned to move (its curve).

A seasonal bakery does not grow in a straight line, so besides "steady" the owner can plan
in quarterly steps or with their own points per date. ``problems()`` says in words what
contradicts itself (the domain's ``measure_problems``), for the page to refuse it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.bounds import FIRST_DAY, LAST_DAY, VALUE_LIMIT
from bakeryplan.domain.measure_rules import measure_problems
from bakeryplan.domain.model import CurveKind, CurvePoint, Direction, Measure
from bakeryplan.domain.quarters import quarterly_steps
from bakeryplan.ui.wizards.people_picker import DATE_FORMAT, from_qdate, to_qdate


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeasureEditor", text)


def value_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(-VALUE_LIMIT, VALUE_LIMIT)
    spin.setDecimals(2)
    # Not shown: Qt re-inserts separators while typing and the cursor jumps (1234567 became
    # 1,235,674).
    spin.setGroupSeparatorShown(False)
    return spin


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class PointsTable(QTableWidget):
    """Date and value pairs of a stepped or custom curve, edited in place."""

    edited_by_hand = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([_tr("Date"), _tr("Planned value")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)

    def add_point(self, on: date, value: float) -> None:
        row = self.rowCount()
        self.insertRow(row)
        when = date_edit(on)
        spin = value_spin()
        spin.setValue(value)
        when.dateChanged.connect(self.edited_by_hand)
        spin.valueChanged.connect(self.edited_by_hand)
        self.setCellWidget(row, 0, when)
        self.setCellWidget(row, 1, spin)

    def set_points(self, points: list[CurvePoint]) -> None:
        self.setRowCount(0)
        for point in points:
            self.add_point(point.on, point.value)

    def points(self) -> tuple[CurvePoint, ...]:
        """The points sorted by date; a later row on the same date wins."""
        by_date: dict[date, float] = {}
        for row in range(self.rowCount()):
            when = self.cellWidget(row, 0)
            value = self.cellWidget(row, 1)
            if isinstance(when, QDateEdit) and isinstance(value, QDoubleSpinBox):
                by_date[from_qdate(when.date())] = value.value()
        return tuple(CurvePoint(on, v) for on, v in sorted(by_date.items()))


class MeasureEditor(QWidget):
    """Name, unit, direction, baseline, target, dates and curve of one measure."""

    edited = Signal()

    def __init__(
        self, today: date, parent: QWidget | None = None, *, fiscal_year_start: int = 1
    ) -> None:
        """``fiscal_year_start`` (the business's month 1-12) places the quarterly steps."""
        super().__init__(parent)
        self._fiscal_year_start = fiscal_year_start
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(_tr("e.g. Loaves sold per week"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(_tr("e.g. loaves, €, %"))
        self.direction_combo = QComboBox()
        for label, direction in (
            (_tr("Higher is better"), Direction.UP),
            (_tr("Lower is better"), Direction.DOWN),
            (_tr("Keep within a range"), Direction.BAND),
        ):
            self.direction_combo.addItem(label, direction.value)
        self.baseline_spin = value_spin()
        self.target_spin = value_spin()
        self.band_low_spin = value_spin()
        self.band_high_spin = value_spin()
        self.start_edit = date_edit(today)
        self.target_date_edit = date_edit(today + timedelta(days=365))
        self.curve_combo = QComboBox()
        for label, kind in (
            (_tr("Steady (a straight line)"), CurveKind.LINEAR),
            (_tr("In steps (e.g. each quarter)"), CurveKind.STEPPED),
            (_tr("Seasonal (my own points)"), CurveKind.CUSTOM),
        ):
            self.curve_combo.addItem(label, kind.value)
        self.points_table = PointsTable()
        self.points_table.setMinimumHeight(110)
        self.quarterly_button = QPushButton(_tr("Fill in &quarterly steps"))
        self.add_point_button = QPushButton(_tr("Add a &point"))
        self.remove_point_button = QPushButton(_tr("&Remove point"))
        self._points_follow_numbers = True  # until the owner edits a point
        self._target_date_by_hand = False  # until the owner picks the target date
        self._setting_target_date = False
        self._build_layout()
        self._connect()
        self._update_visibility()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(_tr("What you count:"), self.name_edit)
        form.addRow(_tr("Unit:"), self.unit_edit)
        form.addRow(_tr("Direction:"), self.direction_combo)
        numbers = QHBoxLayout()
        numbers.addWidget(self.baseline_spin)
        numbers.addWidget(self.target_spin)
        form.addRow(_tr("From (now) / to (target):"), numbers)
        band = QHBoxLayout()
        band.addWidget(self.band_low_spin)
        band.addWidget(self.band_high_spin)
        self.band_row = QWidget()
        self.band_row.setLayout(band)
        band.setContentsMargins(0, 0, 0, 0)
        form.addRow(_tr("Keep between:"), self.band_row)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(self.target_date_edit)
        form.addRow(_tr("Start / target date:"), dates)
        form.addRow(_tr("Planned path:"), self.curve_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quarterly_button)
        buttons.addWidget(self.add_point_button)
        buttons.addWidget(self.remove_point_button)
        buttons.addStretch(1)
        self.points_box = QWidget()
        points_layout = QVBoxLayout(self.points_box)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(self.points_table)
        points_layout.addLayout(buttons)
        form.addRow(self.points_box)
        self.form = form
        self.setLayout(form)

    def _connect(self) -> None:
        # First, so whoever hears ``edited`` already knows whether it was by hand.
        self.target_date_edit.dateChanged.connect(self._target_date_changed)
        for line in (self.name_edit, self.unit_edit):
            line.textChanged.connect(self.edited)
        for spin in (self.baseline_spin, self.target_spin, self.band_low_spin, self.band_high_spin):
            spin.valueChanged.connect(self.edited)
        for edit in (self.start_edit, self.target_date_edit):
            edit.dateChanged.connect(self.edited)
        for changed in (
            self.baseline_spin.valueChanged,
            self.target_spin.valueChanged,
            self.start_edit.dateChanged,
            self.target_date_edit.dateChanged,
        ):
            changed.connect(self._follow_numbers)
        self.points_table.edited_by_hand.connect(self._points_edited_by_hand)
        self.direction_combo.currentIndexChanged.connect(self._update_visibility)
        self.curve_combo.currentIndexChanged.connect(self._curve_changed)
        self.quarterly_button.clicked.connect(self.fill_quarterly_steps)
        self.add_point_button.clicked.connect(self._add_point)
        self.remove_point_button.clicked.connect(self._remove_point)

    def direction(self) -> Direction:
        return Direction(self.direction_combo.currentData())

    def curve(self) -> CurveKind:
        return CurveKind(self.curve_combo.currentData())

    def _update_visibility(self) -> None:
        self.form.setRowVisible(self.band_row, self.direction() is Direction.BAND)
        self.form.setRowVisible(self.points_box, self.curve() is not CurveKind.LINEAR)
        self.quarterly_button.setVisible(self.curve() is CurveKind.STEPPED)
        self.edited.emit()

    def _curve_changed(self) -> None:
        if self.points_table.rowCount() == 0 or self._points_follow_numbers:
            self._fill_default_points()
        self._update_visibility()

    def _fill_default_points(self) -> None:
        """Quarterly steps for a stepped curve, start and end for a custom one."""
        if self.curve() is CurveKind.STEPPED:
            self.fill_quarterly_steps()
        elif self.curve() is CurveKind.CUSTOM:
            self.points_table.set_points(
                [
                    CurvePoint(self.start(), self.baseline_spin.value()),
                    CurvePoint(self.target_date(), self.target_spin.value()),
                ]
            )
        self._points_follow_numbers = True

    def _follow_numbers(self) -> None:
        """Points nobody has touched follow the baseline, target and dates."""
        if self._points_follow_numbers and self.curve() is not CurveKind.LINEAR:
            self._fill_default_points()

    def _points_edited_by_hand(self) -> None:
        self._points_follow_numbers = False
        self.edited.emit()

    def start(self) -> date:
        return from_qdate(self.start_edit.date())

    def target_date(self) -> date:
        return from_qdate(self.target_date_edit.date())

    def set_target_date(self, value: date) -> None:
        """Set the target date for the owner; it still counts as not picked by hand."""
        self._setting_target_date = True
        try:
            self.target_date_edit.setDate(to_qdate(value))
        finally:
            self._setting_target_date = False

    def follow_target_date(self, value: date) -> None:
        """The target date follows ``value`` (the goal's due date) unless picked by hand."""
        if not self._target_date_by_hand:
            self.set_target_date(value)

    def _target_date_changed(self) -> None:
        if not self._setting_target_date:
            self._target_date_by_hand = True

    def fill_quarterly_steps(self) -> None:
        if self.target_date() <= self.start():
            return
        self._points_follow_numbers = True
        self.points_table.set_points(
            quarterly_steps(
                self.start(),
                self.target_date(),
                self.baseline_spin.value(),
                self.target_spin.value(),
                self._fiscal_year_start,
            )
        )
        self.edited.emit()

    def _add_point(self) -> None:
        self._points_follow_numbers = False
        points = self.points_table.points()
        last = points[-1].on if points else self.start()
        self.points_table.add_point(last + timedelta(days=30), self.target_spin.value())
        self.edited.emit()

    def _remove_point(self) -> None:
        self._points_follow_numbers = False
        row = self.points_table.currentRow()
        self.points_table.removeRow(row if row >= 0 else self.points_table.rowCount() - 1)
        self.edited.emit()

    def has_number(self) -> bool:
        """True when the measure says how much: a target away from the baseline, or a band."""
        if not self.name_edit.text().strip():
            return False
        if self.direction() is Direction.BAND:
            return self.band_high_spin.value() > self.band_low_spin.value()
        return self.target_spin.value() != self.baseline_spin.value()

    def problems(self) -> list[str]:
        """What contradicts itself in the measure as typed, in words, first things first."""
        return [
            QCoreApplication.translate("MeasureRules", problem.message)
            for problem in measure_problems(self.measure())
        ]

    def measure(self) -> Measure:
        """The measure as typed, for a goal not stored yet (``goal_id == 0``)."""
        band = self.direction() is Direction.BAND
        curve = self.curve()
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
            curve=curve,
            points=self.points_table.points() if curve is not CurveKind.LINEAR else (),
        )
