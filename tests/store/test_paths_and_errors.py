"""Where files go, and the one-line messages the user reads."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from bakeryplan.store import errors, paths
from bakeryplan.store.errors import (
    DamagedPlanError,
    InterchangeError,
    NewerVersionError,
    NotAPlanError,
    PlanFileError,
    PlanLockedError,
    RecordNotFoundError,
)
from bakeryplan.text.translate import in_language


def test_data_dir_follows_the_environment(isolated_data_dir: Path) -> None:
    assert paths.data_dir() == isolated_data_dir
    assert paths.default_plans_dir() == isolated_data_dir / "plans"


def test_without_the_variable_the_platform_folders_are_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert paths.data_dir() == platformdirs.user_data_path("BakeryPlan", appauthor=False)
    assert paths.default_plans_dir() == platformdirs.user_documents_path() / "BakeryPlan"


def test_lock_and_journal_sit_next_to_the_plan() -> None:
    plan = Path("/plans/shop.bakeryplan")
    assert paths.lock_path_for(plan) == Path("/plans/shop.bakeryplan.lock")
    assert paths.journal_path_for(plan) == Path("/plans/shop.bakeryplan-journal")


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (
            NotAPlanError("x.bakeryplan"),
            'cannot open "x.bakeryplan": it is not a BakeryPlan plan file',
        ),
        (
            DamagedPlanError("/a/x.bakeryplan", "malformed"),
            'cannot open "x.bakeryplan": the plan file is damaged (a backup can be restored)',
        ),
        (
            NewerVersionError("x.bakeryplan", 3, 1),
            'cannot open "x.bakeryplan": it was saved by a newer version of BakeryPlan '
            "(plan format 3, this version reads up to 1)",
        ),
        (
            PlanLockedError(
                "x.bakeryplan", "BakeryPlan on host bakery-pc, process 4242, since 10:31"
            ),
            'cannot edit "x.bakeryplan": it is in use by BakeryPlan on host bakery-pc, '
            "process 4242, since 10:31",
        ),
        (
            InterchangeError("goal 3", "due", "is not a date"),
            "cannot read the plan data: goal 3, field 'due': is not a date",
        ),
        (
            InterchangeError("file", "", "is not JSON", path="plan.json"),
            'cannot read the plan data "plan.json": file: is not JSON',
        ),
    ],
)
def test_messages_are_one_line_and_name_the_file(error: PlanFileError, message: str) -> None:
    assert str(error) == message
    assert "\n" not in str(error)


def test_error_details_stay_available() -> None:
    error = InterchangeError("goal 3", "due", "is not a date")
    assert (error.record, error.field, error.message) == ("goal 3", "due", "is not a date")
    assert isinstance(error, PlanFileError)
    assert PlanLockedError("x", "someone").holder == "someone"
    assert issubclass(RecordNotFoundError, LookupError)
    assert DamagedPlanError("x", "page 3 broken").detail == "page 3 broken"


def test_each_refusal_is_one_whole_message_per_action() -> None:
    failed = errors.PlanWriteError("/plans/shop.bakeryplan", "the disk is full")
    assert str(failed) == 'cannot save to "shop.bakeryplan": the disk is full'
    with in_language("fr"):
        assert str(failed).startswith("Impossible d'enregistrer dans «\xa0shop.bakeryplan\xa0»")
    with in_language("es"):
        assert str(failed).startswith('no se puede guardar en "shop.bakeryplan": ')
    with in_language("de"):
        assert str(errors.RestoreError(None, "x")) == "Wiederherstellen nicht möglich: x"
