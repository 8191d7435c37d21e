"""A QGuiApplication and fonts for painting reports, even on a machine with no screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from bakeryplan.reports import qt_runtime


def test_reuses_the_running_application(qapp: QCoreApplication) -> None:
    assert qt_runtime.ensure_gui_app() is qapp
    assert isinstance(qt_runtime.ensure_gui_app(), QGuiApplication)


def test_headless_process_gets_an_offscreen_application(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    code = (
        "import sys\n"
        "from bakeryplan.reports.fonts import ensure_fonts\n"
        "from bakeryplan.reports.qt_runtime import ensure_gui_app\n"
        "app = ensure_gui_app()\n"
        "print(app.platformName(), ensure_fonts())\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    platform, _, family = result.stdout.strip().partition(" ")
    if sys.platform.startswith("linux"):
        assert platform == "offscreen"
    assert family


def test_many_qt_calls_do_not_wear_out_none() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on each call returning nothing
    and aborts with "none_dealloc"; pyproject.toml keeps below it. This proves the pin."""
    code = (
        "from PySide6.QtCore import QPointF\n"
        "from bakeryplan.reports.qt_runtime import ensure_gui_app\n"
        "ensure_gui_app()\n"
        "point = QPointF()\n"
        "for _ in range(50_000):\n"
        "    point.setX(1.0)\n"
        "print('done')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout.strip()) == (0, "done"), result.stderr[-500:]
