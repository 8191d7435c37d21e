"""What the reviews add to the progress pack: the owner's latest explanation of a measure
behind or at risk, with its date, and the notes typed with the actuals of a period.

Kept apart from ``pack_content`` (the pack's figures) so the two change independently.
"""

from __future__ import annotations

from bakeryplan.domain.counting import PeriodValue
from bakeryplan.domain.explanations import latest_explanation, needs_explanation
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import Measure, Plan
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.translate import translate


def explanation_sentence(plan: Plan, ms: MeasureStatus) -> str:
    """ "The owner's explanation at the review of 7 November 2026: ..." for a measure behind
    or at risk that has one; empty otherwise."""
    if not needs_explanation(ms.health):
        return ""
    found = latest_explanation(plan.reviews, ms.measure.id, ms.on)
    if found is None:
        return ""
    when = formatter_for(plan.business).date(found.held, "long")
    return translate("pack", "The owner's explanation at the review of {day}: {text}").format(
        day=when, text=found.text
    )


def period_note(plan: Plan, m: Measure, period: PeriodValue) -> str:
    """The notes typed with a period's entries, oldest first, each once, joined by "; "."""
    notes: list[str] = []
    for actual in plan.actuals_of(m.id):
        text = " ".join(actual.note.split())
        if actual.on in period.span and text and text not in notes:
            notes.append(text)
    return "; ".join(notes)
