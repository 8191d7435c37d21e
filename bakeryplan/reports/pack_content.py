"""What the lenders' progress pack says, as plain text: no Qt, no layout.

Numbers come from the domain engine (``plan_status``) and are worded through
``text.formatter`` in the plan's locale and currency, so the pack says the same as the
charts and the one-page plan.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from bakeryplan.domain.counting import PeriodValue, counted_periods
from bakeryplan.domain.health import Health
from bakeryplan.domain.measure_status import MeasureStatus
from bakeryplan.domain.model import Business, Direction, Measure, Plan, Step
from bakeryplan.domain.periods import BusinessCalendar
from bakeryplan.domain.status import GoalStatusReport, plan_status
from bakeryplan.domain.year_plan import in_plan, judged_on_its_year, plan_days
from bakeryplan.reports import pack_review
from bakeryplan.reports.measure_figures import (
    current_figures,
    digits_for,
    judged_figures,
    period_figures,
    value_digits,
)
from bakeryplan.text.formatter import formatter_for
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.text.sentences import health_label, mid_sentence, outlook
from bakeryplan.text.translate import PLURAL, count_text, translate

#: How many open steps the pack lists as "next" for each goal.
NEXT_STEPS = 3
#: How many of the latest periods a measure page lists under its chart.
RECENT_VALUES = 6


@dataclass(frozen=True)
class SummaryRow:
    """One line of the summary table: a goal (``is_goal``) or one of its measures."""

    is_goal: bool
    name: str
    perspective: str
    owner: str
    due: str
    planned: str
    actual: str
    variance: str
    health: Health | None


@dataclass(frozen=True)
class MeasurePage:
    measure_id: int
    name: str
    goal: str
    health: Health
    note: str
    recent: tuple[tuple[str, str, str, str], ...]  # period, planned, actual, difference
    # From the reviews and the actuals (``pack_review``): the owner's latest explanation
    # while the measure is behind or at risk, and each recent period's notes.
    explanation: str = ""
    recent_notes: tuple[str, ...] = ()  # one per row of ``recent``, "" for none
    origin: str = ""  # how the plan was made, when it was drawn from last year


@dataclass(frozen=True)
class StepLine:
    title: str
    owner: str
    when: str


@dataclass(frozen=True)
class GoalSteps:
    goal: str
    counts: str
    overdue: tuple[StepLine, ...]
    upcoming: tuple[StepLine, ...]
    done: tuple[StepLine, ...]


@dataclass(frozen=True)
class PackContent:
    business: str
    owner: str
    on: str
    vision: str
    vision_why: str
    overview: str
    summary: tuple[SummaryRow, ...]
    measures: tuple[MeasurePage, ...]
    steps: tuple[GoalSteps, ...]


def pack_content(plan: Plan, on: date) -> PackContent:
    status = plan_status(plan, on)
    vision = plan.vision
    return PackContent(
        business=plan.business.name,
        owner=plan.business.owner,
        on=formatter_for(plan.business).date(on, "long"),
        vision=vision.text if vision else "",
        vision_why=vision.why if vision else "",
        overview=_overview(status.goals),
        summary=tuple(row for report in status.goals for row in _summary_rows(plan, report)),
        measures=tuple(
            _measure_page(plan, report, ms) for report in status.goals for ms in report.measures
        ),
        steps=tuple(
            _goal_steps(plan, report, on) for report in status.goals if report.steps is not None
        ),
    )


def _overview(reports: tuple[GoalStatusReport, ...]) -> str:
    """ "6 goals: 3 on track, 1 behind, 1 at risk, 1 not started." """
    if not reports:
        return translate("pack", "This plan has no goals yet.")
    counts = {h: sum(1 for r in reports if r.health is h) for h in Health}
    parts = [_health_count(h, n) for h, n in counts.items() if n]
    goals = len(reports)
    return translate("pack", "%n goal(s): {health}.", None, PLURAL, goals).format(
        health=", ".join(parts)
    )


def _health_count(health: Health, count: int) -> str:
    """ "3 on track": how many goals are in one state of health."""
    texts = {
        Health.ON_TRACK: translate("pack", "%n on track", None, PLURAL, count),
        Health.BEHIND: translate("pack", "%n behind", None, PLURAL, count),
        Health.AT_RISK: translate("pack", "%n at risk", None, PLURAL, count),
        Health.ACHIEVED: translate("pack", "%n achieved", None, PLURAL, count),
        Health.NOT_STARTED: translate("pack", "%n not started", None, PLURAL, count),
    }
    return texts[health]


def _summary_rows(plan: Plan, report: GoalStatusReport) -> list[SummaryRow]:
    b, goal = plan.business, report.goal
    rows = [
        SummaryRow(
            is_goal=True,
            name=goal.title,
            perspective=perspective_name(goal.perspective),
            owner=report.owner.name if report.owner else "",
            due=formatter_for(b).date(goal.due) if goal.due else "",
            planned="",
            actual="",
            variance="",
            health=report.health,
        )
    ]
    for ms in report.measures:
        m = ms.measure
        figures = judged_figures(plan, ms)
        name, unit = _name_and_cell_unit(m, b)
        if not unit and m.unit.strip():  # the word unit is in the name: bare numbers
            figures = judged_figures(plan, _without_unit(ms))
        rows.append(
            SummaryRow(
                is_goal=False,
                name=name,
                perspective="",
                owner="",
                due=formatter_for(b).date(
                    plan_days(m).end if judged_on_its_year(m) else m.target_date
                ),
                planned=figures.planned,
                actual=figures.actual,
                variance=figures.difference,
                health=ms.health,
            )
        )
    if report.steps is not None:
        sp = report.steps
        rows.append(
            SummaryRow(
                is_goal=False,
                name=_steps_done(sp.done, sp.total),
                perspective="",
                owner="",
                due="",
                planned=formatter_for(b).percent(sp.planned_share),
                actual=formatter_for(b).percent(sp.done_share),
                variance=_signed_share(sp.done_share - sp.planned_share, plan),
                health=sp.health,
            )
        )
    return rows


def _steps_done(done: int, total: int) -> str:
    return translate(
        "pack", "{done} of %n step(s) done (shares weighted by effort)", None, PLURAL, total
    ).format(done=count_text(done))


def _name_and_cell_unit(m: Measure, business: Business) -> tuple[str, str]:
    """A word unit goes with the name ("Google review rating (stars)"), not in every cell.

    The summary's number columns stay narrow that way, leaving room for goal titles; money
    and percent keep their short signs in the cells. A name that already says its unit
    ("Cafes supplied") is left as it is.
    """
    unit = m.unit.strip()
    if not unit or unit == "%" or formatter_for(business).currency_of(unit) is not None:
        return m.name, unit
    if unit.casefold() in m.name.casefold():
        return m.name, ""
    return translate("pack", "{measure} ({unit})").format(measure=m.name, unit=unit), ""


def _without_unit(ms: MeasureStatus) -> MeasureStatus:
    """The status of the same measure written without its unit (the name carries it)."""
    return dataclasses.replace(ms, measure=dataclasses.replace(ms.measure, unit=""))


def _signed_share(share: float, plan: Plan) -> str:
    text = formatter_for(plan.business).percent(abs(share))
    if abs(share) < 0.005:
        return text
    return ("+" if share > 0 else "\u2212") + text


def variance_note(plan: Plan, ms: MeasureStatus) -> str:
    """Plain words: "Weekly revenue was €103 (1%) above plan over the 4 weeks to 29 Nov
    2026, an average per week. This week so far: ... Health: on track. At this pace..." """
    b, m = plan.business, ms.measure
    figures = judged_figures(plan, ms)
    amount = share = when = ""
    if ms.actual is None or ms.variance is None:
        sentence = translate("pack", "{measure} has no recorded value yet.")
    else:
        planned = ms.expected
        when = mid_sentence(figures.label)  # "(this week so far)", "(November 2026)"
        if abs(ms.variance) < 1e-9:
            sentence = translate("pack", "{measure} is exactly on plan ({when}).")
        else:
            digits = digits_for(planned, value_digits(plan, m))
            if m.unit.strip() == "%":  # "0.3% below plan" would read as a share of the plan
                points = formatter_for(b).number(round(abs(ms.variance), digits), digits=digits)
                amount = translate("pack", "{points} percentage points").format(points=points)
                share = ""
            else:
                amount = formatter_for(b).measured(abs(ms.variance), m.unit, digits)
                share = f" ({_share(abs(ms.variance / planned), plan)})" if planned else ""
            sentence = _side_sentence(ms.variance > 0, m.direction is Direction.DOWN)
    sentence = sentence.format(measure=m.name, amount=amount, share=share, when=when)
    so_far = ""
    if not ms.judged_so_far and ms.current.actual is not None:
        now = current_figures(plan, ms)
        so_far = translate("pack", "{period}: {actual}, {planned} planned by {day}.").format(
            period=now.label,
            actual=now.actual,
            planned=now.planned,
            day=formatter_for(b).date(ms.on),
        )
    health = translate("pack", "Health: {health}.").format(
        health=mid_sentence(health_label(ms.health))
    )
    forecast = outlook(formatter_for(b), ms)
    return " ".join(part for part in (sentence, so_far, health, forecast) if part)


