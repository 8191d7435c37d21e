"""A date field as the rest of the window writes dates, with a calendar pop-up.

The owner types "3 March 2027", "3/3/2027" or picks a day on the calendar; the field
shows it back as "3 Mar 2027" in the plan's locale. Reading and writing are
``date_text.read_date`` and ``date_text.show_date``, nothing else.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from bakeryplan.domain.bounds import FIRST_DAY, LAST_DAY
from bakeryplan.text.parsing import OutOfRangeError
from bakeryplan.text.translate import translate
from bakeryplan.ui.widgets.date_text import plan_locale, read_date, show_date


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QWidget):
    """A line for a typed date and a button that opens a calendar."""

    changed = Signal()

    def __init__(self, value: date | None, locale_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_name = locale_name
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(
            translate("DateField", "like {example}").format(
                example=show_date(date(2027, 3, 3), locale_name)
            )
        )
        self.line.editingFinished.connect(self._tidy)
        self.line.textChanged.connect(self.changed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("\u25be")  # a small down arrow, as a combo box has
        self.calendar_button.setAccessibleName(
            translate("DateField", "Pick a date on the calendar")
        )
        self.calendar_button.setToolTip(translate("DateField", "Pick a date on the calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(plan_locale(locale_name))
        self.calendar.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_at_typed_day)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(lambda picked: self._picked(picked, menu))
        self.calendar.activated.connect(lambda picked: self._picked(picked, menu))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        self.line.setText("" if value is None else show_date(value, self.locale_name))

    def date(self) -> date | None:
        """The date typed or picked; None when empty. ValueError while it is no date."""
        text = self.line.text().strip()
        return read_date(text, self.locale_name) if text else None

    def problem(self, field: str, *, required: bool = False) -> str | None:
        """What is wrong with the typed text, in words ("By when: please type a date, like
        3 Mar 2027"), or None for a date, or for an empty field that is not ``required``."""
        try:
            if self.date() is None and required:
                raise ValueError("no date")
        except OutOfRangeError:
            return translate(
                "DateField", "{field}: the date is outside the years {first} to {last}"
            ).format(field=field, first=FIRST_DAY.year, last=LAST_DAY.year)
        except ValueError:
            example = show_date(date(2027, 3, 3), self.locale_name)
            return translate("DateField", "{field}: please type a date, like {example}").format(
                field=field, example=example
            )
        return None

    def _tidy(self) -> None:
        """A date typed any way is shown back the way the window writes it."""
        try:
            day = self.date()
        except ValueError:
            return
        if day is not None:
            self.set_date(day)

    def _calendar_at_typed_day(self) -> None:
        try:
            day = self.date()
        except ValueError:
            day = None
        if day is not None:
            self.calendar.setSelectedDate(_qdate(day))

    def _picked(self, picked: QDate, menu: QMenu) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        menu.hide()
        self.line.setFocus()
