"""The domain's facts in the business's words: forecasts, a year's outlook, health, steps.

The domain returns structured facts (``Forecast``, ``YearFigures``, ``Health``,
``StepProgress``); the sentences are composed here, each number and date written by the
business's ``Formatter`` and each English word passed through ``translate``, so one
sentence speaks one locale and a translation has one place to go.
"""

from __future__ import annotations

from functools import cache

from bakeryplan.domain.burnup import StepProgress
from bakeryplan.domain.forecast import Forecast, Outlook
from bakeryplan.domain.health import Health, toward_sign
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import Measure, Period
from bakeryplan.domain.year_plan import YearFigures
from bakeryplan.text.formatter import Formatter
from bakeryplan.text.languages import ENGLISH
from bakeryplan.text.translate import PLURAL, current_language, translate


def health_label(health: Health) -> str:
    """ "On track", "Behind", "At risk", "Achieved", "Not started"."""
    labels = {
        Health.ON_TRACK: translate("health", "On track"),
        Health.BEHIND: translate("health", "Behind"),
        Health.AT_RISK: translate("health", "At risk"),
        Health.ACHIEVED: translate("health", "Achieved"),
        Health.NOT_STARTED: translate("health", "Not started"),
    }
    return labels[health]


# German words that begin the app's labels but are no nouns ("Diese Woche bisher", "Im
# Plan", "Jeden Monat"): only these lose their capital inside a sentence, as German writes
# every noun ("Woche vom 30.11.2026", "November 2026", "Durchschnitt") with one.
# fmt: off
_GERMAN_SMALL_WORDS = frozenset((
    "am", "an", "auf", "aus", "bei", "bis", "das", "dem", "den", "der", "des", "die", "dies",
    "diese", "diesem", "diesen", "dieser", "dieses", "ein", "eine", "einem", "einen", "einer",
    "erreicht", "gefährdet", "gestern", "heute", "im", "in", "jede", "jedem", "jeden", "jeder",
    "jedes", "kein", "keine", "keinen", "monatlich", "neu", "nicht", "noch", "ohne", "seit",
    "täglich", "über", "vierteljährlich", "vom", "von", "vor", "wöchentlich", "zu", "zum", "zur",
))
# fmt: on


def mid_sentence(label: str) -> str:
    """A label as it reads inside a sentence, in the language words are in now: "This week
    so far" becomes "this week so far", "Diese Woche bisher" "diese Woche bisher".

    A first word keeps its capital where the language writes it so anywhere: an
    abbreviation ("KPI"), a month or weekday in English ("November 2026"), and any German
    word but the few small words above (German writes every noun with a capital).
    """
    first = label.split(" ", 1)[0]
    rest = first[1:]
    if not first[:1].isupper() or any(c.isdigit() for c in rest) or rest != rest.lower():
        return label
    language = current_language()
    if language == "de" and first.rstrip(",.:;").lower() not in _GERMAN_SMALL_WORDS:
        return label
    if language == ENGLISH and first.rstrip(",.:;") in _english_capitalised():
        return label
    return first[:1].lower() + label[1:]


@cache
def _english_capitalised() -> frozenset[str]:
    """English words written with a capital in mid-sentence: months, weekdays, "I"."""
    from babel import Locale

    names = {"I"}
    for english in (Locale.parse("en"), Locale.parse("en_GB")):  # "Sep" and "Sept"
        for table in (english.months, english.days):
            for widths in table.values():
                for width in ("wide", "abbreviated"):
                    names.update(str(name).rstrip(".") for name in widths[width].values())
    return frozenset(names)


def amount(fmt: Formatter, value: float, unit: str = "") -> str:
    """A figure in a sentence: whole from 100 on, else at most one decimal ("12.5 kg")."""
    digits = 0 if abs(value) >= 100 or value == round(value) else 1
    return fmt.measured(value, unit, digits)


def forecast_sentence(fmt: Formatter, m: Measure, forecast: Forecast) -> str:
    """A forecast in one sentence: "At this pace: 14 May 2027, 6 weeks late."."""
    o, when = forecast.outlook, forecast.reach_date
    if o is Outlook.REACHED:
        return translate("forecast", "Target reached.")
    if o is Outlook.NOT_MOVING:
        return translate("forecast", "Not moving towards the target at the recent pace.")
    if o is Outlook.YEAR and forecast.year is not None:
        return year_sentence(fmt, m, forecast.year)
    if o is Outlook.TARGET_DATE_PASSED:
        return _missed_sentence(fmt, m, forecast)
    if o in (Outlook.ON_TIME, Outlook.EARLY, Outlook.LATE) and when is not None:
        days = abs(forecast.days_late or 0)
        if o is Outlook.ON_TIME:
            text = translate("forecast", "At this pace the target is reached on {day}, on time.")
        elif o is Outlook.LATE:
            text = translate("forecast", "At this pace: {day}, {span} late.")
        else:
            text = translate(
                "forecast", "At this pace the target is reached on {day}, {span} early."
            )
        return text.format(day=fmt.date(when, "long"), span=fmt.days(days))
    value = forecast.value_at_target_date or 0.0
    return translate(
        "forecast", "At this pace you reach {value} by {day} (target {target})."
    ).format(
        value=amount(fmt, value, m.unit),
        day=fmt.date(m.target_date, "long"),
        target=amount(fmt, m.target, m.unit),
    )