def _side_sentence(above: bool, down: bool) -> str:
    """How far from plan, a whole sentence per side; for a measure meant to go down,
    "above" is the bad side, and the sentence says so."""
    if down and above:
        return translate(
            "pack", "{measure} is {amount}{share} above plan ({when}), worse than planned."
        )
    if down:
        return translate(
            "pack", "{measure} is {amount}{share} below plan ({when}), better than planned."
        )
    if above:
        return translate("pack", "{measure} is {amount}{share} above plan ({when}).")
    return translate("pack", "{measure} is {amount}{share} below plan ({when}).")


def _share(fraction: float, plan: Plan) -> str:
    """A share for a sentence: "4%", or "0.2%" where whole percent would say "0%"."""
    digits = 1 if fraction < 0.005 else 0
    return formatter_for(plan.business).percent(fraction, digits=digits)


def _measure_page(plan: Plan, report: GoalStatusReport, ms: MeasureStatus) -> MeasurePage:
    recent = _recent_periods(plan, ms)
    return MeasurePage(
        measure_id=ms.measure.id,
        name=ms.measure.name,
        goal=report.goal.title,
        health=ms.health,
        note=variance_note(plan, ms),
        recent=_recent_values(plan, ms.measure, recent),
        explanation=pack_review.explanation_sentence(plan, ms),
        recent_notes=tuple(pack_review.period_note(plan, ms.measure, p) for p in recent),
        origin=origin_sentence(plan, ms.measure),
    )


