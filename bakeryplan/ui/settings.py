"""Every setting of the app, declared once with its type and default.

Reads are always typed (QSettings otherwise hands back strings on some platforms). When
``BAKERYPLAN_DATA_DIR`` is set (tests, portable use) the settings live in an INI file in
that folder, so nothing touches the user's real settings.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from bakeryplan.store.paths import DATA_DIR_ENV, data_dir

ORGANIZATION = "BakeryPlan"
APPLICATION = "BakeryPlan"
MAX_RECENT_FILES = 8

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    """A setting: its key, the type it is read as, and its default."""

    key: str
    type: type
    default: T


WINDOW_GEOMETRY = Option[QByteArray]("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option[QByteArray]("window/state", QByteArray, QByteArray())
CURRENT_TAB = Option[str]("window/tab", str, "")  # a tab's key ("goals"): survives new tabs
RECENT_FILES = Option[str]("files/recent", str, "[]")  # JSON list: paths may hold commas
LAST_PLAN_PATH = Option[str]("files/last_plan", str, "")
PAGE_SIZE = Option[str]("print/page_size", str, "a4")  # "a4" or "letter"
LANGUAGE = Option[str]("interface/language", str, "")  # "de"; empty: the system's

OPTIONS: dict[str, Option[Any]] = {
    o.key: o
    for o in (
        WINDOW_GEOMETRY,
        WINDOW_STATE,
        CURRENT_TAB,
        RECENT_FILES,
        LAST_PLAN_PATH,
        PAGE_SIZE,
        LANGUAGE,
    )
}


def qsettings() -> QSettings:
    """The settings store; a fresh object each time is cheap and always in sync."""
    if os.environ.get(DATA_DIR_ENV):
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def value(key: str, default: Any = None, type: type | None = None) -> Any:
    """A typed read; a declared key brings its own type and default."""
    option = OPTIONS.get(key)
    if option is not None:
        default = option.default if default is None else default
        type = option.type if type is None else type
    if type is None:
        raise ValueError(f"setting {key!r} is not declared: pass type=")
    stored = qsettings().value(key, default, type=type)
    return default if stored is None else stored


def read(option: Option[T]) -> T:
    return value(option.key, option.default, type=option.type)


def write(option: Option[T], new_value: T) -> None:
    store = qsettings()
    store.setValue(option.key, new_value)
    store.sync()


def recent_files() -> list[Path]:
    """Most recent first, at most MAX_RECENT_FILES."""
    try:
        raw = json.loads(read(RECENT_FILES))
    except ValueError:
        return []
    if not isinstance(raw, list):
        return []
    return [Path(p) for p in raw if isinstance(p, str) and p][:MAX_RECENT_FILES]


def add_recent_file(path: Path) -> None:
    """Puts ``path`` first and remembers it as the plan to open next time.

    Writes (and syncs to disk) only when something changes: opening a plan calls this
    on the way to the first window.
    """
    resolved = str(Path(path).resolve())
    recent = [str(p) for p in recent_files()]
    if recent[:1] == [resolved] and read(LAST_PLAN_PATH) == resolved:
        return
    kept = [p for p in recent if p != resolved]
    store = qsettings()
    store.setValue(RECENT_FILES.key, json.dumps([resolved, *kept][:MAX_RECENT_FILES]))
    store.setValue(LAST_PLAN_PATH.key, resolved)
    store.sync()


def remove_recent_file(path: Path) -> None:
    resolved = str(Path(path).resolve())
    write(RECENT_FILES, json.dumps([str(p) for p in recent_files() if str(p) != resolved]))
