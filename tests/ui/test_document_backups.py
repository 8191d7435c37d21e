"""Backups of an open plan: the one of opening waits for the window, the daily one comes hourly."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bakeryplan.editing import commands
from bakeryplan.editing.document import BACKUP_CHECK_INTERVAL_MS, PlanDocument
from bakeryplan.store.backups import list_backups
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import opening
from bakeryplan.ui.main_window import MainWindow
from tests.ui.conftest import DEMO_TODAY

pytestmark = pytest.mark.usefixtures("no_windows_left")


def _rename_business(path: Path, name: str) -> None:
    """Change the file without any backup, so that the next backup is not skipped as equal."""
    with PlanRepository.open(path, back_up=False) as repository:
        repository.set_business(replace(repository.load().business, name=name))
        repository.open_backup_pending = False  # this edit is the test's setup, not a user's


def _business_in(path: Path) -> str:
    with PlanRepository.open(path, read_only=True) as repository:
        return repository.load().business.name


def test_the_backup_of_opening_is_made_once_the_window_is_shown(
    plan_path: Path, qtbot, no_dialogs
) -> None:
    _rename_business(plan_path, "Changed Bakery")
    before = len(list_backups(plan_path))
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None
    assert document.repository.open_backup_pending
    assert len(list_backups(plan_path)) == before  # nothing delays the window
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not document.repository.open_backup_pending)
    backups = list_backups(plan_path)
    assert len(backups) == before + 1 and backups[0].reason == "open"
    assert _business_in(backups[0].path) == "Changed Bakery"
    assert document.backup_timer is not None and document.backup_timer.isActive()
    assert document.backup_timer.interval() == BACKUP_CHECK_INTERVAL_MS == 3_600_000
    window.close()
    assert document.is_closed and not document.backup_timer.isActive()


def test_an_edit_before_the_deferred_backup_is_backed_up_first(plan_path: Path, qapp) -> None:
    _rename_business(plan_path, "Before The Edit")
    document = PlanDocument(PlanRepository.open(plan_path, back_up=False), today=lambda: DEMO_TODAY)
    try:
        business = replace(document.plan.business, name="After The Edit")
        assert document.push(commands.SetBusiness(document, business))
    finally:
        document.close()
    newest = list_backups(plan_path)[0]
    assert newest.reason == "open"
    assert _business_in(newest.path) == "Before The Edit"
    assert _business_in(plan_path) == "After The Edit"


def test_a_plan_left_open_gets_its_daily_backup(plan_path: Path, qapp) -> None:
    clock = [datetime.now(UTC)]
    document = PlanDocument(
        PlanRepository.open(plan_path, back_up=False),
        today=lambda: DEMO_TODAY,
        now=lambda: clock[0],
    )
    try:
        document.start_backups()
        assert not document.repository.open_backup_pending
        count = len(list_backups(plan_path))
        business = replace(document.plan.business, name="Edited Today")
        assert document.push(commands.SetBusiness(document, business))

        clock[0] += timedelta(hours=23)
        assert document.back_up_if_due() is None  # the newest backup is not a day old yet
        assert len(list_backups(plan_path)) == count

        clock[0] += timedelta(hours=2)
        assert document.backup_timer is not None
        document.backup_timer.timeout.emit()  # the hourly check
        backups = list_backups(plan_path)
        assert len(backups) == count + 1 and backups[0].reason == "daily"
        assert _business_in(backups[0].path) == "Edited Today"

        clock[0] += timedelta(hours=1)
        assert document.back_up_if_due() is None
    finally:
        document.close()
    assert document.back_up_if_due() is None  # closed: nothing to back up


def test_a_read_only_document_makes_no_backups(plan_path: Path, qapp) -> None:
    before = len(list_backups(plan_path))
    document = PlanDocument(
        PlanRepository.open(plan_path, read_only=True),
        now=lambda: datetime.now(UTC) + timedelta(days=3),
    )
    try:
        document.start_backups()
        assert document.backup_timer is None
        assert document.back_up_if_due() is None
    finally:
        document.close()
    assert len(list_backups(plan_path)) == before


@pytest.mark.parametrize("answer", ["continue", "close"])
def test_backups_that_cannot_be_written_are_said_once_in_the_window(
    plan_path: Path,
    qtbot,
    no_dialogs,
    full_disk,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    """Found with the backups folder on a full disk: the window went on editing with no
    backup and no word, although the README promises a backup before the first edit."""
    from bakeryplan.ui import dialogs

    monkeypatch.setenv("BAKERYPLAN_DATA_DIR", str(full_disk.folder))
    full_disk.fill()
    asked: list[tuple[str, list[str]]] = []

    def ask_among(parent: object, title: str, text: str, actions: list[str]) -> int:
        asked.append((text, actions))
        return 0 if answer == "continue" else 1

    monkeypatch.setattr(dialogs, "ask_among", ask_among)
    document = opening.open_plan_interactive(None, plan_path)
    assert document is not None
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(asked))
    text, actions = asked[0]
    assert actions == ["Continue without a backup", "Close the plan"]
    assert f'No backup of "{plan_path.name}" could be made: the disk is full' in text
    if answer == "close":
        qtbot.waitUntil(lambda: document.is_closed)
        assert not window.isVisible()
        return
    business = replace(document.plan.business, name="Edited Anyway")
    assert document.push(commands.SetBusiness(document, business))
    document._now = lambda: datetime.now(UTC) + timedelta(days=2)  # the daily one fails too
    document.back_up_if_due()
    assert len(asked) == 1
    assert _business_in(plan_path) == "Edited Anyway"
    window.close()
