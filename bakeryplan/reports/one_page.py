"""The one-page plan for the staff huddle: on paper, in the print preview, or as a PDF.

It always fits exactly one page: large type first, smaller type down to 8 pt when needed,
then a cut that says what was left out. See ``one_page_layout`` for how it fits and
``one_page_content`` for what it says.
"""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter

from bakeryplan.domain.model import Plan
from bakeryplan.reports.fonts import ensure_fonts
from bakeryplan.reports.one_page_content import one_page_content
from bakeryplan.reports.one_page_layout import LayoutResult, PageLayout
from bakeryplan.reports.one_page_paint import Typesetter
from bakeryplan.reports.pdf_file import write_page_pdf
from bakeryplan.reports.qt_runtime import ensure_gui_app
from bakeryplan.text.languages import language_of
from bakeryplan.text.translate import in_language, translate

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
PAGE_MARGIN_MM = 10.0

__all__ = [
    "PAGE_MARGIN_MM",
    "PAGE_SIZES",
    "LayoutResult",
    "page_layout_for",
    "paint_one_page",
    "write_one_page_pdf",
]


def page_layout_for(page_size: str = "a4", *, landscape: bool = False) -> QPageLayout:
    """The page size, orientation and margins of the one-page plan (landscape: the check-in
    sheet's)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f'unknown page size "{page_size}": use a4 or letter')
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size]), orientation, margins, QPageLayout.Unit.Millimeter
    )


def paint_one_page(painter: QPainter, page_rect: QRectF, plan: Plan, on: date) -> LayoutResult:
    """Lay the plan out inside ``page_rect`` (device units of the painter) and paint it, in
    the plan's language whatever the window speaks (the page is read by the staff)."""
    family = ensure_fonts()
    device = painter.device()
    typesetter = Typesetter(device, family)
    with in_language(language_of(plan.business.locale)):
        content = one_page_content(plan, on)
        page, result = PageLayout(typesetter, content, page_rect.width(), page_rect.height()).fit()
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        # A safety net for pages far smaller than paper, where even the shortest layout
        # cannot fit: nothing is ever painted outside the page.
        painter.setClipRect(page_rect)
        painter.translate(page_rect.topLeft())
        for op in page.ops:
            op.paint(painter)
    finally:
        painter.restore()
    return _moved(result, page_rect)


def _moved(result: LayoutResult, page_rect: QRectF) -> LayoutResult:
    """The result with its boxes in the painter's coordinates, not the page's."""
    dx, dy = page_rect.left(), page_rect.top()
    if not dx and not dy:
        return result
    from dataclasses import replace

    from bakeryplan.reports.one_page_paint import DrawnBox

    boxes = tuple(DrawnBox(b.kind, b.rect.translated(dx, dy), b.text) for b in result.boxes)
    return replace(result, boxes=boxes)


def write_one_page_pdf(
    plan: Plan,
    path: str | os.PathLike[str],
    *,
    on: date,
    page_size: str = "a4",
    landscape: bool = False,
) -> LayoutResult:
    """Write the one-page plan as a PDF; the file appears complete or not at all."""
    ensure_gui_app()
    with in_language(language_of(plan.business.locale)):
        title = translate("one_page", "{business}: plan for the staff huddle").format(
            business=plan.business.name
        )
    return write_page_pdf(
        path,
        page_layout_for(page_size, landscape=landscape),
        title,
        lambda painter, page: paint_one_page(painter, page, plan, on),
    )
