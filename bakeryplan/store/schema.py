"""The plan file's schema and its migrations ladder.

Why not ``sqlite_utils.Migrations``: it records applied migrations by name in its own
``_sqlite_migrations`` table with a wall-clock timestamp and runs each migration in its own
transaction. A plan needs one number that says which format the file is in, readable from
the 100-byte header before SQLite touches the file (``user_version``), so that a file from a
newer BakeryPlan is refused without being changed; and all steps of an upgrade must commit
together or not at all. The ladder below is that: ``MIGRATIONS[n]`` turns version ``n - 1``
into version ``n``; :func:`migrate` runs every missing rung and sets ``user_version`` in one
transaction. Rungs get a ``sqlite_utils.Database`` so they may use its table helpers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# "BkPl" in ASCII: 0x426B506C. Written to the header at offset 68 (``PRAGMA application_id``).
APPLICATION_ID = int.from_bytes(b"BkPl", "big")

SCHEMA_V1 = """
CREATE TABLE business (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    locale TEXT NOT NULL DEFAULT 'en_GB',
    fiscal_year_start INTEGER NOT NULL DEFAULT 1
        CHECK (fiscal_year_start BETWEEN 1 AND 12)
);

CREATE TABLE vision_revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    perspective TEXT NOT NULL,
    owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    start TEXT,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    why TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES goals (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goals_parent ON goals (parent_id);
CREATE INDEX goals_owner ON goals (owner_id);

CREATE TABLE measures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'up',
    baseline REAL NOT NULL DEFAULT 0,
    target REAL NOT NULL DEFAULT 0,
    start TEXT NOT NULL,
    target_date TEXT NOT NULL,
    band_low REAL,
    band_high REAL,
    curve TEXT NOT NULL DEFAULT 'linear',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX measures_goal ON measures (goal_id);

CREATE TABLE measure_points (
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    on_date TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (measure_id, position)
) WITHOUT ROWID;

CREATE TABLE actuals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'typed'
);
CREATE INDEX actuals_measure_on ON actuals (measure_id, on_date);

CREATE TABLE steps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    due TEXT,
    done TEXT,
    effort REAL,
    cost REAL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX steps_goal ON steps (goal_id, position);
CREATE INDEX steps_owner ON steps (owner_id);

CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    received TEXT NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    from_name TEXT NOT NULL DEFAULT '',
    goal_id INTEGER REFERENCES goals (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'new',
    response TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feedback_goal ON feedback (goal_id);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    held TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'monthly',
    notes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT ''
);
"""

# Version 2: measures know their period and counting rule (how many entries a day make one
# figure), and the business its first day of the week.
SCHEMA_V2 = """
ALTER TABLE business ADD COLUMN week_start INTEGER NOT NULL DEFAULT 0
    CHECK (week_start BETWEEN 0 AND 6);
ALTER TABLE measures ADD COLUMN period TEXT NOT NULL DEFAULT 'month'
    CHECK (period IN ('day', 'week', 'month', 'quarter', 'year'));
ALTER TABLE measures ADD COLUMN counting TEXT NOT NULL DEFAULT 'latest'
    CHECK (counting IN ('total', 'average', 'latest'));
ALTER TABLE measures ADD COLUMN health_window INTEGER
    CHECK (health_window IS NULL OR health_window BETWEEN 1 AND 1000);
"""

SCHEMA_V3 = """
ALTER TABLE actuals ADD COLUMN source_name TEXT NOT NULL DEFAULT '';
CREATE TABLE import_recipes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    header TEXT NOT NULL DEFAULT '[]',
    mapping TEXT NOT NULL DEFAULT '{}'
);
"""

# Reviews that remember: each keeps a snapshot of the plan as it stood (compact JSON, written
# once) and the owner's explanations of measures behind or at risk (rows any SQLite tool can
# query; no foreign key to the measure, so history outlives it); the business its cadence.
SCHEMA_V4 = """
ALTER TABLE business ADD COLUMN review_cadence TEXT NOT NULL DEFAULT 'none'
    CHECK (review_cadence IN ('none', 'weekly', 'monthly', 'quarterly'));
