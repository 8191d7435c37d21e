"""The dialog functions, typed settings, the theme and the form/parsing helpers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QMessageBox

from bakeryplan.domain.health import Health
from bakeryplan.ui import dialogs, settings, theme
from bakeryplan.ui.widgets.form_dialog import FormDialog
from bakeryplan.ui.widgets.parsing import parse_date, parse_number

pytestmark = pytest.mark.usefixtures("no_windows_left")


def test_message_boxes_are_plain_text(qapp, monkeypatch) -> None:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialogs.confirm(None, "Delete", "<b>Delete</b> it?") is True
    dialogs.show_error(None, "Oops", "<img src=x>")
    dialogs.show_info(None, "Note", "a & b")
    assert [box.textFormat() for box in shown] == [Qt.TextFormat.PlainText] * 3
    assert shown[0].text() == "<b>Delete</b> it?"
    assert shown[0].defaultButton() is shown[0].button(QMessageBox.StandardButton.No)


def test_choose_returns_the_row_picked_even_among_equal_texts(qtbot, monkeypatch) -> None:
    def pick_third(dialog: QDialog) -> int:
        labels = [label.textFormat() for label in dialog.findChildren(QLabel)]
        assert labels and all(f == Qt.TextFormat.PlainText for f in labels)
        rows = dialog.findChild(QListWidget)
        dialog.show()
        qtbot.keyClick(rows, Qt.Key.Key_Down)
        qtbot.keyClick(rows, Qt.Key.Key_Down)
        qtbot.keyClick(rows, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", pick_third)
    assert dialogs.choose(None, "Pick", "<i>Which?</i>", ["<b>same</b>"] * 3) == 2
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert dialogs.choose(None, "Pick", "Which?", ["one"]) is None
    assert dialogs.choose(None, "Pick", "Which?", []) is None


def test_settings_are_typed_and_isolated(qapp, isolated_data_dir: Path) -> None:
    assert settings.read(settings.PAGE_SIZE) == "a4"
    settings.write(settings.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    assert settings.read(settings.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")
    settings.write(settings.CURRENT_TAB, "people")
    assert settings.value("window/tab") == "people"
    assert (isolated_data_dir / "settings.ini").is_file()
    with pytest.raises(ValueError):
        settings.value("not/declared")


def test_recent_files_most_recent_first_at_most_eight(qapp, tmp_path: Path) -> None:
    paths = [tmp_path / f"plan {i}, with comma.bakeryplan" for i in range(10)]
    for path in paths:
        settings.add_recent_file(path)
    settings.add_recent_file(paths[3])
    recent = settings.recent_files()
    assert len(recent) == settings.MAX_RECENT_FILES
    assert recent[0] == paths[3].resolve() and recent[1] == paths[9].resolve()
    assert settings.read(settings.LAST_PLAN_PATH) == str(paths[3].resolve())
    settings.remove_recent_file(paths[3])
    assert paths[3].resolve() not in settings.recent_files()


def test_theme_dark_and_light(qapp) -> None:
    app = QApplication.instance()
    theme.apply_theme(app, dark=True)
    try:
        assert theme.is_dark()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert app.style().objectName().lower() in ("fusion", "") or app.style() is not None
    finally:
        theme.apply_theme(app, dark=False)
    assert not theme.is_dark()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    for health in Health:
        light, dark = theme.health_colour(health, False), theme.health_colour(health, True)
        assert light != dark
        assert not theme.health_icon(health).isNull()
        assert theme.health_text(health) == health.label
    # a distinct shape per health, so the light reads without colour
    shapes = {_alpha(theme.health_icon(h)) for h in Health}
    assert len(shapes) == len(Health)


def test_form_refuses_missing_and_bad_values(qapp) -> None:
    form = FormDialog("Test")
    form.add_text("name", "&Name", required=True)
    form.add_number("amount", "&Amount", None)
    form.add_date("due", "&Due", None)
    form.accept()
    assert form.result() == 0 and "Name" in form.problem()
    form.set_text("name", "Bread")
    form.set_text("amount", "twelve")
    assert "Amount" in form.problem()
    form.set_text("amount", "1.234,5")
    form.set_date("due", date(2027, 1, 31))
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.values() == {"name": "Bread", "amount": 1234.5, "due": date(2027, 1, 31)}
    form.set_date("due", None)
    assert form.values()["due"] is None


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [
        ("6,900", ".", 6900.0),
        ("6,900", ",", 6.9),
        ("12,5", ".", 12.5),
        ("1.234,50", ".", 1234.5),
        ("1 234,5", ",", 1234.5),
        ("\u22123", ".", -3.0),
    ],
)
def test_parse_number(text: str, mark: str, value: float) -> None:
    assert parse_number(text, mark) == value


def test_parse_number_and_date_refuse_nonsense() -> None:
    for bad in ("", "abc", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_number(bad)
    assert parse_date("2026-11-27") == parse_date("27/11/2026") == date(2026, 11, 27)
    with pytest.raises(ValueError):
        parse_date("31/02/2026")


def _alpha(icon) -> bytes:
    from PySide6.QtGui import QImage

    image = icon.pixmap(14, 14).toImage().convertToFormat(QImage.Format.Format_Alpha8)
    return bytes(image.constBits())


@pytest.mark.parametrize(("press", "expected"), [("action", True), ("cancel", False)])
def test_ask_offers_its_action_by_default_and_cancel(
    qtbot, monkeypatch, press: str, expected: bool
) -> None:
    def answer(box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert box.defaultButton().text() == "Open <b>read-only</b>"
        box.show()
        if press == "action":
            qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: the action
        else:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert dialogs.ask(None, "Plan in use", "<i>In use</i>", "Open <b>read-only</b>") is expected
