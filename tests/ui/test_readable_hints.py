"""Hints and examples are readable: at least 4.5:1 against the window and the fields."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from bakeryplan.ui import theme
from tests.ui.contrast import contrast


@pytest.mark.parametrize("dark", [False, True])
def test_hint_colour_has_at_least_4_5_to_1_contrast(qapp, dark: bool) -> None:
    theme.apply_theme(qapp, dark=dark)
    try:
        colours = qapp.palette()
        role = QPalette.ColorRole
        hint = colours.color(QPalette.ColorGroup.Active, role.PlaceholderText)
        assert hint.alpha() == 255, "an opaque hint reads the same on every background"
        for background in (role.Window, role.Base, role.AlternateBase):
            ratio = contrast(hint, colours.color(QPalette.ColorGroup.Active, background))
            assert ratio >= 4.5, f"{background.name}: {ratio:.2f}:1"
    finally:
        theme.apply_theme(qapp, dark=False)


@pytest.mark.parametrize("dark", [False, True])
def test_the_actuals_hint_is_drawn_readable(window, qapp, dark: bool) -> None:
    from tests.ui.contrast import best_contrast

    theme.apply_theme(qapp, dark=dark)
    try:
        panel = window.panels["actuals"]
        window.tabs.setCurrentWidget(panel)
        hint = panel.hint
        assert hint.isEnabled(), "a disabled label is drawn in the disabled grey"
        image = hint.grab().toImage()
        background = hint.palette().color(hint.backgroundRole())
        assert best_contrast(image, background) >= 4.5
    finally:
        theme.apply_theme(qapp, dark=False)
