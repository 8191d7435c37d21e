"""What changed since the last review, in plain words: for the review wizard, the Reviews tab
and ``bakeryplan review-digest``.

Figures come from ``measure_figures`` (the judged window against its plan), so a review
reads the same numbers as status, the one-page plan and the pack. Values of changed
targets are written in the measure's unit and the business's money and dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import Alignment, Business, Feedback, Plan, PlanOrigin, Review, Step
from bakeryplan.domain.plan_changes import ChangeField, ChangeValue, PlanChange
from bakeryplan.domain.review_digest import ReviewDigest, changes_at_review, previous_review
from bakeryplan.reports.measure_figures import digits_for, judged_figures
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.sentences import health_label

ARROW = "\u2192"

_COUNTING_WORDS = {
    "total": "the total of a {period}",
    "average": "the average per day of a {period}",
    "latest": "the latest figure of a {period}",
}
_GOAL_STATUS = {"active": "active", "done": "done", "dropped": "dropped"}


@dataclass(frozen=True)
class Line:
    """One row of a digest: what it is about, a short word, and the detail."""

    name: str
    short: str
    detail: str = ""

    def text(self) -> str:
        """ "Name: short (detail)", or "Name (detail)" without a short word."""
        head = f"{self.name}: {self.short}" if self.short else self.name
        return f"{head} ({self.detail})" if self.detail else head


def health_words(before: Health | None, after: Health) -> str:
    """ "On track → Behind", or "new: On track" for a measure added since."""
    if before is None:
        return f"new, {health_label(after)}"
    return f"{health_label(before)} {ARROW} {health_label(after)}"


def figures_text(plan: Plan, status: MeasureStatus) -> str:
    """ "€8,100 against €8,400 planned, 4 weeks to 22 Nov 2026, average per week" """
    line = judged_figures(plan, status)
    if status.actual is None:
        return f"no figure yet, {line.planned} planned ({line.label.lower()})"
    return f"{line.actual} against {line.planned} planned, {_lowered(line.label)}"


def _lowered(label: str) -> str:
    if label.startswith(("This ", "Today", "Week of ")):
        return label[0].lower() + label[1:]
    return label


def health_lines(plan: Plan, digest: ReviewDigest) -> list[Line]:
    return [
        Line(c.measure.name, health_words(c.before, c.after), figures_text(plan, c.status))
        for c in digest.changed_measures
    ]


def plan_change_line(change: PlanChange, business: Business) -> Line:
    """One change to the plan, such as "Weekly revenue: target €9,000 → €9,500"."""
    field = change.field
    if field is ChangeField.ADDED:
        return Line(change.name, f"{change.subject} added")
    if field is ChangeField.REMOVED:
        return Line(change.name, f"{change.subject} deleted")
    if field is ChangeField.CURVE:
        return Line(change.name, _curve_words(change))
    if field is ChangeField.ORIGIN:
        return Line(change.name, _origin_change_words(change, business))
    if field is ChangeField.COUNTING:
        return Line(
            change.name,
            f"now counted as {_counting_words(change.after)} "
            f"(was {_counting_words(change.before)})",
        )
    if field is ChangeField.STATUS:
        return Line(change.name, f"goal marked {change.after} (was {change.before})")
    if field is ChangeField.NAME:
        noun = "renamed" if change.subject == "measure" else "retitled"
        return Line(change.name, f"{noun} (was \u201c{change.before}\u201d)")
    noun = {
        ChangeField.TARGET: "target",
        ChangeField.TARGET_DATE: "target date",
        ChangeField.BASELINE: "starting point",
        ChangeField.START: "start",
        ChangeField.DUE: "due date",
    }[field]
    before = _value(change.before, change.unit, business, change)
    after = _value(change.after, change.unit, business, change)
    return Line(change.name, f"{noun} {before} {ARROW} {after}")


def _curve_words(change: PlanChange) -> str:
    if change.before == change.after:
        return "planned curve redrawn"
    return f"planned curve redrawn ({change.before} {ARROW} {change.after})"


_MATCHED = {
    Alignment.WEEKDAY: ", days matched by weekday",
    Alignment.DATE: ", days matched by date",
}


def origin_words(origin: PlanOrigin, business: Business) -> str:
    """ "year ending 2 Aug 2026, +8 %", and how days were matched when not as usual."""
    from bakeryplan.domain.plan_from_history import change_words

    ending = formatter_for(business).date(origin.year_ending)
    matched = _MATCHED.get(origin.alignment, "")
    return f"year ending {ending}, {change_words(origin.change_percent)}{matched}"


def _origin_change_words(change: PlanChange, business: Business) -> str:
    before, after = change.before, change.after
    if not isinstance(after, PlanOrigin):
        return "no longer the plan drawn from last year"
    now = origin_words(after, business)
    if not isinstance(before, PlanOrigin):
        return f"now planned from last year ({now})"
    return f"planned from last year again ({now}; was {origin_words(before, business)})"


def _counting_words(rule: ChangeValue) -> str:
    period, counting = str(rule).split(" ", 1)
    return _COUNTING_WORDS.get(counting, "{period}").format(period=period)


def _value(value: ChangeValue, unit: str, business: Business, change: PlanChange) -> str:
    if value is None:
        return "none"
    if isinstance(value, date):
        return formatter_for(business).date(value)
    if isinstance(value, float):
        numbers = [v for v in (change.before, change.after) if isinstance(v, float)]
        digits = digits_for(max(abs(v) for v in numbers), _recorded_digits(numbers))
        return formatter_for(business).measured(value, unit, digits)
    return str(value)


def _recorded_digits(values: list[float]) -> int:
    """The decimals the values were typed with (at most two)."""
    for digits in range(2):
        if all(abs(v - round(v, digits)) <= 1e-9 * max(1.0, abs(v)) for v in values):
            return digits
    return 2


def step_line(plan: Plan, step: Step, *, done: bool = False) -> Line:
    """A step with its owner and due (or done) date."""
    owner = plan.person(step.owner_id)
    who = owner.name if owner is not None else "no owner"
    day = step.done if done else step.due
    when = formatter_for(plan.business).date(day) if day is not None else "no date"
    return Line(step.title, "", f"{who}, {'done' if done else 'due'} {when}")


def feedback_line(plan: Plan, item: Feedback) -> Line:
    who = item.from_name.strip() or item.source.value
    text = " ".join(item.text.split())
    return Line(
        who, text, f"{item.source.value}, {formatter_for(plan.business).date(item.received)}"
    )


def decision_lines(text: str) -> list[str]:
    """A review's decisions, one a line, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def since_sentence(digest: ReviewDigest, business: Business) -> str:
    """ "since the monthly review of 7 November 2026 (20 days ago)" """
    days = (digest.on - digest.since).days
    ago = "today" if days == 0 else "1 day ago" if days == 1 else f"{days} days ago"
    when = formatter_for(business).date(digest.since, "long")
    return f"since the {digest.review.kind.value} review of {when} ({ago})"


