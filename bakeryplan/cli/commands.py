"""The headless subcommands: argument wiring and the handlers behind them.

Handlers open plans read-only unless they change them, so a script can read a plan that
the owner has open in the window. Everything printed goes through ``terminal.say``: plan
text never reaches the terminal as control characters.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bakeryplan.cli import CliError, parse_day
from bakeryplan.cli.terminal import say
from bakeryplan.text.translate import PLURAL, translate

if TYPE_CHECKING:
    from bakeryplan.domain.model import Plan


def register_commands(subcommands: argparse._SubParsersAction) -> None:
    from bakeryplan.cli.plan_creation import cmd_demo, cmd_new

    def add(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        parser = subcommands.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        return parser

    demo = add("demo", translate("cli", "write the Sunrise Bakery demo plan"), cmd_demo)
    demo.add_argument("plan", type=Path, metavar="PLAN")
    demo.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )
    _add_on(demo)

    new = add(
        "new", translate("cli", "create a new, empty plan (or one from a JSON file)"), cmd_new
    )
    new.add_argument("plan", type=Path, metavar="PLAN")
    new.add_argument("--from", dest="source", type=Path, metavar="FILE.json")
    new.add_argument("--name", help=translate("cli", "business name (default: the file name)"))
    new.add_argument("--owner", default="", help=translate("cli", "owner's name"))
    new.add_argument(
        "--currency", default="EUR", help=translate("cli", "ISO currency code (default EUR)")
    )
    new.add_argument(
        "--locale", default="en_GB", help=translate("cli", "locale such as en_GB or de_DE")
    )

    export = add("export", translate("cli", "export the whole plan as JSON"), cmd_export)
    export.add_argument("plan", type=Path, metavar="PLAN")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")

    csv = add(
        "export-csv",
        translate("cli", "export actuals (or, with --status, each measure's status) as CSV"),
        cmd_csv,
    )
    csv.add_argument("plan", type=Path, metavar="PLAN")
    csv.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")
    csv.add_argument(
        "--status", action="store_true", help=translate("cli", "one row per measure with health")
    )
    _add_on(csv)

    status = add(
        "status",
        translate("cli", "each goal and measure: expected, actual, health, forecast"),
        cmd_status,
    )
    status.add_argument("plan", type=Path, metavar="PLAN")
    _add_on(status)
    status.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    check = add(
        "check",
        translate(
            "cli",
            "what needs attention: overdue steps, waiting feedback, gaps in owners, dates, "
            "measures",
        ),
        cmd_check,
    )
    check.add_argument("plan", type=Path, metavar="PLAN")
    _add_on(check)
    check.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    backup = add("backup", translate("cli", "make a backup copy of the plan now"), cmd_backup)
    backup.add_argument("plan", type=Path, metavar="PLAN")

    backups = add(
        "backups", translate("cli", "list the backups of a plan, newest first"), cmd_backups
    )
    backups.add_argument("plan", type=Path, metavar="PLAN")

    restore = add(
        "restore",
        translate("cli", "replace the plan with a backup (backs up the plan first)"),
        cmd_restore,
    )
    restore.add_argument("plan", type=Path, metavar="PLAN")
    restore.add_argument("backup", type=Path, metavar="BACKUP")

    chart = add(
        "export-chart",
        translate("cli", "export a measure's planned-vs-actual chart"),
        cmd_export_chart,
    )
    chart.add_argument("plan", type=Path, metavar="PLAN")
    chart.add_argument(
        "--measure", required=True, metavar="NAME", help=translate("cli", "measure name")
    )
    chart.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png|.svg|.pdf")
    chart.add_argument("--from", dest="start", type=parse_day, metavar="DATE")
    chart.add_argument("--to", dest="end", type=parse_day, metavar="DATE")
    _add_on(chart)

    pack = add(
        "progress-pack",
        translate("cli", "write the lenders' progress pack (PDF)"),
        cmd_progress_pack,
    )
    pack.add_argument("plan", type=Path, metavar="PLAN")
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    _add_page_size(pack)
    _add_on(pack)

    from bakeryplan.cli.import_command import register as register_import

    register_import(subcommands)

    from bakeryplan.cli.plan_from_history import register as register_plan_from_history

    register_plan_from_history(subcommands)

    one_page = add(
        "print-plan",
        translate("cli", "write the one-page plan for the staff huddle (PDF)"),
        cmd_print,
    )
    one_page.add_argument("plan", type=Path, metavar="PLAN")
    one_page.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    _add_page_size(one_page)
    _add_on(one_page)

    digest = add(
        "review-digest",
        translate("cli", "what changed since the last review held on or before a day"),
        cmd_review_digest,
    )
    digest.add_argument("plan", type=Path, metavar="PLAN")
    _add_on(digest)
    digest.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    checkin = add(
        "print-checkin",
        translate("cli", "write the paper check-in sheet for a week (PDF)"),
        cmd_print_checkin,
    )
    checkin.add_argument("plan", type=Path, metavar="PLAN")
    checkin.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    checkin.add_argument(
        "--week",
        type=parse_day,
        default=None,
        metavar="DATE",
        help=translate("cli", "any day of the week wanted (default: next week)"),
    )
    _add_page_size(checkin)


def _add_on(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--on",
        type=parse_day,
        default=None,
        metavar="DATE",
        help=translate("cli", "as of this date (default today)"),
    )


def _add_page_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page-size", choices=["a4", "letter"], default="a4")


def on_day(args: argparse.Namespace) -> date:
    return args.on or date.today()


def load_plan(path: Path, *, status_on: date | None = None) -> Plan:
    """Read a plan without locking it; a plan from a newer BakeryPlan is refused.

    The window may show a newer plan read-only with a notice; a script would silently
    compute from columns it does not understand, so it gets the error instead. With
    ``status_on``, only the entries up to that day are loaded.
    """
    from bakeryplan.store.errors import NewerVersionError
    from bakeryplan.store.repository import PlanRepository
    from bakeryplan.store.schema import SCHEMA_VERSION

    with PlanRepository.open(path, read_only=True) as repository:
        if repository.schema_version > SCHEMA_VERSION:
            raise NewerVersionError(path, repository.schema_version, SCHEMA_VERSION)
        if status_on is not None:
            return repository.load_for_status(status_on)
        return repository.load()


def _require_pdf(output: Path) -> None:
    if output.suffix.lower() != ".pdf":
        raise CliError(
            translate("cli", '"{name}" would hold a PDF: name it something.pdf').format(
                name=output.name
            )
        )


def cmd_export(args: argparse.Namespace) -> int:
    from bakeryplan.store.interchange import dump_json

    plan = load_plan(args.plan)
    dump_json(plan, args.output, exported_at=datetime.now(UTC))
    say(translate("cli", "Exported {plan} to {file}").format(plan=args.plan, file=args.output))
    return 0


def cmd_csv(args: argparse.Namespace) -> int:
    from bakeryplan.reports.csv_export import export_actuals_csv, export_status_csv

    plan = load_plan(args.plan)
    if args.status:
        export_status_csv(plan, args.output, on=on_day(args))
    else:
        export_actuals_csv(plan, args.output)
    say(translate("cli", "Wrote {file}").format(file=args.output))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from bakeryplan.cli.status_text import status_as_json, status_as_text
    from bakeryplan.domain.status import plan_status

    plan = load_plan(args.plan, status_on=on_day(args))
    status = plan_status(plan, on_day(args))
    if args.json:
        say(json.dumps(status_as_json(plan, status), indent=2, ensure_ascii=False))
    else:
        say(status_as_text(plan, status), end="")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from bakeryplan.cli.status_text import findings_as_json, findings_as_text
    from bakeryplan.domain.alignment import find_alignment_issues

    plan = load_plan(args.plan, status_on=on_day(args))
    findings = find_alignment_issues(plan, on_day(args))
    if args.json:
        say(json.dumps(findings_as_json(plan, findings), indent=2, ensure_ascii=False))
    else:
        say(findings_as_text(plan, findings), end="")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from bakeryplan.store.backups import make_backup

    load_plan(args.plan)  # refuses a damaged, foreign or newer file with its own message
    say(make_backup(args.plan, "manual"))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from bakeryplan.store.backups import list_backups

    found = list_backups(args.plan)
    if not found:
        say(translate("cli", "No backups of {plan} yet.").format(plan=args.plan))
    for info in found:
        say(f"{info.made:%Y-%m-%d %H:%M:%S}  {info.reason:<28}  {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from bakeryplan.store.backups import restore_backup

    if not args.backup.is_file():
        raise CliError(translate("cli", 'no backup file at "{path}"').format(path=args.backup))
    saved = restore_backup(args.plan, args.backup)
    if saved is not None:
        text = translate(
            "cli", "Restored {plan} from {backup}; the replaced plan is kept as {kept}"
        )
    else:
        text = translate("cli", "Restored {plan} from {backup}")
    say(text.format(plan=args.plan, backup=args.backup, kept=saved))
    return 0


def cmd_export_chart(args: argparse.Namespace) -> int:
    from bakeryplan.reports.export import export_measure_chart

    if args.output.suffix.lower() not in {".png", ".svg", ".pdf"}:
        raise CliError(translate("cli", "the chart file must end in .png, .svg or .pdf"))
    if args.start is not None and args.end is not None and args.start >= args.end:
        raise CliError(
            translate("cli", "--from {start} must be before --to {end}").format(
                start=args.start, end=args.end
            )
        )
    plan = load_plan(args.plan)
    export_measure_chart(
        plan, args.measure, args.output, on=on_day(args), start=args.start, end=args.end
    )
    say(translate("cli", "Wrote {file}").format(file=args.output))
    return 0


def cmd_progress_pack(args: argparse.Namespace) -> int:
    from bakeryplan.reports.pack import write_progress_pack

    _require_pdf(args.output)
    plan = load_plan(args.plan)
    write_progress_pack(plan, args.output, on=on_day(args), page_size=args.page_size)
    say(translate("cli", "Wrote {file}").format(file=args.output))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from bakeryplan.reports.one_page import write_one_page_pdf

    _require_pdf(args.output)
    plan = load_plan(args.plan)
    write_one_page_pdf(plan, args.output, on=on_day(args), page_size=args.page_size)
    say(translate("cli", "Wrote {file}").format(file=args.output))
    return 0


def cmd_review_digest(args: argparse.Namespace) -> int:
    from bakeryplan.cli.review_digest_text import digest_as_json, no_review_text
    from bakeryplan.domain.review_digest import review_digest
    from bakeryplan.reports.review_text import digest_as_text

    on = on_day(args)
    plan = load_plan(args.plan, status_on=on)
    digest = review_digest(plan, on)
    if args.json:
        say(json.dumps(digest_as_json(plan, digest, on), indent=2, ensure_ascii=False))
    elif digest is None:
        say(no_review_text(plan, on), end="")
    else:
        say(digest_as_text(plan, digest), end="")
    return 0


def cmd_print_checkin(args: argparse.Namespace) -> int:
    from bakeryplan.reports.checkin_content import next_week, sheet_week
    from bakeryplan.reports.checkin_sheet import write_checkin_pdf

    _require_pdf(args.output)
    plan = load_plan(args.plan)
    week = sheet_week(plan, args.week) if args.week else next_week(plan, date.today())
    fit = write_checkin_pdf(plan, args.output, week=week, page_size=args.page_size)
    cut = fit.rows_cut
    if cut:
        text = translate(
            "cli",
            "Wrote {file} for the week of {day} (%n measure(s) left out: too many for one "
            "page)", None, PLURAL, cut
        )  # fmt: skip
    else:
        text = translate("cli", "Wrote {file} for the week of {day}")
    say(text.format(file=args.output, day=week.start.isoformat()))
    return 0
