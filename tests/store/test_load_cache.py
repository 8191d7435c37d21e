"""load() reuses the actuals of the previous load only while nothing could change them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from bakeryplan.domain.model import Actual, Person, Step
from bakeryplan.store import row_reader
from bakeryplan.store.repository import PlanRepository

NEW_ACTUAL = Actual(20, date(2026, 4, 1), 1800.0, "April")


def actual_ids(repo: PlanRepository) -> list[int]:
    return [a.id for a in repo.load().actuals]


def test_unchanged_actuals_are_reused_across_other_edits(repo: PlanRepository) -> None:
    first = repo.load()
    repo.add_step(Step(10, "Unrelated"))
    repo.update_person(Person("Mia", "Boss", id=1))
    second = repo.load()
    assert second.actuals is first.actuals
    assert "Unrelated" in [s.title for s in second.steps]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda r: r.add_actual(NEW_ACTUAL), [30, 31, 33, 32]),
        (lambda r: r.update_actual(Actual(21, date(2026, 2, 1), 9.0, id=30)), [31, 30, 32]),
        (lambda r: r.delete_actual(31), [30, 32]),
        (lambda r: r.add_actuals([NEW_ACTUAL]), [30, 31, 33, 32]),
        (lambda r: r.delete_measure(20), [32]),
        (lambda r: r.delete_goal(11), [30, 31]),
    ],
)
def test_edits_that_touch_actuals_are_seen(
    repo: PlanRepository, edit: Callable[[PlanRepository], object], expected: list[int]
) -> None:
    assert actual_ids(repo) == [30, 31, 32]
    edit(repo)
    assert actual_ids(repo) == expected


def test_rolled_back_actual_is_forgotten(repo: PlanRepository) -> None:
    assert actual_ids(repo) == [30, 31, 32]
    with pytest.raises(RuntimeError), repo.atomic():
        repo.add_actual(NEW_ACTUAL)
        assert 33 in actual_ids(repo)  # seen inside the transaction...
        raise RuntimeError("cancel")
    assert actual_ids(repo) == [30, 31, 32]  # ...and gone after the rollback


def test_read_only_view_sees_commits_of_the_editor(repo: PlanRepository, plan_path: Path) -> None:
    with PlanRepository.open(plan_path, read_only=True) as reader:
        assert [a.id for a in reader.load().actuals] == [30, 31, 32]
        repo.add_actual(NEW_ACTUAL)
        assert [a.id for a in reader.load().actuals] == [30, 31, 33, 32]


def test_values_are_the_same_without_the_fast_path(
    repo: PlanRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = repo.load()
    monkeypatch.setattr(row_reader, "ACTUAL_FIELDS", frozenset({"changed"}))
    monkeypatch.setattr(row_reader, "STEP_FIELDS", frozenset({"changed"}))
    with PlanRepository.open(repo.path, read_only=True) as other:
        slow = other.load()
    assert slow == fast
    assert [vars(a) for a in slow.actuals] == [vars(a) for a in fast.actuals]