def digest_as_text(plan: Plan, digest: ReviewDigest) -> str:
    """The whole digest for a terminal: a heading, then one section per kind of change."""
    b = plan.business
    lines = [
        f"{b.name}: what changed {since_sentence(digest, b)} "
        f"to {formatter_for(b).date(digest.on, 'long')}"
    ]
    sections: list[tuple[str, list[str], str]] = [
        (
            "Measures whose health changed",
            [line.text() for line in health_lines(plan, digest)],
            "none",
        ),
        (
            "Changes to the plan",
            [plan_change_line(c, b).text() for c in digest.plan_changes],
            "none" if digest.has_snapshot else "not known: the last review kept no snapshot",
        ),
        ("Steps done", [step_line(plan, s, done=True).text() for s in digest.steps_done], "none"),
        ("Steps newly overdue", [step_line(plan, s).text() for s in digest.newly_overdue], "none"),
        ("New feedback", [feedback_line(plan, f).text() for f in digest.new_feedback], "none"),
        ("Decisions of the last review", decision_lines(digest.review.decisions), "none"),
    ]
    for title, items, empty in sections:
        lines += ["", f"{title} ({len(items)})" if items else f"{title}: {empty}"]
        lines += [f"  - {item}" for item in items]
    recorded = digest.actuals_recorded
    lines += ["", f"{recorded} {'actual' if recorded == 1 else 'actuals'} recorded since."]
    return "\n".join(lines) + "\n"


def review_record_lines(plan: Plan, reviews: tuple[Review, ...], review: Review) -> list[str]:
    """What a stored review kept beyond its notes: the explanations it heard, and what its
    snapshot shows against the previous review's (plan changes, then health changes)."""
    b = plan.business
    lines: list[str] = []
    if review.explanations:
        lines.append("Explanations")
        lines += [
            f"  {_measure_name(plan, review, e.measure_id)}: {e.text}" for e in review.explanations
        ]
    if review.snapshot is None:
        return [*lines, *([""] if lines else []), "This review kept no snapshot of the plan."]
    found = changes_at_review(reviews, review)
    if found is None:
        if lines:
            lines.append("")
        lines.append("The first review with a snapshot: later reviews show what changed.")
        return lines
    health, changes = found
    before = previous_review(reviews, review)
    assert before is not None
    since = formatter_for(b).date(before.held)
    for title, items in (
        (
            f"Changed in the plan since the review of {since}",
            [plan_change_line(c, b) for c in changes],
        ),
        (
            f"Health changed since {since}",
            [Line(h.name, health_words(h.before, h.after)) for h in health],
        ),
    ):
        if lines:
            lines.append("")
        lines.append(f"{title}: none" if not items else title)
        lines += [f"  {item.text()}" for item in items]
    return lines


def _measure_name(plan: Plan, review: Review, measure_id: int) -> str:
    """The measure's name as the review knew it, else as it is now."""
    kept = review.snapshot.measure(measure_id) if review.snapshot is not None else None
    if kept is not None:
        return kept.name
    now = plan.measure(measure_id)
    return now.name if now is not None else "A deleted measure"
