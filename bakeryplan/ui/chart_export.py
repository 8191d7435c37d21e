"""Export a chart or the lenders' progress pack from the window, through the save dialog.

The file dialog is opened through ``ui.dialogs`` (tests patch one name); the writing itself
is the same report code the command line uses, so a file saved here equals one made by
``bakeryplan export-chart`` for the same plan and day.

The progress pack takes seconds on a small plan and a minute on a large one, so it is
written on a worker thread behind a modal dialog that says what is happening: the window
keeps painting instead of freezing. That is safe because the pack touches no widget and no
QPixmap: it paints with QPainter on a QPdfWriter, lays text out with QFont/QTextLayout,
draws charts as matplotlib Figures made directly and saved to SVG (matplotlib keeps its FreeType
fonts per thread) and renders them with QSvgRenderer, all of which Qt 6 allows off the GUI
thread. ``Plan`` is a frozen dataclass, so the worker reads a value nobody changes. The
pack's SVG step sets matplotlib's global ``svg.*`` settings for its duration
(``reports/pack_sections.py``); the chart tab, drawing on the GUI thread meanwhile, reads
none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import plain_label

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_for(text: str, suffix: str) -> str:
    """A file name from user text: keeps letters of any script, drops path characters."""
    stem = _UNSAFE_IN_FILE_NAMES.sub("-", " ".join(text.split())).strip(" .-")[:80]
    return f"{stem or 'chart'}{suffix}"


def _suggested_folder(document: PlanDocument) -> Path:
    try:
        return Path(document.path).parent
    except (AttributeError, TypeError):
        return Path.home()


def export_chart_interactive(
    parent: QWidget | None, document: PlanDocument, measure_id: int
) -> Path | None:
    """Ask where to save one measure's chart (PNG, SVG or PDF) and write it."""
    from bakeryplan.reports.export import chart_format, export_measure_chart

    measure = document.plan.measure(measure_id)
    if measure is None:
        return None
    name_filter = ";;".join(
        (
            translate("chart_export", "PNG image, 300 dpi (*.png)"),
            translate("chart_export", "SVG drawing (*.svg)"),
            translate("chart_export", "PDF document (*.pdf)"),
        )
    )
    suggested = _suggested_folder(document) / file_name_for(measure.name, ".png")
    chosen = dialogs.ask_save_path(
        parent, translate("chart_export", "Export chart"), name_filter, suggested
    )
    if chosen is None:
        return None
    path = dialogs.with_suffix_or_ask(
        parent, translate("chart_export", "Export chart"), chosen, ".png", keep=(".svg", ".pdf")
    )
    if path is None:
        return None
    try:
        chart_format(path)
        written = export_measure_chart(document.plan, measure_id, path, on=document.today())
    except (OSError, ValueError) as error:
        dialogs.show_error(
            parent,
            translate("chart_export", "Chart not exported"),
            translate("chart_export", "The chart could not be saved as {path}: {error}").format(
                path=path, error=error
            ),
        )
        return None
    dialogs.show_saved(parent, translate("chart_export", "Export chart"), written)
    return written


def export_pack_interactive(parent: QWidget | None, document: PlanDocument) -> Path | None:
    """Ask where to save the progress pack PDF (A4 or Letter by the plan's locale).

    The pack is written on a worker thread while a modal dialog shows progress; this
    returns once the file is complete (or the error has been shown).
    """
    from bakeryplan.reports.fonts import ensure_fonts
    from bakeryplan.reports.pack import default_page_size, write_progress_pack

    plan = document.plan
    suggested = _suggested_folder(document) / file_name_for(
        translate("chart_export", "{business} progress pack").format(business=plan.business.name),
        ".pdf",
    )
    title = translate("chart_export", "Export progress pack")
    chosen = dialogs.ask_save_path(
        parent, title, translate("chart_export", "PDF document (*.pdf)"), suggested
    )
    if chosen is None:
        return None
    path = dialogs.with_suffix_or_ask(parent, title, chosen, ".pdf")
    if path is None:
        return None
    ensure_fonts()  # registers the bundled fonts here, on the GUI thread, if they are needed
    on, page_size = document.today(), default_page_size(plan.business)
    outcome = write_in_background(
        parent,
        translate("chart_export", "Export progress pack"),
        translate("chart_export", "Writing the progress pack to {name}…").format(name=path.name),
        lambda: write_progress_pack(plan, path, on=on, page_size=page_size),
    )
    if isinstance(outcome, (OSError, ValueError)):
        dialogs.show_error(
            parent,
            translate("chart_export", "Progress pack not exported"),
            translate(
                "chart_export", "The progress pack could not be saved as {path}: {error}"
            ).format(path=path, error=outcome),
        )
        return None
    if isinstance(outcome, Exception):
        raise outcome  # a bug, not a problem with the file: let it reach the log
    if isinstance(outcome, Path):
        dialogs.show_saved(parent, title, outcome)
    return outcome


def write_in_background(
    parent: QWidget | None, title: str, what: str, write: Callable[[], Path]
) -> Path | Exception:
    """Run ``write`` on a worker thread behind a modal progress dialog saying ``what``.

    Returns the written path, or the exception ``write`` raised, for the caller to show or
    re-raise on the GUI thread. The wait cursor and the dialog are undone whatever happens,
    and the thread has always finished on return.
    """
    progress = ProgressDialog(parent, title, what)
    worker = _Worker(write, progress)
    worker.finished.connect(progress.finish, Qt.ConnectionType.QueuedConnection)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        worker.start()
        dialogs.exec_dialog(progress)
    finally:
        worker.wait()  # at once: the dialog closes only when the work is done
        QApplication.restoreOverrideCursor()
        outcome = worker.outcome
        progress.deleteLater()
    return outcome


class _Worker(QThread):
    """Runs one write on its own thread and keeps what it gave: a path or an exception."""

    def __init__(self, write: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self.outcome: Path | Exception = RuntimeError(
            translate("chart_export", "The export did not run.")
        )

    def run(self) -> None:
        try:
            self.outcome = self._write()
        except Exception as error:  # handed to the GUI thread, which shows or re-raises it
            self.outcome = error


class ProgressDialog(QDialog):
    """Says what is being written, with a busy bar; it cannot be closed until it is done.

    There is nothing to cancel to: the file appears complete or not at all, and closing
    the dialog early would only hide work that goes on.
    """

    def __init__(self, parent: QWidget | None, title: str, what: str) -> None:
        super().__init__(parent)
        self.busy = True
        self.setWindowTitle(title)
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = plain_label(what, self, wrap=True)
        self.hint = plain_label(
            translate(
                "chart_export",
                "This takes a few seconds, and longer for a plan with many measures.",
            ),
            self,
            wrap=True,
        )
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no steps to count: a busy bar that moves
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(what)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.setMinimumWidth(420)

    def finish(self) -> None:
        self.busy = False
        self.accept()

    def reject(self) -> None:
        """Escape does nothing while the file is being written."""
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
