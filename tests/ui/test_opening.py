"""Opening a plan file in each condition it can be in: fine, in use, newer, damaged, foreign."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget

from bakeryplan.domain.model import Business, Person, Plan
from bakeryplan.editing.commands import AddPerson
from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.backups import list_backups, make_backup
from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.schema import SCHEMA_VERSION
from bakeryplan.ui import dialogs, opening, settings

TODAY = date(2026, 11, 27)

HOLD_LOCK = """
import sys
from bakeryplan.store.lock import PlanLock
lock = PlanLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()
lock.release()
"""


class DialogRecorder:
    """Stands in for the dialogs module's functions; answers as a test says."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, choose: int | None = None) -> None:
        self.calls: list[tuple[str, str, str, list[str]]] = []
        self._choice = choose
        self.confirm_answer = True
        monkeypatch.setattr(dialogs, "choose", self._choose)
        monkeypatch.setattr(dialogs, "show_error", self._recorder("show_error"))
        monkeypatch.setattr(dialogs, "show_info", self._recorder("show_info"))
        monkeypatch.setattr(dialogs, "confirm", self._confirm)
        monkeypatch.setattr(dialogs, "ask", self._ask)
        monkeypatch.setattr(dialogs, "ask_among", self._ask_among)

    def _choose(self, parent: object, title: str, text: str, options: list[str]) -> int | None:
        self.calls.append(("choose", title, text, list(options)))
        return self._choice

    def _ask(self, parent: object, title: str, text: str, action: str) -> bool:
        self.calls.append(("ask", title, text, [action]))
        return self._choice == 0

    def _ask_among(self, parent: object, title: str, text: str, actions: list[str]) -> int | None:
        self.calls.append(("ask_among", title, text, list(actions)))
        return self._choice

    def _confirm(self, parent: object, title: str, text: str) -> bool:
        self.calls.append(("confirm", title, text, []))
        return self.confirm_answer

    def _recorder(self, name: str):  # type: ignore[no-untyped-def]
        def record(parent: object, title: str, text: str) -> None:
            self.calls.append((name, title, text, []))

        return record

    def kinds(self) -> list[str]:
        return [call[0] for call in self.calls]


def make_plan(path: Path) -> Path:
    plan = Plan(
        business=Business(name="Corner Bakery", owner="Ana"),
        people=(Person("Ana", "Owner", id=1),),
    )
    PlanRepository.create(path, plan).close()
    return path


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return make_plan(tmp_path / "Corner Bakery.bakeryplan")


@pytest.fixture
def held_lock(plan_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the plan's lock, as a second running copy would."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(plan_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield holder
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=10)


def test_a_healthy_plan_opens_for_editing_and_is_remembered(qtbot, plan_path: Path) -> None:
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None
    try:
        assert not document.read_only
        assert document.plan.business.name == "Corner Bakery"
        assert settings.read(settings.LAST_PLAN_PATH) == str(plan_path.resolve())
        assert settings.recent_files()[0] == plan_path.resolve()
    finally:
        document.close()


def test_a_plan_in_use_elsewhere_offers_read_only(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path, held_lock: subprocess.Popen[str]
) -> None:
    recorder = DialogRecorder(monkeypatch, choose=0)
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None
    try:
        assert document.read_only
        assert document.plan.business.name == "Corner Bakery"
    finally:
        document.close()
    (kind, _title, text, options) = recorder.calls[0]
    assert kind == "ask"
    assert options == ["Open read-only"]
    assert "open for editing elsewhere:\nBakeryPlan on this computer (" in text
    assert plan_path.name in text


def test_a_plan_in_use_elsewhere_can_be_left_alone(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path, held_lock: subprocess.Popen[str]
) -> None:
    recorder = DialogRecorder(monkeypatch, choose=1)
    assert opening.open_plan_interactive(None, plan_path) is None
    assert recorder.kinds() == ["ask"]


