"""Fixtures for the plan file tests: a fresh plan in a temporary folder for each test."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bakeryplan.store.repository import PlanRepository
from tests.store.plans import small_plan


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.bakeryplan"


@pytest.fixture
def repo(plan_path: Path) -> Iterator[PlanRepository]:
    repository = PlanRepository.create(plan_path, small_plan())
    yield repository
    repository.close()


@pytest.fixture
def closed_plan(plan_path: Path) -> Path:
    """A valid plan file on disk that nobody has open."""
    PlanRepository.create(plan_path, small_plan()).close()
    return plan_path
