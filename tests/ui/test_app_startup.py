"""What the app loads before its first window is on screen, and what it leaves for later."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bakeryplan.store.demo import demo_plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui.app import BENCH_ENV, SHOWN_MARKER
from tests.ui.conftest import DEMO_TODAY

MODULES_MARKER = "MODULES_AT_FIRST_EXPOSE"
STYLE_MARKER = "STYLE_AT_FIRST_EXPOSE"

# Runs the app as ``python -m bakeryplan PLAN`` does and lists sys.modules at the moment
# the benchmark's reporter sees the window exposed.
SPY = f"""
import sys
from bakeryplan.ui import app

original = app._report_shown_and_quit

def spying(application):
    print("{MODULES_MARKER}", ",".join(sorted(sys.modules)), flush=True)
    print("{STYLE_MARKER}", application.style().name(), flush=True)
    original(application)

app._report_shown_and_quit = spying
from bakeryplan.cli import main
sys.exit(main([sys.argv[1]]))
"""

NEVER_BEFORE_THE_WINDOW = (
    "matplotlib",
    "numpy",
    "pandas",
    "babel",
    "textstat",
    "pypdf",
    "bakeryplan.reports.chart",
    "bakeryplan.store.backups",
    "bakeryplan.ui.readable_style",  # light scheme: Fusion itself, no Python style
    # Only the tab on screen is built; the demo opens on the Vision tab.
    "bakeryplan.ui.panels.chart_panel",
    "bakeryplan.ui.panels.people_panel",
    "bakeryplan.ui.panels.alignment_panel",
    "bakeryplan.domain.alignment",
    "PySide6.QtPrintSupport",
    # Each of these cost milliseconds and is needed only later: folders of platformdirs
    # (backups, first plan), secrets (a savepoint name), html (its table of entities).
    "platformdirs",
    "secrets",
    "html",
)


@pytest.fixture(scope="module")
def first_window_report(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("startup")
    plan = folder / "Sunrise Bakery.bakeryplan"
    PlanRepository.create(plan, demo_plan(DEMO_TODAY)).close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BAKERYPLAN_DATA_DIR=str(folder / "data"),
        BAKERYPLAN_TODAY=DEMO_TODAY.isoformat(),
        **{BENCH_ENV: "1"},
    )
    result = subprocess.run(
        [sys.executable, "-c", SPY, str(plan)],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert any(line.startswith(SHOWN_MARKER) for line in result.stdout.splitlines())
    return result.stdout.splitlines()


def _reported(lines: list[str], marker: str) -> str:
    (line,) = [ln for ln in lines if ln.startswith(marker)]
    return line.split(maxsplit=1)[1]


@pytest.fixture(scope="module")
def modules_at_first_window(first_window_report: list[str]) -> set[str]:
    return set(_reported(first_window_report, MODULES_MARKER).split(","))


def test_the_window_shows_the_plan_before_heavy_or_unused_modules_load(
    modules_at_first_window: set[str],
) -> None:
    assert "bakeryplan.ui.panels.vision_panel" in modules_at_first_window  # the check works
    loaded = {
        name
        for name in NEVER_BEFORE_THE_WINDOW
        if name in modules_at_first_window
        or any(m.startswith(name + ".") for m in modules_at_first_window)
    }
    assert not loaded


def test_sqlite_utils_waits_for_the_first_write(modules_at_first_window: set[str]) -> None:
    assert "sqlite_utils" not in modules_at_first_window


def test_the_window_is_drawn_with_fusion_from_the_start(first_window_report: list[str]) -> None:
    """Fusion comes from the QApplication's arguments, so no QStyle is wrapped for Python."""
    assert _reported(first_window_report, STYLE_MARKER).lower() == "fusion"


def test_the_light_palette_is_fusions_own(qapp) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleFactory

    from bakeryplan.ui import theme

    fusion = QStyleFactory.create("Fusion").standardPalette()
    written = theme.light_palette()
    roles = [r for r in QPalette.ColorRole if r is not QPalette.ColorRole.NColorRoles]
    groups = (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    )
    different = [
        (group.name, role.name)
        for group in groups
        for role in roles
        if written.color(group, role).rgba() != fusion.color(group, role).rgba()
    ]
    # Only the hints differ: Fusion's are too faint to read (test_readable_hints).
    assert different == [("Active", "PlaceholderText"), ("Inactive", "PlaceholderText")]


def test_the_plain_modules_of_the_window_load_without_qt() -> None:
    """cli imports them before PySide6, which then need not inspect them."""
    script = (
        "import sys\n"
        "from bakeryplan.cli import import_plain_window_modules\n"
        "import_plain_window_modules()\n"
        "assert 'bakeryplan.ui.error_log' in sys.modules\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_health_icons_are_painted_once_per_health_and_scheme(qapp) -> None:
    from bakeryplan.domain.health import Health
    from bakeryplan.ui import theme

    light = theme.health_icon(Health.BEHIND, dark=False)
    assert theme.health_icon(Health.BEHIND, dark=False).cacheKey() == light.cacheKey()
    dark = theme.health_icon(Health.BEHIND, dark=True)
    assert dark.cacheKey() != light.cacheKey()
    assert dark.pixmap(14).toImage() != light.pixmap(14).toImage()


def test_dataclasses_on_the_way_to_the_window_have_docstrings() -> None:
    """Without one, @dataclass computes a signature for each class at import."""
    import dataclasses

    from bakeryplan.domain import model
    from bakeryplan.store.connection import HeaderInfo
    from bakeryplan.ui.settings import Option

    classes = [c for c in vars(model).values() if dataclasses.is_dataclass(c)]
    classes += [HeaderInfo, Option]
    generated = [c.__name__ for c in classes if (c.__doc__ or "").startswith(c.__name__ + "(")]
    assert len(classes) >= 13 and not generated
