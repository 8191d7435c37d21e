"""The lenders' progress pack: a PDF with a cover, a summary, one page per measure, steps.

Laid out first (``pack_layout.Flow``), painted second, so every page can say "Page 3 of
9". Charts are drawn from SVG with QSvgRenderer, so they stay sharp vectors in the PDF.
The PDF is made in memory and written whole or not at all (``pdf_file``).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from bakeryplan import APP_NAME
from bakeryplan.domain.model import Business, Plan
from bakeryplan.reports import pack_sections
from bakeryplan.reports.fonts import ensure_fonts
from bakeryplan.reports.pack_content import pack_content
from bakeryplan.reports.pack_layout import MUTED, RULE, Flow, Page
from bakeryplan.reports.pack_sections import SMALL
from bakeryplan.reports.pdf_file import write_pdf
from bakeryplan.reports.printable import printable
from bakeryplan.reports.qt_runtime import ensure_gui_app
from bakeryplan.text.languages import language_of
from bakeryplan.text.translate import in_language, translate

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 18.0
FOOTER_MM = 9.0
RESOLUTION_DPI = 300
#: Countries that print on US Letter; everyone else uses A4.
_LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "DO"}


def default_page_size(business: Business) -> str:
    """Letter in North America and a few others (by the plan's locale), A4 elsewhere."""
    territory = business.locale.replace("-", "_").split(".")[0].split("_")[-1].upper()
    return "letter" if territory in _LETTER_TERRITORIES else "a4"


def write_progress_pack(
    plan: Plan, path: str | os.PathLike[str], *, on: date, page_size: str = "a4"
) -> Path:
    """Write the progress pack PDF on A4 or Letter; the file appears complete or not at all.

    It speaks the plan's language, whatever the window or the shell speaks: it is read by
    the plan's bank."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f'Unknown page size "{page_size}": use a4 or letter.')
    ensure_gui_app()
    family = ensure_fonts()
    with in_language(language_of(plan.business.locale)):
        write_pdf(Path(path), lambda device: _write(plan, device, on, page_size, family))
    return Path(path)


def _write(plan: Plan, device: QIODevice, on: date, page_size: str, family: str) -> None:
    writer = pack_writer(device, page_size)
    title = translate("pack", "{business}: progress pack").format(business=plan.business.name)
    writer.setTitle(printable(title))
    writer.setCreator(APP_NAME)
    writer.setAuthor(printable(plan.business.owner))
    flow = page_flow(writer, family)
    pages = lay_out(flow, plan, on)
    footer_text = translate("pack", "{business} · Progress pack · {day}").format(
        business=plan.business.name, day=pack_content_date(plan, on)
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for op in page.ops:
                painter.save()
                op(painter)
                painter.restore()
            _footer(painter, flow, footer_text, number, len(pages))
    finally:
        painter.end()


def pack_writer(device: str | QIODevice, page_size: str) -> QPdfWriter:
    """A PDF writer (to a file name or a device) with the pack's page size and margins."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION_DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def page_flow(writer: QPdfWriter, family: str) -> Flow:
    """The flow of the printable area above the footer (laid out with the writer's metrics)."""
    paint_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = FOOTER_MM / 25.4 * RESOLUTION_DPI
    return Flow(writer, family, paint_rect.width(), paint_rect.height() - footer)


def pack_content_date(plan: Plan, on: date) -> str:
    from bakeryplan.text.formatter import formatter_for

    return formatter_for(plan.business).date(on)


def lay_out(flow: Flow, plan: Plan, on: date) -> list[Page]:
    """All pages of the pack, measured and placed (page 1 is the cover)."""
    content = pack_content(plan, on)
    contents: dict[str, int] = {}
    pack_sections.cover(flow, content, contents)
    pack_sections.summary(flow, content.summary)
    for measure in content.measures:
        pack_sections.measure_page(flow, plan, on, measure)
    pack_sections.steps(flow, content.steps)
    for number, page in enumerate(flow.pages, start=1):
        if page.section and page.section not in contents:
            contents[page.section] = number
    return flow.pages


def _footer(painter: QPainter, flow: Flow, text: str, number: int, total: int) -> None:
    metrics = flow.metrics(SMALL)
    top = flow.height + (FOOTER_MM / 25.4 * RESOLUTION_DPI - metrics.lineSpacing())
    painter.setPen(QPen(QColor(RULE), flow.pt(0.5)))
    painter.drawLine(QPointF(0, top - flow.pt(4)), QPointF(flow.width, top - flow.pt(4)))
    painter.setFont(flow.font(SMALL))
    painter.setPen(QPen(QColor(MUTED)))
    page_label = translate("pack", "Page {number} of {total}").format(number=number, total=total)
    label_width = metrics.horizontalAdvance(page_label) + flow.pt(12)
    row = QRectF(0, top, flow.width, metrics.lineSpacing())
    left = row.adjusted(0, 0, -label_width, 0)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, left.width())
    painter.drawText(left, int(Qt.AlignmentFlag.AlignLeft), elided)
    painter.drawText(row, int(Qt.AlignmentFlag.AlignRight), page_label)
