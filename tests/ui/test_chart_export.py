"""The progress pack from the window: written on a worker thread behind a progress dialog."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bakeryplan.editing.document import PlanDocument
from bakeryplan.reports import pack
from bakeryplan.ui import dialogs
from bakeryplan.ui.chart_export import ProgressDialog, export_pack_interactive

REAL_EXEC_DIALOG = dialogs.exec_dialog

pytestmark = pytest.mark.usefixtures("no_windows_left")


class WatchedWrite:
    """Wraps ``write_progress_pack`` to note the thread it ran on."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.real = pack.write_progress_pack

    def __call__(self, *args, **kwargs) -> Path:
        self.threads.append(threading.get_ident())
        return self.real(*args, **kwargs)


class WaitingDialog:
    """Stands in for ``dialogs.exec_dialog``: looks at the progress dialog, then lets the
    event loop run (as ``exec`` would) until the dialog closes itself."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.seen: list[dict[str, object]] = []

    def __call__(self, dialog: ProgressDialog) -> int:
        cursor = QApplication.overrideCursor()
        dialog.reject()  # Escape while busy: ignored
        self.seen.append(
            {
                "title": dialog.windowTitle(),
                "text": dialog.label.text(),
                "modal": dialog.isModal(),
                "cursor": cursor.shape() if cursor is not None else None,
                "busy after Escape": dialog.busy,
            }
        )
        self.qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
        return dialog.result()


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> WatchedWrite:
    watched = WatchedWrite()
    monkeypatch.setattr(pack, "write_progress_pack", watched)
    return watched


def test_the_pack_is_written_off_the_gui_thread_behind_a_progress_dialog(
    document: PlanDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
    no_dialogs,
    watched: WatchedWrite,
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "out"
    out.mkdir()
    waiting = WaitingDialog(qtbot)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: out / "Sunrise pack")
    monkeypatch.setattr(dialogs, "exec_dialog", waiting)
    written = export_pack_interactive(None, document)
    assert written == out / "Sunrise pack.pdf"
    assert len(PdfReader(written).pages) >= 2 + len(document.plan.measures)
    assert watched.threads and watched.threads[0] != threading.get_ident()
    assert waiting.seen == [
        {
            "title": "Export progress pack",
            "text": "Writing the progress pack to Sunrise pack.pdf…",
            "modal": True,
            "cursor": Qt.CursorShape.WaitCursor,
            "busy after Escape": True,
        }
    ]
    assert QApplication.overrideCursor() is None
    assert no_dialogs["show_error"] == []
    assert [p.name for p in out.iterdir()] == ["Sunrise pack.pdf"]  # no temporary file left


def test_the_progress_dialog_closes_itself_when_the_pack_is_written(
    document: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialogs
) -> None:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: tmp_path / "pack.pdf")
    monkeypatch.setattr(dialogs, "exec_dialog", REAL_EXEC_DIALOG)  # a real modal loop
    written = export_pack_interactive(None, document)
    assert written == tmp_path / "pack.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert QApplication.overrideCursor() is None


def test_a_pack_that_cannot_be_saved_is_told_to_the_user(
    document: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, no_dialogs
) -> None:
    target = tmp_path / "no such folder" / "pack.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: target)
    monkeypatch.setattr(dialogs, "exec_dialog", WaitingDialog(qtbot))
    assert export_pack_interactive(None, document) is None
    assert [title for title, _text in no_dialogs["show_error"]] == ["Progress pack not exported"]
    assert str(target) in no_dialogs["show_error"][0][1]
    assert not target.parent.exists()
    assert QApplication.overrideCursor() is None


def test_a_bug_while_writing_is_raised_on_the_gui_thread(
    document: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, no_dialogs
) -> None:
    def broken(*args, **kwargs) -> Path:
        raise RuntimeError("a bug in the pack")

    monkeypatch.setattr(pack, "write_progress_pack", broken)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: tmp_path / "pack.pdf")
    monkeypatch.setattr(dialogs, "exec_dialog", WaitingDialog(qtbot))
    with pytest.raises(RuntimeError, match="a bug in the pack"):
        export_pack_interactive(None, document)
    assert no_dialogs["show_error"] == []
    assert QApplication.overrideCursor() is None
    assert not (tmp_path / "pack.pdf").exists()


@pytest.mark.parametrize("replace", [False, True])
def test_a_name_typed_without_pdf_asks_before_replacing_the_pdf_it_names(
    document: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    """The save dialog checked "pack"; "pack.pdf", which it did not see, is asked about here."""
    existing = tmp_path / "pack.pdf"
    existing.write_bytes(b"last month's pack")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: tmp_path / "pack")
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, text: asked.append(text) or replace)
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: 0)
    written = export_pack_interactive(None, document)
    assert asked == ['"pack.pdf" already exists. Replace it?']
    if replace:
        assert written == existing and existing.read_bytes().startswith(b"%PDF")
    else:
        assert written is None and existing.read_bytes() == b"last month's pack"
