"""PDFs reach the disk whole or not at all, although Qt's writer never reports a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QIODevice

from bakeryplan.atomic_files import AtomicWriteError
from bakeryplan.reports.pdf_file import write_pdf


def test_a_pdf_that_is_not_whole_never_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF-1.4 the good one %%EOF")

    def cut_short(device: QIODevice) -> None:
        device.write(b"%PDF-1.4 half a pa")

    with pytest.raises(AtomicWriteError, match="was not changed"):
        write_pdf(target, cut_short)
    assert target.read_bytes() == b"%PDF-1.4 the good one %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_a_whole_pdf_is_written_and_the_paint_result_returned(tmp_path: Path) -> None:
    def whole(device: QIODevice) -> str:
        device.write(b"%PDF-1.4 pages\n%%EOF\n")
        return "painted"

    assert write_pdf(tmp_path / "new.pdf", whole) == "painted"
    assert (tmp_path / "new.pdf").read_bytes() == b"%PDF-1.4 pages\n%%EOF\n"
