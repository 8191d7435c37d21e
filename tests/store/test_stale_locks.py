"""Locks as trusted desktop apps treat them: a lock that names nobody is taken over; one
from another computer names that computer and its age and can be taken over on request.

Found by killing BakeryPlan while it wrote its lock file, and by opening a plan on a
shared folder: a lock file that was empty, held garbage or named another computer was never
treated as stale, so the plan stayed locked for editing for ever with the message "in use
by BakeryPlan on host , process 0" and nothing said what to do.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from bakeryplan.cli import main
from bakeryplan.store import errors
from bakeryplan.store.backups import make_backup
from bakeryplan.store.lock import PlanLock
from bakeryplan.store.paths import lock_path_for
from bakeryplan.store.repository import PlanRepository
from bakeryplan.text.translate import in_language
from tests.store.test_atomic_files import dead_process_id


def lock_file(plan: Path, content: bytes, *, age: timedelta = timedelta(0)) -> Path:
    path = lock_path_for(plan)
    path.write_bytes(content)
    then = time.time() - age.total_seconds()
    os.utime(path, (then, then))
    return path


def names_this_process(plan: Path) -> bool:
    lines = lock_path_for(plan).read_text().split("\n")
    return lines[0] == str(os.getpid()) and lines[2] == QSysInfo.machineHostName()


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x00\x00\x00", b"garbage\nnot a lock\n", b"0\n\n\n", b"4242\nbakeryplan\n"],
    ids=["empty", "zeros", "garbage", "process-0", "no-host"],
)
def test_a_lock_that_names_nobody_is_taken_over(closed_plan: Path, content: bytes) -> None:
    lock_file(closed_plan, content)
    with PlanRepository.open(closed_plan) as repo:
        assert repo.load().business.name == "Sunrise Bakery"
        assert names_this_process(closed_plan)


def test_a_lock_whose_process_is_gone_on_this_computer_is_taken_over(closed_plan: Path) -> None:
    host = QSysInfo.machineHostName()
    lock_file(closed_plan, f"{dead_process_id()}\nbakeryplan\n{host}\n\n\n".encode())
    with PlanRepository.open(closed_plan):
        assert names_this_process(closed_plan)


def test_a_lock_from_another_computer_names_it_and_its_age(closed_plan: Path) -> None:
    lock = lock_file(closed_plan, b"4242\nbakeryplan\nbakery-laptop\n\n\n", age=timedelta(hours=3))
    before = lock.read_bytes()
    with pytest.raises(errors.PlanFileError) as caught:
        PlanRepository.open(closed_plan)
    message = str(caught.value)
    assert 'in use by BakeryPlan on the computer "bakery-laptop", since ' in message
    assert "(3 hours ago)" in message and "take it over" in message
    assert "process 0" not in message and "host ," not in message
    assert isinstance(caught.value, errors.PlanLockedElsewhereError)
    assert caught.value.host == "bakery-laptop"
    assert lock.read_bytes() == before
    with PlanRepository.open(closed_plan, read_only=True) as reader:
        assert reader.read_only
    with PlanRepository.open(closed_plan, take_over=True):
        assert names_this_process(closed_plan)


def test_a_lock_held_here_is_never_taken_over(closed_plan: Path) -> None:
    with PlanRepository.open(closed_plan), pytest.raises(Exception) as caught:
        PlanLock(closed_plan).acquire(take_over=True)
    assert "on this computer" in str(caught.value)


def test_a_command_refused_by_another_computers_lock_says_what_to_do(
    closed_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = make_backup(closed_plan, "manual")
    lock_file(closed_plan, b"77\nbakeryplan\nshop-pc\n\n\n", age=timedelta(days=2))
    assert main(["restore", str(closed_plan), str(backup)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert 'BakeryPlan on the computer "shop-pc"' in err and "(2 days ago)" in err
    assert "open the plan in the window to take it over" in err


@pytest.mark.parametrize(
    ("age", "words"),
    [
        (timedelta(seconds=20), "0 minutes"),
        (timedelta(minutes=1), "1 minute"),
        (timedelta(minutes=59), "59 minutes"),
        (timedelta(hours=1, minutes=20), "1 hour"),
        (timedelta(days=3, hours=5), "3 days"),
    ],
)
def test_lock_ages_in_words(age: timedelta, words: str) -> None:
    assert errors.lock_age(age) == words


def test_the_age_comes_from_the_lock_file(closed_plan: Path) -> None:
    since = datetime(2026, 11, 27, 10, 31)
    error = errors.PlanLockedElsewhereError(
        closed_plan, "pc", since, now=since + timedelta(hours=2)
    )
    assert error.holder == 'BakeryPlan on the computer "pc", since 27 Nov 2026, 10:31 (2 hours ago)'
    with in_language("de"):
        german = errors.PlanLockedElsewhereError(closed_plan, "pc", since, now=since)
    assert german.holder.endswith("seit 27.11.2026, 10:31 (gerade eben)")  # never "vor 0 …"
    just_taken = errors.PlanLockedElsewhereError(closed_plan, "pc", since, now=since)
    assert just_taken.holder.endswith("since 27 Nov 2026, 10:31 (just now)")
