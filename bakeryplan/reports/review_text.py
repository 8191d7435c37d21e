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
from bakeryplan.domain.model import (
    Alignment,
    Business,
    Feedback,
    Plan,
    PlanOrigin,
    Review,
    ReviewKind,
    Step,
)
from bakeryplan.domain.plan_changes import ChangeField, ChangeValue, PlanChange
from bakeryplan.domain.review_digest import ReviewDigest, changes_at_review, previous_review
from bakeryplan.reports.measure_figures import digits_for, judged_figures
from bakeryplan.text.findings import feedback_source_name
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.languages import language_of
from bakeryplan.text.sentences import health_label, mid_sentence
from bakeryplan.text.translate import PLURAL, in_language, translate

ARROW = "\u2192"


@dataclass(frozen=True)
class Line:
    """One row of a digest: what it is about, a short word, and the detail."""

    name: str
    short: str
    detail: str = ""

    def text(self) -> str:
        """ "Name: short (detail)", or "Name (detail)" without a short word."""
        if self.short and self.detail:
            return translate("review", "{name}: {short} ({detail})").format(
                name=self.name, short=self.short, detail=self.detail
            )
        if self.short:
            return translate("review", "{name}: {short}").format(name=self.name, short=self.short)
        if self.detail:
            return translate("review", "{name} ({detail})").format(
                name=self.name, detail=self.detail
            )
        return self.name


def health_words(before: Health | None, after: Health) -> str:
    """ "On track → Behind", or "new: On track" for a measure added since."""
    if before is None:
        return translate("review", "new, {health}").format(health=health_label(after))
    return f"{health_label(before)} {ARROW} {health_label(after)}"


def figures_text(plan: Plan, status: MeasureStatus) -> str:
    """ "€8,100 against €8,400 planned, 4 weeks to 22 Nov 2026, average per week" """
    line = judged_figures(plan, status)
    if status.actual is None:
        return translate("review", "no figure yet, {planned} planned ({period})").format(
            planned=line.planned, period=mid_sentence(line.label)
        )
    return translate("review", "{actual} against {planned} planned, {period}").format(
        actual=line.actual, planned=line.planned, period=mid_sentence(line.label)
    )


def health_lines(plan: Plan, digest: ReviewDigest) -> list[Line]:
    return [
        Line(c.measure.name, health_words(c.before, c.after), figures_text(plan, c.status))
        for c in digest.changed_measures
    ]


def plan_change_line(change: PlanChange, business: Business) -> Line:
    """One change to the plan, such as "Weekly revenue: target €9,000 → €9,500"."""
    field = change.field
    goal = change.subject == "goal"
    if field is ChangeField.ADDED:
        added = translate("review", "goal added") if goal else translate("review", "measure added")
        return Line(change.name, added)
    if field is ChangeField.REMOVED:
        if goal:
            return Line(change.name, translate("review", "goal deleted"))
        return Line(change.name, translate("review", "measure deleted"))
    if field is ChangeField.CURVE:
        return Line(change.name, _curve_words(change))
    if field is ChangeField.ORIGIN:
        return Line(change.name, _origin_change_words(change, business))
    if field is ChangeField.COUNTING:
        now = _counted_now(change.after).format(before=_counting_words(change.before))
        return Line(change.name, now)
    if field is ChangeField.STATUS:
        return Line(change.name, _status_change(change.before, change.after))
    if field is ChangeField.NAME:
        if change.subject == "measure":
            renamed = translate("review", "renamed (was \u201c{before}\u201d)")
        else:
            renamed = translate("review", "retitled (was \u201c{before}\u201d)")
        return Line(change.name, renamed.format(before=change.before))
    text = {
        ChangeField.TARGET: translate("review", "target {before} \u2192 {after}"),
        ChangeField.TARGET_DATE: translate("review", "target date {before} \u2192 {after}"),
        ChangeField.BASELINE: translate("review", "starting point {before} \u2192 {after}"),
        ChangeField.START: translate("review", "start {before} \u2192 {after}"),
        ChangeField.DUE: translate("review", "due date {before} \u2192 {after}"),
    }[field]
    before = _value(change.before, change.unit, business, change)
    after = _value(change.after, change.unit, business, change)
    return Line(change.name, text.format(before=before, after=after))


def _status_change(before: ChangeValue, after: ChangeValue) -> str:
    """ "goal marked done (was active)": a whole message per change of a goal's status."""
    words = {
        ("active", "done"): translate("review", "goal marked done (was active)"),
        ("active", "dropped"): translate("review", "goal marked dropped (was active)"),
        ("done", "active"): translate("review", "goal marked active (was done)"),
        ("done", "dropped"): translate("review", "goal marked dropped (was done)"),
        ("dropped", "active"): translate("review", "goal marked active (was dropped)"),
        ("dropped", "done"): translate("review", "goal marked done (was dropped)"),
    }
    return words.get((str(before), str(after))) or translate("review", "goal status changed")


