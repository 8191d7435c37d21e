"""What the one-page huddle plan says, chosen and worded before anything is drawn.

Kept apart from painting so the choice (which goals, which steps, what to call a missing
owner) is plain Python that tests can read directly, and the painter only places text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from bakeryplan.domain.health import Health, band_bounds
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import (
    Business,
    Direction,
    FeedbackStatus,
    Goal,
    GoalStatus,
    Measure,
    Period,
    Plan,
    Step,
)
from bakeryplan.domain.status import GoalStatusReport, plan_status
from bakeryplan.reports.measure_figures import judged_figures
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.text.sentences import health_label, mid_sentence
from bakeryplan.text.translate import PLURAL, count_text, translate

LOOKAHEAD_DAYS = 14

# Which goals stay on the page when not all fit: the ones that need the team first.
ATTENTION_ORDER = {
    Health.AT_RISK: 0,
    Health.BEHIND: 1,
    Health.ON_TRACK: 2,
    Health.NOT_STARTED: 3,
    Health.ACHIEVED: 4,
}


@dataclass(frozen=True)
class GoalLine:
    title: str
    details: str  # "Financial · Maria Lopez · due 31 May 2027"
    health: Health
    measure_name: str  # the key measure, or how progress is judged without one
    measure_figures: str  # "€8,120 against €7,900 planned"
    attention: int  # lower shows first when the page cannot hold every goal


@dataclass(frozen=True)
class StepLine:
    title: str
    owner: str
    due: str
    overdue: bool


@dataclass(frozen=True)
class OnePageContent:
    business_name: str
    date_text: str
    vision: str  # empty when there is none yet
    goals: tuple[GoalLine, ...]
    steps: tuple[StepLine, ...]
    open_feedback: int
    lookahead_end: str  # the last day "the next two weeks" covers


def one_page_content(plan: Plan, on: date) -> OnePageContent:
    """Everything the huddle page shows, in the business's locale, as of ``on``."""
    business = plan.business
    status = plan_status(plan, on)
    reports = {report.goal.id: report for report in status.goals}
    goals = tuple(
        _goal_line(plan, goal, reports.get(goal.id), rank)
        for rank, goal in enumerate(_goals_in_tree_order(plan))
    )
    end = on + timedelta(days=LOOKAHEAD_DAYS)
    steps = tuple(_step_line(plan, step, on) for step in _steps_to_discuss(plan, on, end))
    vision = plan.vision.text.strip() if plan.vision else ""
    return OnePageContent(
        business_name=business.name.strip() or translate("one_page", "My business"),
        date_text=formatter_for(business).date(on, "full"),
        vision=vision,
        goals=goals,
        steps=steps,
        open_feedback=sum(1 for f in plan.feedback if f.status is FeedbackStatus.NEW),
        lookahead_end=formatter_for(business).date(end, "day_month"),
    )


def _goals_in_tree_order(plan: Plan) -> list[Goal]:
    """Live goals with each sub-goal right after its parent; dropped ones are not shown."""
    live = [g for g in plan.goals if g.status is not GoalStatus.DROPPED]
    live_ids = {g.id for g in live}
    children: dict[int | None, list[Goal]] = {}
    for goal in live:
        parent = goal.parent_id if goal.parent_id in live_ids else None
        children.setdefault(parent, []).append(goal)
    ordered: list[Goal] = []
    seen: set[int] = set()

    def visit(goals: Iterable[Goal]) -> None:
        for goal in goals:
            if goal.id in seen:
                continue  # a cycle of parents in a damaged plan must not loop forever
            seen.add(goal.id)
            ordered.append(goal)
            visit(children.get(goal.id, ()))

    visit(children.get(None, ()))
    visit(live)  # goals only reachable through a cycle
    return ordered


def _goal_line(plan: Plan, goal: Goal, report: GoalStatusReport | None, rank: int) -> GoalLine:
    business = plan.business
    health = report.health if report is not None else Health.NOT_STARTED
    if goal.status is GoalStatus.DONE:
        health = Health.ACHIEVED
    owner = plan.person(goal.owner_id)
    if goal.due:
        due = translate("one_page", "due {day}").format(day=formatter_for(business).date(goal.due))
    else:
        due = translate("one_page", "no due date yet")
    who = owner.name if owner else translate("one_page", "no owner yet")
    details = " · ".join((perspective_name(goal.perspective), who, due))
    name, figures = _key_figures(plan, report)
    if health in (Health.AT_RISK, Health.BEHIND):
        # the goals to talk about also say so in words
        name = translate("one_page", "{health}: {measure}").format(
            health=health_label(health), measure=name
        )
    attention = ATTENTION_ORDER.get(health, 5) * 1_000_000 + rank
    return GoalLine(" ".join(goal.title.split()), details, health, name, figures, attention)


