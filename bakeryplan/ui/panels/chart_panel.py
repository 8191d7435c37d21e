"""The live planned-versus-actual chart tab.

Import is cheap: matplotlib (and the chart module) load the first time a chart is drawn, so
the window appears before any plotting code is read. A burst of edits (an import, a macro,
undo of many rows) redraws once: a change notice only arms a zero-delay single-shot timer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.editing.change_notice import ChangeKind, ChangeNotice
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.domain.model import Plan
    from bakeryplan.reports.chart import BurnupChart, MeasureChart

#: A chart subject: ("measure", measure id) or ("goal", goal id) for a goal's step burn-up.
Subject = tuple[str, int]
_Index = QModelIndex | QPersistentModelIndex


def subjects_of(plan: Plan) -> list[tuple[Subject, str]]:
    """Every chartable thing in plan order, with the words shown in the picker."""
    items: list[tuple[Subject, str]] = []
    for goal in plan.goals:
        for measure in plan.measures_of(goal.id):
            items.append((("measure", measure.id), f"{goal.title} — {measure.name}"))
        if plan.steps_of(goal.id):
            items.append(
                (
                    ("goal", goal.id),
                    translate("ChartPanel", "{goal} — steps").format(goal=goal.title),
                )
            )
    return items


class ChartTableModel(QAbstractTableModel):
    """The chart's numbers as rows, for people who prefer (or need) a table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: Sequence[tuple[str, ...]] = []
        self._text: tuple[int, ...] = (0,)

    def set_rows(
        self, headers: list[str], rows: Sequence[tuple[str, ...]], text: tuple[int, ...] = (0,)
    ) -> None:
        """``text``: the columns of words (left-aligned); the others are numbers."""
        self.beginResetModel()
        self._headers, self._rows, self._text = headers, rows, text
        self.endResetModel()

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in self._text:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class ChartPanel(QWidget):
    """Pick a measure (or a goal's steps) and watch its chart follow every edit."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.subject: Subject | None = None
        self.chart: MeasureChart | BurnupChart | None = None
        self.canvas: Any = None
        self._background: Any = None
        self.redraw_count = 0
        self._dirty = True
        self._dark: bool | None = None

        self.picker = QComboBox(self)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(30)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picker.setAccessibleName(translate("ChartPanel", "Chart of"))
        self.picker_label = QLabel(translate("ChartPanel", "Chart &of:"), self)
        self.picker_label.setBuddy(self.picker)
        # Alt+T switches both ways; Alt+F, E, P and H are the window's menus.
        self.table_button = QPushButton(translate("ChartPanel", "Show as &table"), self)
        self.table_button.setCheckable(True)
        self.export_button = QPushButton(translate("ChartPanel", "E&xport chart…"), self)
        # Only for a plan drawn from last year: its entries as a faint line behind the plan.
        self.last_year_box = QCheckBox(translate("ChartPanel", "&Last year"), self)
        self.last_year_box.setToolTip(
            translate("ChartPanel", "Draw last year's entries behind the plan drawn from them")
        )
        self.last_year_box.hide()
        self.hover_label = QLabel(self)
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_label = QLabel(self)
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_label.setWordWrap(True)
        self.empty_label = QLabel(
            translate("ChartPanel", "Add a goal with a measure to see its chart."), self
        )
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # The table view: the periods as charted, and below them the entries they count.
        self.table_model = ChartTableModel(self)
        self.table = self._table_view(self.table_model, translate("ChartPanel", "Chart as a table"))
        self.entries_model = ChartTableModel(self)
        self.entries_table = self._table_view(
            self.entries_model, translate("ChartPanel", "Entries")
        )
        self.periods_label = QLabel(translate("ChartPanel", "Periods"), self)
        self.entries_label = QLabel(translate("ChartPanel", "Entries"), self)
        self.table_page = QSplitter(Qt.Orientation.Vertical, self)
        boxes: list[QWidget] = []
        for label, view in (
            (self.periods_label, self.table),
            (self.entries_label, self.entries_table),
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            box = QWidget(self.table_page)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(label)
            box_layout.addWidget(view, 1)
            self.table_page.addWidget(box)
            boxes.append(box)
        self.entries_box = boxes[1]
        self.stack = QStackedWidget(self)
        self.chart_page = QWidget(self.stack)
        self.chart_layout = QVBoxLayout(self.chart_page)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_layout.addWidget(self.empty_label)
        self.stack.addWidget(self.chart_page)
        self.stack.addWidget(self.table_page)

        top = QHBoxLayout()
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 1)
        top.addWidget(self.last_year_box)
        top.addWidget(self.table_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.hover_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        document.plan_changed.connect(self._plan_changed)
        self.picker.currentIndexChanged.connect(self._on_pick)
        self.table_button.toggled.connect(self._on_table_toggled)
        self.last_year_box.toggled.connect(lambda _checked: self.schedule_refresh())
        self.export_button.clicked.connect(self._on_export)
        self._fill_picker()
        from bakeryplan.ui.panels.empty_states import chart_cover  # while nothing to chart

        self.empty_state = chart_cover(self, self)

    def _table_view(self, model: ChartTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)
        header.setStretchLastSection(True)
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        return view

    # -- following the document -------------------------------------------------------------

    def schedule_refresh(self) -> None:
        """Coalesce a burst of change notices into one redraw."""
        self._dirty = True
        self._timer.start()

    def _plan_changed(self, notice: ChangeNotice) -> None:
        """Redraw for a change of what is charted (the measure, its goal and entries; the
        goal and steps of a burn-up; the business); other edits leave the chart be."""
        before = self.subject
        if notice.touches(ChangeKind.GOAL, ChangeKind.MEASURE, ChangeKind.STEP):
            self._fill_picker()  # names, and another subject when the charted one is gone
        if self.subject != before or self._charts(notice, before):
            self.schedule_refresh()

    def _charts(self, notice: ChangeNotice, subject: Subject | None) -> bool:
        """Whether ``notice`` changes what the chart of ``subject`` shows."""
        if subject is None:
            return notice.touches(ChangeKind.GOAL, ChangeKind.MEASURE, ChangeKind.STEP)
        if notice.touches(ChangeKind.BUSINESS):
            return True
        kind, item_id = subject
        if kind != "measure":  # a goal's step burn-up
            return item_id in notice.ids_of(ChangeKind.GOAL) or notice.touches(ChangeKind.STEP)
        document = self.document
        measure = document.plan.measure(item_id) or document.previous_plan.measure(item_id)
        if item_id in notice.ids_of(ChangeKind.MEASURE):
            return True
        if measure is not None and measure.goal_id in notice.ids_of(ChangeKind.GOAL):
            return True  # its title is the chart's subtitle
        entries = notice.ids_of(ChangeKind.ACTUAL)
        return bool(entries) and item_id in document.measures_of_actuals(entries)

    def refresh(self) -> None:
        """Redraw now (when visible; a hidden panel redraws when it is shown)."""
        self._fill_picker()
        if not self.isVisible():
            return
        self._dirty = False
        self._draw()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.schedule_refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.chart is not None:
            self.schedule_refresh()

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _fill_picker(self) -> None:
        items = subjects_of(self.document.plan)
        current = [
            (self.picker.itemData(i), self.picker.itemText(i)) for i in range(self.picker.count())
        ]
        if current != items:
            self.picker.blockSignals(True)
            self.picker.clear()
            for subject, text in items:
                self.picker.addItem(text, subject)
            keys = [s for s, _ in items]
            if self.subject not in keys:
                self.subject = keys[0] if keys else None
            if self.subject is not None:
                self.picker.setCurrentIndex(keys.index(self.subject))
            self.picker.blockSignals(False)
        self.export_button.setEnabled(self.subject is not None and self.subject[0] == "measure")

    def _on_pick(self, index: int) -> None:
        data = self.picker.itemData(index)
        self.subject = tuple(data) if data else None
        self.export_button.setEnabled(self.subject is not None and self.subject[0] == "measure")
        self.schedule_refresh()

    def select(self, subject: Subject) -> None:
        """Show the chart of a measure or of a goal's steps."""
        for i in range(self.picker.count()):
            if tuple(self.picker.itemData(i)) == subject:
                self.picker.setCurrentIndex(i)
                return
        raise ValueError(f"Nothing to chart for {subject!r}")

    # -- drawing ----------------------------------------------------------------------------

    def _draw(self) -> None:
        plan, subject = self.document.plan, self.subject
        charted = subject is not None and self._exists(plan, subject)
        # Nothing to show as a table or to export: say what to do instead of a blank box.
        if not charted:
            self.table_button.setChecked(False)
        self.table_button.setEnabled(charted)
        self.export_button.setEnabled(charted)
        if subject is None or not charted:
            self.last_year_box.hide()
            self.empty_label.show()
            self.caption_label.clear()
            if self.canvas is not None:
                self.canvas.hide()
            self.table_model.set_rows([], [])
            self.entries_model.set_rows([], [])
            return
        from bakeryplan.reports import chart as charts
        from bakeryplan.reports.chart_series import burnup_chart_data, measure_chart_data

        on: date = self.document.today()
        self._ensure_canvas()
        kind = charts.MeasureChart if subject[0] == "measure" else charts.BurnupChart
        chart = self.chart
        if chart is None or type(chart) is not kind or self._dark != self.is_dark():
            chart = self._new_chart(kind)
        measure = plan.measure(subject[1]) if subject[0] == "measure" else None
        derived = measure is not None and measure.planned_from is not None
        self.last_year_box.setVisible(derived)
        if isinstance(chart, charts.MeasureChart):  # the subject is a measure
            last_year = derived and self.last_year_box.isChecked()
            chart.update(measure_chart_data(plan, subject[1], on, last_year=last_year))
        else:
            chart.update(burnup_chart_data(plan, subject[1], on))
        self.caption_label.setText(chart.caption_text)
        self.empty_label.hide()
        self.canvas.show()
        if chart.needs_full_draw or self._background is None:
            self.canvas.draw()  # the draw_event handler puts the data lines on top
        else:
            self._blit()
        self.redraw_count += 1
        if self.table_button.isChecked():
            self._fill_table()

    @staticmethod
    def _exists(plan: Plan, subject: Subject) -> bool:
        if subject[0] == "measure":
            return plan.measure(subject[1]) is not None
        return plan.goal(subject[1]) is not None and bool(plan.steps_of(subject[1]))

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from bakeryplan.reports.chart import new_figure

        self.canvas = FigureCanvasQTAgg(new_figure((7.0, 4.2)))
        self.canvas.setParent(self.chart_page)
        self.canvas.setMinimumSize(320, 220)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("resize_event", self._on_resize)
        self.canvas.mpl_connect("draw_event", self._on_canvas_drawn)
        self.chart_layout.addWidget(self.canvas, 1)

    def _new_chart(
        self, kind: type[MeasureChart] | type[BurnupChart]
    ) -> MeasureChart | BurnupChart:
        from bakeryplan.reports.chart_style import style_for

        figure = self.canvas.figure
        figure.clear()
        self._dark = self.is_dark()
        self._background = None
        self.chart = kind(figure, style_for(self._dark), live=True)
        return self.chart

    def _on_canvas_drawn(self, _event: Any) -> None:
        """After a full draw: keep the frame as background, then draw the data lines."""
        figure = self.canvas.figure
        self._background = self.canvas.copy_from_bbox(figure.bbox)
        self._draw_dynamic()

    def _draw_dynamic(self) -> None:
        if self.chart is None:
            return
        figure = self.canvas.figure
        for artist in self.chart.dynamic:
            if artist.get_visible():
                figure.draw_artist(artist)

    def _blit(self) -> None:
        """Only the data changed: frame from the cache, lines drawn anew, one repaint."""
        self.canvas.restore_region(self._background)
        self._draw_dynamic()
        self.canvas.blit(self.canvas.figure.bbox)

    def _on_resize(self, _event: Any) -> None:
        self._background = None  # the cached frame has the old size: draw in full next time
        if self.chart is not None and self.chart.data is not None:
            self.chart.relayout()
            self.chart.redraw()  # re-fit titles to the new width

    def _on_motion(self, event: Any) -> None:
        if self.chart is None or event.inaxes is None or event.xdata is None:
            self.hover_label.clear()
            return
        self.hover_label.setText(self.chart.describe(float(event.xdata)))

    # -- table and export -------------------------------------------------------------------

    def _on_table_toggled(self, checked: bool) -> None:
        self.table_button.setText(
            translate("ChartPanel", "Show as char&t")
            if checked
            else translate("ChartPanel", "Show as &table")
        )
        self.stack.setCurrentIndex(1 if checked else 0)
        if checked:
            self._fill_table()

    def _fill_table(self) -> None:
        """The periods as charted and, for a measure, the entries they were counted from."""
        from bakeryplan.reports import chart_table
        from bakeryplan.reports.chart_series import MeasureChartData

        data = self.chart.data if self.chart is not None else None
        measure = self.subject is not None and self.subject[0] == "measure"
        self.entries_box.setVisible(measure)
        if data is None:
            self.table_model.set_rows([], [])
            self.entries_model.set_rows([], [])
        elif isinstance(data, MeasureChartData):  # the chart shown is a measure's
            self.periods_label.setText(translate("ChartPanel", "Periods, as the chart counts them"))
            self.table_model.set_rows(
                [_header(h) for h in chart_table.PERIOD_HEADERS],
                chart_table.period_rows(self.document.plan, data),
            )
            self.entries_label.setText(translate("ChartPanel", "Entries"))
            self.entries_model.set_rows(
                [_header(h) for h in chart_table.ENTRY_HEADERS],
                chart_table.entry_rows(data),
                text=(0, 2, 3),
            )
            self._show_now()
        else:
            self.periods_label.setText(translate("ChartPanel", "Steps done against planned"))
            headers = [
                translate("ChartPanel", "Date"),
                translate("ChartPanel", "Planned share"),
                translate("ChartPanel", "Done share"),
            ]
            self.table_model.set_rows(headers, chart_table.burnup_rows(data))

    def _show_now(self) -> None:
        """The periods open at the one not over yet, the entries at the newest: what the
        owner looks for first."""
        rows = self.table_model.rowCount()
        labels = [self.table_model.index(r, 0).data() for r in range(rows)]
        current = next((r for r, label in enumerate(labels) if label.endswith("so far")), None)
        if current is not None:
            center = QAbstractItemView.ScrollHint.PositionAtCenter
            self.table.scrollTo(self.table_model.index(current, 0), center)
        self.entries_table.scrollToBottom()

    def _on_export(self) -> None:
        if self.subject is None or self.subject[0] != "measure":
            return
        from bakeryplan.ui.chart_export import export_chart_interactive

        export_chart_interactive(self, self.document, self.subject[1])


def _header(english: str) -> str:
    """A column of the chart's table (named in English by ``reports.chart_table``), as a
    literal text each, so that lupdate collects them."""
    headers = {
        "Period": translate("ChartPanel", "Period"),
        "Planned": translate("ChartPanel", "Planned"),
        "Actual": translate("ChartPanel", "Actual"),
        "Difference": translate("ChartPanel", "Difference"),
        "Entries": translate("ChartPanel", "Entries"),
        "Date": translate("ChartPanel", "Date"),
        "Value": translate("ChartPanel", "Value"),
        "Note": translate("ChartPanel", "Note"),
        "Source": translate("ChartPanel", "Source"),
    }
    return headers.get(english, english)
