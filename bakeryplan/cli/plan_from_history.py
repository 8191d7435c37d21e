"""``bakeryplan plan-from-history``: next year's plan of a measure drawn from last year.

The same derivation as the window's "Plan from last year" (``domain.plan_from_history``).
The plan is opened for editing only when it will be written: that open makes the usual
backup, and the measure's curve is replaced in one transaction. ``--dry-run`` reads the
plan without locking it and writes nothing. A refusal (no such measure, too little history,
an incomplete year without a choice) is one line on stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bakeryplan.cli import CliError, parse_day
from bakeryplan.cli.terminal import say
from bakeryplan.text.formatter import Formatter, formatter_for
from bakeryplan.text.translate import PLURAL, translate

if TYPE_CHECKING:
    from bakeryplan.domain.model import Plan
    from bakeryplan.domain.plan_from_history import DerivedPlan, HistoryRequest

ALIGNMENTS = ("holidays", "weekday", "date")


def register(subcommands: argparse._SubParsersAction) -> None:
    help_text = translate(
        "cli", "plan a measure's next year from its entries of last year, with a change"
    )
    parser = subcommands.add_parser("plan-from-history", help=help_text, description=help_text)
    parser.set_defaults(handler=cmd_plan_from_history)
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument(
        "--measure", required=True, metavar="NAME", help=translate("cli", "the measure's name")
    )
    parser.add_argument(
        "--year-ending",
        required=True,
        type=parse_day,
        metavar="DATE",
        help=translate(
            "cli", "the last day of the reference year; the plan covers the twelve months after it"
        ),
    )
    change = parser.add_mutually_exclusive_group(required=True)
    change.add_argument(
        "--change",
        type=percent,
        metavar="PERCENT",
        help=translate("cli", "change on last year: 8, +8 %%, -5"),
    )
    change.add_argument(
        "--year-total",
        type=amount,
        metavar="AMOUNT",
        help=translate("cli", "the new year's total instead"),
    )
    parser.add_argument(
        "--align",
        choices=ALIGNMENTS,
        default="holidays",
        help=translate(
            "cli",
            "match days by weekday with holidays moved (default), by weekday only, or by date",
        ),
    )
    gaps = parser.add_mutually_exclusive_group()
    gaps.add_argument(
        "--fill-gaps",
        action="store_true",
        help=translate("cli", "fill days last year misses from the weeks around"),
    )
    gaps.add_argument(
        "--known-only",
        action="store_true",
        help=translate("cli", "plan only what last year's entries show"),
    )
    parser.add_argument("--dry-run", action="store_true", help=translate("cli", "write nothing"))
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )


def percent(text: str) -> float:
    """A change written as 8, +8, 8 %, -5,5 or 8.5%."""
    cleaned = re.sub(r"\s|%", "", text).replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a percentage such as 8 or -5') from None


def amount(text: str) -> float:
    try:
        return float(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not an amount such as 450000') from None


def cmd_plan_from_history(args: argparse.Namespace) -> int:
    from bakeryplan.store.errors import NewerVersionError
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.store.schema import SCHEMA_VERSION

    with PlanRepository.open(args.plan, read_only=True) as looked_at:
        if looked_at.schema_version > SCHEMA_VERSION:
            raise NewerVersionError(args.plan, looked_at.schema_version, SCHEMA_VERSION)
        plan = looked_at.load()
        business = plan.business
        derived = _derive(plan, args)
    if not args.dry_run:
        with PlanRepository.open(args.plan) as repository:
            derived = _derive(repository.load(), args)  # as the plan stands under the lock
            repository.update_measure(derived.measure)
    # Through say(): the measure's name is plan text, which may hold control characters.
    if args.json:
        say(json.dumps(as_json(derived, written=not args.dry_run), indent=2))
    else:
        text = as_text(derived, args.plan, written=not args.dry_run, fmt=formatter_for(business))
        say(text, end="")
    return 0


def _derive(plan: Plan, args: argparse.Namespace) -> DerivedPlan:
    from bakeryplan.domain.plan_from_history import IncompleteHistory, PlanRefusal, derive_plan
    from bakeryplan.reports.export import find_measure_by_name
    from bakeryplan.text.history_notes import refusal_sentence

    measure = find_measure_by_name(plan, args.measure)
    try:
        return derive_plan(measure, plan.actuals_of(measure.id), plan.business, _request(args))
    except IncompleteHistory as problem:
        raise CliError(
            translate(
                "cli",
                "{problem} Add --fill-gaps to fill the missing days from the weeks around, or "
                "--known-only to plan only what the year's entries show.",
            ).format(problem=refusal_sentence(formatter_for(plan.business), problem.refusal))
        ) from None
    except PlanRefusal as problem:
        raise CliError(refusal_sentence(formatter_for(plan.business), problem.refusal)) from None


def _request(args: argparse.Namespace) -> HistoryRequest:
    from bakeryplan.domain.model import Alignment
    from bakeryplan.domain.plan_from_history import GapChoice, HistoryRequest

    gaps = GapChoice.FILL if args.fill_gaps else GapChoice.KNOWN_ONLY if args.known_only else None
    return HistoryRequest(
        year_ending=args.year_ending,
        change_percent=args.change if args.change is not None else 0.0,
        year_total=args.year_total,
        alignment=Alignment(args.align),
        gaps=gaps,
    )


def as_json(derived: DerivedPlan, *, written: bool) -> dict[str, Any]:
    """Each period of the new plan with its planned value, in date order, and the totals."""
    m = derived.measure
    return {
        "measure": m.name,
        "period": m.period.value,
        "counting": m.counting.value,
        "year_ending": derived.reference.span.end.isoformat(),
        "change_percent": round(derived.change_percent, 4),
        "last_year": round(derived.last_year_figure, 2),
        "planned": round(derived.planned_figure, 2),
        "written": written,
        "periods": [{"start": p.start.isoformat(), "planned": p.planned} for p in derived.periods],
    }


def as_text(derived: DerivedPlan, path: Path, *, written: bool, fmt: Formatter) -> str:
    from bakeryplan.domain.plan_from_history import change_words
    from bakeryplan.text.history_notes import holiday_name, holiday_note_sentence

    def format_date(day: date) -> str:
        return fmt.date(day, "long")

    def _number(value: float | None) -> str:
        return "-" if value is None else fmt.number(value, 2)

    m = derived.measure
    year = derived.plan_year
    if m.counting.value == "total":
        figures = translate(
            "cli", "Last year's total: {last}; the new plan's ({start} to {end}): {planned}."
        )
    else:
        figures = translate(
            "cli",
            "Last year's average per open day: {last}; the new plan's ({start} to {end}): "
            "{planned}.",
        )
    lines = [
        translate("cli", "{measure}: planned from the year ending {day}, {change}.").format(
            measure=m.name,
            day=format_date(derived.reference.span.end),
            change=change_words(derived.change_percent),
        ),
        figures.format(
            last=_number(derived.last_year_figure),
            start=format_date(year.start),
            end=format_date(year.end),
            planned=_number(derived.planned_figure),
        ),
        holiday_note_sentence(fmt, derived.holiday_note),
    ]
    if derived.moved:
        moved = "; ".join(
            f"{holiday_name(fmt, h)} {h.last_year.isoformat()} -> {h.new_year.isoformat()}"
            for h in derived.moved
        )
        lines.append(translate("cli", "Moved: {days}.").format(days=moved))
    if derived.filled_days:
        filled = derived.filled_days
        lines.append(
            translate(
                "cli", "%n missing day(s) of last year filled from the weeks around.",
                None, PLURAL, filled
            )
        )  # fmt: skip
    lines += ["", _table_head(m.period.value)]
    lines += [
        f"{p.start.isoformat():<15}{_number(p.planned):>10}  {_number(p.last_year):>10}"
        for p in derived.periods
    ]
    lines.append("")
    if written:
        done = translate("cli", "Wrote the new plan of {measure} to {path}.").format(
            measure=m.name, path=path
        )
    else:
        done = translate("cli", "Dry run: nothing written.")
    lines.append(done)
    return "\n".join(lines) + "\n"


def _table_head(period: str) -> str:
    """The columns' heads, "week starting   planned   last year", one text per period."""
    heads = {
        "day": translate("cli", "day starting   planned   last year"),
        "week": translate("cli", "week starting   planned   last year"),
        "month": translate("cli", "month starting   planned   last year"),
        "quarter": translate("cli", "quarter starting   planned   last year"),
        "year": translate("cli", "year starting   planned   last year"),
    }
    return heads.get(period, heads["day"])
