"""The New measure and Edit measure form: the numbers, how entries are counted, and the
planned path with its points and a preview.

The same pieces as the goal wizard's measure page (``CountingFields`` and
``PlannedPathEditor``), in a ``FormDialog``, so what the wizard set can be seen and changed
later. The domain's measure rules (``measure_problems``) hold OK back with a plain message,
a point of the path after the target date among them.

Edit measure also offers "Plan from last year": its dialog starts from the measure as the
form says it, and once accepted the form shows the plan drawn (numbers, dates and the
stepped path with its points); OK saves it as the form's one edit. A measure keeps "planned
from last year" only while its plan is as drawn (``origin_after_edit``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from bakeryplan.domain.measure_rules import measure_problems
from bakeryplan.domain.model import Direction, Measure, Plan
from bakeryplan.text.measure_problems import measure_problem_sentence
from bakeryplan.text.parsing import number_edit_text
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import decimal_mark
from bakeryplan.ui.widgets.counting_fields import CountingFields, is_money
from bakeryplan.ui.widgets.form_dialog import FormDialog, OptionalDateEdit, Rule
from bakeryplan.ui.widgets.planned_path import PlannedPathEditor


class MeasureForm(FormDialog):
    """The form of one measure; ``measure()`` is the measure as the form now says it."""

    def __init__(
        self,
        parent: QWidget | None,
        plan: Plan,
        measure: Measure,
        *,
        is_new: bool,
        today: date | None = None,
    ) -> None:
        """``today``: an existing measure's form offers "Plan from last year"."""
        super().__init__(
            translate("forms", "New measure") if is_new else translate("forms", "Edit measure"),
            parent,
            decimal_mark=decimal_mark(plan.business),
            locale_name=plan.business.locale,
        )
        self.base = measure
        self._plan = plan
        self._business = plan.business
        self._drawn: Measure | None = None  # the measure as "Plan from last year" drew it
        self.add_text("name", translate("forms", "&Measure"), measure.name, required=True)
        self.add_text("unit", translate("forms", "&Unit"), measure.unit)
        directions = [
            (translate("forms", "Higher is better"), Direction.UP),
            (translate("forms", "Lower is better"), Direction.DOWN),
            (translate("forms", "Keep within a band"), Direction.BAND),
        ]
        self.add_choice(
            "direction", translate("forms", "&Direction"), directions, measure.direction
        )
        self.add_number(
            "baseline", translate("forms", "Starting &point"), measure.baseline, required=True
        )
        self.add_number("target", translate("forms", "&Target"), measure.target, required=True)
        self.add_number("band_low", translate("forms", "Band &low"), measure.band_low)
        self.add_number("band_high", translate("forms", "Band &high"), measure.band_high)
        self.add_date("start", translate("forms", "&Start"), measure.start, optional=False)
        self.add_date(
            "target_date", translate("forms", "Target &date"), measure.target_date, optional=False
        )
        self.counting = CountingFields(
            measure.period, measure.counting, measure.health_window, self, chosen=not is_new
        )
        counting = self.counting
        self.add_field(
            "period",
            translate("forms", "What the target speaks &of"),
            counting.period_combo,
            counting.period,
            counting.edited,
        )
        self.add_field(
            "counting",
            translate("forms", "Count it &as"),
            counting.counting_combo,
            counting.counting,
        )
        self.add_field(
            "health_window",
            translate("forms", "Judge health o&ver"),
            counting.window_row,
            counting.health_window,
        )
        self.path = PlannedPathEditor(
            measure,
            fiscal_year_start=plan.business.fiscal_year_start,
            points_follow=is_new,
            locale_name=plan.business.locale,
        )
        self.add_field(
            "curve",
            translate("forms", "Pla&nned path"),
            self.path.curve_combo,
            self.path.curve,
            self.path.edited,
        )
        self.last_year_button: QPushButton | None = None
        if today is not None and not is_new:
            self._add_last_year_button(today)
        self.add_field("points", None, self.path, self.path.points)
        self.path.shape_changed.connect(self._show_points)
        for key in ("baseline", "target"):
            self.line_edit(key).textChanged.connect(self._numbers_changed)
        for key in ("start", "target_date"):
            date_widget = self.widget(key)
            assert isinstance(date_widget, OptionalDateEdit)
            date_widget.changed.connect(self._numbers_changed)
        if is_new:
            for key in ("name", "unit"):
                self.line_edit(key).textChanged.connect(self._suggest_counting)
        self.add_rule(measure_rule(measure))
        self._show_points()

    def measure(self) -> Measure | None:
        """The measure as typed, or None while a number does not parse yet. A plan drawn
        from last year says so only while it is left as drawn."""
        values = self.typed_values()
        if values is None:
            return None
        from bakeryplan.domain.plan_from_history import origin_after_edit

        drawn = self._drawn or self.base
        return origin_after_edit(drawn, replace(drawn, **values))

    def _add_last_year_button(self, today: date) -> None:
        button = QPushButton(translate("forms", "Plan from last &year…"), self)
        button.setToolTip(
            translate("forms", "Draw a seasonal plan from a year of this measure's entries")
        )
        button.clicked.connect(lambda: self.plan_from_last_year(today))
        self.add_row(translate("forms", "Seasonal plan:"), button)
        self.last_year_button = button

    def plan_from_last_year(self, today: date) -> None:
        """The dialog, from the measure as the form says it; once accepted, the form shows
        the plan drawn, and OK saves it."""
        typed = self.measure() or self._drawn or self.base
        drawn = dialogs.plan_from_last_year(self, self._plan, typed, today)
        if drawn is None:
            return
        self._drawn = drawn
        for key in ("baseline", "target"):
            self.set_text(key, number_edit_text(getattr(drawn, key), self.decimal_mark))
        self.set_date("start", drawn.start)
        self.set_date("target_date", drawn.target_date)
        self.path.show_drawn(drawn)

    def accept(self) -> None:
        """Refused for a point after the target date: the cursor goes to that point."""
        super().accept()
        measure = self.measure()
        if self.result() == QDialog.DialogCode.Accepted or measure is None:
            return
        problems = measure_problems(measure)
        if problems and problems[0].field == "points":
            self.path.focus_point_after(measure.target_date)

    def _show_points(self) -> None:
        self.set_row_visible("points", self.path.shows_points())

    def _numbers_changed(self, _changed: str | QDate | None = None) -> None:
        values = self.typed_values()
        if values is None or values["baseline"] is None or values["target"] is None:
            return
        numbers = {k: values[k] for k in ("baseline", "target", "start", "target_date")}
        self.path.set_numbers(replace(self.base, **numbers))

    def _suggest_counting(self) -> None:
        name = self.line_edit("name").text()
        unit = self.line_edit("unit").text()
        self.counting.suggest(name, unit, money=is_money(unit, self._business))


def ask_measure(
    parent: QWidget | None,
    plan: Plan,
    measure: Measure,
    *,
    is_new: bool,
    today: date | None = None,
) -> Measure | None:
    """The measure form; the new or edited measure (not yet stored), or None if cancelled.
    With ``today``, Edit measure offers "Plan from last year"."""
    form = MeasureForm(parent, plan, measure, is_new=is_new, today=today)
    if dialogs.exec_dialog(form) != QDialog.DialogCode.Accepted:
        return None
    return form.measure()


def measure_rule(measure: Measure) -> Rule:
    """The domain's measure rules, on the measure as the form now says it."""

    def first_problem(values: dict[str, Any]) -> tuple[str, str] | None:
        problems = measure_problems(replace(measure, **values))
        if not problems:
            return None
        text = measure_problem_sentence(problems[0])
        return text, problems[0].field

    return first_problem