def _curve_name(value: ChangeValue) -> str:
    words = {
        "linear": translate("review", "linear"),
        "stepped": translate("review", "stepped"),
        "custom": translate("review", "custom"),
    }
    return words.get(str(value), str(value))


def _curve_words(change: PlanChange) -> str:
    if change.before == change.after:
        return translate("review", "planned curve redrawn")
    return translate("review", "planned curve redrawn ({before} \u2192 {after})").format(
        before=_curve_name(change.before), after=_curve_name(change.after)
    )


def origin_words(origin: PlanOrigin, business: Business) -> str:
    """ "year ending 2 Aug 2026, +8 %", and how days were matched when not as usual."""
    from bakeryplan.domain.plan_from_history import change_words

    ending = formatter_for(business).date(origin.year_ending)
    if origin.alignment is Alignment.WEEKDAY:
        text = translate("review", "year ending {day}, {change}, days matched by weekday")
    elif origin.alignment is Alignment.DATE:
        text = translate("review", "year ending {day}, {change}, days matched by date")
    else:
        text = translate("review", "year ending {day}, {change}")
    return text.format(day=ending, change=change_words(origin.change_percent))


def _origin_change_words(change: PlanChange, business: Business) -> str:
    before, after = change.before, change.after
    if not isinstance(after, PlanOrigin):
        return translate("review", "no longer the plan drawn from last year")
    now = origin_words(after, business)
    if not isinstance(before, PlanOrigin):
        return translate("review", "now planned from last year ({now})").format(now=now)
    return translate("review", "planned from last year again ({now}; was {before})").format(
        now=now, before=origin_words(before, business)
    )


def _counted_now(rule: ChangeValue) -> str:
    """ "now counted as the total of a week (was {before})": a whole message per rule, so a
    language may inflect the rule after its verb; ``{before}`` stands alone in brackets."""
    words = {
        "day total": translate("review", "now counted as the total of a day (was {before})"),
        "day average": translate("review", "now counted as the average of a day (was {before})"),
        "day latest": translate(
            "review", "now counted as the latest figure of a day (was {before})"
        ),
        "week total": translate("review", "now counted as the total of a week (was {before})"),
        "week average": translate(
            "review", "now counted as the average per day of a week (was {before})"
        ),
        "week latest": translate(
            "review", "now counted as the latest figure of a week (was {before})"
        ),
        "month total": translate("review", "now counted as the total of a month (was {before})"),
        "month average": translate(
            "review", "now counted as the average per day of a month (was {before})"
        ),
        "month latest": translate(
            "review", "now counted as the latest figure of a month (was {before})"
        ),
        "quarter total": translate(
            "review", "now counted as the total of a quarter (was {before})"
        ),
        "quarter average": translate(
            "review", "now counted as the average per day of a quarter (was {before})"
        ),
        "quarter latest": translate(
            "review", "now counted as the latest figure of a quarter (was {before})"
        ),
        "year total": translate("review", "now counted as the total of a year (was {before})"),
        "year average": translate(
            "review", "now counted as the average per day of a year (was {before})"
        ),
        "year latest": translate(
            "review", "now counted as the latest figure of a year (was {before})"
        ),
    }
    return words.get(str(rule)) or translate("review", "counting changed (was {before})")


def _counting_words(rule: ChangeValue) -> str:
    """ "the total of a week": one whole phrase per period and counting rule."""
    words = {
        "day total": translate("review", "the total of a day"),
        "day average": translate("review", "the average of a day"),
        "day latest": translate("review", "the latest figure of a day"),
        "week total": translate("review", "the total of a week"),
        "week average": translate("review", "the average per day of a week"),
        "week latest": translate("review", "the latest figure of a week"),
        "month total": translate("review", "the total of a month"),
        "month average": translate("review", "the average per day of a month"),
        "month latest": translate("review", "the latest figure of a month"),
        "quarter total": translate("review", "the total of a quarter"),
        "quarter average": translate("review", "the average per day of a quarter"),
        "quarter latest": translate("review", "the latest figure of a quarter"),
        "year total": translate("review", "the total of a year"),
        "year average": translate("review", "the average per day of a year"),
        "year latest": translate("review", "the latest figure of a year"),
    }
    return words.get(str(rule), str(rule).split(" ", 1)[0])


def _value(value: ChangeValue, unit: str, business: Business, change: PlanChange) -> str:
    if value is None:
        return translate("review", "none", "a value not set, as in: due date none → 31 Jan")
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
    who = owner.name if owner is not None else translate("review", "no owner")
    day = step.done if done else step.due
    if day is None:
        detail = translate("review", "{who}, no date")
    elif done:
        detail = translate("review", "{who}, done {day}")
    else:
        detail = translate("review", "{who}, due {day}")
    when = formatter_for(plan.business).date(day) if day is not None else ""
    return Line(step.title, "", detail.format(who=who, day=when))


def feedback_line(plan: Plan, item: Feedback) -> Line:
    source = feedback_source_name(item.source)
    who = item.from_name.strip() or source
    text = " ".join(item.text.split())
    day = formatter_for(plan.business).date(item.received)
    return Line(who, text, translate("review", "{source}, {day}").format(source=source, day=day))


