"""Longer words fit: the window in German and Polish at 1366 x 768 cuts no label short.

German and Polish words are often half as long again as English ones. Each tab of the
window is shown at the size of the smallest common laptop screen (less the task bar), and
every button, check box, radio button and one-line label must be as wide as its text needs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from bakeryplan.ui.interface_language import install_interface_language

SCREEN = (1366, 728)  # 768 less a 40-pixel task bar


@pytest.fixture
def speaking(qapp, request) -> Iterator[str]:
    install_interface_language(qapp, request.param)
    yield request.param
    install_interface_language(qapp, "en")


def cut_short(root: QWidget) -> list[str]:
    """The visible one-line texts narrower than their text."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if not isinstance(widget, QAbstractButton | QLabel):
            continue
        text = widget.text()
        if text and widget.width() < widget.minimumSizeHint().width():
            cut.append(f"{type(widget).__name__} {text!r}: {widget.width()} px")
    return cut


@pytest.mark.parametrize("speaking", ["de", "pl"], indirect=True)
def test_every_tab_fits_a_small_laptop_screen(speaking: str, document, qtbot) -> None:
    from bakeryplan.ui.main_window import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]
    problems = []
    for key in list(window.panels):
        panel = window.show_panel(key)
        qtbot.wait(10)
        assert window.width() <= SCREEN[0], f"{key} widens the window"
        problems += [f"{key}: {text}" for text in cut_short(panel or window)]
    problems += [f"toolbar: {text}" for text in cut_short(window.toolbar)]
    assert problems == []
