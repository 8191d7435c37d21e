"""File > Print… and File > Export one-page plan as PDF… with their dialogs patched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from bakeryplan.ui import dialogs, printing, settings


def pdf_words(path: Path) -> tuple[int, str, tuple[float, float]]:
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    return len(reader.pages), text, (float(box.width), float(box.height))


def test_print_preview_paints_the_one_page_plan_and_remembers_the_paper(
    qtbot: object, document: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "printed.pdf"
    seen: list[QPrintPreviewDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.append(dialog)
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4  # en_IE
        # The user picks Letter in the preview and prints to a PDF file.
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "exec_dialog", fake_exec)
    result = printing.print_plan_interactive(None, document)
    assert result == QDialog.DialogCode.Accepted
    assert len(seen) == 1
    pages, text, size = pdf_words(output)
    assert pages == 1
    assert size == (612, 792)
    assert "Sunrise Bakery" in text
    assert "THE NEXT TWO WEEKS" in text
    assert settings.read(settings.PAGE_SIZE) == "letter"
    assert printing.preferred_page_size(document) == "letter"


def test_a_cancelled_preview_remembers_nothing(
    qtbot: object, document: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    assert printing.print_plan_interactive(None, document) == QDialog.DialogCode.Rejected
    assert not settings.qsettings().contains(settings.PAGE_SIZE.key)


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        ("en_US", "letter"),
        ("en_CA", "letter"),
        ("es_MX", "letter"),
        ("en_GB", "a4"),
        ("de_DE", "a4"),
        ("en_IE", "a4"),
        ("zz_ZZ", "a4"),
        ("C", "a4"),
    ],
)
def test_paper_follows_the_business_locale(locale: str, size: str) -> None:
    assert printing.locale_page_size(locale) == size


def test_export_writes_the_pdf_where_the_user_said(
    qtbot: object, document: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "huddle.pdf"
    asked: list[tuple[str, Path]] = []

    def fake_ask(parent: object, title: str, name_filter: str, suggested: Path) -> Path:
        asked.append((name_filter, suggested))
        return target

    monkeypatch.setattr(dialogs, "ask_save_path", fake_ask)
    assert printing.export_one_page_interactive(None, document) == target
    assert asked and asked[0][0].startswith("PDF files") and asked[0][1].suffix == ".pdf"
    pages, text, size = pdf_words(target)
    assert (pages, size) == (1, (595, 842))
    assert "Sunrise Bakery" in text


def test_export_adds_the_missing_suffix(
    qtbot: object, document: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: tmp_path / "huddle")
    assert printing.export_one_page_interactive(None, document) == tmp_path / "huddle.pdf"
    assert (tmp_path / "huddle.pdf").read_bytes().startswith(b"%PDF")


def test_cancelled_export_writes_nothing(
    qtbot: object, document: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = set(tmp_path.rglob("*"))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: None)
    assert printing.export_one_page_interactive(None, document) is None
    assert set(tmp_path.rglob("*")) == before


def test_export_to_an_unwritable_place_tells_the_user(
    qtbot: object, document: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: tmp_path / "no" / "x.pdf")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    assert printing.export_one_page_interactive(None, document) is None
    assert len(errors) == 1 and "x.pdf" in errors[0]


def test_the_print_to_file_name_has_no_colon(
    qtbot: object, document: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    names: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        names.append(dialog.printer().docName())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", fake_exec)
    printing.print_plan_interactive(None, document)
    assert names == ["Sunrise Bakery - plan for the staff huddle"]
    assert printing.file_safe('A: "B"/C') == "A B C"
