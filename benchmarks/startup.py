"""How fast does BakeryPlan show its window, compared with a bare PySide6 window?

Starts ``python -m bakeryplan PLAN`` on the demo plan and a minimal QMainWindow script
alternately, each child printing a timestamp when its window is first exposed and quitting
(``BAKERYPLAN_BENCH_EXIT_ON_SHOW=1``). Prints the medians and their ratio; the target is
a ratio of at most 2.0, aiming for 1.6 (a window that only reads the plan through the
store and domain layers already takes about 1.4 to 1.5 times the bare one).

The app opens on the tab used last; ``--tab`` sets it (default goals: the tab with the most
to compute). ``--compiled`` lets every child use byte-code cached in a temporary
folder, as an installed app does, even when PYTHONDONTWRITEBYTECODE is set.

``--references`` also times three windows that show the demo plan's goals and nothing of
BakeryPlan's own: two with only a QTreeWidget, one reading the goals with plain sqlite3,
one through the plan's store and domain layers (open, load, status), as BakeryPlan must;
and a real window of the same kind over those layers (tabs, a tree view over an item model,
menus and a tool bar of actions with icons and shortcuts, Fusion's palette). PySide6 builds
a Qt class's Python enums the first time the class is used (the ``Qt`` namespace alone
takes 40-60 ms here), and the bare window uses few classes. The references tell how much
of the ratio is the data and its layers, how much the Qt classes any such window uses, and
how much is BakeryPlan's own window.

    python benchmarks/startup.py [--runs 7] [--check] [--tab goals] [--compiled] [--references]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bakeryplan.ui.app import BENCH_ENV, SHOWN_MARKER

TARGET_RATIO = 2.0
BENCH_TODAY = date(2026, 11, 27)


def window_script(data: str = "", content: str = "") -> str:
    """A script that runs ``data``, then shows a main window holding ``content``.

    It prints the time its window is first exposed and quits, as BakeryPlan does for the
    benchmark. ``content`` is code that fills ``window``.
    """
    return f"""
