"""The alignment check's findings in words: one whole sentence per case.

``domain.alignment`` returns facts (a ``Case`` with the names, dates and counts it needs);
this module says them with the business's ``Formatter`` for dates and figures, so a finding
reads the same in the window, on ``bakeryplan status`` and on paper.
"""

from __future__ import annotations

from bakeryplan.domain.alignment import Case, Finding
from bakeryplan.domain.model import FeedbackSource, ReviewCadence
from bakeryplan.text.formatter import Formatter
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.text.sentences import progress_words
from bakeryplan.text.translate import PLURAL, translate


def finding_sentence(fmt: Formatter, finding: Finding) -> str:
    """The finding as the owner reads it: "Step "Order flour" is 3 days overdue (...)"."""
    case, days = finding.case, finding.days
    day = fmt.date(finding.day, "long") if finding.day else ""
    other_day = fmt.date(finding.other_day, "long") if finding.other_day else ""
    if case in _PLAIN:
        return _plain_sentence(case).format(name=finding.name)
    if case is Case.STEP_OVERDUE:
        text = translate(
            "findings",
            'Step "{name}" is %n day(s) overdue (owner: {owner}).',
            None,
            PLURAL,
            days
        )  # fmt: skip
        return text.format(name=finding.name, owner=finding.other)
    if case is Case.STEP_OVERDUE_NO_OWNER:
        text = translate(
            "findings", 'Step "{name}" is %n day(s) overdue (no owner).', None, PLURAL, days
        )
        return text.format(name=finding.name)
    if case is Case.STEP_AFTER_GOAL:
        return translate(
            "findings", 'Step "{name}" is due on {day}, after its goal "{goal}" (due {goal_due}).'
        ).format(name=finding.name, day=day, goal=finding.other, goal_due=other_day)
    if case is Case.MEASURE_MISSED and finding.measure is not None:
        return translate(
            "findings",
            'Measure "{name}" missed its target date, {day}: {progress} (last actual {last}).',
        ).format(
            name=finding.name,
            day=day,
            progress=progress_words(fmt, finding.measure, finding.value or 0.0),
            last=other_day,
        )
    if case in (Case.MEASURE_MISSED, Case.MEASURE_MISSED_NO_ACTUAL):
        return translate(
            "findings", 'Measure "{name}" missed its target date, {day}: no actual yet.'
        ).format(name=finding.name, day=day)
    if case is Case.MEASURE_QUIET:
        text = translate(
            "findings",
            'Measure "{name}" has had no actual since {day} (%n day(s)).',
            None,
            PLURAL,
            days
        )  # fmt: skip
        return text.format(name=finding.name, day=day)
    if case is Case.MEASURE_NO_ACTUAL_YET:
        text = translate(
            "findings",
            'Measure "{name}" has no actual yet, %n day(s) after its start.',
            None,
            PLURAL,
            days
        )  # fmt: skip
        return text.format(name=finding.name)
    if case is Case.FEEDBACK_UNANSWERED:
        return _feedback_sentence(fmt, finding)
    if case is Case.REVIEW_NONE_YET:
        return _no_review_yet(finding.cadence)
    if case is Case.REVIEW_OVERDUE:
        return _review_overdue(finding.cadence, finding.days).format(due=day, held=other_day)
    area = perspective_name(finding.perspective) if finding.perspective else finding.name
    return translate("findings", 'No goal yet for "{area}".').format(area=area)


_PLAIN = frozenset(
    {
        Case.NO_VISION,
        Case.GOAL_NO_MEASURE,
        Case.GOAL_NO_MEASURE_OR_STEP,
        Case.GOAL_NO_OWNER,
        Case.GOAL_NO_DUE,
        Case.STEP_NO_OWNER,
        Case.STEP_NO_DUE,
        Case.PERSON_OWNS_NOTHING,
    }
)


def _plain_sentence(case: Case) -> str:
    """The cases that name one thing and nothing more."""
    sentences = {
        Case.NO_VISION: translate(
            "findings",
            "There is no vision yet: write in a few plain sentences where the business is "
            "going and why.",
        ),
        Case.GOAL_NO_MEASURE: translate(
            "findings", 'Goal "{name}" has no measure; its progress is seen from its steps only.'
        ),
        Case.GOAL_NO_MEASURE_OR_STEP: translate(
            "findings", 'Goal "{name}" has no measure and no steps, so nobody can see its progress.'
        ),
        Case.GOAL_NO_OWNER: translate("findings", 'Goal "{name}" has no owner.'),
        Case.GOAL_NO_DUE: translate("findings", 'Goal "{name}" has no due date.'),
        Case.STEP_NO_OWNER: translate("findings", 'Step "{name}" has no owner.'),
        Case.STEP_NO_DUE: translate("findings", 'Step "{name}" has no due date.'),
        Case.PERSON_OWNS_NOTHING: translate("findings", "{name} owns no goal and no step."),
    }
    return sentences[case]


def _feedback_sentence(fmt: Formatter, finding: Finding) -> str:
    day = fmt.date(finding.day, "long") if finding.day else ""
    days = finding.days
    source = feedback_source_name(finding.source or FeedbackSource.CUSTOMER)
    if finding.other:
        text = translate(
            "findings",
            'Feedback "{text}" from {who} ({source}, {day}) has waited %n day(s) for an answer.',
            None,
            PLURAL,
            days
        )  # fmt: skip
    else:
        text = translate(
            "findings",
            'Feedback "{text}" ({source}, {day}) has waited %n day(s) for an answer.',
            None,
            PLURAL,
            days
        )  # fmt: skip
    return text.format(text=finding.name, who=finding.other, source=source, day=day)


def feedback_source_name(source: FeedbackSource) -> str:
    """Who a feedback came from, as a label in brackets: "customer"."""
    names = {
        FeedbackSource.TEAM: translate("findings", "team", "feedback from"),
        FeedbackSource.CUSTOMER: translate("findings", "customer", "feedback from"),
        FeedbackSource.SUPPLIER: translate("findings", "supplier", "feedback from"),
    }
    return names[source]


def _no_review_yet(cadence: ReviewCadence | None) -> str:
    after = " " + translate(
        "findings", "Hold the first one to see what changes from one review to the next."
    )
    if cadence is ReviewCadence.WEEKLY:
        first = translate(
            "findings", "No review has been held yet; the plan is to review it weekly."
        )
    elif cadence is ReviewCadence.QUARTERLY:
        first = translate(
            "findings", "No review has been held yet; the plan is to review it quarterly."
        )
    else:
        first = translate(
            "findings", "No review has been held yet; the plan is to review it monthly."
        )
    return first + after


def _review_overdue(cadence: ReviewCadence | None, days: int) -> str:
    """ "The monthly review is 3 days overdue: ...", with ``{due}`` and ``{held}`` to fill."""
    if cadence is ReviewCadence.WEEKLY:
        return translate(
            "findings",
            "The weekly review is %n day(s) overdue: it was due on {due}, and the last review "
            "was held on {held}.",
            None,
            PLURAL,
            days
        )  # fmt: skip
    if cadence is ReviewCadence.QUARTERLY:
        return translate(
            "findings",
            "The quarterly review is %n day(s) overdue: it was due on {due}, and the last "
            "review was held on {held}.",
            None,
            PLURAL,
            days
        )  # fmt: skip
    return translate(
        "findings",
        "The monthly review is %n day(s) overdue: it was due on {due}, and the last review "
        "was held on {held}.",
        None,
        PLURAL,
        days
    )  # fmt: skip
