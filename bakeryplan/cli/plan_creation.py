"""``bakeryplan demo`` and ``bakeryplan new``: a plan file made from the command line, never
over a file that is not a healthy plan, and backed up first when ``--force`` replaces one.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bakeryplan.cli import CliError
from bakeryplan.cli.commands import load_plan, on_day
from bakeryplan.cli.terminal import say
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.domain.model import Plan


def _require_plan_suffix(path: Path) -> None:
    """New plans end in .bakeryplan, as the window names them, so the desktop knows them."""
    from bakeryplan.store.paths import PLAN_SUFFIX

    if path.suffix.lower() != PLAN_SUFFIX:
        raise CliError(
            translate("cli", 'a plan file name must end in {suffix}, not "{name}"').format(
                suffix=PLAN_SUFFIX, name=path.name
            )
        )


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise CliError(
            translate("cli", '"{path}" already exists; choose another name').format(path=path)
        )


def _write_new_plan(path: Path, plan: Plan) -> None:
    from bakeryplan.store.repository import PlanRepository

    _require_plan_suffix(path)
    if not path.parent.is_dir():
        raise CliError(
            translate("cli", 'folder "{folder}" does not exist').format(folder=path.parent)
        )
    PlanRepository.create(path, plan).close()


def _replace_plan(path: Path, plan: Plan) -> None:
    """Replace a healthy plan of ours, under its lock, after backing it up.

    Anything else (a file that is not a plan, a damaged one, one from a newer version) is
    refused untouched: --force replaces a plan the owner can get back from the backups,
    never a file nobody could restore; one a crash left mid-change is repaired first, after
    a backup of it and its journal. A symbolic link
    is followed (the plan it points to is replaced); a write-protected plan or a read-only
    folder is refused, as the window refuses to edit them.
    """
    from bakeryplan.store.backups import make_backup
    from bakeryplan.store.errors import PlanFileError
    from bakeryplan.store.lock import PlanLock
    from bakeryplan.store.paths import file_behind, write_protection
    from bakeryplan.store.schema import SCHEMA_VERSION
    from bakeryplan.store.whole_plan import write_new_plan_file

    target = file_behind(path)
    protection = write_protection(target)
    if protection is not None:
        raise CliError(
            translate("cli", 'cannot replace "{name}": {protection}. Nothing was changed').format(
                name=path.name, protection=protection
            )
        )
    try:
        load_plan(path)  # a plan left mid-change by a crash is repaired here, after a backup
    except PlanFileError as problem:
        raise CliError(
            translate("cli", "{problem}; --force only replaces a BakeryPlan plan").format(
                problem=problem
            )
        ) from None
    with PlanLock(path):
        make_backup(path, "before replacing with the demo plan")
        write_new_plan_file(target, plan, to_version=SCHEMA_VERSION, replace=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.text.translate import current_language

    if args.plan.exists() and not args.force:
        raise CliError(
            translate("cli", '"{path}" already exists; add --force to replace it').format(
                path=args.plan
            )
        )
    demo = demo_plan(on_day(args), current_language())  # in the command line's language
    if args.plan.exists():
        _replace_plan(args.plan, demo)
    else:
        _write_new_plan(args.plan, demo)
    say(
        translate("cli", "Wrote the demo plan of {business} to {path}").format(
            business=demo.business.name, path=args.plan
        )
    )
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from bakeryplan.domain.model import Business, Plan

    _refuse_existing(args.plan)
    if args.source is not None:
        from bakeryplan.store.interchange import load_json

        plan = load_json(args.source)
    else:
        plan = Plan(
            business=Business(
                name=args.name or args.plan.stem,
                owner=args.owner,
                currency=_currency(args.currency),
                locale=_locale(args.locale),
            )
        )
    _write_new_plan(args.plan, plan)
    say(
        translate("cli", 'Created "{business}" in {path}').format(
            business=plan.business.name, path=args.plan
        )
    )
    return 0


def _currency(code: str) -> str:
    """An ISO 4217 code babel knows, so the plan can be exported and imported again."""
    from babel.numbers import is_currency

    if not is_currency(code.upper()):
        raise CliError(
            translate("cli", '"{code}" is not a currency code such as EUR, GBP or USD').format(
                code=code
            )
        )
    return code.upper()


def _locale(name: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        raise CliError(
            translate("cli", '"{name}" is not a locale such as en_GB, de_DE or fr_FR').format(
                name=name
            )
        ) from None
    return name
