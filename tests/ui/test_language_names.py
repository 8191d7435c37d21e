"""Business details name the plan's language and country, never a code like en_GB."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from bakeryplan.domain.model import Business
from bakeryplan.ui import dialogs
from bakeryplan.ui.widgets import record_forms as forms

CODE = re.compile(r"\b[a-z]{2,3}_[A-Z]{2}\b")


def test_languages_are_named_not_coded(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def look(form) -> int:
        combo = form.widget("locale")
        assert isinstance(combo, QComboBox)
        shown.extend(combo.itemText(i) for i in range(combo.count()))
        shown.append(combo.currentText())
        shown.append(form._layout.labelForField(combo).text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", look)
    forms.ask_business(None, Business("Corner Bakery", locale="en_GB"))
    assert "English (United Kingdom)" in shown
    assert shown[-2] == "English (United Kingdom)"
    assert [text for text in shown if CODE.search(text)] == []


def test_a_named_language_is_saved_as_its_code(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    def pick_german(form) -> int:
        combo = form.widget("locale")
        combo.setCurrentIndex(combo.findText("Deutsch (Deutschland)"))
        form.accept()
        return form.result()

    monkeypatch.setattr(dialogs, "exec_dialog", pick_german)
    edited = forms.ask_business(None, Business("Corner Bakery", locale="en_GB"))
    assert edited is not None and edited.locale == "de_DE"
