"""Item models over the current Plan value.

The actuals grid is a model (not a table widget) so editing a cell becomes exactly one
command, and the empty last row turns typed text into a new actual.

Entries are entries: a day may have any number of them, and each is a row. Planned values
belong to periods, not to entries (a weekly total's plan is a week's, not a Tuesday's
takings), so the last entry of each period carries the period's figure as the domain
counts it (``counted_periods``), its plan and the difference; the unfinished current
period says "so far" and is compared with the part of its plan due by today. An entry
dated after today is refused: it has not happened yet.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from bakeryplan.domain.counting import PeriodValue, counted_periods
from bakeryplan.domain.health import toward_sign
from bakeryplan.domain.model import Actual, ActualSource, Direction, Measure
from bakeryplan.domain.periods import BusinessCalendar
from bakeryplan.domain.within_bounds import actuals_within_bounds, measure_within_bounds
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.parsing import (
    DateShape,
    OutOfRangeError,
    date_example,
    months_of,
    number_edit_text,
    parse_date,
    parse_number,
    shape_of,
)
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui.panels import decimal_mark, format_amount, format_day, short_date_pattern
from bakeryplan.ui.widgets.counting_fields import counting_label, figure_header, period_name

DATE, VALUE, NOTE, FIGURE, EXPECTED, VARIANCE = range(6)
_Index = QModelIndex | QPersistentModelIndex


class ActualsModel(QAbstractTableModel):
    """Actuals of one measure, oldest first, plus an empty row for typing a new one."""

    problem = Signal(str, int, int)
    """A plain-text message when typed text could not be used, and its cell (row, column)."""

    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.measure: Measure | None = None
        self.actuals: tuple[Actual, ...] = ()
        self._pending: dict[int, Any] = {}
        self.added_from_new_row = False
        """Set when typing in the empty row added an actual: the cursor goes back there."""
        self.moving_on = False
        """Set by the grid's delegate while Tab or Shift+Tab commits a cell."""
        self.rejected_text = ""
        """The last text refused, put back in its cell for the typist to correct."""
        self._headers = [
            translate("ActualsModel", "Date"),
            translate("ActualsModel", "Value"),
            translate("ActualsModel", "Note"),
            translate("ActualsModel", "Period's figure"),
            translate("ActualsModel", "Planned"),
            translate("ActualsModel", "Difference"),
        ]
        self._periods: dict[int, PeriodValue] = {}
        """The period each period's last row closes, by row."""

    def set_measure(self, measure_id: int | None) -> None:
        self.beginResetModel()
        self.measure = self.document.plan.measure(measure_id)
        self.actuals = self.document.plan.actuals_of(self.measure.id) if self.measure else ()
        self._pending = {}
        self._periods = self._periods_by_row()
        if self.measure is not None:
            self._headers[FIGURE] = figure_header(self.measure.counting, self.measure.period)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, FIGURE, FIGURE)

    def _periods_by_row(self) -> dict[int, PeriodValue]:
        """Each counted period at the row of its last entry (rows are in date order)."""
        if self.measure is None:
            return {}
        # Counted at the nearest bounds: an older file's 1e308 or year 9999 would overflow
        # the arithmetic (the Value column still shows what is stored, to be put right).
        m = measure_within_bounds(self.measure)
        actuals = actuals_within_bounds(self.actuals)
        today = self.document.today()
        calendar = BusinessCalendar.of(self.document.plan.business)
        periods = {p.span: p for p in counted_periods(m, actuals, today, calendar)}
        last_rows: dict[int, PeriodValue] = {}
        for row, actual in enumerate(actuals):
            span = calendar.span(m.period, actual.on)
            if span in periods:
                last_rows = {r: p for r, p in last_rows.items() if p.span != span}
                last_rows[row] = periods[span]
        return last_rows

    def period_at(self, row: int) -> PeriodValue | None:
        """The period whose figure the row shows (its last entry's row), else None."""
        return self._periods.get(row)

    def reload(self) -> None:
        self.set_measure(self.measure.id if self.measure else None)

    def update_entries(self) -> None:
        """The measure's entries read again, as rows inserted, removed and changed: rows not
        touched keep their place, selection and cursor. A changed measure, or entries that
        changed their order, reset the model."""
        measure = self.measure
        if measure is None or self.document.plan.measure(measure.id) != measure:
            self.reload()
            return
        before, before_periods = self.actuals, self._periods_by_id()
        after = self.document.plan.actuals_of(measure.id)
        after_ids = {a.id for a in after}
        before_ids = {a.id for a in before}
        kept_before = [a.id for a in before if a.id in after_ids]
        if kept_before != [a.id for a in after if a.id in before_ids]:
            self.reload()
            return
        for row in reversed(range(len(before))):
            if before[row].id not in after_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                self.actuals = self.actuals[:row] + self.actuals[row + 1 :]
                self.endRemoveRows()
        for row, actual in enumerate(after):
            if actual.id not in before_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self.actuals = (*self.actuals[:row], actual, *self.actuals[row:])
                self.endInsertRows()
        stale = {a.id: a for a in self.actuals}  # the values the rows showed
        self.actuals = after
        self._periods = self._periods_by_row()
        periods = self._periods_by_id()
        for row, actual in enumerate(after):
            if actual != stale[actual.id] or periods.get(actual.id) != before_periods.get(
                actual.id
            ):
                self.dataChanged.emit(self.index(row, 0), self.index(row, VARIANCE))

    def _periods_by_id(self) -> dict[int, PeriodValue]:
        return {self.actuals[row].id: period for row, period in self._periods.items()}

    @property
    def new_row(self) -> int:
        return len(self.actuals)

    def actual_at(self, row: int) -> Actual | None:
        return self.actuals[row] if 0 <= row < len(self.actuals) else None

    def row_of(self, actual_id: int) -> int | None:
        for row, actual in enumerate(self.actuals):
            if actual.id == actual_id:
                return row
        return None

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.measure is None:
            return 0
        # A read-only plan's grid has no empty row inviting typing.
        return len(self.actuals) + (0 if self.document.read_only else 1)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return "*" if section == self.new_row else str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (DATE, VALUE, NOTE) and not self.document.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.measure is None:
            return None
        row, column = index.row(), index.column()
        actual = self.actual_at(row)
        if actual is None:
            return self._new_row_data(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(actual, row, column)
        if role == Qt.ItemDataRole.EditRole:
            mark = decimal_mark(self.document.plan.business)
            return {
                DATE: actual.on.isoformat(),
                VALUE: number_edit_text(actual.value, mark),
                NOTE: actual.note,
            }.get(column)
        numbers = (VALUE, FIGURE, EXPECTED, VARIANCE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numbers:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (FIGURE, EXPECTED, VARIANCE):
            return self._period_tooltip(row)
        if role == Qt.ItemDataRole.ToolTipRole and actual.source == ActualSource.IMPORTED:
            return translate("ActualsModel", "Imported")
        return None

    def _period_tooltip(self, row: int) -> str | None:
        period, measure = self.period_at(row), self.measure
        if period is None or measure is None:
            return None
        what = counting_label(measure.counting, measure.period)
        name = period_name(measure.period, period.span, self.document.plan.business)
        entries = period.entries
        text = translate(
            "ActualsModel", "{period}: {what} of %n entry(s).", None, PLURAL, entries
        ).format(period=name, what=what)
        if not period.complete:
            text += " " + translate(
                "ActualsModel", "Not over yet: compared with the plan due by today."
            )
        return text

    def _display(self, actual: Actual, row: int, column: int) -> str:
        measure = self.measure
        assert measure is not None
        business = self.document.plan.business
        if column == DATE:
            return format_day(actual.on, business)
        if column == VALUE:  # as stored, even out of bounds: the owner sees what to correct
            return format_amount(actual.value, measure.unit, business)
        if column == NOTE:
            return actual.note
        period = self.period_at(row)
        if period is None or period.actual is None:
            return ""
        so_far = not period.complete
        if column == FIGURE:
            figure = format_amount(period.actual, measure.unit, business)
            return (
                translate("ActualsModel", "{amount} so far").format(amount=figure)
                if so_far
                else figure
            )
        planned = _rounded(period.planned_so_far if so_far else period.planned)
        if column == EXPECTED:
            return format_amount(planned, measure.unit, business)
        difference = _rounded(period.actual - planned)
        if measure.direction == Direction.BAND:
            return ""
        text = format_amount(abs(difference), measure.unit, business)
        if difference == 0:
            return translate("ActualsModel", "{amount} (on plan)").format(amount=text)
        sign = "+" if difference > 0 else "\u2212"
        # The domain's sense of "towards the target", as health and forecast judge it.
        good = difference * toward_sign(measure) > 0
        verdict = translate("ActualsModel", "ahead") if good else translate("ActualsModel", "short")
        return f"{sign}{text} ({verdict})"

    def _new_row_data(self, column: int, role: int) -> Any:
        pending = self._pending.get(column)
        business = self.document.plan.business
        if role == Qt.ItemDataRole.EditRole:
            if column == DATE:
                return (pending or self.document.today()).isoformat()
            if column == VALUE and pending is not None:
                return number_edit_text(pending, decimal_mark(business))
            return "" if pending is None else str(pending)
        if role == Qt.ItemDataRole.DisplayRole:
            if pending is not None:
                if column == DATE:
                    return format_day(pending, business)
                if column == VALUE:
                    assert self.measure is not None
                    return format_amount(pending, self.measure.unit, business)
                return pending
            if column == DATE:
                return format_day(self.document.today(), business)
            if column == VALUE:
                return translate("ActualsModel", "type a value, then Enter")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE:
            return translate("ActualsModel", "Type a date like {example}, or keep today's.").format(
                example=self.date_examples()
            )
        if role == Qt.ItemDataRole.ForegroundRole and pending is None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.measure is None:
            return False
        text = str(value).strip()
        column = index.column()
        try:
            parsed: Any = self._parse(column, text)
        except OutOfRangeError as error:
            message = _outside_bounds(text, error.bound)
            self.rejected_text = text
            self.problem.emit(message, index.row(), column)
            return False
        except ValueError:
            what = (
                translate("ActualsModel", "a date like {example}").format(
                    example=self.date_examples()
                )
                if column == DATE
                else translate("ActualsModel", "a number")
            )
            message = translate("ActualsModel", "“{text}” is not {what}.").format(
                text=text, what=what
            )
            self.rejected_text = text
            self.problem.emit(message, index.row(), column)
            return False
        if column == DATE and parsed is not None and parsed > self.document.today():
            business = self.document.plan.business
            message = translate(
                "ActualsModel",
                "{day} is after today: record what has happened, on the day it happened.",
            ).format(day=format_day(parsed, business))
            self.rejected_text = text
            self.problem.emit(message, index.row(), column)
            return False
        actual = self.actual_at(index.row())
        if actual is None:
            return self._edit_new_row(column, parsed)
        if parsed is None and column != NOTE:
            return False
        field = {DATE: "on", VALUE: "value", NOTE: "note"}[column]
        changed: dict[str, Any] = {field: parsed if parsed is not None else ""}
        edited = replace(actual, **changed)
        if edited == actual:
            return False
        return self.document.push(commands.EditActual(self.document, edited))

    def _parse(self, column: int, text: str) -> Any:
        if column == NOTE:
            return text
        if not text:
            return None
        if column == DATE:
            months = months_of(formatter_for(self.document.plan.business))
            return parse_date(text, self.date_order().order, months=months)
        return parse_number(text, decimal_mark(self.document.plan.business))

    def date_order(self) -> DateShape:
        """How the plan's locale writes dates: "03/04/2026" is 4 March in en_US (from
        QLocale's pattern: the grid may be on screen before babel is loaded)."""
        return shape_of(short_date_pattern(self.document.plan.business))

    def date_examples(self) -> str:
        """A date the grid reads, in the plan's order and as ISO: what to tell a typist."""
        sample = date(self.document.today().year, 11, 27)  # the day tells day from month
        local, iso = date_example(sample, self.date_order()), sample.isoformat()
        if local == iso:
            return iso
        return translate("ActualsModel", "{local} or {iso}").format(local=local, iso=iso)

    def _edit_new_row(self, column: int, parsed: Any) -> bool:
        """Fill in the empty row; a value, or a note after a value, adds the actual.

        A value left with Tab (``moving_on``) waits for the note, so that date, Tab, value,
        Tab, note, Enter adds one actual with its note, as one command.
        """
        if parsed in (None, ""):
            self._pending.pop(column, None)
        else:
            self._pending[column] = parsed
        self.dataChanged.emit(self.index(self.new_row, 0), self.index(self.new_row, VARIANCE))
        if column == DATE or VALUE not in self._pending:
            return column != VALUE or parsed is not None
        if column == VALUE and self.moving_on:
            return True
        return self._add_new_row()

    def _add_new_row(self) -> bool:
        assert self.measure is not None
        on: date = self._pending.get(DATE) or self.document.today()
        actual = Actual(
            measure_id=self.measure.id,
            on=on,
            value=self._pending[VALUE],
            note=self._pending.get(NOTE, ""),
        )
        self.added_from_new_row = self.document.push(commands.AddActual(self.document, actual))
        if self.added_from_new_row:
            self._pending = {}
            self.dataChanged.emit(self.index(self.new_row, 0), self.index(self.new_row, VARIANCE))
        return self.added_from_new_row


def _rounded(value: float) -> float:
    """Planned values to the precision people record: whole units from 100 up."""
    return float(round(value)) if abs(value) >= 100 else round(value, 2)


def _outside_bounds(text: str, bound: str) -> str:
    """Why a typed date or figure is refused, a whole sentence per bound."""
    from bakeryplan.domain.bounds import FIRST_DAY, LAST_DAY, VALUE_LIMIT
    from bakeryplan.text.formatter import language_formatter

    if bound == "years":
        return translate("ActualsModel", "“{text}” is outside the years {first} to {last}.").format(
            text=text, first=FIRST_DAY.year, last=LAST_DAY.year
        )
    if bound == "nan":
        return translate("ActualsModel", "“{text}” is not a number.").format(text=text)
    fmt = language_formatter()
    return translate("ActualsModel", "“{text}” is outside the range {low} to {high}.").format(
        text=text, low=fmt.number(-VALUE_LIMIT, 0), high=fmt.number(VALUE_LIMIT, 0)
    )
