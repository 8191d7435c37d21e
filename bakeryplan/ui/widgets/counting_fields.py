"""How a measure is counted, asked in the owner's words: its period, its counting rule and
the window of complete periods health judges.

"Weekly revenue" is the total of a week's till entries; a rating is the latest figure. The
owner says so in plain words ("What does the target speak of? a week"; "Count it as: the
total for the week"), and the counting words follow the chosen period. Until the owner
picks by hand, the choices follow what the measure's name and unit suggest: money is a
total, a share or a rating is the latest figure, "a week" in the name is a week. The health
window starts at the domain's default for the period and counting (``default_window``) and
is stored as None while left there, so a later change of the default reaches it too.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from bakeryplan.domain.measure_status import default_window
from bakeryplan.domain.model import Business, Counting, Period
from bakeryplan.domain.periods import Span
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui.panels import format_day, format_month

MAX_WINDOW = 520  # ten years of weeks: far more than anyone judges health over

_PERIOD_WORDS = {
    Period.DAY: r"day|days|daily",
    Period.WEEK: r"week|weeks|weekly",
    Period.MONTH: r"month|months|monthly",
    Period.QUARTER: r"quarter|quarters|quarterly",
    Period.YEAR: r"year|years|yearly|annual|annually",
}
_LEVEL_WORDS = r"rating|ratings|score|stars?|share|rate|ratio|average|percent|percentage"


def period_label(period: Period) -> str:
    """What the target speaks of: "a week"."""
    return {
        Period.DAY: translate("CountingFields", "a day"),
        Period.WEEK: translate("CountingFields", "a week"),
        Period.MONTH: translate("CountingFields", "a month"),
        Period.QUARTER: translate("CountingFields", "a quarter"),
        Period.YEAR: translate("CountingFields", "a year"),
    }[period]


def health_window_words(period: Period, count: int) -> str:
    """The window health judges, whole: "the last 4 weeks" (Polish inflects "the last" too)."""
    return {
        Period.DAY: translate("CountingFields", "the last %n day(s)", None, PLURAL, count),
        Period.WEEK: translate("CountingFields", "the last %n week(s)", None, PLURAL, count),
        Period.MONTH: translate("CountingFields", "the last %n month(s)", None, PLURAL, count),
        Period.QUARTER: translate("CountingFields", "the last %n quarter(s)", None, PLURAL, count),
        Period.YEAR: translate("CountingFields", "the last %n year(s)", None, PLURAL, count),
    }[period]


def counting_label(counting: Counting, period: Period) -> str:
    """How a period's entries make its value, in words that follow the period: one whole
    message a period, since the article and case of the period's noun differ by language."""
    if counting is Counting.TOTAL:
        return {
            Period.DAY: translate("CountingFields", "the total for the day"),
            Period.WEEK: translate("CountingFields", "the total for the week"),
            Period.MONTH: translate("CountingFields", "the total for the month"),
            Period.QUARTER: translate("CountingFields", "the total for the quarter"),
            Period.YEAR: translate("CountingFields", "the total for the year"),
        }[period]
    if counting is Counting.AVERAGE:
        return {
            Period.DAY: translate("CountingFields", "the average per day"),
            Period.WEEK: translate("CountingFields", "the average per day over the week"),
            Period.MONTH: translate("CountingFields", "the average per day over the month"),
            Period.QUARTER: translate("CountingFields", "the average per day over the quarter"),
            Period.YEAR: translate("CountingFields", "the average per day over the year"),
        }[period]
    return translate("CountingFields", "the latest figure")


def figure_header(counting: Counting, period: Period) -> str:
    """The heading of a period's figure: "Week's total", "Month's figure"."""
    if counting is Counting.TOTAL:
        return {
            Period.DAY: translate("CountingFields", "Day's total"),
            Period.WEEK: translate("CountingFields", "Week's total"),
            Period.MONTH: translate("CountingFields", "Month's total"),
            Period.QUARTER: translate("CountingFields", "Quarter's total"),
            Period.YEAR: translate("CountingFields", "Year's total"),
        }[period]
    if counting is Counting.AVERAGE:
        return {
            Period.DAY: translate("CountingFields", "Day's daily average"),
            Period.WEEK: translate("CountingFields", "Week's daily average"),
            Period.MONTH: translate("CountingFields", "Month's daily average"),
            Period.QUARTER: translate("CountingFields", "Quarter's daily average"),
            Period.YEAR: translate("CountingFields", "Year's daily average"),
        }[period]
    return {
        Period.DAY: translate("CountingFields", "Day's figure"),
        Period.WEEK: translate("CountingFields", "Week's figure"),
        Period.MONTH: translate("CountingFields", "Month's figure"),
        Period.QUARTER: translate("CountingFields", "Quarter's figure"),
        Period.YEAR: translate("CountingFields", "Year's figure"),
    }[period]


def period_name(period: Period, span: Span, business: Business) -> str:
    """A period in words: "Week of 16 Nov 2026", "November 2026", or its first and last
    days for a quarter or a year."""
    if period is Period.DAY:
        return format_day(span.start, business)
    if period is Period.WEEK:
        return translate("CountingFields", "Week of {day}").format(
            day=format_day(span.start, business)
        )
    if period is Period.MONTH:
        return format_month(span.start, business)
    return f"{format_day(span.start, business)} \u2013 {format_day(span.end, business)}"


def suggested_period(name: str) -> Period | None:
    """The period a measure's name speaks of ("Loaves a week": a week), if any."""
    text = name.casefold()
    for period, words in _PERIOD_WORDS.items():
        if re.search(rf"(?<!\w)({words})(?!\w)", text):
            return period
    return None


