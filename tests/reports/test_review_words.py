"""What changed since the last review, in a language that inflects: whole messages."""

from __future__ import annotations

from datetime import date

from bakeryplan.domain.model import Business
from bakeryplan.domain.plan_changes import ChangeField, ChangeValue, PlanChange
from bakeryplan.reports.review_text import plan_change_line
from bakeryplan.text.translate import in_language

GERMAN = Business("Bäckerei Morgenrot", currency="EUR", locale="de_DE")


def change(
    field: ChangeField, before: ChangeValue, after: ChangeValue, subject: str = "measure"
) -> PlanChange:
    return PlanChange(subject, 1, "Wochenumsatz", field, before, after, "EUR")


def test_in_german_a_change_is_one_whole_message_and_none_has_two_words() -> None:
    with in_language("de"):
        lines = [
            plan_change_line(c, GERMAN).text()
            for c in (
                change(ChangeField.COUNTING, "month latest", "week total"),
                change(ChangeField.STATUS, "dropped", "active", subject="goal"),
                change(ChangeField.DUE, None, date(2027, 1, 31), subject="goal"),
            )
        ]
    assert lines == [
        "Wochenumsatz: Zählweise jetzt: die Summe einer Woche "
        "(vorher: der letzte Wert eines Monats)",
        "Wochenumsatz: Ziel wieder aktiv (vorher verworfen)",
        "Wochenumsatz: Frist nicht festgelegt \u2192 31.01.2027",
    ]
