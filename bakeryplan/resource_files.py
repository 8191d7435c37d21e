"""Where the files shipped with the app are: the one way every module finds them.

The repository keeps them in its top-level ``resources/`` folder; pyproject's
``package-dir`` installs that folder as the package ``bakeryplan.resources``, so its
``__file__`` gives the folder in an editable install, an installed wheel and a PyInstaller
build alike (all keep the files on disk, where Qt wants them). importlib.resources would
find them the same way, but importing it costs about 10 ms on the way to the first window.
Plain Python (no Qt), so every layer, the domain included, may use it.
"""

from __future__ import annotations

from pathlib import Path

import bakeryplan.resources
from bakeryplan import APP_ID

FOLDER = Path(bakeryplan.resources.__file__).parent

APP_ICON = f"icons/{APP_ID}.svg"
ACTION_ICONS = "icons/actions"
GUIDE = "guide/how-bakeryplan-works.html"
JARGON_WORDS = "jargon.txt"  # English; the other languages' lists are in JARGON_FOLDER
JARGON_FOLDER = "jargon"
GOAL_WORDS_FOLDER = "goal_words"
PERCENT_FORMATS = "percent_formats.json"
BUNDLED_FONT_FILES = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")


def resource_path(name: str) -> Path:
    """The file ``name`` (a path relative to ``resources/``, with forward slashes)."""
    return FOLDER.joinpath(*name.split("/"))


def guide_file(language: str) -> Path:
    """The in-app guide in ``language``, else in English (the one every language starts from)."""
    translated = resource_path(GUIDE.replace(".html", f"_{language}.html"))
    return translated if translated.is_file() else resource_path(GUIDE)


def jargon_file(language: str) -> str:
    """The jargon list of ``language`` (a code such as ``de``): English keeps its old place."""
    return JARGON_WORDS if language == "en" else f"{JARGON_FOLDER}/{language}.txt"


def goal_words_file(language: str) -> str:
    """Count, date and span words of ``language`` for the check that a goal is specific."""
    return f"{GOAL_WORDS_FOLDER}/{language}.txt"


def read_text(name: str) -> str:
    """The UTF-8 text of the resource ``name``."""
    return resource_path(name).read_text(encoding="utf-8")
