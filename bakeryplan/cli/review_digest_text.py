"""``bakeryplan review-digest``: the digest as JSON for scripts, and the line for a plan never
reviewed. The plain-text digest is ``reports.review_text``, shared with the window."""

from __future__ import annotations

from datetime import date
from typing import Any

from bakeryplan.domain.model import Plan, PlanOrigin, Step
from bakeryplan.domain.plan_changes import ChangeValue
from bakeryplan.domain.review_digest import ReviewDigest
from bakeryplan.reports.measure_figures import judged_figures
from bakeryplan.reports.review_text import decision_lines, plan_change_line
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.languages import language_of
from bakeryplan.text.translate import in_language, translate


def no_review_text(plan: Plan, on: date) -> str:
    with in_language(language_of(plan.business.locale)):  # as the digest it stands for
        when = formatter_for(plan.business).date(on, "long")
        text = translate("review", "{business}: no review held on or before {day} yet.")
        return text.format(business=plan.business.name, day=when) + "\n"


def digest_as_json(plan: Plan, digest: ReviewDigest | None, on: date) -> dict[str, Any]:
    """Ids, ISO dates and the engine's words (``on_track``); ``last_review`` null when none
    was held on or before ``on``."""
    if digest is None:
        return {"on": on.isoformat(), "last_review": None}
    review = digest.review
    b = plan.business
    return {
        "on": on.isoformat(),
        "last_review": {
            "id": review.id,
            "held": review.held.isoformat(),
            "kind": review.kind.value,
            "has_snapshot": digest.has_snapshot,
            "decisions": decision_lines(review.decisions),
        },
        "health_changes": [
            {
                "measure_id": c.measure.id,
                "name": c.measure.name,
                "from": c.before.value if c.before is not None else None,
                "to": c.after.value,
                "figures": _figures(plan, c.status),
            }
            for c in digest.changed_measures
        ],
        "plan_changes": [
            {
                "subject": c.subject,
                "id": c.subject_id,
                "name": c.name,
                "field": c.field.value,
                "from": _value(c.before),
                "to": _value(c.after),
                "text": plan_change_line(c, b).short,
            }
            for c in digest.plan_changes
        ],
        "steps_done": [_step(plan, s, "done", s.done) for s in digest.steps_done],
        "newly_overdue": [_step(plan, s, "due", s.due) for s in digest.newly_overdue],
        "new_feedback": [
            {
                "id": f.id,
                "received": f.received.isoformat(),
                "source": f.source.value,
                "from": f.from_name,
                "text": f.text,
                "status": f.status.value,
            }
            for f in digest.new_feedback
        ],
        "actuals_recorded": digest.actuals_recorded,
    }


def _figures(plan: Plan, status: Any) -> dict[str, str]:
    line = judged_figures(plan, status)
    return {"label": line.label, "actual": line.actual, "planned": line.planned}


def _value(value: ChangeValue) -> Any:
    if isinstance(value, PlanOrigin):  # as the plan file's JSON writes it
        return {
            "year_ending": value.year_ending.isoformat(),
            "change_percent": value.change_percent,
            "alignment": value.alignment.value,
        }
    return value.isoformat() if isinstance(value, date) else value


def _step(plan: Plan, step: Step, key: str, day: date | None) -> dict[str, Any]:
    owner = plan.person(step.owner_id)
    return {
        "id": step.id,
        "title": step.title,
        "owner": owner.name if owner is not None else None,
        key: day.isoformat() if day is not None else None,
    }