def decision_lines(text: str) -> list[str]:
    """A review's decisions, one a line, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def since_sentence(digest: ReviewDigest, business: Business) -> str:
    """ "since the monthly review of 7 November 2026 (20 days ago)" """
    days = (digest.on - digest.since).days
    when = formatter_for(business).date(digest.since, "long")
    kind = digest.review.kind
    if days == 0:
        texts = {
            ReviewKind.HUDDLE: translate("review", "since the huddle of {day} (today)"),
            ReviewKind.MONTHLY: translate("review", "since the monthly review of {day} (today)"),
            ReviewKind.QUARTERLY: translate(
                "review", "since the quarterly review of {day} (today)"
            ),
        }
        return texts[kind].format(day=when)
    if kind is ReviewKind.HUDDLE:
        text = translate("review", "since the huddle of {day} (%n day(s) ago)", None, PLURAL, days)
    elif kind is ReviewKind.MONTHLY:
        text = translate(
            "review", "since the monthly review of {day} (%n day(s) ago)", None, PLURAL, days
        )
    else:
        text = translate(
            "review", "since the quarterly review of {day} (%n day(s) ago)", None, PLURAL, days
        )
    return text.format(day=when)


def digest_as_text(plan: Plan, digest: ReviewDigest) -> str:
    """The whole digest for a terminal: a heading, then one section per kind of change."""
    b = plan.business
    with in_language(language_of(b.locale)):  # a summary for the plan's people
        lines = [
            translate("review", "{business}: what changed {since} to {day}").format(
                business=b.name,
                since=since_sentence(digest, b),
                day=formatter_for(b).date(digest.on, "long"),
            )
        ]
        none = translate("review", "none", "a section of the digest with nothing in it")
        unknown = translate("review", "not known: the last review kept no snapshot")
        sections: list[tuple[str, list[str], str]] = [
            (
                translate("review", "Measures whose health changed"),
                [line.text() for line in health_lines(plan, digest)],
                none,
            ),
            (
                translate("review", "Changes to the plan"),
                [plan_change_line(c, b).text() for c in digest.plan_changes],
                none if digest.has_snapshot else unknown,
            ),
            (
                translate("review", "Steps done"),
                [step_line(plan, s, done=True).text() for s in digest.steps_done],
                none,
            ),
            (
                translate("review", "Steps newly overdue"),
                [step_line(plan, s).text() for s in digest.newly_overdue],
                none,
            ),
            (
                translate("review", "New feedback"),
                [feedback_line(plan, f).text() for f in digest.new_feedback],
                none,
            ),
            (
                translate("review", "Decisions of the last review"),
                decision_lines(digest.review.decisions),
                none,
            ),
        ]
        for title, items, empty in sections:
            if items:
                head = translate("review", "{section} ({count})")
            else:
                head = translate("review", "{section}: {none}")
            lines += ["", head.format(section=title, count=len(items), none=empty)]
            lines += [f"  - {item}" for item in items]
        recorded = digest.actuals_recorded
        lines += ["", translate("review", "%n actual(s) recorded since.", None, PLURAL, recorded)]
    return "\n".join(lines) + "\n"


def review_record_lines(plan: Plan, reviews: tuple[Review, ...], review: Review) -> list[str]:
    """What a stored review kept beyond its notes: the explanations it heard, and what its
    snapshot shows against the previous review's (plan changes, then health changes)."""
    b = plan.business
    lines: list[str] = []
    if review.explanations:
        lines.append(translate("review", "Explanations"))
        lines += [
            f"  {_measure_name(plan, review, e.measure_id)}: {e.text}" for e in review.explanations
        ]
    if review.snapshot is None:
        kept_none = translate("review", "This review kept no snapshot of the plan.")
        return [*lines, *([""] if lines else []), kept_none]
    found = changes_at_review(reviews, review)
    if found is None:
        if lines:
            lines.append("")
        lines.append(
            translate(
                "review", "The first review with a snapshot: later reviews show what changed."
            )
        )
        return lines
    health, changes = found
    before = previous_review(reviews, review)
    assert before is not None
    since = formatter_for(b).date(before.held)
    for title, empty, items in (
        (
            translate("review", "Changed in the plan since the review of {day}"),
            translate("review", "Changed in the plan since the review of {day}: none"),
            [plan_change_line(c, b) for c in changes],
        ),
        (
            translate("review", "Health changed since {day}"),
            translate("review", "Health changed since {day}: none"),
            [Line(h.name, health_words(h.before, h.after)) for h in health],
        ),
    ):
        if lines:
            lines.append("")
        lines.append((title if items else empty).format(day=since))
        lines += [f"  {item.text()}" for item in items]
    return lines


def _measure_name(plan: Plan, review: Review, measure_id: int) -> str:
    """The measure's name as the review knew it, else as it is now."""
    kept = review.snapshot.measure(measure_id) if review.snapshot is not None else None
    if kept is not None:
        return kept.name
    now = plan.measure(measure_id)
    return now.name if now is not None else translate("review", "A deleted measure")
