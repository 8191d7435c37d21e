"""Plain-text and JSON renderings of the engine's status and findings for the terminal.

The words are the engine's (health labels, forecast sentences); this module only lays them
out, so the terminal, the window and the printouts never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bakeryplan.domain.alignment import Finding
from bakeryplan.domain.burnup import StepProgress
from bakeryplan.domain.counting import PeriodValue
from bakeryplan.domain.health import band_bounds
from bakeryplan.domain.measure_status import MeasureStatus, health_window
from bakeryplan.domain.model import Direction, Perspective, Plan
from bakeryplan.domain.status import GoalStatusReport, PlanStatus
from bakeryplan.domain.units import unit_for
from bakeryplan.domain.year_plan import judged_on_its_year
from bakeryplan.reports.measure_figures import current_figures, judged_figures
from bakeryplan.text.findings import finding_sentence
from bakeryplan.text.formatter import Formatter, formatter_for
from bakeryplan.text.languages import language_of
from bakeryplan.text.perspectives import perspective_name
from bakeryplan.text.sentences import health_label, mid_sentence, outlook, steps_sentence
from bakeryplan.text.translate import PLURAL, in_language, translate

_MARKS = {
    "on_track": "[ok]",
    "behind": "[! ]",
    "at_risk": "[!!]",
    "achieved": "[**]",
    "not_started": "[  ]",
}


def status_as_text(plan: Plan, status: PlanStatus) -> str:
    """The status in the plan's language, whatever the shell speaks: it is the plan's
    report, read and forwarded as the printouts are."""
    with in_language(language_of(plan.business.locale)):
        return _status_text(plan, status)


def _status_text(plan: Plan, status: PlanStatus) -> str:
    business = plan.business
    heading = translate("status", "{business}: status on {day}").format(
        business=business.name, day=formatter_for(business).date(status.on)
    )
    lines = [heading, ""]
    if not status.goals:
        lines.append(translate("status", "No goals yet."))
    for perspective in Perspective:
        reports = [r for r in status.goals if r.goal.perspective == perspective]
        if not reports:
            continue
        lines.append(perspective_name(perspective))
        for report in reports:
            lines.extend(_goal_lines(plan, report))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _goal_lines(plan: Plan, report: GoalStatusReport) -> list[str]:
    business = plan.business
    goal = report.goal
    owner = report.owner.name if report.owner else translate("status", "no owner")
    if goal.due:
        head = translate("status", "{goal}  ({owner}, due {day}): {health}")
    else:
        head = translate("status", "{goal}  ({owner}, no due date): {health}")
    text = head.format(
        goal=goal.title,
        owner=owner,
        day=formatter_for(business).date(goal.due) if goal.due else "",
        health=health_label(report.health),
    )
    lines = [f"  {_MARKS.get(report.health.value, '')} {text}"]
    for measure_status in report.measures:
        lines.extend(_measure_lines(plan, measure_status))
    if report.steps is not None:
        steps = steps_sentence(formatter_for(plan.business), report.steps)
        lines.append("      " + translate("status", "Steps: {steps}").format(steps=steps))
    return lines


def _measure_lines(plan: Plan, status: MeasureStatus) -> list[str]:
    """The figure health judged, then this period so far, then the forecast, e.g.

    Weekly revenue: €8,173, planned €8,070 (4 weeks to 29 Nov 2026, average per week):
    On track / This week so far: €2,070, planned €3,568 by 2 Dec 2026.
    """
    measure = status.measure
    judged = judged_figures(plan, status)
    fmt = formatter_for(plan.business)
    if status.actual is None:
        head = translate("status", "{measure}: no figure yet, planned {planned}: {health}")
    else:
        head = translate("status", "{measure}: {actual}, planned {planned} ({period}): {health}")
    text = head.format(
        measure=measure.name,
        actual=judged.actual,
        planned=judged.planned,
        period=mid_sentence(judged.label),
        health=health_label(status.health),
    )
    lines = [f"      {text}"]
    if not status.judged_so_far and status.current.actual is not None:
        now = current_figures(plan, status)
        so_far = translate("status", "{period}: {actual}, planned {planned} by {day}").format(
            period=now.label, actual=now.actual, planned=now.planned, day=fmt.date(status.on)
        )
        lines.append(f"        {so_far}")
    if measure.direction is Direction.BAND:
        lines.append(f"        {_band_words(plan, status)}")
    elif judged_on_its_year(measure):  # its "target" is only its best period: no "way" to it
        if status.actual is not None and status.expected > 0:
            made = fmt.percent(status.actual / status.expected)
            made_text = translate("status", "{share} of the plan made").format(share=made)
            lines.append(f"        {made_text}")
    elif status.progress is not None:
        progress = translate(
            "status", "progress {share} of the way, {planned} planned by then"
        ).format(share=fmt.percent(status.progress), planned=fmt.percent(status.expected_progress))
        lines.append(f"        {progress}")
    if status.forecast is not None:
        lines.append(f"        {outlook(formatter_for(plan.business), status)}")
    return lines


def _band_words(plan: Plan, status: MeasureStatus) -> str:
    """The band as the health judges it: "to be kept between 2 C and 5 C", "to be at least
    28%"."""
    unit = status.measure.unit
    low, high = band_bounds(status.measure)
    if low is not None and high is not None:
        return translate("status", "to be kept between {low} and {high}").format(
            low=_amount(low, unit, plan), high=_amount(high, unit, plan)
        )
    if low is not None:
        return translate("status", "to be at least {low}").format(low=_amount(low, unit, plan))
    assert high is not None  # band_bounds gives at least one bound
    return translate("status", "to be at most {high}").format(high=_amount(high, unit, plan))


