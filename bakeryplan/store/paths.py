"""Where BakeryPlan keeps its own data and, by default, the user's plans.

platformdirs is imported when a folder is first asked for: the window opens a plan without
needing it (about 8 ms of imports on the way to the first window).
"""

from __future__ import annotations

import os
from pathlib import Path

from bakeryplan import APP_NAME

PLAN_SUFFIX = ".bakeryplan"
DATA_DIR_ENV = "BAKERYPLAN_DATA_DIR"


def data_dir() -> Path:
    """The app's private folder (backups, settings); the env var lets tests isolate it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_plans_dir() -> Path:
    """Where the first plan is offered to be saved: the user's documents folder."""
    if os.environ.get(DATA_DIR_ENV):
        return data_dir() / "plans"
    import platformdirs

    return platformdirs.user_documents_path() / APP_NAME


def lock_path_for(plan_path: str | os.PathLike[str]) -> Path:
    path = Path(plan_path)
    return path.with_name(path.name + ".lock")


def journal_path_for(plan_path: str | os.PathLike[str]) -> Path:
    path = Path(plan_path)
    return path.with_name(path.name + "-journal")
