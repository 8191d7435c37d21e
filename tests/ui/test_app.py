"""Starting the app: the first run welcomes, later runs reopen the last plan, fast."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bakeryplan import APP_ID, APP_NAME
from bakeryplan.domain.model import Business, Plan
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import settings
from bakeryplan.ui.app import (
    BENCH_ENV,
    SHOWN_MARKER,
    AppController,
    create_application,
    last_plan_path,
)
from bakeryplan.ui.welcome import WelcomeWindow

TODAY = date(2026, 11, 27)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "Corner Bakery.bakeryplan"
    PlanRepository.create(path, Plan(business=Business("Corner Bakery"))).close()
    return path


@pytest.fixture
def controller(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    monkeypatch.setenv("BAKERYPLAN_TODAY", TODAY.isoformat())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app)
    yield controller
    for window in (controller.main_window, controller.welcome):
        if window is not None:
            window.close()
            window.deleteLater()
    controller.close_document()


def shown_plan(controller: AppController) -> str:
    window = controller.main_window
    assert window is not None and window.isVisible()
    return window.document.plan.business.name  # type: ignore[attr-defined]


def test_the_first_run_shows_the_welcome_window(controller: AppController) -> None:
    assert last_plan_path() is None
    controller.start(None)
    assert isinstance(controller.welcome, WelcomeWindow)
    assert controller.welcome.isVisible()
    assert controller.main_window is None


def test_a_later_run_reopens_the_last_plan(controller: AppController, plan_path: Path) -> None:
    settings.add_recent_file(plan_path)
    controller.start(None)
    assert controller.welcome is None
    assert shown_plan(controller) == "Corner Bakery"


def test_a_last_plan_that_is_gone_brings_the_welcome_back(
    controller: AppController, plan_path: Path
) -> None:
    settings.add_recent_file(plan_path)
    plan_path.unlink()
    controller.start(None)
    assert controller.welcome is not None and controller.main_window is None


def test_a_plan_named_on_the_command_line_wins(
    controller: AppController, plan_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "Other.bakeryplan"
    PlanRepository.create(other, Plan(business=Business("Other Shop"))).close()
    settings.add_recent_file(plan_path)
    controller.start(other)
    assert shown_plan(controller) == "Other Shop"


def test_trying_the_demo_from_the_welcome_opens_the_main_window(
    qtbot, controller: AppController
) -> None:
    controller.start(None)
    welcome = controller.welcome
    assert isinstance(welcome, WelcomeWindow)
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert shown_plan(controller) == "Sunrise Bakery"
    assert controller.welcome is None and not welcome.isVisible()


def test_the_application_is_named_after_the_app_id(qtbot) -> None:
    app = create_application()
    assert app.desktopFileName() == APP_ID
    assert app.applicationName() == APP_NAME


def test_the_window_shows_before_any_heavy_module_loads(plan_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{BENCH_ENV: "1"})
    result = subprocess.run(
        [sys.executable, "-m", "bakeryplan", str(plan_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (line,) = [ln for ln in result.stdout.splitlines() if ln.startswith(SHOWN_MARKER)]
    assert line.endswith("heavy=-"), line
