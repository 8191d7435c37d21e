"""Export a chart or the lenders' progress pack from the window, through the save dialog.

The file dialog is opened through ``ui.dialogs`` (tests patch one name); the writing itself
is the same report code the command line uses, so a file saved here equals one made by
``bakeryplan export-chart`` for the same plan and day.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bakeryplan.ui import dialogs

if TYPE_CHECKING:
    from bakeryplan.ui.document import PlanDocument

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate("chart_export", text)


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
            _tr("PNG image, 300 dpi (*.png)"),
            _tr("SVG drawing (*.svg)"),
            _tr("PDF document (*.pdf)"),
        )
    )
    suggested = _suggested_folder(document) / file_name_for(measure.name, ".png")
    path = dialogs.ask_save_path(parent, _tr("Export chart"), name_filter, suggested)
    if path is None:
        return None
    if not path.suffix:
        path = path.with_suffix(".png")
    try:
        chart_format(path)
        return export_measure_chart(document.plan, measure_id, path, on=document.today())
    except (OSError, ValueError) as error:
        dialogs.show_error(
            parent,
            _tr("Chart not exported"),
            _tr("The chart could not be saved as {path}: {error}").format(path=path, error=error),
        )
        return None


def export_pack_interactive(parent: QWidget | None, document: PlanDocument) -> Path | None:
    """Ask where to save the progress pack PDF (A4 or Letter by the plan's locale)."""
    from bakeryplan.reports.pack import default_page_size, write_progress_pack

    plan = document.plan
    suggested = _suggested_folder(document) / file_name_for(
        f"{plan.business.name} progress pack", ".pdf"
    )
    path = dialogs.ask_save_path(
        parent, _tr("Export progress pack"), _tr("PDF document (*.pdf)"), suggested
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        return write_progress_pack(
            plan, path, on=document.today(), page_size=default_page_size(plan.business)
        )
    except (OSError, ValueError) as error:
        dialogs.show_error(
            parent,
            _tr("Progress pack not exported"),
            _tr("The progress pack could not be saved as {path}: {error}").format(
                path=path, error=error
            ),
        )
        return None
