"""A bug nobody caught is written to the log file and told to the user in one plain dialog.

pytest-qt normally turns an exception in a slot into a test failure by putting its own
``sys.excepthook`` in place; these tests switch that off (``qt_no_exception_capture``) so
the app's hook is the one that sees the error, as it is when the app runs.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QWidget

from bakeryplan.domain.model import Person
from bakeryplan.editing import commands
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import app as app_module
from bakeryplan.ui import dialogs, error_log
from bakeryplan.ui.lazy_tabs import LazyPanels
from tests.ui.conftest import plan_on_disk

no_capture = pytest.mark.qt_no_exception_capture


def broken_slot() -> None:
    raise KeyError("no such goal")


@pytest.fixture
def broken_button(qtbot) -> QPushButton:
    button = QPushButton("Do it")
    qtbot.addWidget(button)
    button.clicked.connect(broken_slot)
    return button


@pytest.fixture
def reporting() -> Iterator[error_log.ErrorReporter]:
    with error_log.error_reporting() as reporter:
        yield reporter


def log_text(data_dir: Path) -> str:
    return (data_dir / "logs" / "bakeryplan.log").read_text(encoding="utf-8")


@no_capture
def test_a_bug_in_a_slot_is_logged_and_told_in_one_plain_dialog(
    qtbot, broken_button: QPushButton, reporting, no_dialogs, isolated_data_dir: Path
) -> None:
    qtbot.mouseClick(broken_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(no_dialogs["show_error"]))  # shown from the event loop
    path = isolated_data_dir / "logs" / "bakeryplan.log"
    logged = log_text(isolated_data_dir)
    assert "Traceback (most recent call last)" in logged
    assert "in broken_slot" in logged and "KeyError: 'no such goal'" in logged
    ((title, text),) = no_dialogs["show_error"]
    assert title == "Something went wrong"
    assert str(path) in text and "plan file is safe" in text
    assert not QtGuiNamespace.mightBeRichText(text)


@no_capture
def test_the_same_bug_again_is_logged_without_a_second_dialog(
    qtbot, broken_button: QPushButton, reporting, no_dialogs, isolated_data_dir: Path
) -> None:
    for _ in range(3):
        qtbot.mouseClick(broken_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(no_dialogs["show_error"]))
    qtbot.wait(20)
    assert log_text(isolated_data_dir).count("KeyError: 'no such goal'") == 3
    assert len(no_dialogs["show_error"]) == 1


@no_capture
def test_an_error_while_the_dialog_shows_does_not_loop(
    qtbot, broken_button: QPushButton, reporting, monkeypatch, isolated_data_dir: Path
) -> None:
    shown: list[str] = []

    def dialog_that_breaks(parent: QWidget | None, title: str, text: str) -> None:
        shown.append(text)
        other = QPushButton()
        other.clicked.connect(lambda: [][1])  # another bug while the dialog is open
        other.click()
        raise RuntimeError("the dialog itself broke")

    monkeypatch.setattr(dialogs, "show_error", dialog_that_breaks)
    qtbot.mouseClick(broken_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.wait(20)
    assert len(shown) == 1
    logged = log_text(isolated_data_dir)
    assert "KeyError: 'no such goal'" in logged
    assert "IndexError: list index out of range" in logged
    assert "The error dialog could not be shown" in logged
    assert "RuntimeError: the dialog itself broke" in logged


@no_capture
def test_a_bug_on_a_worker_thread_is_told_on_the_gui_thread(
    qtbot, reporting, monkeypatch, isolated_data_dir: Path
) -> None:
    """A modal dialog may only open on the GUI thread: the hook hands it over."""
    import threading

    from PySide6.QtCore import QThread

    threads: list[bool] = []
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, text: threads.append(
            QThread.currentThread() is QApplication.instance().thread()
        ),
    )

    def worker() -> None:
        try:
            raise KeyError("in a worker")
        except KeyError as error:
            reporting(type(error), error, error.__traceback__)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads == [True]
    assert "KeyError: 'in a worker'" in log_text(isolated_data_dir)


def test_the_hook_and_the_log_file_are_undone_after_the_block() -> None:
    hook, handlers = sys.excepthook, list(logging.getLogger().handlers)
    with error_log.error_reporting() as reporter:
        assert sys.excepthook is reporter
        assert error_log.active_log_file() == error_log.log_file_path()
    assert sys.excepthook is hook
    assert logging.getLogger().handlers == handlers
    assert error_log.active_log_file() is None


def test_the_log_rotates_at_about_a_megabyte(reporting, isolated_data_dir: Path) -> None:
    line = "x" * 1000
    for _ in range(1200):
        logging.getLogger("bakeryplan.test").warning(line)
    folder = isolated_data_dir / "logs"
    assert (folder / "bakeryplan.log.1").is_file()
    assert (folder / "bakeryplan.log").stat().st_size <= error_log.LOG_MAX_BYTES


def test_an_unwritable_log_folder_still_gets_a_dialog(
    tmp_path: Path, no_dialogs, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    log_file = error_log.LazyLogFile(lambda: blocked / "bakeryplan.log")
    reporter = error_log.ErrorReporter(log_file, sys.__excepthook__)
    logging.getLogger().addHandler(log_file)
    try:
        reporter.report(KeyError, KeyError("x"), None, now=True)
    finally:
        logging.getLogger().removeHandler(log_file)
    assert isinstance(log_file.failure, OSError)
    ((_title, text),) = no_dialogs["show_error"]
    assert "could not be written" in text and str(blocked) in text
    assert "KeyError" in capsys.readouterr().err  # the record went to stderr instead


@no_capture
def test_a_bug_in_an_edit_reaches_the_hook_and_leaves_the_plan_as_it_was(
    qtbot, document: PlanDocument, plan_path: Path, reporting, no_dialogs, isolated_data_dir
) -> None:
    """A slip in a command is a bug, not "could not be saved": logged, shown, rolled back."""
    refused: list[str] = []
    document.edit_refused.connect(refused.append)
    before = plan_on_disk(plan_path)
    command = commands.AddPerson(document, Person(name="Half-done"))

    def writes_then_slips(repository: PlanRepository) -> None:
        repository.add_person(Person(name="Half-done"))
        raise KeyError("owner")  # the slip: a name that is not there

    command.apply = writes_then_slips  # type: ignore[method-assign]
    button = QPushButton("Add")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: document.push(command))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(no_dialogs["show_error"]))
    assert refused == []
    assert "KeyError: 'owner'" in log_text(isolated_data_dir)
    assert len(no_dialogs["show_error"]) == 1
    assert document.undo_stack.count() == 0
    assert plan_on_disk(plan_path) == before
    assert document.plan.people == before.people


def test_a_refused_write_is_still_a_message_not_a_bug(
    document: PlanDocument, no_dialogs, isolated_data_dir: Path
) -> None:
    refused: list[str] = []
    document.edit_refused.connect(refused.append)
    ghost = Person(name="Ghost", id=9999)
    command = commands.EditPerson(document, document.plan.people[0])
    command.apply = lambda repository: repository.update_person(ghost)  # type: ignore[method-assign]
    assert not document.push(command)
    assert refused and "no person with id 9999" in refused[0]
    assert no_dialogs["show_error"] == []


def test_a_broken_tab_names_the_log_file(qtbot, reporting, isolated_data_dir: Path) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    panels = LazyPanels(tabs)

    def broken(parent: QWidget) -> QWidget:
        raise RuntimeError("no chart today")

    panels.add("broken", "Broken", broken, now=True)
    message = tabs.widget(0).findChild(QLabel)
    assert message is not None
    assert str(isolated_data_dir / "logs" / "bakeryplan.log") in message.text()
    assert "RuntimeError: no chart today" in log_text(isolated_data_dir)


def test_without_a_log_file_a_broken_tab_points_nowhere(qtbot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    panels = LazyPanels(tabs)
    panels.add("broken", "Broken", lambda parent: 1 / 0, now=True)  # type: ignore[arg-type,return-value]
    message = tabs.widget(0).findChild(QLabel)
    assert message is not None and message.text() == "This tab could not be shown."


@no_capture
def test_the_window_reports_bugs_while_it_runs(
    qapp, monkeypatch, no_dialogs, isolated_data_dir: Path
) -> None:
    """``run`` puts the hook in place around the event loop and takes it away after."""
    from bakeryplan.ui import theme

    monkeypatch.setattr(app_module.AppController, "start", lambda self, path: None)
    monkeypatch.setattr(app_module, "ensure_fonts", lambda: "")
    monkeypatch.setattr(theme, "apply_theme", lambda app: None)

    def event_loop_with_a_bug(self: QApplication) -> int:
        button = QPushButton()
        button.clicked.connect(broken_slot)
        button.click()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop_with_a_bug)
    hook = sys.excepthook
    assert app_module.run(None) == 0
    assert sys.excepthook is hook
    assert "KeyError: 'no such goal'" in log_text(isolated_data_dir)
    ((_title, text),) = no_dialogs["show_error"]
    assert str(isolated_data_dir / "logs" / "bakeryplan.log") in text


def test_reporting_costs_the_first_window_no_imports(tmp_path: Path) -> None:
    """The log file's module and its folder's (platformdirs) wait for the first record."""
    probe = (
        "import sys\n"
        "from bakeryplan.ui.error_log import error_reporting\n"
        "with error_reporting():\n"
        "    pass\n"
        "print(sorted({'logging.handlers', 'platformdirs'} & set(sys.modules)))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "BAKERYPLAN_DATA_DIR"}
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert not (tmp_path / ".local").exists()  # nothing was written either
