"""How a measure is planned to move: a straight line, steps, or the owner's own points.

One editor for the goal wizard and for Edit measure, so a stepped or seasonal plan can be
seen and changed after the wizard too. The host tells it the measure's numbers
(``set_numbers``); points nobody has touched follow them (quarterly steps, or start and
target for a seasonal path) until the owner edits one. A small preview draws the curve.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.bounds import FIRST_DAY, LAST_DAY, VALUE_LIMIT
from bakeryplan.domain.model import CurveKind, CurvePoint, Measure
from bakeryplan.domain.quarters import quarterly_steps
from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.curve_preview import CurvePreview
from bakeryplan.ui.widgets.date_text import plan_locale
from bakeryplan.ui.widgets.enter_key import enter_acts
from bakeryplan.ui.wizards.people_picker import DATE_FORMAT, from_qdate, to_qdate

__all__ = ["VALUE_LIMIT", "PlannedPathEditor", "PointsTable", "date_edit", "value_spin"]


def value_spin(locale_name: str = "") -> QDoubleSpinBox:
    """A figure box; with the plan's locale it writes "250,00" where the plan does."""
    spin = QDoubleSpinBox()
    if locale_name:
        spin.setLocale(plan_locale(locale_name))
    spin.setRange(-VALUE_LIMIT, VALUE_LIMIT)
    spin.setDecimals(2)
    # Not shown: Qt re-inserts separators while typing and the cursor jumps (1234567 became
    # 1,235,674).
    spin.setGroupSeparatorShown(False)
    return spin


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))  # the plan's years
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class PointsTable(QTableWidget):
    """Date and value pairs of a stepped or custom curve, edited in place."""

    edited_by_hand = Signal()

    def __init__(self, parent: QWidget | None = None, *, locale_name: str = "") -> None:
        super().__init__(0, 2, parent)
        self._locale_name = locale_name  # the plan's: its figures as the boxes beside it
        self.setHorizontalHeaderLabels(
            [translate("MeasureEditor", "Date"), translate("MeasureEditor", "Planned value")]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(translate("MeasureEditor", "Points of the planned path"))

    def add_point(self, on: date, value: float) -> None:
        row = self.rowCount()
        self.insertRow(row)
        when = date_edit(on)
        spin = value_spin(self._locale_name)
        spin.setValue(value)
        when.dateChanged.connect(self.edited_by_hand)
        spin.valueChanged.connect(self.edited_by_hand)
        self.setCellWidget(row, 0, when)
        self.setCellWidget(row, 1, spin)
        # Enter in a point moves on through the table; it never presses the form's OK.
        enter_acts(when, spin.setFocus)
        enter_acts(spin, lambda: self._next_point(spin))

    def _next_point(self, spin: QDoubleSpinBox) -> None:
        for row in range(self.rowCount() - 1):
            if self.cellWidget(row, 1) is spin:
                following = self.cellWidget(row + 1, 0)
                self.setCurrentCell(row + 1, 0)
                if following is not None:
                    following.setFocus()
                return
        spin.selectAll()

    def set_points(self, points: list[CurvePoint] | tuple[CurvePoint, ...]) -> None:
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


class PlannedPathEditor(QWidget):
    """The curve's kind (``curve_combo``) and, as this widget, its points with a preview.
    A host puts the two in its own form and shows this row only while ``shows_points()``
    (``shape_changed`` says when that may have changed)."""

    edited = Signal()
    shape_changed = Signal()

    def __init__(
        self,
        measure: Measure,
        parent: QWidget | None = None,
        *,
        fiscal_year_start: int = 1,
        points_follow: bool = True,
        locale_name: str = "",
    ) -> None:
        """``measure`` gives the numbers, curve and points to start from; an existing
        measure's points are its owner's (``points_follow=False``)."""
        super().__init__(parent)
        self._fiscal_year_start = fiscal_year_start
        self._measure = measure
        self.curve_combo = QComboBox(parent)
        for label, kind in (
            (translate("MeasureEditor", "Steady (a straight line)"), CurveKind.LINEAR),
            (translate("MeasureEditor", "In steps (e.g. each quarter)"), CurveKind.STEPPED),
            (translate("MeasureEditor", "Seasonal (my own points)"), CurveKind.CUSTOM),
        ):
            self.curve_combo.addItem(label, kind.value)
        self.curve_combo.setAccessibleName(translate("MeasureEditor", "Planned path"))
        self.points_table = PointsTable(locale_name=locale_name)
        self.points_table.setMinimumHeight(110)
        self.quarterly_button = QPushButton(translate("MeasureEditor", "Fill in &quarterly steps"))
        self.add_point_button = QPushButton(translate("MeasureEditor", "Add a &point"))
        self.remove_point_button = QPushButton(translate("MeasureEditor", "&Remove point"))
        self.preview = CurvePreview()
        buttons = QHBoxLayout()
        buttons.addWidget(self.quarterly_button)
        buttons.addWidget(self.add_point_button)
        buttons.addWidget(self.remove_point_button)
        buttons.addStretch(1)
        table_side = QVBoxLayout()
        table_side.addWidget(self.points_table, 1)
        table_side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(table_side, 3)
        layout.addWidget(self.preview, 2)
        self.setFocusProxy(self.points_table)
        self.curve_combo.setCurrentIndex(self.curve_combo.findData(measure.curve.value))
        self.points_table.set_points(measure.points)
        self._points_follow = points_follow or not measure.points
        self.points_table.edited_by_hand.connect(self._points_edited_by_hand)
        self.curve_combo.currentIndexChanged.connect(self._curve_changed)
        self.quarterly_button.clicked.connect(self.fill_quarterly_steps)
        self.add_point_button.clicked.connect(self._add_point)
        self.remove_point_button.clicked.connect(self._remove_point)
        self._show_for_curve()

    def curve(self) -> CurveKind:
        return CurveKind(self.curve_combo.currentData())

    def points(self) -> tuple[CurvePoint, ...]:
        """The points as stored: none for a straight line."""
        return self.points_table.points() if self.curve() is not CurveKind.LINEAR else ()

    def set_numbers(self, measure: Measure) -> None:
        """The measure's numbers and dates as now typed; untouched points follow them."""
        self._measure = measure
        if self._points_follow and self.curve() is not CurveKind.LINEAR:
            self._fill_default_points()
        self._update_preview()

    def show_drawn(self, measure: Measure) -> None:
        """Show a path drawn elsewhere (Plan from last year): its kind and points, and its
        numbers for the preview. The points are the owner's from now on: they no longer
        follow the numbers, and editing one is an edit by hand."""
        self._measure = measure
        self._points_follow = False
        self.curve_combo.blockSignals(True)  # no default points for the new kind
        self.curve_combo.setCurrentIndex(self.curve_combo.findData(measure.curve.value))
        self.curve_combo.blockSignals(False)
        self.points_table.set_points(measure.points)
        self._show_for_curve()
        self.edited.emit()

    def shows_points(self) -> bool:
        return self.curve() is not CurveKind.LINEAR

    def _show_for_curve(self) -> None:
        self.quarterly_button.setVisible(self.curve() is CurveKind.STEPPED)
        self._update_preview()
        self.shape_changed.emit()

    def _update_preview(self) -> None:
        self.preview.set_measure(replace(self._measure, curve=self.curve(), points=self.points()))

    def _curve_changed(self) -> None:
        if self.points_table.rowCount() == 0 or self._points_follow:
            self._fill_default_points()
        self._show_for_curve()
        self.edited.emit()

    def _fill_default_points(self) -> None:
        """Quarterly steps for a stepped curve, start and end for a custom one."""
        m = self._measure
        if self.curve() is CurveKind.STEPPED:
            self.fill_quarterly_steps()
        elif self.curve() is CurveKind.CUSTOM:
            self.points_table.set_points(
                [CurvePoint(m.start, m.baseline), CurvePoint(m.target_date, m.target)]
            )
        self._points_follow = True
        self._update_preview()

    def _points_edited_by_hand(self) -> None:
        self._points_follow = False
        self._update_preview()
        self.edited.emit()

    def focus_point_after(self, day: date) -> None:
        """Put the cursor on the first point dated after ``day`` (the one refused)."""
        table = self.points_table
        for row in range(table.rowCount()):
            when = table.cellWidget(row, 0)
            if isinstance(when, QDateEdit) and from_qdate(when.date()) > day:
                table.setCurrentCell(row, 0)
                table.scrollTo(table.model().index(row, 0))
                when.setFocus()
                return

    def fill_quarterly_steps(self) -> None:
        m = self._measure
        if m.target_date <= m.start:
            return
        self._points_follow = True
        self.points_table.set_points(
            quarterly_steps(m.start, m.target_date, m.baseline, m.target, self._fiscal_year_start)
        )
        self._update_preview()
        self.edited.emit()

    def _add_point(self) -> None:
        self._points_follow = False
        points = self.points_table.points()
        last = points[-1].on if points else self._measure.start
        self.points_table.add_point(last + timedelta(days=30), self._measure.target)
        self._update_preview()
        self.edited.emit()

    def _remove_point(self) -> None:
        self._points_follow = False
        row = self.points_table.currentRow()
        self.points_table.removeRow(row if row >= 0 else self.points_table.rowCount() - 1)
        self._update_preview()
        self.edited.emit()
