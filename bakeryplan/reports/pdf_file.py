"""A PDF painted by Qt, written to disk whole or not at all.

QPdfWriter cannot say that a write failed: on a full disk it leaves a truncated file and
reports success. So the PDF is painted into memory and written by
:func:`bakeryplan.atomic_files.atomic_write`, which reports a full disk, syncs, reads the
file back to check it is a whole PDF, and only then moves it over the target.
:func:`write_page_pdf` does the same for the printouts of one page (the one-page plan, the
check-in sheet).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

from bakeryplan import APP_NAME
from bakeryplan.atomic_files import IncompleteFileError, atomic_write
from bakeryplan.reports.printable import printable

T = TypeVar("T")
PDF_RESOLUTION_DPI = 600
_HEAD = b"%PDF-"
_TAIL = b"%%EOF"
_TAIL_WINDOW = 1024  # the end-of-file marker sits in the last bytes, maybe before a newline


def write_pdf(path: str | os.PathLike[str], paint: Callable[[QIODevice], T]) -> T:
    """Run ``paint`` on an in-memory device, then put the PDF it made at ``path``.

    ``paint`` makes a QPdfWriter on the device and ends its painter (which writes the
    PDF's trailer). A result that is not a whole PDF never replaces anything.
    """
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        result = paint(device)
    finally:
        device.close()
    pdf = bytes(data.data())

    def write(handle: IO[bytes]) -> None:
        handle.write(pdf)

    atomic_write(path, write, check=check_pdf_file)
    return result


def write_page_pdf(
    path: str | os.PathLike[str],
    layout: QPageLayout,
    title: str,
    paint: Callable[[QPainter, QRectF], T],
) -> T:
    """A one-page PDF at ``path`` (:func:`write_pdf`), :data:`PDF_RESOLUTION_DPI` on ``layout``.

    ``title`` is the document's title, kept plain (:func:`printable`); ``paint(painter,
    page)`` paints inside ``page``, the printable area in the painter's device units, and its
    result is returned.
    """

    def paint_pdf(device: QIODevice) -> T:
        writer = QPdfWriter(device)
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setPageLayout(layout)
        writer.setTitle(printable(title))
        writer.setCreator(APP_NAME)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("the PDF writer could not start")
        try:
            rect = layout.paintRectPixels(writer.resolution())
            return paint(painter, QRectF(0, 0, rect.width(), rect.height()))
        finally:
            painter.end()

    return write_pdf(Path(path), paint_pdf)


def check_pdf_file(path: Path) -> None:
    """Raise IncompleteFileError unless the file starts and ends as a whole PDF does."""
    with path.open("rb") as handle:
        head = handle.read(len(_HEAD))
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - _TAIL_WINDOW))
        tail = handle.read()
    _check(head, tail, path)


def _check(head: bytes, tail: bytes, path: Path) -> None:
    if head != _HEAD or _TAIL not in tail:
        raise IncompleteFileError(errno.EIO, "the PDF could not be written whole", str(path))
