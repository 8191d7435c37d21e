"""File > Print… and File > Export one-page plan as PDF…: the huddle page from the window.

Both use ``reports.one_page``, so the paper, the preview and the PDF are the same page.
Paper size starts from where the business is (Letter in the Americas' Letter countries,
A4 elsewhere) and then follows the last choice the user printed with.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from bakeryplan.reports.one_page import page_layout_for, paint_one_page, write_one_page_pdf
from bakeryplan.text.formatter import locale_of
from bakeryplan.text.translate import translate
from bakeryplan.ui import dialogs

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument

log = logging.getLogger(__name__)

# CLDR's "US-Letter" territories; everywhere else prints on A4.
LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def locale_page_size(locale_name: str | None) -> str:
    """ "letter" where shops buy Letter paper, "a4" elsewhere."""
    if not locale_name:
        locale_name = QLocale.system().name()
    if locale_name in ("C", "POSIX"):  # no locale set up at all: the world's usual paper
        return "a4"
    territory = locale_of(locale_name).territory
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def preferred_page_size(document: PlanDocument) -> str:
    """The page size last printed with, or the one the business's locale suggests."""
    remembered = _remembered_page_size()
    if remembered is not None:
        return remembered
    return locale_page_size(document.plan.business.locale)


def _remembered_page_size() -> str | None:
    try:
        from bakeryplan.ui import settings
    except ImportError:  # settings are a convenience; printing works without them
        return None
    if not settings.qsettings().contains(settings.PAGE_SIZE.key):
        return None
    size = settings.read(settings.PAGE_SIZE)
    return size if size in ("a4", "letter") else None


def _remember_page_size(size: str) -> None:
    try:
        from bakeryplan.ui import settings
    except ImportError:
        return
    settings.write(settings.PAGE_SIZE, size)


def _page_size_of(printer: QPrinter) -> str:
    is_letter = printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    return "letter" if is_letter else "a4"


def paint_on_printer(printer: QPrinter, document: PlanDocument) -> bool:
    """Paint the current plan on one page of ``printer``; False when it cannot be opened."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_one_page(
            painter, QRectF(0, 0, area.width(), area.height()), document.plan, document.today()
        )
    finally:
        painter.end()
    return True


def file_safe(text: str) -> str:
    """A document name Qt offers as the print-to-file name: no colon or slash, which
    Windows and macOS refuse or read as a folder."""
    for mark in ':/\\?*"<>|':
        text = text.replace(mark, " ")
    return " ".join(text.split())


def print_plan_interactive(parent: QWidget | None, document: PlanDocument) -> int:
    """Show the one-page plan in a print preview, from which the user prints it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout_for(preferred_page_size(document)))
    printer.setDocName(
        translate("printing", "{name} - plan for the staff huddle").format(
            name=file_safe(document.plan.business.name)
        )
    )
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "Print the one-page plan"))

    def paint(target: QPrinter) -> None:
        if not paint_on_printer(target, document):
            log.warning("The printer could not be opened for painting")

    dialog.paintRequested.connect(paint)
    try:
        result = dialogs.exec_dialog(dialog)
        if result == QDialog.DialogCode.Accepted:
            _remember_page_size(_page_size_of(printer))
    finally:
        dialog.deleteLater()
    return int(result)


def export_one_page_interactive(parent: QWidget | None, document: PlanDocument) -> Path | None:
    """Ask where to save, then write the one-page plan as a PDF there."""
    title = translate("printing", "Export one-page plan as PDF")
    suggested = document.path.with_name(
        translate("printing", "{stem} - one-page plan.pdf").format(stem=document.path.stem)
    )
    chosen = dialogs.ask_save_path(
        parent, title, translate("printing", "PDF files (*.pdf)"), suggested
    )
    if chosen is None:
        return None
    path = dialogs.with_suffix_or_ask(parent, title, chosen, ".pdf")
    if path is None:
        return None
    try:
        write_one_page_pdf(
            document.plan, path, on=document.today(), page_size=preferred_page_size(document)
        )
    except (OSError, ValueError) as error:
        dialogs.show_error(
            parent,
            title,
            translate("printing", "The PDF could not be written to {path}: {reason}").format(
                path=path, reason=getattr(error, "strerror", None) or error
            ),
        )
        return None
    dialogs.show_saved(parent, title, path)
    return path
