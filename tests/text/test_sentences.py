"""Sentences composed from the domain's facts, in the business's words and formats."""

from __future__ import annotations

from datetime import date

from bakeryplan.domain.burnup import StepProgress
from bakeryplan.domain.forecast import Forecast, Outlook
from bakeryplan.domain.health import Health
from bakeryplan.domain.model import Direction, Period
from bakeryplan.domain.year_plan import YearFigures
from bakeryplan.text.formatter import Formatter
from bakeryplan.text.sentences import (
    forecast_sentence,
    health_label,
    mid_sentence,
    progress_words,
    steps_sentence,
    year_sentence,
)
from bakeryplan.text.translate import in_language
from tests.domain.builders import d, measure

NBSP = "\xa0"
ENGLISH = Formatter("en_GB", "GBP")
GERMAN = Formatter("de_DE", "EUR")
TAKINGS = measure(baseline=0, target=9000, unit="EUR", target_date=d(5, 31, 2027))


def test_health_labels() -> None:
    assert [health_label(h) for h in Health] == [
        "On track",
        "Behind",
        "At risk",
        "Achieved",
        "Not started",
    ]


def test_a_label_inside_an_english_sentence() -> None:
    small = ["This week so far", "Today so far", "Week of 23 Nov 2026", "On track"]
    assert [mid_sentence(label) for label in small] == [
        "this week so far",
        "today so far",
        "week of 23 Nov 2026",
        "on track",
    ]
    kept = ["November 2026", "Sept \u2013 Nov 2026", "Dec 2, 2026", "KPI rate", "4 weeks", "", "I"]
    assert [mid_sentence(label) for label in kept] == kept


def test_a_label_inside_a_german_sentence_keeps_the_capital_of_a_noun() -> None:
    with in_language("de"):
        small = ["Diese Woche bisher", "Heute bisher", "Im Plan", "Gefährdet", "Jeden Monat"]
        assert [mid_sentence(label) for label in small] == [
            "diese Woche bisher",
            "heute bisher",
            "im Plan",
            "gefährdet",
            "jeden Monat",
        ]
        kept = ["Woche vom 23.11.2026", "November 2026", "Durchschnitt", "Okt. \u2013 Dez. 2026"]
        assert [mid_sentence(label) for label in kept] == kept


def test_a_label_inside_a_french_or_polish_sentence() -> None:
    with in_language("fr"):
        assert mid_sentence("Semaine du 23/11/2026") == "semaine du 23/11/2026"
        assert mid_sentence("À risque") == "à risque"  # a word of one letter, too
        assert mid_sentence("T1 2027") == "T1 2027"  # a quarter keeps its capital
    with in_language("it"):
        assert mid_sentence("A rischio") == "a rischio"
    with in_language("pl"):
        assert mid_sentence("Ten tydzień do tej pory") == "ten tydzień do tej pory"


def test_each_outlook_in_words() -> None:
    late = Forecast(Outlook.LATE, reach_date=date(2027, 5, 14), days_late=42)
    early = Forecast(Outlook.EARLY, reach_date=date(2027, 3, 2), days_late=-21)
    on_time = Forecast(Outlook.ON_TIME, reach_date=date(2027, 6, 2), days_late=2)
    value = Forecast(Outlook.VALUE_BY_TARGET_DATE, value_at_target_date=8250)
    assert forecast_sentence(ENGLISH, TAKINGS, late) == "At this pace: 14 May 2027, 6 weeks late."
    assert forecast_sentence(ENGLISH, TAKINGS, early) == (
        "At this pace the target is reached on 2 March 2027, 3 weeks early."
    )
    assert forecast_sentence(ENGLISH, TAKINGS, on_time).endswith("2 June 2027, on time.")
    assert forecast_sentence(ENGLISH, TAKINGS, value) == (
        "At this pace you reach €8,250 by 31 May 2027 (target €9,000)."
    )
    reached = Forecast(Outlook.REACHED)
    assert forecast_sentence(ENGLISH, TAKINGS, reached) == "Target reached."


def test_a_german_plan_says_its_forecast_in_german_formats_throughout() -> None:
    value = Forecast(Outlook.VALUE_BY_TARGET_DATE, value_at_target_date=8250)
    late = Forecast(Outlook.LATE, reach_date=date(2027, 1, 17), days_late=42)
    assert forecast_sentence(GERMAN, TAKINGS, value) == (
        f"At this pace you reach 8.250{NBSP}€ by 31. Mai 2027 (target 9.000{NBSP}€)."
    )
    assert forecast_sentence(GERMAN, TAKINGS, late) == (
        "At this pace: 17. Januar 2027, 6 weeks late."
    )


def test_a_missed_target_date_then_the_pace() -> None:
    missed = Forecast(
        Outlook.TARGET_DATE_PASSED,
        reach_date=date(2027, 7, 12),
        days_late=42,
        value=8500,
        pace=Outlook.LATE,
    )
    assert forecast_sentence(ENGLISH, TAKINGS, missed) == (
        "The target date, 31 May 2027, has passed: €8,500 of €9,000 reached. "
        "At this pace it is reached on 12 July 2027, 6 weeks late."
    )


def test_progress_words() -> None:
    assert progress_words(ENGLISH, measure(unit="cafes"), 95) == "95 of 100 cafes reached"
    assert progress_words(ENGLISH, measure(unit="cafes", target=1), 0) == "0 of 1 cafe reached"
    assert progress_words(ENGLISH, measure(unit="%"), 95) == "95% of 100% reached"
    down = measure(baseline=100, target=40, direction=Direction.DOWN, unit="kg")
    assert progress_words(ENGLISH, down, 60) == "60 kg against a target of 40 kg"
    assert progress_words(GERMAN, measure(unit="EUR", target=1250), 95.5) == (
        f"95,50{NBSP}€ of 1.250{NBSP}€ reached"
    )


def test_a_year_in_words() -> None:
    year = YearFigures(
        total=True,
        planned=432_000,
        recorded=420_000,
        projected=None,
        ended=True,
        periods=12,
        last_day=date(2027, 7, 31),
    )
    monthly = measure(unit="EUR", period=Period.MONTH)
    assert year_sentence(ENGLISH, monthly, year) == (
        "The year ended at €420,000: €12,000 (3%) short of its plan of "
        "€432,000 for the 12 months to 31 July 2027."
    )
    assert year_sentence(GERMAN, monthly, year) == (
        f"The year ended at 420.000{NBSP}€: 12.000{NBSP}€ (3{NBSP}%) short of its plan of "
        f"432.000{NBSP}€ for the 12 months to 31. Juli 2027."
    )


def test_steps_in_words() -> None:
    steps = StepProgress(
        total=1250, done=1, overdue=2, planned_share=0.5, done_share=0.13, health=Health.AT_RISK
    )
    assert steps_sentence(ENGLISH, steps) == (
        "1 of 1,250 steps done, 2 overdue; 13% of the effort done, 50% planned by now: At risk"
    )
    with in_language("de"):
        german = steps_sentence(GERMAN, steps)
    assert german.startswith("1 von 1.250 Schritten erledigt, 2 überfällig; 13")
