"""``bakeryplan import``: an export into a measure's entries, without a window.

The same engine as the assistant (``store.imports``): without mapping options the command
uses the mapping the assistant would propose; options change parts of it, and a saved
recipe replaces it. A refusal is one line on stderr with exit code 2 and the plan is left
as it was; ``--dry-run`` reads and reports but writes nothing.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bakeryplan.cli import CliError, parse_day
from bakeryplan.cli.terminal import say
from bakeryplan.text.translate import PLURAL, translate

if TYPE_CHECKING:
    from bakeryplan.domain.import_mapping import Column, ImportMapping, ImportRecipe
    from bakeryplan.domain.model import Measure, Plan
    from bakeryplan.store.imports import ImportPreview, Table
    from bakeryplan.text.formatter import Formatter


def register(subcommands: argparse._SubParsersAction) -> None:
    help_text = translate(
        "cli", "import a till, card-terminal, bank, web-shop or accounting export into a measure"
    )
    parser = subcommands.add_parser("import", help=help_text, description=help_text)
    parser.set_defaults(handler=cmd_import)
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--measure", required=True, metavar="NAME", help=translate("cli", "the measure's name")
    )
    parser.add_argument(
        "--recipe", metavar="NAME", help=translate("cli", "read the file with a saved recipe")
    )
    parser.add_argument(
        "--date-column", metavar="COL", help=translate("cli", "header text or number from 1")
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="order", action="store_const", const="day_first")
    order.add_argument("--month-first", dest="order", action="store_const", const="month_first")
    order.add_argument("--year-first", dest="order", action="store_const", const="year_first")
    value = parser.add_mutually_exclusive_group()
    value.add_argument(
        "--value-column", metavar="COL", help=translate("cli", "sum this column's amounts")
    )
    value.add_argument(
        "--count-rows", action="store_true", help=translate("cli", "count the rows of each day")
    )
    value.add_argument(
        "--count-distinct",
        metavar="COL",
        help=translate("cli", "count each day's different values of COL"),
    )
    parser.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="COL=VALUE",
        help=translate("cli", "only rows whose COL is VALUE (repeat for several values)"),
    )
    parser.add_argument(
        "--sign", choices=["all", "income", "expenses"], help=translate("cli", "amounts to keep")
    )
    parser.add_argument(
        "--note-column", metavar="COL", help=translate("cli", "the column of notes")
    )
    parser.add_argument(
        "--save-recipe", metavar="NAME", help=translate("cli", "save the mapping as a recipe")
    )
    repeat = parser.add_mutually_exclusive_group()
    repeat.add_argument(
        "--replace",
        action="store_true",
        help=translate("cli", "replace days this source imported before"),
    )
    repeat.add_argument(
        "--skip-existing",
        action="store_true",
        help=translate("cli", "keep days this source imported before"),
    )
    parser.add_argument("--dry-run", action="store_true", help=translate("cli", "write nothing"))
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    parser.add_argument(
        "--on",
        type=parse_day,
        default=None,
        metavar="DATE",
        help=translate("cli", "today (default: today)"),
    )


def cmd_import(args: argparse.Namespace) -> int:
    from bakeryplan.store.repository import PlanRepository

    data = args.file.read_bytes()
    today = args.on or date.today()
    with PlanRepository.open(args.plan, read_only=args.dry_run) as repository:
        plan = repository.load()
        measure = _measure(plan, args.measure)
        recipe = _recipe(plan, args.recipe) if args.recipe else None
        table, mapping = _read(data, plan, recipe, args)
        preview = _preview(table, mapping, plan, today)
        source = args.save_recipe or (recipe.name if recipe else args.file.name)
        changes = _changes(preview, measure, source, plan, args)
        if not args.dry_run:
            with repository.atomic():
                for old in changes.remove:
                    repository.delete_actual(old.id)
                repository.add_actuals(changes.add)
                if args.save_recipe:
                    _save_recipe(repository, plan, args.save_recipe, table, preview.mapping)
    kept = set(changes.kept)
    days = [day for day in preview.days if day.on not in kept]
    if args.json:
        out = {
            "days": [{"on": d.on.isoformat(), "value": d.value, "rows": d.rows} for d in days],
            "skipped": [{"line": s.line, "reason": s.reason} for s in preview.skipped],
            "notices": list(preview.notices),
        }
        say(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        from bakeryplan.domain.import_mapping import ValueRule
        from bakeryplan.store.imports import currency_precision
        from bakeryplan.text.formatter import formatter_for

        fmt = formatter_for(plan.business)
        amounts = preview.mapping.rule is ValueRule.AMOUNT
        digits = currency_precision(plan.business.currency) if amounts else 0  # else counts
        text = _as_text(preview, days, measure, source, changes, args.dry_run, fmt, digits)
        say(text, end="")
    return 0


def _measure(plan: Plan, name: str) -> Measure:
    wanted = name.strip().casefold()
    found = [m for m in plan.measures if m.name.strip().casefold() == wanted]
    if len(found) == 1:
        return found[0]
    names = ", ".join(f'"{m.name}"' for m in plan.measures) or translate("cli", "none yet")
    if not found:
        raise CliError(
            translate("cli", 'no measure called "{name}" (measures: {names})').format(
                name=name, names=names
            )
        )
    count = len(found)
    raise CliError(
        translate(
            "cli", '%n measures are called "{name}": rename one in the window first',
            None, PLURAL, count
        ).format(name=name)
    )  # fmt: skip


def _recipe(plan: Plan, name: str) -> ImportRecipe:
    wanted = name.strip().casefold()
    for recipe in plan.recipes:
        if recipe.name.strip().casefold() == wanted:
            return recipe
    names = ", ".join(f'"{r.name}"' for r in plan.recipes) or translate("cli", "none saved yet")
    raise CliError(
        translate("cli", 'no import recipe called "{name}" (recipes: {names})').format(
            name=name, names=names
        )
    )


def _read(
    data: bytes, plan: Plan, recipe: ImportRecipe | None, args: argparse.Namespace
) -> tuple[Table, ImportMapping]:
    from bakeryplan.domain.import_mapping import ColumnFilter, DateOrder, SignFilter, ValueRule
    from bakeryplan.store.imports import ImportRefused, prepare
    from bakeryplan.store.imports.locale_defaults import prefers_day_first, windows_code_page

    locale = plan.business.locale
    default = DateOrder.DAY_FIRST if prefers_day_first(locale) else DateOrder.MONTH_FIRST
    base = recipe.mapping if recipe else None
    try:
        prepared = prepare(
            data,
            encoding=base.encoding if base else "",
            delimiter=base.delimiter if base else "",
            header_line=base.header_line if base else None,
            code_page=windows_code_page(locale),
            default_order=default,
        )
    except ImportRefused as refused:
        raise CliError(str(refused)) from None
    table = prepared.table
    mapping = base or prepared.proposed
    changes: dict[str, Any] = {}
    if args.date_column:
        changes["date_column"] = _column(table, args.date_column)
    if args.order:
        changes["date_order"] = DateOrder(args.order)
    if args.value_column:
        changes.update(rule=ValueRule.AMOUNT, value_column=_column(table, args.value_column))
    elif args.count_rows:
        changes.update(rule=ValueRule.COUNT_ROWS, value_column=None)
    elif args.count_distinct:
        changes.update(
            rule=ValueRule.COUNT_DISTINCT, value_column=_column(table, args.count_distinct)
        )
    if args.where:
        changes["filters"] = _filters(table, args.where, ColumnFilter)
    if args.sign:
        changes["sign"] = SignFilter(args.sign)
    if args.note_column:
        changes["note_column"] = _column(table, args.note_column)
    if changes.get("value_column") is not None and "decimal_mark" not in changes:
        changes["decimal_mark"] = ""  # decide again for the chosen column
    return table, mapping.with_changes(**changes)


def _column(table: Table, text: str) -> Column:
    from bakeryplan.domain.import_mapping import Column

    wanted = text.strip().casefold()
    for index, name in enumerate(table.header):
        if name.strip().casefold() == wanted:
            return Column(index, name.strip())
    if wanted.isdigit() and 1 <= int(wanted) <= table.width:
        index = int(wanted) - 1
        name = table.header[index].strip() if index < len(table.header) else ""
        return Column(index, name)
    names = ", ".join(f'"{n}"' for n in table.column_names())
    raise CliError(
        translate(
            "cli", 'the file has no column "{text}" (columns: {names}; or a number from 1)'
        ).format(text=text, names=names)
    )


def _filters(table: Table, wheres: list[str], make: Any) -> tuple[Any, ...]:
    grouped: dict[int, tuple[Column, list[str]]] = {}
    for where in wheres:
        column_text, equals, value = where.partition("=")
        if not equals:
            raise CliError(
                translate("cli", '--where "{where}" needs the form COLUMN=VALUE').format(
                    where=where
                )
            )
        column = _column(table, column_text)
        grouped.setdefault(column.index, (column, []))[1].append(value.strip())
    return tuple(make(column, tuple(values)) for column, values in grouped.values())


def _preview(table: Table, mapping: ImportMapping, plan: Plan, today: date) -> ImportPreview:
    from bakeryplan.store.imports import MappingError, aggregate, currency_precision

    try:
        preview = aggregate(
            table, mapping, today=today, precision=currency_precision(plan.business.currency)
        )
    except MappingError as problem:
        raise CliError(str(problem)) from None
    if not preview.days:
        skipped = next(iter(preview.skipped), None)
        if skipped is None:
            text = translate(
                "cli", "no day's figure could be read from the file; nothing was written"
            )
        else:
            text = translate(
                "cli",
                "no day's figure could be read from the file (line {line}: {reason}); nothing "
                "was written",
            ).format(line=skipped.line, reason=skipped.reason)
        raise CliError(text)
    return preview


def _changes(preview: ImportPreview, measure: Measure, source: str, plan: Plan, args: Any) -> Any:
    from bakeryplan.store.imports.entries import Repeat, entry_changes, repeated_days

    existing = plan.actuals_of(measure.id)
    repeated = repeated_days(preview.days, existing, source)
    repeat = Repeat.REPLACE if args.replace else Repeat.SKIP if args.skip_existing else Repeat.ASK
    if repeated and repeat is Repeat.ASK:
        count = len(repeated)
        raise CliError(
            translate(
                "cli",
                '%n of these days ({first} to {last}) were already imported from "{source}" '
                'into "{measure}": add --replace to replace them or --skip-existing to keep '
                "them; nothing was written", None, PLURAL, count
            ).format(first=repeated[0], last=repeated[-1], source=source, measure=measure.name)
        )  # fmt: skip
    return entry_changes(
        preview.days, measure_id=measure.id, source_name=source, existing=existing, repeat=repeat
    )


def _save_recipe(
    repository: Any, plan: Plan, name: str, table: Table, mapping: ImportMapping
) -> None:
    from dataclasses import replace

    from bakeryplan.domain.import_mapping import ImportRecipe

    recipe = ImportRecipe(name.strip(), table.header, mapping)
    same = [r for r in plan.recipes if r.name.strip().casefold() == recipe.name.casefold()]
    if same:
        repository.update_recipe(replace(recipe, id=same[0].id))
    else:
        repository.add_recipe(recipe)


def _as_text(
    preview: ImportPreview,
    days: list[Any],
    measure: Measure,
    source: str,
    changes: Any,
    dry: bool,
    fmt: Formatter,
    digits: int,
) -> str:
    """What was (or would be) imported, a line a day; dates and figures as the plan writes
    them (``--json`` gives them plainly, for scripts)."""
    count = len(days)
    if dry:
        head = translate(
            "cli", 'Would import %n day(s) into "{measure}" (source "{source}").',
            None, PLURAL, count
        )  # fmt: skip
    else:
        head = translate(
            "cli", 'Imported %n day(s) into "{measure}" (source "{source}").', None, PLURAL, count
        )  # fmt: skip
    used = sum(day.rows for day in days)  # the days imported; a plain name for lupdate
    rows = translate("cli", "The figures come from %n row(s) of the file.", None, PLURAL, used)
    lines = [f"{head.format(measure=measure.name, source=source)} {rows}"]
    removed, kept, filtered = len(changes.remove), len(changes.kept), preview.filtered
    if removed:
        lines.append(
            translate(
                "cli", "%n earlier entries of the same days were replaced.", None, PLURAL, removed
            )
        )
    if kept:
        lines.append(
            translate(
                "cli", "%n day(s) imported before were kept as they were.", None, PLURAL, kept
            )
        )
    if filtered:
        lines.append(
            translate("cli", "%n row(s) were left out by the filters.", None, PLURAL, filtered)
        )
    lines.extend(preview.notices)
    when = {day.on: fmt.date(day.on, "medium") for day in days}
    width = max((len(text) for text in when.values()), default=0)
    for day in days:
        rows = day.rows
        counted = translate("cli", "%n row(s)", None, PLURAL, rows)
        figure = fmt.number(day.value, digits)
        lines.append(f"  {when[day.on]:<{width}}  {figure:>14}  {counted:>11}")
    for skipped in preview.skipped:
        lines.append(
            translate("cli", "  skipped line {line}: {reason}").format(
                line=skipped.line, reason=skipped.reason
            )
        )
    return "\n".join(lines) + "\n"
