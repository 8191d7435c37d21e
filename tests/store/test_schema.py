"""Sample files of every schema version open, and the migrations ladder is all-or-nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from bakeryplan.store import (
    plan_opening,  # where open() migrates
    schema,
)
from bakeryplan.store.backups import list_backups
from bakeryplan.store.repository import PlanRepository
from bakeryplan.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from tests.store.conftest import sha256_of
from tests.store.make_sample import sample_path
from tests.store.plans import small_plan
from tests.store.test_repository import sorted_like_load


def test_application_id_spells_bkpl() -> None:
    assert APPLICATION_ID == 0x426B506C
    assert APPLICATION_ID.to_bytes(4, "big") == b"BkPl"


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_sample_of_every_version_opens_and_loads(version: int, tmp_path: Path) -> None:
    sample = sample_path(version)
    assert sample.exists(), f"keep a sample of schema version {version} (make_sample.py)"
    copy = tmp_path / sample.name
    shutil.copyfile(sample, copy)
    with PlanRepository.open(copy) as repo:
        assert repo.schema_version == SCHEMA_VERSION
        assert repo.load() == sorted_like_load(small_plan(version))


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_samples_read_only_without_touching_them(version: int) -> None:
    """An older file opened read-only is read through an upgraded copy in memory."""
    sample = sample_path(version)
    before = sha256_of(sample)
    with PlanRepository.open(sample, read_only=True) as repo:
        assert repo.schema_version == version
        assert repo.load() == sorted_like_load(small_plan(version))
    assert sha256_of(sample) == before


def test_version_1_measures_are_counted_as_their_names_say() -> None:
    """The upgrade to version 2 keeps what a version-1 plan meant: "Monthly sales" is the
    total of a month; a measure without a period in its name is its latest figure."""
    with PlanRepository.open(sample_path(1), read_only=True) as repo:
        plan = repo.load()
    counted = {m.name: (m.period.value, m.counting.value, m.health_window) for m in plan.measures}
    assert counted == {
        "Monthly sales": ("month", "total", None),
        "Waste": ("month", "latest", None),
    }
    assert plan.business.week_start == 0  # en_GB weeks start on Monday


def test_migrate_creates_the_schema_in_an_empty_database() -> None:
    db = sqlite_utils.Database(sqlite3.connect(":memory:", isolation_level=None))
    assert migrate(db) == 0
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert set(db.table_names()) >= {
        "business",
        "vision_revisions",
        "people",
        "goals",
        "measures",
        "measure_points",
        "actuals",
        "steps",
        "feedback",
        "reviews",
    }
    assert migrate(db) == SCHEMA_VERSION  # nothing left to do


NEXT = SCHEMA_VERSION + 1  # a rung the tests add on top of today's ladder


def _add_column_rung(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT ''")


def _failing_rung(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE goals ADD COLUMN colour TEXT")
    raise RuntimeError("rung failed halfway")


def test_open_backs_up_then_migrates_an_older_file(
    closed_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, _add_column_rung)
    monkeypatch.setattr(plan_opening, "SCHEMA_VERSION", NEXT)
    with PlanRepository.open(closed_plan) as repo:
        assert repo.schema_version == NEXT
        columns = [r[1] for r in repo.connection.execute("PRAGMA table_info(people)")]
        assert "phone" in columns
    reason = f"before-upgrade-v{SCHEMA_VERSION}"
    upgrade = [b for b in list_backups(closed_plan) if b.reason == reason]
    assert len(upgrade) == 1
    conn = sqlite3.connect(upgrade[0].path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [r[1] for r in conn.execute("PRAGMA table_info(people)")]
        assert "phone" not in columns
    finally:
        conn.close()


def test_a_failing_migration_leaves_the_file_as_it_was(
    closed_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, _add_column_rung)
    monkeypatch.setitem(schema.MIGRATIONS, NEXT + 1, _failing_rung)
    monkeypatch.setattr(plan_opening, "SCHEMA_VERSION", NEXT + 1)
    before = sha256_of(closed_plan)
    with pytest.raises(RuntimeError, match="halfway"):
        PlanRepository.open(closed_plan)
    assert sha256_of(closed_plan) == before
    conn = sqlite3.connect(closed_plan)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [r[1] for r in conn.execute("PRAGMA table_info(people)")]
        assert "phone" not in columns  # the first new rung was rolled back with the second
        assert "colour" not in [r[1] for r in conn.execute("PRAGMA table_info(goals)")]
    finally:
        conn.close()
    assert not closed_plan.with_name("shop.bakeryplan.lock").exists()


def test_every_table_and_column_is_documented() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "plan-file.md").read_text(encoding="utf-8")
    db = sqlite_utils.Database(sqlite3.connect(":memory:", isolation_level=None))
    migrate(db)
    sections = {part.split("`", 1)[0]: part for part in doc.split("\n### `")[1:]}
    for table in db.table_names():
        if table == "sqlite_sequence":
            continue
        assert table in sections, f"table {table} is not documented"
        for column in db[table].columns_dict:
            assert f"`{column}`" in sections[table], f"{table}.{column} is not documented"
    for index in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall():
        if not index[0].startswith("sqlite_autoindex"):
            assert f"`{index[0]}" in doc, f"index {index[0]} is not documented"
    assert str(APPLICATION_ID) in doc and f"schema version {SCHEMA_VERSION}" in doc