def _missed_sentence(fmt: Formatter, m: Measure, forecast: Forecast) -> str:
    missed = translate("forecast", "The target date, {day}, has passed: {progress}.").format(
        day=fmt.date(m.target_date, "long"),
        progress=progress_words(fmt, m, forecast.value or 0.0),
    )
    if forecast.pace is Outlook.NOT_MOVING:
        not_moving = translate("forecast", "Not moving towards the target.")
        return f"{missed} {not_moving}"
    if forecast.pace is Outlook.LATE and forecast.reach_date is not None:
        pace = translate("forecast", "At this pace it is reached on {day}, {span} late.").format(
            day=fmt.date(forecast.reach_date, "long"), span=fmt.days(forecast.days_late or 0)
        )
        return f"{missed} {pace}"
    return missed


def progress_words(fmt: Formatter, m: Measure, value: float) -> str:
    """Where a measure stands against its target: "95 of 100 cafes reached", or "60 against
    a target of 40" for a measure going down (it is not "reached" from below)."""
    target = amount(fmt, m.target, m.unit)
    if toward_sign(m) < 0:
        return translate("forecast", "{value} against a target of {target}").format(
            value=amount(fmt, value, m.unit), target=target
        )
    bare = amount(fmt, value)
    with_unit = amount(fmt, value, m.unit)
    word_unit = with_unit.startswith(f"{bare} ")  # "95 cafes": the unit once, at the target
    return translate("forecast", "{value} of {target} reached").format(
        value=bare if word_unit else with_unit, target=target
    )


def year_sentence(fmt: Formatter, m: Measure, year: YearFigures) -> str:
    """A plan judged on its year: "At this pace the year totals €436,000 (plan €432,000)."."""

    def money(value: float) -> str:
        return amount(fmt, value, m.unit)

    plan = money(year.planned) + _scope(fmt, m, year)
    if year.reached:
        figure = money(year.recorded or 0.0)
        if not year.ended:
            text = translate("year", "The year's plan is reached already: {figure} (plan {plan}).")
        elif year.total:
            text = translate("year", "The year reached its plan: {figure} (plan {plan}).")
        else:
            text = translate(
                "year", "The year reached its plan: {figure} a day on average (plan {plan})."
            )
        return text.format(figure=figure, plan=plan)
    if year.ended:
        recorded = year.recorded or 0.0
        short = year.planned - recorded
        share = ""
        if year.planned:
            percent = short / year.planned
            share = f" ({fmt.percent(percent, 1 if percent < 0.01 else 0)})"
        if year.total:
            text = translate(
                "year", "The year ended at {figure}: {short}{share} short of its plan of {plan}."
            )
        else:
            text = translate(
                "year",
                "The year averaged {figure} a day: {short}{share} short of its plan of {plan}.",
            )
        return text.format(figure=money(recorded), short=money(short), share=share, plan=plan)
    projected = money(year.projected or 0.0)
    if year.total:
        text = translate("year", "At this pace the year totals {figure} (plan {plan}).")
    else:
        text = translate("year", "At this pace the year averages {figure} a day (plan {plan}).")
    return text.format(figure=projected, plan=plan)


def _scope(fmt: Formatter, m: Measure, year: YearFigures) -> str:
    """What the plan's figure covers, " for the 53 weeks to 8 August 2027": a weekly plan of
    a year's days is 52 or 53 whole weeks, so its total is not the 365 days' one."""
    if year.last_day is None or m.period is Period.DAY:
        return ""
    period = m.period if m.period in (Period.WEEK, Period.MONTH, Period.QUARTER) else Period.YEAR
    return translate("year", " for the {periods} to {day}").format(
        periods=fmt.period_noun(period, year.periods), day=fmt.date(year.last_day, "long")
    )


def steps_sentence(fmt: Formatter, steps: StepProgress) -> str:
    """ "3 of 5 steps done, 1 overdue; 60% of the effort done, 70% planned by now: Behind"."""
    total = steps.total  # a plain name: lupdate reads no attribute as a count
    if steps.overdue:
        text = translate(
            "steps",
            "{done} of %n step(s) done, {overdue} overdue; {done_share} of the effort done, "
            "{due_share} planned by now: {health}", None, PLURAL, total
        )  # fmt: skip
    else:
        text = translate(
            "steps",
            "{done} of %n step(s) done; {done_share} of the effort done, {due_share} planned "
            "by now: {health}", None, PLURAL, total
        )  # fmt: skip
    return text.format(
        done=fmt.number(steps.done, 0),
        overdue=fmt.number(steps.overdue, 0),
        done_share=fmt.percent(steps.done_share),
        due_share=fmt.percent(steps.planned_share),
        health=health_label(steps.health),
    )


def outlook(fmt: Formatter, status: MeasureStatus) -> str:
    """A measure's forecast in one sentence, or nothing while there is none."""
    if status.forecast is None:
        return ""
    return forecast_sentence(fmt, status.measure, status.forecast)
