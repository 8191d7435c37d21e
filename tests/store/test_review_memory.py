"""Reviews that remember: snapshots and explanations in the plan file and the JSON export."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bakeryplan.domain.model import Explanation, Review, ReviewCadence
from bakeryplan.store.errors import DamagedPlanError, InterchangeError
from bakeryplan.store.interchange import plan_from_json, plan_to_json
from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.snapshot_json import snapshot_from_text, snapshot_to_text
from tests.store.make_sample import sample_path
from tests.store.plans import small_snapshot


def explanation_rows(repo: PlanRepository) -> list[tuple[int, int, int, str]]:
    return repo.connection.execute(
        "SELECT review_id, position, measure_id, text FROM review_explanations "
        "ORDER BY review_id, position"
    ).fetchall()


def test_a_review_is_added_changed_and_deleted_with_its_explanations(
    repo: PlanRepository,
) -> None:
    new = Review(
        date(2026, 4, 1),
        explanations=(Explanation(21, "Too warm"), Explanation(20, "Quiet month")),
        snapshot=small_snapshot(),
    )
    stored = repo.add_review(new)
    assert stored.id and next(r for r in repo.load().reviews if r.id == stored.id) == stored
    assert explanation_rows(repo)[-2:] == [
        (stored.id, 0, 21, "Too warm"),
        (stored.id, 1, 20, "Quiet month"),
    ]
    changed = dataclasses.replace(stored, explanations=(Explanation(20, "A quiet month"),))
    repo.update_review(changed)
    assert next(r for r in repo.load().reviews if r.id == stored.id) == changed
    repo.delete_review(stored.id)
    assert all(row[0] != stored.id for row in explanation_rows(repo))
    repo.add_review(changed)  # an undo puts it back under its id, explanations and all
    assert next(r for r in repo.load().reviews if r.id == stored.id) == changed


def test_deleting_a_measure_leaves_the_reviews_history_alone(repo: PlanRepository) -> None:
    before = repo.load().reviews
    repo.delete_measure(20)
    assert repo.load().reviews == before
    assert (60, 0, 20, before[-1].explanations[0].text) in explanation_rows(repo)


def test_a_snapshot_is_compact_json_that_reads_back_equal() -> None:
    text = snapshot_to_text(small_snapshot())
    assert text is not None and "\n" not in text and ", " not in text
    assert snapshot_from_text(text) == small_snapshot()
    assert snapshot_to_text(None) is None and snapshot_from_text(None) is None


def test_a_snapshot_the_program_cannot_read_is_a_damaged_plan(closed_plan: Path) -> None:
    conn = sqlite3.connect(closed_plan)
    with conn:
        conn.execute("UPDATE reviews SET snapshot = '{\"measures\": 3}' WHERE id = 60")
    conn.close()
    with (
        PlanRepository.open(closed_plan, read_only=True) as repo,
        pytest.raises(DamagedPlanError, match="damaged"),
    ):
        repo.load()


def test_an_upgraded_plan_has_no_rhythm_and_its_reviews_no_snapshot(tmp_path: Path) -> None:
    plan_file = tmp_path / "old.bakeryplan"
    shutil.copyfile(sample_path(2), plan_file)
    with PlanRepository.open(plan_file) as repo:
        plan = repo.load()
        assert plan.business.review_cadence is ReviewCadence.NONE
        assert [(r.explanations, r.snapshot) for r in plan.reviews] == [((), None)]
        stored = repo.add_review(Review(date(2026, 4, 1), explanations=(Explanation(20, "x"),)))
        assert stored.explanations == (Explanation(20, "x"),)


# --- the JSON export ----------------------------------------------------------------------


def exported(plan_file: Path) -> dict[str, Any]:
    with PlanRepository.open(plan_file, read_only=True) as repo:
        plan = repo.load()
    data = plan_to_json(plan, exported_at=datetime(2026, 11, 27, tzinfo=UTC))
    return json.loads(json.dumps(data))


def test_a_version_2_file_reads_with_no_rhythm_and_no_snapshots(closed_plan: Path) -> None:
    data = exported(closed_plan)
    data["format_version"] = 2
    del data["business"]["review_cadence"]
    for review in data["reviews"]:
        del review["explanations"], review["snapshot"]
    plan = plan_from_json(data)
    assert plan.business.review_cadence is ReviewCadence.NONE
    assert all(r.snapshot is None and r.explanations == () for r in plan.reviews)


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda r: r["snapshot"]["measures"][0].update(health="fine"), "health", "unknown"),
        (lambda r: r["snapshot"]["measures"][0].pop("target"), "target", "missing"),
        (lambda r: r["snapshot"]["goals"][0].update(colour="red"), "colour", "not a known"),
        (lambda r: r.update(snapshot=[]), "snapshot", "JSON object"),
        (lambda r: r["explanations"][0].pop("text"), "text", "missing"),
        (lambda r: r["explanations"][0].update(measure_id=0), "measure_id", "from 1 up"),
        (lambda r: r.update(explanations={}), "explanations", "JSON list"),
    ],
)
def test_a_doubtful_snapshot_or_explanation_is_refused_by_name(
    closed_plan: Path, change: Any, field: str, words: str
) -> None:
    data = exported(closed_plan)
    review = next(r for r in data["reviews"] if r["snapshot"] is not None)
    change(review)
    with pytest.raises(InterchangeError) as caught:
        plan_from_json(data)
    assert caught.value.field == field and words in caught.value.message
    assert caught.value.record.startswith("reviews[")
