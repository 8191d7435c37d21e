"""Entry point: the window by default, headless subcommands for scripts.

Subcommands import only what they use, lazily: a script that asks for ``status`` never pays
for (or depends on) QtWidgets or matplotlib. Every failure a user can cause ends as one line
on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from bakeryplan import __version__

EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A problem to report as one line on stderr."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or _looks_like_plan_path(args[0]):
        return _open_window(args)
    use_persons_language()
    parser = build_parser()
    try:
        namespace = parser.parse_args(args)
    except SystemExit as exit_request:  # argparse already printed its one-line usage error
        return int(exit_request.code or 0)
    handler: Handler = namespace.handler
    try:
        return handler(namespace)
    except BrokenPipeError:
        return _reader_went_away()
    except CliError as problem:
        return _fail(str(problem))
    except Exception as problem:
        if _is_users_problem(problem):
            return _fail(_one_line(problem))
        raise  # a bug: the traceback is what a report of it needs


def use_persons_language() -> None:
    """Messages, refusals and help in the language of the person at the shell (LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG, as Qt reads them); what a command prints about a plan
    (``status``, the printouts) speaks the plan's own language instead."""
    from PySide6.QtCore import QLocale

    from bakeryplan.text.languages import first_supported
    from bakeryplan.text.translate import set_interface_language

    set_interface_language(first_supported(QLocale.system().uiLanguages()))


def _reader_went_away() -> int:
    """``bakeryplan status PLAN | head``: the reader closed the pipe, which is no error.

    Standard output is pointed at the null device so that the flush at exit, which would
    hit the closed pipe again, ends quietly too.
    """
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    return 0


def _is_users_problem(problem: Exception) -> bool:
    """Errors whose text is for the user: the store's, the file system's, far-off dates,
    and a chart asked for in words the plan cannot answer. Any other error is a bug."""
    from bakeryplan.reports.export import ChartRequestError
    from bakeryplan.store.errors import PlanFileError, RecordError

    # PlanFileError includes InterchangeError (a bad JSON plan).
    user_errors = (PlanFileError, RecordError, ChartRequestError, OSError, OverflowError)
    return isinstance(problem, user_errors)


def _fail(message: str) -> int:
    from bakeryplan.cli.terminal import say

    say(f"bakeryplan: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _one_line(problem: Exception) -> str:
    from bakeryplan.atomic_files import AtomicWriteError

    if isinstance(problem, AtomicWriteError):  # "the disk is full: ... was not changed"
        return str(problem)
    if isinstance(problem, OSError) and problem.strerror:
        where = f' "{problem.filename}"' if problem.filename else ""
        return f"{problem.strerror}{where}"
    return " ".join(str(problem).split()) or type(problem).__name__


SUBCOMMANDS = frozenset(
    {
        "demo", "new", "export", "export-csv", "status", "check", "backup", "backups",
        "restore", "export-chart", "progress-pack", "print-plan", "import", "review-digest",
        "print-checkin", "plan-from-history",
    }
)  # fmt: skip
"""Known without building the parser, so opening the window never pays for argparse."""


def _looks_like_plan_path(first: str) -> bool:
    return not first.startswith("-") and first not in SUBCOMMANDS


def _open_window(args: list[str]) -> int:
    if len(args) > 1:
        from bakeryplan.text.translate import translate

        use_persons_language()
        return _fail(translate("cli", "give one plan file to open, or a subcommand (see --help)"))
    path = Path(args[0]) if args else None
    if path is not None and not path.exists():
        from bakeryplan.text.translate import translate

        use_persons_language()
        return _fail(translate("cli", 'no plan file at "{path}"').format(path=path))
    from bakeryplan.ui.app import run

    return run(path)


class OneLineErrorParser(argparse.ArgumentParser):
    """Reports a usage mistake in one line, as every other error here, not a usage block.

    Subcommand parsers are made of the same class, so theirs are one line too.
    """

    def error(self, message: str) -> NoReturn:
        from bakeryplan.cli.terminal import terminal_safe

        where = self.prog.removeprefix("bakeryplan").strip()
        see = f"bakeryplan {where} --help" if where else "bakeryplan --help"
        from bakeryplan.text.translate import translate

        text = translate("cli", "{message} (see {help})").format(message=message, help=see)
        self.exit(EXIT_USAGE, terminal_safe(f"bakeryplan: error: {text}") + "\n")


def build_parser() -> argparse.ArgumentParser:
    from bakeryplan.cli.commands import register_commands
    from bakeryplan.text.translate import translate

    parser = OneLineErrorParser(
        prog="bakeryplan",
        description=translate(
            "cli",
            "Offline planning for a small business. Without a subcommand, or with a plan "
            "file, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"bakeryplan {__version__}")
    subcommands = parser.add_subparsers(title=translate("cli", "subcommands"), metavar="COMMAND")
    register_commands(subcommands)
    return parser


def parse_day(text: str) -> date:
    """Parse an ISO date for ``--on``, ``--from`` and ``--to``, within the plan's years
    (``domain.bounds``)."""
    from bakeryplan.domain.bounds import FIRST_DAY, LAST_DAY, day_in_range
    from bakeryplan.text.translate import translate

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", '"{text}" is not a date like 2026-11-27').format(text=text)
        ) from None
    if not day_in_range(day):
        raise argparse.ArgumentTypeError(
            translate("cli", '"{text}" is outside the years {first} to {last}').format(
                text=text, first=FIRST_DAY.year, last=LAST_DAY.year
            )
        )
    return day


if __name__ == "__main__":
    sys.exit(main())
