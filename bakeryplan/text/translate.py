"""The one entry point for the interface's words: ``translate(context, text)``.

It is Qt's translator with Qt's own signature (``QCoreApplication.translate``), so a
translation file installed later changes every word at once, in the window and on the
command line alike; with no translator installed it returns the English text as written.
Only QtCore is used, never QtWidgets: the headless commands load QtCore anyway (the plan's
lock file is a QLockFile), so this costs them nothing.

The name is ``translate``, with the context as its first argument, because that is the call
``pyside6-lupdate`` collects with its context (a bare ``tr("a", "b")`` would be read as a
text "a" with the comment "b").
"""

from __future__ import annotations


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language; ``n`` chooses a plural form once translated."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)