def origin_sentence(plan: Plan, m: Measure) -> str:
    """ "Planned from last year (year ending 31 Jul 2026), +8 %." for a plan drawn from last
    year; empty for any other."""
    origin = m.planned_from
    if origin is None:
        return ""
    from bakeryplan.domain.plan_from_history import change_words

    ending = formatter_for(plan.business).date(origin.year_ending)
    return translate("pack", "Planned from last year (year ending {day}), {change}.").format(
        day=ending, change=change_words(origin.change_percent)
    )


def _recent_periods(plan: Plan, ms: MeasureStatus) -> list[PeriodValue]:
    """The latest complete periods with entries up to the report date, newest first; of a
    plan judged on its year, only the plan's own periods (last year's are no part of it)."""
    m = ms.measure
    calendar = BusinessCalendar.of(plan.business)
    periods = [p for p in counted_periods(m, plan.actuals_of(m.id), ms.on, calendar) if p.complete]
    if judged_on_its_year(m):
        periods = [p for p in periods if in_plan(m, p.span)]
    return list(reversed(periods[-RECENT_VALUES:]))


def _recent_values(
    plan: Plan, m: Measure, periods: list[PeriodValue]
) -> tuple[tuple[str, str, str, str], ...]:
    """The recent periods against the plan: the points the chart draws."""
    rows = []
    for period in periods:
        line = period_figures(plan, m, period)
        rows.append((line.label, line.planned, line.actual, line.difference))
    return tuple(rows)


def _goal_steps(plan: Plan, report: GoalStatusReport, on: date) -> GoalSteps:
    b = plan.business
    steps = plan.steps_of(report.goal.id)
    sp = report.steps
    assert sp is not None

    def line(step: Step, when: date | None) -> StepLine:
        owner = plan.person(step.owner_id)
        return StepLine(
            title=step.title,
            owner=owner.name if owner else translate("pack", "no owner"),
            when=formatter_for(b).date(when) if when else translate("pack", "no due date"),
        )

    open_steps = [s for s in steps if s.done is None or s.done > on]
    # Sorted by a date each of them has (``or on`` only tells the type checker so).
    overdue = sorted((s for s in open_steps if s.due and s.due < on), key=lambda s: s.due or on)
    upcoming = sorted(
        (s for s in open_steps if not (s.due and s.due < on)),
        key=lambda s: (s.due is None, s.due or on),
    )[:NEXT_STEPS]
    done = sorted((s for s in steps if s.done and s.done <= on), key=lambda s: s.done or on)
    total = sp.total  # a plain name: lupdate reads no attribute as a count
    if sp.overdue:
        counts = translate(
            "pack", "{done} of %n step(s) done, {overdue} overdue.", None, PLURAL, total
        )
    else:
        counts = translate("pack", "{done} of %n step(s) done.", None, PLURAL, total)
    return GoalSteps(
        goal=report.goal.title,
        counts=counts.format(done=count_text(sp.done), overdue=count_text(sp.overdue)),
        overdue=tuple(line(s, s.due) for s in overdue),
        upcoming=tuple(line(s, s.due) for s in upcoming),
        done=tuple(line(s, s.done) for s in done[-NEXT_STEPS:]),
    )
