"""The main window: tabs, title, status bar, menus, the toolbar, drops and settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from bakeryplan.editing.document import PlanDocument
from bakeryplan.store.repository import PlanRepository
from bakeryplan.ui import settings
from bakeryplan.ui.main_window import MainWindow, window_title
from tests.ui.conftest import DEMO_TODAY, plan_on_disk

pytestmark = pytest.mark.usefixtures("no_windows_left")


def _menu_actions(window: MainWindow) -> dict[str, object]:
    found = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            found[action.text().replace("&", "")] = action
    return found


def test_tabs_title_and_status_bar(window: MainWindow, plan_path: Path) -> None:
    labels = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    expected = ["This week", "Vision", "Goals", "Actuals", "People", "Feedback", "Reviews"]
    assert [label for label in labels if label != "Progress chart"] == expected
    assert window.windowTitle() == "Sunrise Bakery — BakeryPlan"
    assert window.path_label.text() == str(plan_path)
    assert window.mode_label.text() == ""
    assert window.read_only_banner.isHidden(), "a writable plan shows no read-only banner"


def test_menus_have_the_promised_actions(window: MainWindow) -> None:
    actions = _menu_actions(window)
    for text in (
        "New plan…",
        "Open…",
        "Open recent",
        "Restore from backup…",
        "Export chart…",
        "Export progress pack…",
        "Print one-page plan…",
        "Export one-page plan as PDF…",
        "Close",
        "Quit",
        "Write vision with wizard…",
        "New goal with wizard…",
        "Add goal…",
        "Add goal in one form…",
        "Add person…",
        "Add feedback…",
        "Add review…",
        "About BakeryPlan",
        "How BakeryPlan works",
    ):
        assert text in actions, text
    assert actions["Quit"].shortcut() == QKeySequence("Ctrl+Q")
    undo = next(a for a in actions.values() if a.text().startswith("&Undo"))
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_ctrl_number_switches_tabs(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 4
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.panels["home"]


def test_reviews_tab_follows_feedback_and_the_plan_menu_adds_one(
    window: MainWindow, plan_path: Path, qtbot, monkeypatch
) -> None:
    from bakeryplan.ui import dialogs
    from tests.ui.conftest import fill_form

    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    reviews = window.panels["reviews"]
    assert window.tabs.currentWidget() is reviews
    assert window.tabs.indexOf(reviews) == window.tabs.indexOf(window.panels["feedback"]) + 1
    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"notes": "Menu review"}))
    window.tabs.setCurrentIndex(0)
    _menu_actions(window)["Add review…"].trigger()
    assert window.tabs.currentWidget() is reviews
    assert any(r.notes == "Menu review" for r in plan_on_disk(plan_path).reviews)


def test_undo_and_redo_from_the_keyboard(
    window: MainWindow,
    plan_path: Path,
    qtbot,
    monkeypatch,
) -> None:

    people = window.panels["people"]
    window.tabs.setCurrentWidget(people)
    person = window.document.plan.people[0]
    people.select("person", person.id)
    qtbot.mouseClick(people.active_button, Qt.MouseButton.LeftButton)
    assert not plan_on_disk(plan_path).person(person.id).active
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert plan_on_disk(plan_path).person(person.id).active
    qtbot.keySequence(window, QKeySequence.StandardKey.Redo)
    assert not plan_on_disk(plan_path).person(person.id).active


def test_user_html_shows_literally(window: MainWindow, qtbot) -> None:
    from dataclasses import replace
    from datetime import datetime

    from bakeryplan.domain.model import VisionRevision
    from bakeryplan.editing import commands

    document = window.document
    html_title = "<b>x</b>"
    goal = document.plan.goals[0]
    assert document.push(commands.EditGoal(document, replace(goal, title=html_title)))
    assert document.push(
        commands.SetBusiness(document, replace(document.plan.business, name="<img src=x> & Co"))
    )
    assert document.push(
        commands.AddVisionRevision(
            document, VisionRevision(text=html_title, created=datetime(2026, 11, 27, 9))
        )
    )
    assert window.windowTitle() == "<img src=x> & Co — BakeryPlan"
    goals = window.panels["goals"]
    assert goals.select("goal", goal.id)
    assert goals.current_item().text() == html_title
    statement = window.panels["vision"].statement
    assert statement.text() == html_title
    assert statement.textFormat() == Qt.TextFormat.PlainText
    window.tabs.setCurrentWidget(window.panels["vision"])
    qtbot.wait(10)
    # Shown literally, the label is as wide as the eight characters, not one bold "x".
    literal = statement.fontMetrics().horizontalAdvance(html_title)
    assert statement.sizeHint().width() >= literal
    picture = statement.grab().toImage()
    assert not picture.isNull()


def test_read_only_document_refuses_edits_and_says_so(
    plan_path: Path,
    qtbot,
    no_dialogs,
) -> None:
    document = PlanDocument(
        PlanRepository.open(plan_path, read_only=True), today=lambda: DEMO_TODAY
    )
    main = MainWindow(document)
    qtbot.addWidget(main)
    try:
        assert main.mode_label.text() == "Read-only"
        assert not main.read_only_banner.isHidden()
        assert "read-only" in main.read_only_banner.findChild(QLabel, "readOnlyText").text()
        assert "read-only" in main.windowTitle()
        goals = main.panels["goals"]
        assert not goals.add_goal_button.isEnabled()
        step = document.plan.steps[0]
        assert goals.select("step", step.id)
        assert not goals.current_item().flags() & Qt.ItemFlag.ItemIsUserCheckable
        actuals = main.panels["actuals"]
        assert not actuals.model.flags(actuals.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
        measure = document.plan.measure(actuals.current_measure_id())
        assert actuals.model.rowCount() == len(document.plan.actuals_of(measure.id)), "no new row"
        assert actuals.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        assert "Type in" not in actuals.hint.text() and "read-only" in actuals.hint.text()
        assert not actuals.import_button.isEnabled()
        for key in ("people", "feedback", "reviews"):
            assert not main.panels[key].add_button.isEnabled()
        assert not main.panels["vision"].revise_button.isEnabled()
        main.panels["people"].toggle_active()  # nothing selected: nothing happens
        from bakeryplan.domain.model import Person
        from bakeryplan.editing import commands

        assert not document.push(commands.AddPerson(document, Person(name="Nope")))
        assert no_dialogs["show_error"], "the refusal is shown to the user"
        assert "read-only" in no_dialogs["show_error"][0][1]
    finally:
        main.close()
    assert all(p.name != "Nope" for p in plan_on_disk(plan_path).people)


def test_dropping_a_plan_file_opens_it(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.ui import opening

    other = tmp_path / "other.bakeryplan"
    PlanRepository.create(other, demo_plan(DEMO_TODAY)).close()
    opened: list[Path] = []

    def fake_open(parent, path):
        opened.append(path)
        return PlanDocument(PlanRepository.open(path), today=lambda: DEMO_TODAY)

    monkeypatch.setattr(opening, "open_plan_interactive", fake_open)
    old = window.document
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert opened == [other]
    assert window.document.path == other
    assert old.is_closed
    assert settings.recent_files()[0] == other.resolve()


def test_geometry_tab_and_recent_files_persist(
    document: PlanDocument, plan_path: Path, qtbot
) -> None:
    first = MainWindow(document)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(780, 500)  # the offscreen screen is 800 x 600
    size = first.size()
    first.tabs.setCurrentIndex(3)
    first.close()
    assert document.is_closed
    assert settings.recent_files()[0] == plan_path.resolve()
    assert not settings.read(settings.WINDOW_GEOMETRY).isEmpty()

    second = MainWindow(PlanDocument(PlanRepository.open(plan_path), today=lambda: DEMO_TODAY))
    qtbot.addWidget(second)
    try:
        assert second.height() == size.height()  # widths are clamped to the 800 px screen
        assert second.tabs.currentIndex() == 3
    finally:
        second.close()


def test_business_details_from_the_plan_menu(
    window: MainWindow,
    plan_path: Path,
    monkeypatch,
) -> None:
    from bakeryplan.ui import dialogs
    from tests.ui.conftest import fill_form

    monkeypatch.setattr(dialogs, "exec_dialog", fill_form({"name": "Moonrise", "currency": "gbp"}))
    _menu_actions(window)["Business details…"].trigger()
    business = plan_on_disk(plan_path).business
    assert (business.name, business.currency) == ("Moonrise", "GBP")
    assert window.windowTitle() == "Moonrise — BakeryPlan"


def test_goal_form_makes_a_sub_goal(window: MainWindow, plan_path: Path, monkeypatch) -> None:
    from bakeryplan.ui import dialogs
    from tests.ui.conftest import fill_form

    parent = window.document.plan.goals[0]
    monkeypatch.setattr(
        dialogs, "exec_dialog", fill_form({"title": "Part one", "parent_id": ("choice", parent.id)})
    )
    _menu_actions(window)["Add goal in one form…"].trigger()
    sub = next(g for g in plan_on_disk(plan_path).goals if g.title == "Part one")
    assert sub.parent_id == parent.id
    assert window.panels["goals"].selected() == ("goal", sub.id)


def test_window_title_escapes_the_modified_placeholder() -> None:
    assert window_title("Bake [*] Co", read_only=False) == "Bake [*][*] Co — BakeryPlan"
    assert window_title("", read_only=True).startswith("BakeryPlan (read-only)")


def test_close_action_closes_window_and_file(window: MainWindow, plan_path: Path) -> None:
    _menu_actions(window)["Close"].trigger()
    assert not window.isVisible()
    assert window.document.is_closed
    # the lock is gone: the file opens read-write again
    PlanRepository.open(plan_path).close()
    QApplication.processEvents()


def test_status_bar_shows_the_plan_path_from_home(monkeypatch: pytest.MonkeyPatch) -> None:
    from bakeryplan.ui.main_window import display_path

    monkeypatch.setenv("HOME", "/home/maria")
    assert display_path(Path("/home/maria/Documents/BakeryPlan/x.bakeryplan")) == (
        "~/Documents/BakeryPlan/x.bakeryplan"
    )
    assert display_path(Path("/srv/plans/x.bakeryplan")) == "/srv/plans/x.bakeryplan"


@pytest.mark.parametrize(
    "modifiers",
    [
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        Qt.KeyboardModifier.ControlModifier,
    ],
    ids=["ctrl+shift+z", "ctrl+y"],
)
def test_ctrl_shift_z_and_ctrl_y_both_redo(
    window: MainWindow, plan_path: Path, qtbot, modifiers: Qt.KeyboardModifier
) -> None:
    key = Qt.Key.Key_Z if modifiers & Qt.KeyboardModifier.ShiftModifier else Qt.Key.Key_Y
    people = window.panels["people"]
    window.tabs.setCurrentWidget(people)
    person = window.document.plan.people[0]
    people.select("person", person.id)
    qtbot.mouseClick(people.active_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan_on_disk(plan_path).person(person.id).active
    qtbot.keyClick(window, key, modifiers)
    assert not plan_on_disk(plan_path).person(person.id).active


def test_the_window_holds_its_menus_and_tasks_as_parts(window: MainWindow) -> None:
    """Composed, not mixed in: the menus' actions belong to ``window.menus``, their work to
    ``window.tasks``, and Undo/Redo follow the open document's stack."""
    from PySide6.QtWidgets import QMainWindow

    from bakeryplan.ui.menu_tasks import MenuTasks
    from bakeryplan.ui.window_menus import WindowMenus

    assert MainWindow.__bases__ == (QMainWindow,)
    assert isinstance(window.menus, WindowMenus) and isinstance(window.tasks, MenuTasks)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "Plan", "Help"]
    document = window.document
    assert document is not None and window.menus.undo_action is not None
    assert window.menus.undo_action in window.menus.edit_menu.actions()
    assert not window.menus.undo_action.isEnabled()
    from bakeryplan.domain.model import Person
    from bakeryplan.editing import commands

    assert document.push(commands.AddPerson(document, Person(name="Noor")))
    assert window.menus.undo_action.isEnabled()
    window.menus.undo_action.trigger()
    assert all(p.name != "Noor" for p in document.plan.people)