ALTER TABLE reviews ADD COLUMN snapshot TEXT;
CREATE TABLE review_explanations (
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    measure_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (review_id, position)
) WITHOUT ROWID;
CREATE INDEX review_explanations_measure ON review_explanations (measure_id);
"""

# Version 5: a measure whose plan was drawn from last year remembers from which year, with
# which change and how its days were matched, for the progress pack and the chart.
SCHEMA_V5 = """
ALTER TABLE measures ADD COLUMN planned_from_year_ending TEXT;
ALTER TABLE measures ADD COLUMN planned_from_change REAL;
ALTER TABLE measures ADD COLUMN planned_from_alignment TEXT
    CHECK (planned_from_alignment IS NULL
           OR planned_from_alignment IN ('holidays', 'weekday', 'date'));
"""

Migration = Callable[["sqlite_utils.Database"], None]


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _create_v1(db: sqlite_utils.Database) -> None:
    _run_script(db, SCHEMA_V1)


def _count_measures_v2(db: sqlite_utils.Database) -> None:
    """Add periods and counting; each measure gets what its name and entries say it meant
    (``domain.counting_guess``), the business the week start of its locale."""
    from bakeryplan.domain.counting_guess import guess_counting
    from bakeryplan.domain.model import Actual, Measure
    from bakeryplan.store.locale_calendar import first_weekday

    _run_script(db, SCHEMA_V2)
    for (locale,) in db.execute("SELECT locale FROM business").fetchall():
        db.execute("UPDATE business SET week_start = ?", [first_weekday(locale)])
    measures = db.execute("SELECT id, name, unit FROM measures").fetchall()
    for measure_id, name, unit in measures:
        days = db.execute(
            "SELECT on_date FROM actuals WHERE measure_id = ? ORDER BY on_date", [measure_id]
        ).fetchall()
        entries = [Actual(measure_id, date.fromisoformat(day), 0.0) for (day,) in days]
        period, counting = guess_counting(Measure(0, name, unit), entries)
        db.execute(
            "UPDATE measures SET period = ?, counting = ? WHERE id = ?",
            [period.value, counting.value, measure_id],
        )


def _import_sources_v3(db: sqlite_utils.Database) -> None:
    """Entries name the import that brought them (so a second import of the same days is
    noticed), and import recipes are kept. Older entries keep an empty source name."""
    _run_script(db, SCHEMA_V3)


def _remembering_reviews_v4(db: sqlite_utils.Database) -> None:
    """Review snapshots, explanations and the business's review cadence.

    Older reviews keep no snapshot (a digest then judges health as of their day) and the
    cadence starts unset: the owner chooses a rhythm, nothing is overdue before that.
    """
    _run_script(db, SCHEMA_V4)


def _plan_origins_v5(db: sqlite_utils.Database) -> None:
    """Measures may remember a plan drawn from last year; every older measure has none."""
    _run_script(db, SCHEMA_V5)


# MIGRATIONS[n] upgrades a file from version n - 1 to n; version 0 is an empty database.
MIGRATIONS: dict[int, Migration] = {
    1: _create_v1,
    2: _count_measures_v2,
    3: _import_sources_v3,
    4: _remembering_reviews_v4,
    5: _plan_origins_v5,
}
SCHEMA_VERSION = max(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, *, to_version: int = SCHEMA_VERSION) -> int:
    """Bring the file up to ``to_version`` in one transaction; returns the old version.

    The caller takes a backup first. Nothing is written if the file is already current.
    """
    current = schema_version(db.conn)
    if current >= to_version:
        return current
    with db.atomic():
        for version in range(current + 1, to_version + 1):
            MIGRATIONS[version](db)
        # Both pragmas write the database header inside this transaction.
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {to_version}")
    return current
