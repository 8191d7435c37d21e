"""Where the files shipped with the app are: the one way every module finds them.

The repository keeps them in its top-level ``resources/`` folder; pyproject's
``package-dir`` installs that folder as the package ``bakeryplan.resources``, so
importlib.resources finds it in an editable install, an installed wheel and a PyInstaller
build alike. Plain Python (no Qt), so every layer, the domain included, may use it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from bakeryplan import APP_ID

PACKAGE = "bakeryplan.resources"

APP_ICON = f"icons/{APP_ID}.svg"
JARGON_WORDS = "jargon.txt"
PERCENT_FORMATS = "percent_formats.json"
BUNDLED_FONT_FILES = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")


def resource_path(name: str) -> Path:
    """The file ``name`` (a path relative to ``resources/``, with forward slashes) on disk.

    Qt takes file names, not streams; every way the app is installed keeps these files
    on disk, and a zipped install (which would not) fails here rather than later in Qt.
    """
    found = files(PACKAGE).joinpath(*name.split("/"))
    if not isinstance(found, Path):
        raise RuntimeError(f"{PACKAGE} is not installed as files on disk: {found!r}")
    return found


def read_text(name: str) -> str:
    """The UTF-8 text of the resource ``name``."""
    return resource_path(name).read_text(encoding="utf-8")
