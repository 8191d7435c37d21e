"""An export says where the file went and opens its folder on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from bakeryplan.ui import dialogs, printing


def test_the_one_page_export_says_where_the_file_went(
    document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saved_files: list
) -> None:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: tmp_path / "huddle.pdf")
    assert printing.export_one_page_interactive(None, document) == tmp_path / "huddle.pdf"
    assert saved_files == [tmp_path / "huddle.pdf"]


def test_open_folder_opens_the_files_folder(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real box, not the recording stand-in of conftest
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    shown: list[str] = []

    def press_open_folder() -> None:
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Open folder").click()

    QTimer.singleShot(0, press_open_folder)
    dialogs.show_saved(None, "Export", tmp_path / "plan.pdf")
    assert "plan.pdf" in shown[0] and str(tmp_path) in shown[0]
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]
