"""A plan open read-only says so above its tabs, in a sentence, not only in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from bakeryplan.text.translate import translate


def read_only_banner(parent: QWidget) -> QToolBar:
    """A fixed bar holding the sentence; hidden until ``show_read_only`` says otherwise."""
    bar = QToolBar(parent)
    bar.setObjectName("readOnlyBanner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # not a toolbar the owner can hide
    label = QLabel(
        translate(
            "MainWindow",
            "This plan is open read-only: you can look, print and export, but not change it.",
        ),
        bar,
    )
    label.setObjectName("readOnlyText")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setContentsMargins(8, 4, 8, 4)
    # Dark text on a pale amber: readable in the light and the dark theme alike.
    label.setStyleSheet("background: #fff4ce; color: #3d2e00; border-radius: 3px;")
    bar.addWidget(label)
    bar.setVisible(False)
    return bar
