"""One font rule for the window and the printouts: the shipped font only on a bare machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from bakeryplan.reports import fonts
from bakeryplan.resource_files import BUNDLED_FONT_FILES, resource_path


def test_the_shipped_font_and_its_licence_are_there() -> None:
    for name in BUNDLED_FONT_FILES:
        assert resource_path(name).stat().st_size > 100_000
    assert resource_path("fonts/LICENSE-DejaVu.txt").is_file()


def test_registering_the_shipped_font_gives_dejavu(qapp: QCoreApplication) -> None:
    assert fonts.REPORT_FONT_FAMILY in fonts.register_bundled_fonts()


class _FontDatabase:
    """Stands in for a machine's fonts: ``system_families``, plus DejaVu once it is added."""

    def __init__(self, system_families: tuple[str, ...] = ()) -> None:
        self.system_families = list(system_families)
        self.added: list[str] = []

    def families(self) -> list[str]:
        return self.system_families + (["DejaVu Sans"] if self.added else [])

    def addApplicationFont(self, path: str) -> int:
        self.added.append(path)
        return len(self.added) - 1

    def applicationFontFamilies(self, font_id: int) -> list[str]:
        return ["DejaVu Sans"]


def test_a_machine_with_only_generic_aliases_gets_the_shipped_font(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _FontDatabase(("Sans Serif", "Monospace"))
    monkeypatch.setattr(fonts, "QFontDatabase", fake)
    monkeypatch.setattr(fonts.QGuiApplication, "setFont", lambda font: None)
    assert fonts.ensure_fonts() == "DejaVu Sans"
    assert [Path(p).name for p in fake.added] == ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
    assert fonts.ensure_fonts() == "DejaVu Sans"
    assert len(fake.added) == 2  # registered once


def test_system_fonts_are_left_alone(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _FontDatabase(("Liberation Sans", "Noto Sans"))
    monkeypatch.setattr(fonts, "QFontDatabase", fake)
    assert fonts.ensure_fonts() == fonts.QGuiApplication.font().family()
    assert fake.added == []


FONT_PROBE = """
from PySide6.QtWidgets import QApplication
from bakeryplan.reports.fonts import ensure_fonts, has_usable_font
app = QApplication([])
print("before", has_usable_font())
print("reports", ensure_fonts())
print("window", app.font().family())
"""


def test_a_machine_without_fonts_gets_the_shipped_font(tmp_path: Path) -> None:
    """The window's widgets and the printouts draw with DejaVu Sans where nothing else is."""
    config = tmp_path / "no-fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(config))
    result = subprocess.run(
        [sys.executable, "-c", FONT_PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "before False",
        "reports DejaVu Sans",
        "window DejaVu Sans",
    ]
