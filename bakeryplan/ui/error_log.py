"""The app's log file, and what happens to a bug nobody caught: logged, then one dialog.

Started from a desktop, the app has no terminal: a traceback printed to stderr is lost and
the click that raised it silently does nothing. While the window runs, warnings and errors
go to a small rotating log in the app's data folder, and an uncaught exception is logged
and told to the user in plain words, with the log's path.

Nothing here may delay the first window: the log file is found (platformdirs), its module
(``logging.handlers``, about 30 ms of imports) loaded and the file opened only when the
first record arrives, which in a good run is never. The module itself imports no Qt, so
the command line loads it with the window's other plain modules, before PySide6.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from bakeryplan import __version__
from bakeryplan.store.paths import data_dir
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from types import TracebackType

    ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

log = logging.getLogger(__name__)

LOG_FOLDER = "logs"
LOG_FILE_NAME = "bakeryplan.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUP_COUNT = 3  # bakeryplan.log.1 to .3: a few sessions of history, 4 MB at most
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_active_log: LazyLogFile | None = None


def log_file_path() -> Path:
    """Where the window's log goes: ``<data folder>/logs/bakeryplan.log``."""
    return data_dir() / LOG_FOLDER / LOG_FILE_NAME


def active_log_file() -> Path | None:
    """The log file of the running window, or None when nothing writes one (tests, CLI)."""
    return _active_log.path if _active_log is not None else None


class LazyLogFile(logging.Handler):
    """A rotating log file made when the first record arrives, not when the app starts."""

    def __init__(self, path_of: Callable[[], Path] = log_file_path) -> None:
        super().__init__()
        self._path_of = path_of
        self._path: Path | None = None
        self._file: logging.Handler | None = None
        self.failure: OSError | None = None
        """Why the file could not be opened; records then go to stderr."""

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = self._path_of()
        return self._path

    @property
    def is_writable(self) -> bool:
        return self.failure is None

    def emit(self, record: logging.LogRecord) -> None:
        target = self._target()
        if target is not None:
            target.handle(record)
        elif logging.lastResort is not None:
            logging.lastResort.handle(record)

    def _target(self) -> logging.Handler | None:
        if self._file is None and self.failure is None:
            try:
                self._file = self._open()
            except OSError as error:
                self.failure = error
        return self._file

    def _open(self) -> logging.Handler:
        from logging.handlers import RotatingFileHandler

        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = RotatingFileHandler(
            self.path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        return handler

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


class ErrorReporter:
    """``sys.excepthook`` while the window runs: log the traceback, then tell the user.

    Re-entrant calls (an error while the dialog is open, or in showing it) are only
    logged, and an error raised again at the same place (a broken paint, a button clicked
    twice) is not shown again, so the user is never trapped in a stream of dialogs.
    """

    def __init__(self, log_file: LazyLogFile, previous: ExceptHook) -> None:
        self.log_file = log_file
        self.previous = previous
        self.pending = False
        """A dialog waits for the event loop."""
        self.closed = False
        """Reporting has ended (the window's event loop is over)."""
        self._reporting = False
        self._told: set[tuple[str, str, int]] = set()

    def __call__(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C in a terminal, SystemExit: not a bug
            self.previous(kind, error, traceback)
            return
        self.report(kind, error, traceback)
        with suppress(Exception):  # a broken previous hook: the log has it all the same
            self.previous(kind, error, traceback)  # a terminal, if there is one, sees it too

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
        *,
        now: bool = False,
    ) -> None:
        """Log the error, then show the dialog unless this one was shown already.

        The dialog waits for the event loop of the GUI thread: the error may come from a
        worker thread, or from inside a paint event, where a modal dialog must not open.
        ``now`` shows it at once (the event loop has ended).
        """
        log.critical(
            "Unexpected error in BakeryPlan %s", __version__, exc_info=(kind, error, traceback)
        )
        site = _site(kind, traceback)
        if self._reporting or site in self._told:  # a dialog is open, or this one was shown
            return
        self._told.add(site)
        if now:
            self._show()
            return
        from PySide6.QtCore import QCoreApplication, QTimer

        app = QCoreApplication.instance()
        if app is not None:
            self.pending = True
            QTimer.singleShot(0, app, self._show)

    def _show(self) -> None:
        """One dialog at a time, and none once reporting has ended."""
        self.pending = False
        if self._reporting or self.closed:
            return
        self._reporting = True
        try:
            self._tell_user()
        except Exception:  # the dialog itself failed: log it, never report it again
            log.exception("The error dialog could not be shown")
        finally:
            self._reporting = False

    def _tell_user(self) -> None:
        from PySide6.QtWidgets import QApplication

        if not isinstance(QApplication.instance(), QApplication):
            return  # no widgets to show a dialog with; the log has it
        from bakeryplan.ui import dialogs

        dialogs.show_error(
            QApplication.activeWindow(),
            translate("ErrorReport", "Something went wrong"),
            self.text(),
        )

    def text(self) -> str:
        """The dialog's plain text: what happened, that the plan is safe, where the log is."""
        happened = translate(
            "ErrorReport",
            "Something went wrong inside BakeryPlan, so what you just did may not have "
            "happened.\n\n"
            "Your plan file is safe: every change is saved on its own, whole or not at all.",
        )
        if self.log_file.is_writable:
            where = translate(
                "ErrorReport",
                "The details are in the log file:\n{path}\n"
                "Please send that file along if you report the problem.",
            ).format(path=self.log_file.path)
        else:
            where = translate(
                "ErrorReport", "The details could not be written to the log file {path}."
            ).format(path=self.log_file.path)
        return f"{happened}\n\n{where}"


def _site(kind: type[BaseException], traceback: TracebackType | None) -> tuple[str, str, int]:
    """Where an error was raised: its type and the innermost file and line."""
    while traceback is not None and traceback.tb_next is not None:
        traceback = traceback.tb_next
    if traceback is None:
        return (kind.__qualname__, "", 0)
    return (kind.__qualname__, traceback.tb_frame.f_code.co_filename, traceback.tb_lineno)


@contextmanager
def error_reporting() -> Iterator[ErrorReporter]:
    """Log to the file and report uncaught errors while the block runs; undone after it.

    An error that ends the block itself (a bug before the event loop started) is reported
    the same way before it goes on.
    """
    global _active_log
    log_file = LazyLogFile()
    root = logging.getLogger()
    root.addHandler(log_file)
    previous = sys.excepthook
    reporter = ErrorReporter(log_file, previous)
    sys.excepthook = reporter
    _active_log = log_file
    try:
        yield reporter
    except Exception as error:
        reporter.report(type(error), error, error.__traceback__, now=True)
        raise
    finally:
        if reporter.pending:  # the event loop ended before it could show the dialog
            reporter._show()
        reporter.closed = True
        if sys.excepthook is reporter:
            sys.excepthook = previous
        _active_log = None
        root.removeHandler(log_file)
        log_file.close()
