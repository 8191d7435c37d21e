"""A PDF painted by Qt, written to disk whole or not at all.

QPdfWriter cannot say that a write failed: on a full disk it leaves a truncated file and
reports success. So the PDF is painted into memory and written by
:func:`bakeryplan.atomic_files.atomic_write`, which reports a full disk, syncs, reads the
file back to check it is a whole PDF, and only then moves it over the target.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from bakeryplan.atomic_files import IncompleteFileError, atomic_write

T = TypeVar("T")
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
