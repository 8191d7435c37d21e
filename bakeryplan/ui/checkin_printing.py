"""File > Print check-in sheet…: the paper the staff fill in during the week.

Asks which week (next week first, or this one), then shows the sheet in a print preview
from which it is printed or saved as a PDF. The paper, the preview and ``bakeryplan
print-checkin`` paint the same page (``reports.checkin_sheet``).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from bakeryplan.domain.periods import Span
from bakeryplan.reports.checkin_content import next_week, sheet_content, sheet_week
from bakeryplan.reports.checkin_sheet import paint_checkin_sheet, sheet_page_layout
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import format_day
from bakeryplan.ui.printing import file_safe, preferred_page_size

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument

log = logging.getLogger(__name__)


def ask_week(parent: QWidget | None, document: PlanDocument) -> Span | None:
    """Next week (the usual case: printed before the week starts) or this week."""
    plan, today = document.plan, document.today()
    weeks = [next_week(plan, today), sheet_week(plan, today)]
    labels = [
        translate("printing", "Next week, from {day}").format(
            day=format_day(weeks[0].start, plan.business)
        ),
        translate("printing", "This week, from {day}").format(
            day=format_day(weeks[1].start, plan.business)
        ),
    ]
    row = dialogs.choose(
        parent,
        translate("printing", "Print check-in sheet"),
        translate("printing", "Which week is it for?"),
        labels,
    )
    return weeks[row] if row is not None else None


def paint_sheet(printer: QPrinter, document: PlanDocument, week: Span) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        content = sheet_content(document.plan, week)
        paint_checkin_sheet(painter, QRectF(0, 0, area.width(), area.height()), content)
    finally:
        painter.end()
    return True


def print_checkin_interactive(parent: QWidget | None, document: PlanDocument) -> int:
    """Ask for the week, then show its sheet in a print preview."""
    week = ask_week(parent, document)
    if week is None:
        return int(QDialog.DialogCode.Rejected)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(sheet_page_layout(preferred_page_size(document)))
    last = week.start + timedelta(days=6)
    printer.setDocName(
        translate("printing", "{name} - check-in sheet {first} to {last}").format(
            name=file_safe(document.plan.business.name),
            first=week.start.isoformat(),
            last=last.isoformat(),
        )
    )
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "Print the check-in sheet"))

    def paint(target: QPrinter) -> None:
        if not paint_sheet(target, document, week):
            log.warning("The printer could not be opened for painting")

    dialog.paintRequested.connect(paint)
    try:
        result = dialogs.exec_dialog(dialog)
    finally:
        dialog.deleteLater()
    return int(result)
