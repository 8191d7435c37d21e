"""Where BakeryPlan keeps its own data and, by default, the user's plans.

platformdirs is imported when a folder is first asked for: the window opens a plan without
needing it (about 8 ms of imports on the way to the first window).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bakeryplan import APP_NAME
from bakeryplan.text.translate import translate

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


def file_behind(path: str | os.PathLike[str]) -> Path:
    """The file a symbolic link points to (through every link), else ``path`` itself.

    A plan replaced as a whole (restore, ``demo --force``) is written there, so the link
    keeps pointing at the plan instead of being replaced by a copy of it.
    """
    path = Path(path).absolute()
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_protection(path: str | os.PathLike[str]) -> str | None:
    """Why the plan at ``path`` must not be changed, in the owner's words; None if it may.

    A file whose owner took its write permission away is write-protected even for an
    administrator, whom the system would let write it: the owner's intent counts.
    """
    path = Path(path)
    if not os.access(path.parent, os.W_OK):  # also a read-only disk: the file is then too
        return translate("store", "its folder {folder} is read-only").format(folder=path.parent)
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        return translate("store", "the file is write-protected")
    return None