def _amount(value: float, unit: str, plan: Plan) -> str:
    """A value with its unit; a word unit in the singular after exactly 1 ("1 cafe")."""
    business = plan.business
    word = unit.strip()
    if word and word != "%" and formatter_for(business).currency_of(word) is None:
        number = formatter_for(business).number(value)
        return f"{number} {unit_for(number, word, locale=business.locale)}"
    return formatter_for(business).value(value, unit)


def status_as_json(plan: Plan, status: PlanStatus) -> dict[str, Any]:
    return {
        "business": plan.business.name,
        "on": status.on.isoformat(),
        "goals": [_goal_json(formatter_for(plan.business), report) for report in status.goals],
    }


def _goal_json(fmt: Formatter, report: GoalStatusReport) -> dict[str, Any]:
    goal = report.goal
    return {
        "id": goal.id,
        "title": goal.title,
        "perspective": goal.perspective.value,
        "owner": report.owner.name if report.owner else None,
        "due": goal.due.isoformat() if goal.due else None,
        "health": report.health.value,
        "measures": [_measure_json(fmt, s) for s in report.measures],
        "steps": _steps_json(report.steps),
    }


def _measure_json(fmt: Formatter, status: MeasureStatus) -> dict[str, Any]:
    measure = status.measure
    return {
        "id": measure.id,
        "name": measure.name,
        "unit": measure.unit,
        "direction": measure.direction.value,
        "period": measure.period.value,
        "counting": measure.counting.value,
        "health_window": health_window(measure),
        "baseline": measure.baseline,
        "target": measure.target,
        "target_date": measure.target_date.isoformat(),
        "expected": status.expected,
        "actual": status.actual,
        "actual_on": status.actual_on.isoformat() if status.actual_on else None,
        "judged": {
            "so_far": status.judged_so_far,
            "periods": [_period_json(p) for p in status.window],
        },
        "current_period": _period_json(status.current),
        "last_period": _period_json(status.last_complete) if status.last_complete else None,
        "progress": status.progress,
        "expected_progress": status.expected_progress,
        "variance": status.variance,
        "health": status.health.value,
        "forecast": outlook(fmt, status) or None,
        "forecast_date": (
            status.forecast.reach_date.isoformat()
            if status.forecast and status.forecast.reach_date
            else None
        ),
        "tracking": status.forecast.tracking if status.forecast else None,
    }


def _period_json(period: PeriodValue) -> dict[str, Any]:
    """One period: ``actual`` is null when it has no entry ("no data", never zero)."""
    return {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "complete": period.complete,
        "entries": period.entries,
        "actual": period.actual,
        "planned": period.planned,
        "planned_so_far": period.planned_so_far,
    }


def _steps_json(steps: StepProgress | None) -> dict[str, Any] | None:
    if steps is None:
        return None
    return {
        "total": steps.total,
        "done": steps.done,
        "overdue": steps.overdue,
        "planned_share": steps.planned_share,
        "done_share": steps.done_share,
        "health": steps.health.value,
    }


def findings_as_text(plan: Plan, findings: Sequence[Finding]) -> str:
    """What needs attention, in the plan's language like ``status``."""
    with in_language(language_of(plan.business.locale)):
        return _findings_text(plan, findings)


def _findings_text(plan: Plan, findings: Sequence[Finding]) -> str:
    if not findings:
        return (
            translate(
                "status",
                "{business}: no findings. Every goal has an owner, a date and a measure.",
            ).format(business=plan.business.name)
            + "\n"
        )
    count = len(findings)
    lines = [
        translate("status", "{business}: %n finding(s)", None, PLURAL, count).format(
            business=plan.business.name
        )
    ]
    fmt = formatter_for(plan.business)
    lines.extend(
        "  " + _severity(finding.severity).format(message=finding_sentence(fmt, finding))
        for finding in findings
    )
    return "\n".join(lines) + "\n"


def _severity(severity: str) -> str:
    if severity == "warning":
        return translate("status", "warning: {message}")
    return translate("status", "info: {message}")


def findings_as_json(plan: Plan, findings: Sequence[Finding]) -> list[dict[str, Any]]:
    fmt = formatter_for(plan.business)
    return [
        {
            "code": finding.code,
            "severity": finding.severity,
            "message": finding_sentence(fmt, finding),
            "subject": {
                "kind": finding.subject.kind,
                "id": finding.subject.id,
                "name": finding.subject.name,  # a perspective has no id, only its name
            },
        }
        for finding in findings
    ]