def test_a_plan_from_a_newer_version_opens_read_only_with_a_notice(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    connection = sqlite3.connect(plan_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = plan_path.read_bytes()
    recorder = DialogRecorder(monkeypatch)
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None
    try:
        assert document.read_only
    finally:
        document.close()
    assert recorder.kinds() == ["show_info"]
    assert "newer version" in recorder.calls[0][2]
    assert plan_path.read_bytes() == before


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_damaged_plan_is_restored_from_the_chosen_backup(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    assert list_backups(plan_path), "creating a plan should have made a first backup"
    truncate(plan_path)
    recorder = DialogRecorder(monkeypatch, choose=0)
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None
    try:
        assert not document.read_only
        assert document.plan.business.name == "Corner Bakery"
    finally:
        document.close()
    (kind, title, text, options) = recorder.calls[0]
    assert kind == "choose" and title == "Plan file damaged"
    assert "damaged" in text and len(options) >= 1


def test_a_damaged_plan_is_left_alone_when_no_backup_is_chosen(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    truncate(plan_path)
    damaged = plan_path.read_bytes()
    recorder = DialogRecorder(monkeypatch, choose=None)
    assert opening.open_plan_interactive(None, plan_path) is None
    assert recorder.kinds() == ["choose"]
    assert plan_path.read_bytes() == damaged


def test_a_damaged_plan_without_backups_says_so(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    for backup in list_backups(plan_path):
        backup.path.unlink()
    truncate(plan_path)
    recorder = DialogRecorder(monkeypatch, choose=0)
    assert opening.open_plan_interactive(None, plan_path) is None
    assert recorder.kinds() == ["show_error"]
    assert "no backup" in recorder.calls[0][2]


def test_a_file_that_is_not_a_plan_is_refused_and_untouched(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "shopping.bakeryplan"
    path.write_text("flour, butter, salt\n", encoding="utf-8")
    recorder = DialogRecorder(monkeypatch)
    assert opening.open_plan_interactive(None, path) is None
    assert recorder.kinds() == ["show_error"]
    assert recorder.calls[0][1] == "Not a plan"
    assert path.read_text(encoding="utf-8") == "flour, butter, salt\n"


def test_restore_from_backup_replaces_the_open_plan(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    document = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    document.push(AddPerson(document, Person("Ben", "Baker")))
    assert [p.name for p in document.plan.people] == ["Ana", "Ben"]
    oldest = len(list_backups(plan_path)) - 1
    recorder = DialogRecorder(monkeypatch, choose=oldest)
    restored = opening.restore_backup_interactive(None, document)
    assert restored is not None
    try:
        assert document.is_closed
        assert [p.name for p in restored.plan.people] == ["Ana"]
    finally:
        restored.close()
    assert recorder.kinds() == ["choose", "confirm"]
    with PlanRepository.open(plan_path, read_only=True) as reopened:
        assert [p.name for p in reopened.load().people] == ["Ana"]


def test_restore_from_backup_can_be_cancelled(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    document = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    try:
        recorder = DialogRecorder(monkeypatch, choose=0)
        recorder.confirm_answer = False
        assert opening.restore_backup_interactive(None, document) is None
        assert not document.is_closed
    finally:
        document.close()


def test_the_demo_is_created_once_then_opened(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAKERYPLAN_TODAY", TODAY.isoformat())
    path = opening.demo_plan_path()
    assert path.name == "Sunrise Bakery.bakeryplan"
    assert not path.exists()
    document = opening.open_demo_interactive(None)
    assert document is not None
    try:
        assert document.plan.business.name == "Sunrise Bakery"
        assert document.plan.goals
    finally:
        document.close()
    assert path.exists()


def test_restore_picks_the_backup_chosen_among_three_made_in_one_minute(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    """Labels tell the backups apart, and the row picked (not its text) is restored."""
    document = PlanDocument(PlanRepository.open(plan_path), today=lambda: TODAY)
    for name, second in (("Ben", 5), ("Cy", 20), ("Di", 40)):
        document.push(AddPerson(document, Person(name)))
        made = datetime(2026, 11, 27, 10, 31, second, tzinfo=UTC)
        make_backup(document.repository, "daily", now=made)
    shown: list[list[str]] = []

    def person_picks_the_last_row(dialog: QDialog) -> int:
        rows = dialog.findChild(QListWidget)
        shown.append([rows.item(i).text() for i in range(rows.count())])
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(rows, Qt.Key.Key_End)
        qtbot.keyClick(rows, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", person_picks_the_last_row)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    restored = opening.restore_backup_interactive(None, document)
    assert restored is not None
    try:
        assert [p.name for p in restored.plan.people] == ["Ana", "Ben"]
    finally:
        restored.close()
    (labels,) = shown
    dailies = [label for label in labels if "daily backup" in label]
    assert len(dailies) == 3 and len(set(labels)) == len(labels)
    seconds = [datetime(2026, 11, 27, 10, 31, s, tzinfo=UTC).astimezone() for s in (40, 20, 5)]
    assert [f"{t:%H:%M:%S}" in label for t, label in zip(seconds, dailies, strict=True)] == [
        True
    ] * 3  # newest first
    assert all(label.endswith(("B)", "bytes)")) for label in labels)  # the size


def lock_of_another_computer(plan_path: Path) -> Path:
    """A lock file as the BakeryPlan on a laptop writes it, beside a plan on a shared folder."""
    lock = plan_path.with_name(plan_path.name + ".lock")
    lock.write_bytes(b"4242\nbakeryplan\nbakery-laptop\n\n\n")
    return lock


@pytest.mark.parametrize(("take_over", "confirmed"), [(True, True), (True, False), (False, None)])
def test_a_plan_locked_by_another_computer_opens_read_only_or_is_taken_over(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    plan_path: Path,
    take_over: bool,
    confirmed: bool | None,
) -> None:
    lock = lock_of_another_computer(plan_path)
    recorder = DialogRecorder(monkeypatch, choose=1 if take_over else 0)
    recorder.confirm_answer = bool(confirmed)
    document = opening.open_plan_interactive(None, plan_path)
    kind, _title, text, actions = recorder.calls[0]
    assert kind == "ask_among" and actions == ["Open read-only", "Take over…"]
    assert 'BakeryPlan on the computer "bakery-laptop", since ' in text
    if take_over and not confirmed:
        assert document is None
        assert b"bakery-laptop" in lock.read_bytes()
        return
    assert document is not None
    try:
        assert document.read_only is not take_over
        assert (b"bakery-laptop" in lock.read_bytes()) is not take_over
    finally:
        document.close()
    if take_over:
        assert recorder.kinds() == ["ask_among", "confirm"]
        assert "bakery-laptop" in recorder.calls[1][2]


def test_an_empty_lock_left_by_a_crash_does_not_stop_editing(
    qtbot, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    plan_path.with_name(plan_path.name + ".lock").write_bytes(b"")
    recorder = DialogRecorder(monkeypatch)
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None and not document.read_only
    document.close()
    assert recorder.calls == []


def test_a_plan_in_a_read_only_folder_offers_read_only(
    qtbot, monkeypatch: pytest.MonkeyPatch, read_only_disk
) -> None:
    plan_path = make_plan(read_only_disk.folder / "Corner Bakery.bakeryplan")
    read_only_disk.protect()
    recorder = DialogRecorder(monkeypatch, choose=0)
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None
    try:
        assert document.read_only
    finally:
        document.close()
    kind, _title, text, actions = recorder.calls[0]
    assert kind == "ask" and actions == ["Open read-only"]
    assert f"its folder {read_only_disk.folder} is read-only" in text
    assert "in use" not in text
