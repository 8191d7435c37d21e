"""Schema version 3: entries name their import source, recipes are kept and travel in JSON."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bakeryplan.domain.import_mapping import (
    Column,
    ColumnFilter,
    DateOrder,
    ImportMapping,
    ImportRecipe,
    SignFilter,
    ValueRule,
)
from bakeryplan.domain.model import Actual, ActualSource
from bakeryplan.store.errors import InterchangeError, RecordError
from bakeryplan.store.interchange import plan_from_json, plan_to_json
from bakeryplan.store.repository import PlanRepository
from tests.store.import_plans import import_plan
from tests.store.make_sample import sample_path

RECIPE = ImportRecipe(
    "Till, daily sales",
    ("Date", "Product group", "Items", "Sales"),
    ImportMapping(
        date_column=Column(0, "Date"),
        date_order=DateOrder.MONTH_FIRST,
        rule=ValueRule.AMOUNT,
        value_column=Column(3, "Sales"),
        filters=(ColumnFilter(Column(1, "Product group"), ("Bread", "Rolls")),),
        sign=SignFilter.INCOME,
        note_column=None,
        encoding="cp1252",
        delimiter=";",
        header_line=1,
        decimal_mark=",",
    ),
)
ENTRY = Actual(1, date(2024, 3, 1), 12.5, "", ActualSource.IMPORTED, source_name="till.csv")


def test_the_mapping_survives_its_dict() -> None:
    assert ImportMapping.from_dict(RECIPE.mapping.to_dict()) == RECIPE.mapping
    with pytest.raises(ValueError):
        ImportMapping.from_dict({"date_column": {"index": -1}})
    with pytest.raises(ValueError):
        ImportMapping.from_dict({"rule": "guess"})


def test_a_recipe_matches_its_header_whatever_the_case_and_spaces() -> None:
    assert RECIPE.matches([" date", "PRODUCT GROUP", "Items ", "Sales", ""])
    assert not RECIPE.matches(["Date", "Sales"])


def test_recipes_and_source_names_are_kept_in_the_plan_file(tmp_path: Path) -> None:
    plan = dataclasses.replace(import_plan(), actuals=(ENTRY,))
    with PlanRepository.create(tmp_path / "p.bakeryplan", plan) as repository:
        saved = repository.add_recipe(RECIPE)
        loaded = repository.load()
        assert loaded.recipes == (saved,) and saved.id > 0
        assert loaded.actuals[0].source_name == "till.csv"
        renamed = dataclasses.replace(saved, name="Till")
        repository.update_recipe(renamed)
        assert repository.load().recipes == (renamed,)
        with pytest.raises(RecordError):
            repository.add_recipe(dataclasses.replace(RECIPE, name="TILL"))  # names are unique
        repository.delete_recipe(saved.id)
        assert repository.load().recipes == ()


def test_recipes_travel_in_the_json_export() -> None:
    plan = dataclasses.replace(
        import_plan(), actuals=(dataclasses.replace(ENTRY, id=1),), recipes=(
            dataclasses.replace(RECIPE, id=1),
        )
    )  # fmt: skip
    data = plan_to_json(plan, exported_at=datetime(2026, 11, 27, tzinfo=UTC))
    assert data["import_recipes"][0]["mapping"]["filters"][0]["values"] == ["Bread", "Rolls"]
    assert data["actuals"][0]["source_name"] == "till.csv"
    back = plan_from_json(data)
    assert back.recipes == plan.recipes and back.actuals == plan.actuals


def test_two_recipes_of_one_name_are_refused_in_json() -> None:
    plan = dataclasses.replace(
        import_plan(),
        recipes=(dataclasses.replace(RECIPE, id=1), dataclasses.replace(RECIPE, id=2)),
    )
    data = plan_to_json(plan, exported_at=datetime(2026, 11, 27, tzinfo=UTC))
    with pytest.raises(InterchangeError, match="name of another recipe"):
        plan_from_json(data)


def test_a_json_file_without_recipes_or_source_names_reads_as_before() -> None:
    data = plan_to_json(
        dataclasses.replace(import_plan(), actuals=(dataclasses.replace(ENTRY, id=1),)),
        exported_at=datetime(2026, 11, 27, tzinfo=UTC),
    )
    data["format_version"] = 2
    del data["import_recipes"]
    del data["actuals"][0]["source_name"]
    back = plan_from_json(data)
    assert back.recipes == () and back.actuals[0].source_name == ""


def test_a_version_2_plan_upgrades_with_empty_source_names(tmp_path: Path) -> None:
    copy = tmp_path / "v2.bakeryplan"
    shutil.copyfile(sample_path(2), copy)
    with sqlite3.connect(copy) as conn:
        before = conn.execute("SELECT id, on_date, value FROM actuals ORDER BY id").fetchall()
    with PlanRepository.open(copy) as repository:
        plan = repository.load()
        assert repository.schema_version >= 3
    assert plan.recipes == ()
    assert [
        (a.id, a.on.isoformat(), a.value) for a in sorted(plan.actuals, key=lambda a: a.id)
    ] == (before)
    assert {a.source_name for a in plan.actuals} == {""}


def test_a_recipe_whose_mapping_this_version_cannot_read_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "p.bakeryplan"
    with PlanRepository.create(path, import_plan()) as repository:
        repository.add_recipe(RECIPE)
    with sqlite3.connect(path) as conn:
        conn.execute('UPDATE import_recipes SET mapping = \'{"rule": "future"}\'')
    with PlanRepository.open(path, read_only=True) as repository:
        (recipe,) = repository.load().recipes
    assert recipe.name == RECIPE.name and recipe.mapping == ImportMapping()
