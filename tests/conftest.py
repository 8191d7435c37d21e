"""Test set-up shared by every test: offscreen Qt and an isolated data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window and the command line speak the system's language: English for the tests,
# whatever this machine's LANG (a German plan's printouts still speak German).
os.environ["LANGUAGE"] = "en"

pytest_plugins = ["tests.full_disk", "tests.read_only_disk"]  # fixtures for every folder


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep backups, settings and recent files of every test out of the user's folders."""
    data = tmp_path_factory.mktemp("bakeryplan-data")
    monkeypatch.setenv("BAKERYPLAN_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True, scope="session")
def widget_application(qapp: object) -> object:
    """Make the widgets' QApplication first, so no report code makes a bare QGuiApplication
    that would leave later widget tests without one."""
    return qapp