import sys, time
{data}
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Reporter(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            print("{SHOWN_MARKER}", f"{{time.time():.6f}}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
{content}
window.resize(1280, 800)
window.show()
reporter = Reporter()
window.windowHandle().installEventFilter(reporter)
sys.exit(app.exec())
"""


BARE_WINDOW = window_script(content='window.setWindowTitle("bare")')

# The reference windows' only content: a tree of the plan's goals (``rows``).
_GOALS_TREE = """
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
tree = QTreeWidget()
tree.setHeaderLabels(["Goal", "Owner", "Due", "Status"])
tree.addTopLevelItems([QTreeWidgetItem(row) for row in rows])
window.setCentralWidget(tree)
"""

RAW_SQLITE_WINDOW = window_script(
    data="""
import sqlite3
from pathlib import Path
uri = Path(sys.argv[1]).as_uri() + "?mode=ro"
connection = sqlite3.connect(uri, uri=True)
rows = [
    [title, owner or "", due or "", status]
    for title, owner, due, status in connection.execute(
        "SELECT g.title, p.name, g.due, g.status FROM goals g "
        "LEFT JOIN people p ON p.id = g.owner_id ORDER BY g.position"
    )
]
connection.close()
""",
    content=_GOALS_TREE,
)

LAYERED_WINDOW_DATA = f"""
from datetime import date
from pathlib import Path
from bakeryplan.domain.status import plan_status
from bakeryplan.store.repository import PlanRepository
with PlanRepository.open(Path(sys.argv[1]), back_up=False) as repository:
    status = plan_status(repository.load(), date.fromisoformat("{BENCH_TODAY.isoformat()}"))
rows = [
    [r.goal.title, r.owner.name if r.owner else "", str(r.goal.due or ""), r.health.value]
    for r in status.goals
]
"""
LAYERED_WINDOW = window_script(data=LAYERED_WINDOW_DATA, content=_GOALS_TREE)


# The least a real window of this kind shows: the same goals in a tree view over an item
# model inside tabs, a menu bar and a tool bar of actions with icons and shortcuts, a status
# bar, Fusion with its own palette. It touches the Qt types (and their enums, which PySide6
# builds on first use) that any such window touches, and nothing of BakeryPlan's own.
_REAL_WINDOW_CONTENT = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTabWidget, QTreeView
app.setStyle("Fusion")
app.setPalette(app.style().standardPalette())
model = QStandardItemModel(0, 4)
model.setHorizontalHeaderLabels(["Goal", "Owner", "Due", "Status"])
for row in rows:
    items = [QStandardItem(text) for text in row]
    items[0].setData(row, Qt.ItemDataRole.UserRole)
    items[0].setToolTip(row[0])
    model.appendRow(items)
tree = QTreeView()
tree.setModel(model)
tabs = QTabWidget()
tabs.setDocumentMode(True)
for name in ("This week", "Vision"):
    tabs.addTab(QLabel(name), name)
tabs.addTab(tree, "Goals")
for name in ("Progress chart", "Actuals", "People", "Feedback", "Reviews"):
    tabs.addTab(QLabel(name), name)
tabs.setCurrentWidget(tree)
file_menu = window.menuBar().addMenu("&File")
edit_menu = window.menuBar().addMenu("&Edit")
toolbar = window.addToolBar("Main")
toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
keys = QKeySequence.StandardKey
for text, icon, key in (
    ("&New plan", "document-new", keys.New),
    ("&Open plan", "document-open", keys.Open),
    ("&Print", "document-print", keys.Print),
    ("&Undo", "edit-undo", keys.Undo),
    ("&Redo", "edit-redo", keys.Redo),
):
    action = QAction(QIcon.fromTheme(icon), text, window)
    action.setShortcut(QKeySequence(key))
    (edit_menu if "do" in text else file_menu).addAction(action)
    toolbar.addAction(action)
window.statusBar().showMessage(sys.argv[1])
window.setCentralWidget(tabs)
"""

REAL_WINDOW = window_script(data=LAYERED_WINDOW_DATA, content=_REAL_WINDOW_CONTENT)


REFERENCES = {"raw": RAW_SQLITE_WINDOW, "layered": LAYERED_WINDOW, "real": REAL_WINDOW}
REFERENCE_LABELS = {
    "raw": "goals, plain sqlite3",
    "layered": "goals, store+domain",
    "real": "real window, store+domain",
}


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it reports its window exposed."""
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith(SHOWN_MARKER):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no window reported by {command}: {result.stderr[-2000:]}")


def make_demo_plan(folder: Path) -> Path:
    from bakeryplan.store.demo import demo_plan
    from bakeryplan.store.repository import PlanRepository

    path = folder / "Sunrise Bakery.bakeryplan"
    PlanRepository.create(path, demo_plan(BENCH_TODAY)).close()
    return path


def remember_tab(key: str) -> None:
    """Make ``key`` the tab used last, in the benchmark's own settings."""
    from bakeryplan.ui import settings

    settings.write(settings.CURRENT_TAB, key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (at least 5)")
    parser.add_argument("--check", action="store_true", help="exit 1 above the target ratio")
    parser.add_argument("--tab", default="goals", help="the tab shown: vision, goals, ...")
    parser.add_argument(
        "--compiled", action="store_true", help="cache byte-code for every child (as installed)"
    )
    parser.add_argument(
        "--references", action="store_true", help="also time the two minimal goal windows"
    )
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    with tempfile.TemporaryDirectory(prefix="bakeryplan-bench-") as temp:
        folder = Path(temp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update({BENCH_ENV: "1", "BAKERYPLAN_DATA_DIR": str(folder / "data")})
        env["BAKERYPLAN_TODAY"] = BENCH_TODAY.isoformat()
        os.environ["BAKERYPLAN_DATA_DIR"] = env["BAKERYPLAN_DATA_DIR"]
        if args.compiled:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        plan = make_demo_plan(folder)
        remember_tab(args.tab)
        commands = {
            "bare": [sys.executable, str(_script(folder, "bare_window", BARE_WINDOW))],
            "app": [sys.executable, "-m", "bakeryplan", str(plan)],
        }
        if args.references:
            for name, script in REFERENCES.items():
                commands[name] = [sys.executable, str(_script(folder, name, script)), str(plan)]
        for command in commands.values():  # warm the file cache (and byte-code) for each
            time_to_window(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(time_to_window(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["app"] / medians["bare"]
    print(f"runs each:                  {runs}  (tab {args.tab}, compiled: {args.compiled})")
    print(f"bare PySide6 window:        median {_ms(medians['bare'])}  {_list(times['bare'])}")
    print(f"BakeryPlan with plan:       median {_ms(medians['app'])}  {_list(times['app'])}")
    print(f"ratio:                      {ratio:.2f} (target <= {TARGET_RATIO})")
    if args.references:
        for name, label in REFERENCE_LABELS.items():
            print(
                f"{label + ':':<28}median {_ms(medians[name])}  ratio "
                f"{medians[name] / medians['bare']:.2f}  {_list(times[name])}"
            )
        own = medians["app"] / medians["real"]
        print(f"BakeryPlan / real window:   {own:.2f} (what BakeryPlan's own work adds)")
    return 1 if args.check and ratio > TARGET_RATIO else 0


def _script(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    return path


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _list(times: list[float]) -> str:
    return "[" + ", ".join(f"{t * 1000:.0f}" for t in times) + "]"


if __name__ == "__main__":
    sys.exit(main())