def _key_figures(plan: Plan, report: GoalStatusReport | None) -> tuple[str, str]:
    """The key measure's name (with what its figure covers) and its figure against plan;
    step progress without a measure."""
    if report is not None and report.measures:
        status = report.measures[0]
        name = status.measure.name
        if status.actual is not None and (status.judged_so_far or len(status.window) > 1):
            # A mean of several periods, or a part of one, would read as the latest figure.
            label = judged_figures(plan, status).label
            name = translate("one_page", "{measure}, {covers}").format(
                measure=name, covers=_short_label(plan.business, status, label)
            )
        return name, _actual_against_plan(plan, status)
    if report is not None and report.steps is not None and report.steps.total:
        steps, total = report.steps, report.steps.total  # a plain name for lupdate's count
        done = translate("one_page", "{done} of %n step(s) done", None, PLURAL, total)
        return translate("one_page", "Steps"), done.format(done=count_text(steps.done))
    return translate("one_page", "No measure yet"), translate("one_page", "add one in the app")


def _actual_against_plan(plan: Plan, status: MeasureStatus) -> str:
    """ "€8,173 · €8,070 planned": the figure health judged, as everywhere."""
    business = plan.business
    measure = status.measure
    figures = judged_figures(plan, status)
    if measure.direction is Direction.BAND:
        wanted = _band_words(measure, business)
    else:
        wanted = translate("one_page", "{planned} planned").format(planned=figures.planned)
    if status.actual is None:
        return translate("one_page", "no figure yet · {wanted}").format(wanted=wanted)
    actual = figures.actual
    if formatter_for(business).currency_of(measure.unit) is None and measure.unit.strip() != "%":
        # A word unit once, at the plan ("4.47 · 4.44 stars planned"): the line stays short.
        actual = judged_figures(plan, dataclasses.replace(status, measure=_bare(measure))).actual
    return f"{actual} · {wanted}"


def _bare(measure: Measure) -> Measure:
    return dataclasses.replace(measure, unit="")


def _short_label(business: Business, status: MeasureStatus, label: str) -> str:
    """What the figure covers, short enough for the huddle page: "last 4 weeks", "last
    month", "this week so far"; the full label where that would not be exact."""
    window = status.window
    if status.judged_so_far or not window:
        return mid_sentence(label)
    period = status.measure.period
    just_before = window[-1].end == status.current.start - timedelta(days=1)
    contiguous = all(a.end + timedelta(days=1) == b.start for a, b in pairwise(window))
    if just_before and contiguous:
        count = len(window)
        if count == 1 and period is Period.DAY:
            return translate("one_page", "yesterday")
        return _last_periods(period, count)
    return label


def _last_periods(period: Period, count: int) -> str:
    """ "last week", "last 4 weeks": one message per period, as "last" agrees with it."""
    texts = {
        Period.DAY: translate("one_page", "last %n day(s)", None, PLURAL, count),
        Period.WEEK: translate("one_page", "last %n week(s)", None, PLURAL, count),
        Period.MONTH: translate("one_page", "last %n month(s)", None, PLURAL, count),
        Period.QUARTER: translate("one_page", "last %n quarter(s)", None, PLURAL, count),
        Period.YEAR: translate("one_page", "last %n year(s)", None, PLURAL, count),
    }
    return texts[period]


def _band_words(measure: Measure, business: Business) -> str:
    """ "keep 28% to 32%", "keep at least 28%" or "keep at most 5 C": the bounds the health
    judges by."""
    low, high = band_bounds(measure)
    fmt = formatter_for(business)
    if low is not None and high is not None:
        return translate("one_page", "keep {low} to {high}").format(
            low=fmt.value(low, measure.unit), high=fmt.value(high, measure.unit)
        )
    if low is not None:
        return translate("one_page", "keep at least {low}").format(low=fmt.value(low, measure.unit))
    assert high is not None  # band_bounds gives at least one bound
    return translate("one_page", "keep at most {high}").format(high=fmt.value(high, measure.unit))


def _steps_to_discuss(plan: Plan, on: date, end: date) -> list[Step]:
    """Open steps due by ``end`` (overdue ones included), soonest first."""
    dropped = {g.id for g in plan.goals if g.status is GoalStatus.DROPPED}
    goal_rank = {g.id: i for i, g in enumerate(plan.goals)}
    chosen = [
        s
        for s in plan.steps
        if s.done is None and s.due is not None and s.due <= end and s.goal_id not in dropped
    ]
    chosen.sort(key=lambda s: (s.due, goal_rank.get(s.goal_id, 0), s.position, s.id))
    return chosen


def _step_line(plan: Plan, step: Step, on: date) -> StepLine:
    assert step.due is not None  # _steps_to_discuss keeps dated steps only
    business = plan.business
    owner = plan.person(step.owner_id)
    style = "day_month" if step.due.year == on.year else "medium"
    return StepLine(
        title=" ".join(step.title.split()),
        owner=owner.name if owner else translate("one_page", "no owner yet"),
        due=formatter_for(business).date(step.due, style),
        overdue=step.due < on,
    )
