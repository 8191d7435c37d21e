"""Plans as an older release could write them: values and dates far outside the bounds.

Each is the demo plan with one record changed, as found by the attack on the product: an
actual of ``inf`` (a CSV value of 309 digits), 1e308 and year 0001 (accepted by the JSON
import), an actual dated 9999-12-31 (a CSV row), and the same extremes in a measure, a
step and a goal. ``write_plan`` stores one without any check, as the older release did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bakeryplan.domain.model import Actual, Plan
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository

TODAY = date(2026, 11, 27)
HUGE = 1e308
EXTREME_ACTUAL_ID = 99_999


def _demo() -> Plan:
    return demo_plan(TODAY)


def with_actual(value: float, on: date) -> Plan:
    plan = _demo()
    measure = plan.measures[0]
    extra = Actual(measure.id, on, value, "from an older release", id=EXTREME_ACTUAL_ID)
    return replace(plan, actuals=(*plan.actuals, extra))


def _changed(table: str, **fields: object) -> Callable[[], Plan]:
    def make() -> Plan:
        plan = _demo()
        records = getattr(plan, table)
        return replace(plan, **{table: (replace(records[0], **fields), *records[1:])})

    return make


EXTREME_PLANS: dict[str, Callable[[], Plan]] = {
    "actual inf": lambda: with_actual(float("inf"), date(2026, 11, 1)),
    "actual -inf": lambda: with_actual(float("-inf"), date(2026, 11, 1)),
    "actual 1e308": lambda: with_actual(HUGE, date(2026, 11, 1)),
    "actual dated 9999-12-31": lambda: with_actual(5.0, date(9999, 12, 31)),
    "actual dated 0001-01-01": lambda: with_actual(5.0, date(1, 1, 1)),
    "measure target 1e308": _changed("measures", target=HUGE),
    "measure target inf": _changed("measures", target=float("inf")),
    "measure from 0001 to 9999": _changed(
        "measures", start=date(1, 1, 1), target_date=date(9999, 12, 31)
    ),
    "step effort 1e308, dated 0001 and 9999": _changed(
        "steps", effort=HUGE, cost=float("inf"), due=date(9999, 12, 31), done=date(1, 1, 1)
    ),
    "goal from 0001 to 9999": _changed("goals", start=date(1, 1, 1), due=date(9999, 12, 31)),
    "feedback of year 0001": _changed("feedback", received=date(1, 1, 1)),
    "vision of year 0001": _changed("visions", created=datetime(1, 1, 1)),
}


def write_plan(path: Path, plan: Plan) -> Path:
    """Store ``plan`` as it is (the repository writes what it is given)."""
    PlanRepository.create(path, plan).close()
    return path
