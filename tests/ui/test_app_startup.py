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

# What really costs before the first window (tens of milliseconds each, or more).
NEVER_BEFORE_THE_WINDOW = ("matplotlib", "numpy", "babel", "pyphen", "pypdf")

# Only the tab on screen is built (ui/lazy_tabs.py); the demo opens on the This week
# tab, which fills itself once the window is on screen.
OTHER_TABS = (
    "bakeryplan.ui.panels.chart_panel",
    "bakeryplan.ui.panels.people_panel",
    "bakeryplan.ui.panels.vision_panel",
    "bakeryplan.domain.attention",
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


def test_the_window_shows_the_plan_before_heavy_modules_load(
    modules_at_first_window: set[str],
) -> None:
    assert "bakeryplan.ui.panels.home_panel" in modules_at_first_window  # the check works
    loaded = {
        name
        for name in NEVER_BEFORE_THE_WINDOW
        if name in modules_at_first_window
        or any(m.startswith(name + ".") for m in modules_at_first_window)
    }
    assert not loaded


def test_only_the_tab_on_screen_is_built(modules_at_first_window: set[str]) -> None:
    assert "bakeryplan.ui.panels.home_panel" in modules_at_first_window
    assert not [name for name in OTHER_TABS if name in modules_at_first_window]


def test_the_window_is_drawn_with_fusion_from_the_start(first_window_report: list[str]) -> None:
    assert _reported(first_window_report, STYLE_MARKER).lower() == "fusion"


def test_the_light_scheme_is_fusions_own_palette(qapp) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleFactory

    from bakeryplan.ui import theme

    theme.apply_theme(qapp, dark=True)
    theme.apply_theme(qapp, dark=False)
    fusion = QStyleFactory.create("Fusion").standardPalette()
    applied = qapp.palette()
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
        if applied.color(group, role).rgba() != fusion.color(group, role).rgba()
    ]
    # Only the hints differ: Fusion's are too faint to read (test_readable_hints).
    assert different == [("Active", "PlaceholderText"), ("Inactive", "PlaceholderText")]
    assert applied.color(QPalette.ColorRole.Window) != theme.dark_palette().color(
        QPalette.ColorRole.Window
    )


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
