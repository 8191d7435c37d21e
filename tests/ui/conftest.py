"""Fixtures of the ui tests: a demo plan file on disk and a document over it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bakeryplan.domain.model import Plan
from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository

DEMO_TODAY = date(2026, 11, 27)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A plan file made from the demo plan, closed again (nothing holds its lock)."""
    path = tmp_path / "sunrise.bakeryplan"
    PlanRepository.create(path, demo_plan(DEMO_TODAY)).close()
    return path


@pytest.fixture
def document(plan_path: Path, qapp) -> Iterator:
    """A writable document over the demo plan file, closed after the test."""
    from bakeryplan.editing.document import PlanDocument

    doc = PlanDocument(PlanRepository.open(plan_path), today=lambda: DEMO_TODAY)
    yield doc
    doc.close()


def plan_on_disk(path: Path) -> Plan:
    """What the file holds now, read through a separate read-only connection."""
    with PlanRepository.open(path, read_only=True) as repository:
        return repository.load()


def on_screen(widget, qtbot):
    """``widget`` shown and active; qtbot closes it after the test."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
    return widget


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Every modal dialog function fails the test unless the test patched it itself.

    Returns the calls made to show_error/show_info (recorded, not shown), so a test can
    check what the user would have been told.
    """
    from bakeryplan.ui import dialogs

    calls: dict[str, list] = {"show_error": [], "show_info": []}

    def unexpected(name: str):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected modal dialog: dialogs.{name}{args[1:]}")

        return fail

    for name in (
        "ask_open_plan",
        "ask_open_file",
        "ask_save_path",
        "confirm",
        "ask",
        "ask_among",
        "choose",
    ):
        monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(dialogs, "exec_dialog", unexpected("exec_dialog"))
    for name in ("show_error", "show_info"):
        monkeypatch.setattr(
            dialogs, name, lambda parent, title, text, _n=name: calls[_n].append((title, text))
        )
    return calls


@pytest.fixture
def no_windows_left(qapp) -> Iterator[None]:
    """Fails a test that leaves a visible top-level window or a modal dialog behind."""
    yield
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not visible, f"windows left open: {visible}"


def fill_form(values: dict):
    """An exec_dialog replacement that fills a FormDialog with ``values`` and accepts it.

    Keys map to text (str), choices (any data, via ``("choice", data)``), dates
    (``datetime.date`` or ``("date", None)``) or check boxes (bool).
    """

    seen: list = []

    def run(form) -> int:
        seen.append(form)
        for key, value in values.items():
            if isinstance(value, tuple) and value[0] == "choice":
                form.set_choice(key, value[1])
            elif isinstance(value, tuple) and value[0] == "date":
                form.set_date(key, value[1])
            elif isinstance(value, date):
                form.set_date(key, value)
            elif isinstance(value, bool):
                form.set_check(key, value)
            else:
                form.set_text(key, value)
        form.accept()
        return form.result()

    run.seen = seen  # type: ignore[attr-defined]
    return run


@pytest.fixture
def window(document, qtbot, no_dialogs) -> Iterator:
    """The main window on the demo plan, shown and active; closed after the test."""
    from bakeryplan.ui.main_window import MainWindow

    main = MainWindow(document)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    yield main
    main.close()


@pytest.fixture(autouse=True)
def saved_files(monkeypatch: pytest.MonkeyPatch) -> list:
    """Where each export said its file went (the box with "Open folder" is not shown)."""
    from bakeryplan.ui import dialogs

    said: list = []
    monkeypatch.setattr(dialogs, "show_saved", lambda parent, title, path: said.append(path))
    return said


@pytest.fixture(autouse=True)
def discarding_closes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A window closed with typing in it asks first; the tests that close one on purpose
    answer "close and lose it" here, without a modal box. The titles asked are kept."""
    from bakeryplan.ui import dialogs

    asked: list[str] = []

    def discard(parent, title: str) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "ask_discard_typing", discard)
    return asked