def suggested_counting(name: str, unit: str, *, money: bool) -> Counting | None:
    """Money adds up (a total); a share or a rating is a level (the latest figure); a
    name that speaks of a period counts that period's total. None: no suggestion."""
    if money:
        return Counting.TOTAL
    level = re.search(rf"(?<!\w)({_LEVEL_WORDS})(?!\w)", f"{name} {unit}".casefold())
    if unit.strip() == "%" or level:
        return Counting.LATEST
    if suggested_period(name) is not None:
        return Counting.TOTAL
    return None


class CountingFields(QObject):
    """The three widgets (a host lays them out in its own form) and how they follow each
    other: ``period_combo``, ``counting_combo`` and ``window_row`` (the spin box
    ``window_spin`` between the words before and after the number of "the last 4 weeks")."""

    edited = Signal()

    def __init__(
        self,
        period: Period,
        counting: Counting,
        health_window: int | None,
        parent: QWidget | None = None,
        *,
        chosen: bool = False,
    ) -> None:
        """``chosen``: the values were the owner's already (an existing measure), so the
        name and unit suggest nothing."""
        super().__init__(parent)
        self.period_combo = QComboBox(parent)
        for each in Period:
            self.period_combo.addItem(period_label(each), each.value)
        self.counting_combo = QComboBox(parent)
        for kind in Counting:
            self.counting_combo.addItem("", kind.value)
        self.window_spin = QSpinBox(parent)
        self.window_spin.setRange(1, MAX_WINDOW)
        self.window_unit = QLabel(parent)
        self.window_row = QWidget(parent)
        row = QHBoxLayout(self.window_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.window_lead = QLabel(self.window_row)  # "the last", as the number needs it
        row.addWidget(self.window_lead)
        row.addWidget(self.window_spin)
        row.addWidget(self.window_unit)
        row.addStretch(1)
        self.window_row.setFocusProxy(self.window_spin)
        self.period_combo.setAccessibleName(
            translate("CountingFields", "What the target speaks of")
        )
        self.counting_combo.setAccessibleName(translate("CountingFields", "Count it as"))
        self.window_spin.setAccessibleName(
            translate("CountingFields", "Judge health over the last")
        )
        self._period_by_hand = self._counting_by_hand = chosen
        self._window_by_hand = health_window is not None
        self._setting = False
        self._set(period, counting, health_window)
        self.period_combo.activated.connect(self._period_picked)
        self.counting_combo.activated.connect(self._counting_picked)
        self.period_combo.currentIndexChanged.connect(self._follow)
        self.counting_combo.currentIndexChanged.connect(self._follow)
        self.window_spin.valueChanged.connect(self._window_changed)

    def period(self) -> Period:
        return Period(self.period_combo.currentData())

    def counting(self) -> Counting:
        return Counting(self.counting_combo.currentData())

    def default_window(self) -> int:
        return default_window(self.period(), self.counting())

    def health_window(self) -> int | None:
        """The window as stored: None while it is the default for the period and counting."""
        value = self.window_spin.value()
        return None if value == self.default_window() else value

    def suggest(self, name: str, unit: str, *, money: bool) -> None:
        """Follow what the name and unit suggest, where the owner has not picked by hand."""
        period = suggested_period(name)
        counting = suggested_counting(name, unit, money=money)
        self._set(
            period if period is not None and not self._period_by_hand else self.period(),
            counting if counting is not None and not self._counting_by_hand else self.counting(),
            None if not self._window_by_hand else self.window_spin.value(),
        )

    def choose(self, period: Period, counting: Counting) -> None:
        """Set the period and counting as chosen (a plan drawn for the owner speaks of
        them): the name and unit suggest nothing after this."""
        self._period_by_hand = self._counting_by_hand = True
        self._set(period, counting, self.window_spin.value() if self._window_by_hand else None)

    def _set(self, period: Period, counting: Counting, window: int | None) -> None:
        self._setting = True
        try:
            self.period_combo.setCurrentIndex(self.period_combo.findData(period.value))
            self.counting_combo.setCurrentIndex(self.counting_combo.findData(counting.value))
            self._words()
            self.window_spin.setValue(window if window is not None else self.default_window())
            self._words()
        finally:
            self._setting = False
        self.edited.emit()

    def _words(self) -> None:
        """The counting and window words follow the period (and the window's number)."""
        period = self.period()
        for index in range(self.counting_combo.count()):
            counting = Counting(self.counting_combo.itemData(index))
            self.counting_combo.setItemText(index, counting_label(counting, period))
        count = self.window_spin.value()
        lead, _, unit = health_window_words(period, count).partition(str(count))
        self.window_lead.setText(lead.strip())
        self.window_unit.setText(unit.strip())
        self.window_spin.setToolTip(
            translate(
                "CountingFields",
                "Health looks back over this many complete periods; the usual is {count}.",
            ).format(count=self.default_window())
        )

    def _period_picked(self) -> None:
        self._period_by_hand = True

    def _counting_picked(self) -> None:
        self._counting_by_hand = True

    def _follow(self) -> None:
        """A window the owner left alone moves to the new default."""
        if self._setting:
            return
        window = self.window_spin.value() if self._window_by_hand else None
        self._set(self.period(), self.counting(), window)

    def _window_changed(self) -> None:
        if self._setting:
            return
        self._window_by_hand = True
        self._words()
        self.edited.emit()


def is_money(unit: str, business: Business | None) -> bool:
    """Whether a unit is the business's money (or another currency): money adds up."""
    if business is None or not unit.strip():
        return False
    from bakeryplan.text.formatter import formatter_for  # babel: when first asked

    return formatter_for(business).currency_of(unit) is not None
