"""load() reuses the actuals of the previous load only while nothing could change them."""

from __future__ import annotations

import random
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


def test_only_the_edited_measures_actuals_are_read_again(
    repo: PlanRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing one value rereads that measure's actuals, not every measure's history."""
    first = repo.load()
    read: list[int] = []
    original = row_reader.RowReader.actuals

    def counting(self: row_reader.RowReader, rows):  # type: ignore[no-untyped-def]
        actuals = original(self, rows)
        read.append(len(actuals))
        return actuals

    monkeypatch.setattr(row_reader.RowReader, "actuals", counting)
    repo.add_actual(NEW_ACTUAL)
    second = repo.load()
    assert read == [len(first.actuals_of(20)) + 1]  # measure 20's, with the new one
    assert second.actuals_of(21) == first.actuals_of(21)


@pytest.mark.parametrize("seed", range(12))
def test_loads_after_any_mix_of_edits_equal_a_fresh_read(
    repo: PlanRepository, plan_path: Path, seed: int
) -> None:
    """Random adds, moves, changes and deletes of actuals, with loads in between and a
    rolled-back transaction now and then: the kept actuals always equal the file's."""
    rng = random.Random(seed)
    measures = [m.id for m in repo.load().measures]
    for step in range(40):
        ids = [a.id for a in repo.load().actuals]
        choice = rng.random()
        if choice < 0.4 or not ids:
            day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
            repo.add_actual(Actual(rng.choice(measures), day, float(step)))
        elif choice < 0.7:
            moved = Actual(
                rng.choice(measures), date(2026, 6, rng.randint(1, 28)), 1.0, id=rng.choice(ids)
            )
            repo.update_actual(moved)
        elif choice < 0.9:
            repo.delete_actual(rng.choice(ids))
        else:
            with pytest.raises(RuntimeError), repo.atomic():
                repo.add_actual(Actual(rng.choice(measures), date(2026, 7, 1), -1.0))
                repo.load()  # a load inside the transaction is not kept
                raise RuntimeError("cancel")
        if rng.random() < 0.5:
            with PlanRepository.open(plan_path, read_only=True) as fresh:
                assert repo.load().actuals == fresh.load().actuals, f"step {step}"
    with PlanRepository.open(plan_path, read_only=True) as fresh:
        assert repo.load() == fresh.load()
