"""The Progress view: a project's indicators by period and office, target, actual, percentage
and light, the narrative lines; every actual opens the list behind it (the reports' explain
dialog); exports to a workbook with native charts and to PDF.

Beside the table, the chart of the chosen row's indicator and office (F8 shows or hides it).
Computing runs off the UI thread (`worker.run_task`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.indicators import frameworks, tables
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.progress import Cell, Progress, chart_series, progress
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import Changes
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.indicators.progress_chart import ProgressChartPanel
from desktop_app.ui.indicators.progress_model import ACTUAL, BREAKDOWN, ProgressTableModel
from desktop_app.ui.reports.explain_dialog import ExplainDialog
from desktop_app.ui.widgets.open_on_enter_table import OpenOnEnterTable

CHART_KEY = "F8"  # as the check-in's list of who has not arrived: a side panel shown or hidden


class ProgressView(QWidget):
    """Emits `progress_ready` each time a table has been computed and shown."""

    progress_ready = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.progress: Progress | None = None
        self._task: Task | None = None
        self.dialog: QDialog | None = None
        self.model = ProgressTableModel(self)
        self._build()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build(self) -> None:
        self.project_combo = QComboBox(self)
        self.project_combo.setObjectName("progress_project")
        self.period_edit = QLineEdit(self)
        self.period_edit.setObjectName("progress_period")
        self.period_edit.setPlaceholderText(
            self.tr("2022Q4, 2022-03, 2022 or life; empty: the latest year")
        )
        self.office_combo = QComboBox(self)
        self.office_combo.setObjectName("progress_office")
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.period_edit.returnPressed.connect(self.refresh)
        self.project_combo.activated.connect(lambda _i: self._project_chosen())
        self.xlsx_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Export to &PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.share_combo = QComboBox(self)
        self.share_combo.addItem(self.tr("every figure"), False)
        self.share_combo.addItem(self.tr("for sharing: small figures as “< 5”"), True)
        filters = QFormLayout()
        filters.addRow(self.tr("P&roject:"), self.project_combo)
        filters.addRow(self.tr("Peri&od:"), self.period_edit)
        filters.addRow(self.tr("O&ffice:"), self.office_combo)
        filters.addRow(self.tr("Documents &show:"), self.share_combo)
        buttons = QHBoxLayout()
        for button in (self.show_button, self.xlsx_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.narrative = QLabel(self)
        self.narrative.setObjectName("progress_narrative")
        self.narrative.setWordWrap(True)
        self.narrative.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.table = OpenOnEnterTable(self)
        self.table.setObjectName("progress_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.open_requested.connect(self.open_row)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row(), index.column()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_chart(current)
        )
        self.chart = ProgressChartPanel(self)
        self.chart_action = make_action(
            self, self.tr("C&hart"), None, CHART_KEY, self.tr("Show or hide the chart")
        )
        self.chart_action.setCheckable(True)
        self.chart_action.setChecked(True)
        self.chart_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.chart_action.toggled.connect(self.chart.setVisible)
        self.addAction(self.chart_action)
        chart_button = QToolButton(self)
        chart_button.setDefaultAction(self.chart_action)
        buttons.insertWidget(buttons.count() - 1, chart_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("progress_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 460])  # at 1366 wide, the chart readable beside the table
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.narrative)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.load_projects()

    def focus_first(self) -> None:
        self.project_combo.setFocus()
        if self._task is None:  # first shown: the chosen project's table at once, not a blank
            self.refresh()

    # Projects and offices -----------------------------------------------------------------

    def load_projects(self) -> None:
        chosen = self.project_combo.currentData()
        self.project_combo.clear()
        for project in frameworks.list_projects(self.database):
            self.project_combo.addItem(f"{project.code} — {project.name}", project.code)
        at = self.project_combo.findData(chosen)
        self.project_combo.setCurrentIndex(max(at, 0))
        self._project_chosen()

    def _project_chosen(self) -> None:
        self.office_combo.clear()
        self.office_combo.addItem(self.tr("each office and all"), None)
        code = self.project_combo.currentData()
        if code:
            for office in frameworks.get_project(self.database, code).offices:
                self.office_combo.addItem(office, office)

    def apply_changes(self, changes: Changes) -> None:
        if self.isVisible():
            self.load_projects()

    # Computing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        code = self.project_combo.currentData()
        if not code:
            self.status.setText(
                self.tr("No project yet: add one under View ▸ Projects and indicators.")
            )
            return
        if self._task is not None and not self._task.is_finished():
            self._task.cancel()
        database, period = self.database, self.period_edit.text().strip() or None
        office = self.office_combo.currentData()
        settings = load_settings()
        threshold, disability = settings.youth_threshold, settings.record_disability
        self.status.setText(self.tr("Counting…"))
        task = run_task(
            lambda _p, _c: progress(
                database,
                code,
                period,
                office,
                youth_threshold=threshold,
                with_disability=disability,
            ),
            self,
        )
        task.succeeded.connect(self.show_progress)
        task.failed.connect(lambda error: self.status.setText(error_text(error)))
        self._task = task

    def _threshold(self) -> int | None:
        return load_settings().small_number_threshold if self.share_combo.currentData() else None

    def show_progress(self, table: Progress) -> None:
        self.progress = table
        words = language()
        self.model.set_rows(tables.rows(table, words, self._threshold()), words)
        lines = tables.narratives(table, words)
        self.narrative.setText("\n".join(lines))
        # One line per indicator, all shown: the table below takes what is left.
        spacing = self.narrative.fontMetrics().lineSpacing()
        self.narrative.setMinimumHeight(int(spacing * (len(lines) + 0.5)))
        self.status.setText(
            self.tr("Figures: {count}. Enter on an actual: the persons behind it.").format(
                count=len(table.cells)
            )
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, ACTUAL))
        else:
            self.chart.set_series(None, words)
        self.progress_ready.emit()

    def show_chart(self, index: QModelIndex) -> None:
        """The chart follows the table: the current row's indicator and office, its period
        shaded."""
        item = self.model.row_at(index.row())
        if item is None or self.progress is None:
            self.chart.set_series(None, self.model.language)
            return
        cell = item.cell
        series = chart_series(self.progress, cell.indicator.code, cell.office)
        self.chart.set_series(series, self.model.language, cell.period.code)

    # The list behind a figure ---------------------------------------------------------------

    def open_row(self, row: int, column: int | None = None) -> QDialog | None:
        item = self.model.row_at(row)
        if item is None or self.progress is None:
            return None
        column = self.table.currentIndex().column() if column is None else column
        cell = item.cell
        value = None
        if column == BREAKDOWN and cell.actual.breakdown:
            value = self._choose_value(cell)
            if value is None:
                return None
        return self.open_list(cell, value)

    def _choose_value(self, cell: Cell) -> tuple[str, str] | None:
        choices = [
            (dimension, value)
            for dimension, counts in cell.actual.breakdown.items()
            for value in sorted(counts, key=lambda v: -counts[v])
        ]
        shown = [f"{d}: {v} ({cell.actual.breakdown[d][v]})" for d, v in choices]
        text, ok = QInputDialog.getItem(
            self, self.tr("Which value?"), self.tr("The list behind:"), shown, 0, False
        )
        return choices[shown.index(text)] if ok and text in shown else None

    def open_list(self, cell: Cell, value: tuple[str, str] | None = None) -> QDialog:
        assert self.progress is not None
        project = self.progress.project.code
        database, threshold = self.database, self.progress.youth_threshold
        heading = f"{cell.indicator.code} {cell.indicator.name}"
        dialog: QDialog
        if value is not None:
            heading += f" — {value[0]}: {value[1]}"
        if cell.indicator.measure == "activities_held":
            found = cell_list(database, project, cell.indicator.code, cell.period, cell.office)
            dialog = ActivitiesDialog(
                heading,
                [f"{format_date(a.start_date)} — {a.title}" for a in found.activities],
                self,
            )
        else:
            numerator = cell.indicator.measure.startswith("share")

            def load() -> object:
                listed = cell_list(
                    database,
                    project,
                    cell.indicator.code,
                    cell.period,
                    cell.office,
                    value=value,
                    numerator=numerator,
                    youth_threshold=threshold,
                    with_disability=load_settings().record_disability,
                )
                return listed.explanation

            dialog = ExplainDialog(
                database,
                "participants",
                youth_threshold=threshold,
                parent=self,
                loader=load,  # type: ignore[arg-type]
                heading=heading,
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialog = dialog
        return dialog

    # Exports --------------------------------------------------------------------------------

    def export(self, file_format: str, path: Path | None = None) -> Task | None:
        if self.progress is None:
            self.status.setText(self.tr("Show a project's progress first (Enter)."))
            return None
        if path is None:
            pattern = self.tr("Excel (*.xlsx)") if file_format == "xlsx" else self.tr("PDF (*.pdf)")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the progress"),
                f"progress-{self.progress.project.code}.{file_format}",
                pattern,
            )
            if not chosen:
                return None
            path = Path(chosen)
        done = lambda written: self.status.setText(  # noqa: E731
            self.tr("Written: {path}").format(path=written)
        )
        # Imported at the first export: the workbook and PDF writers are not the start's
        from desktop_app.ui.indicators.exports import export_progress

        return export_progress(
            self, self.progress, file_format, path, language(), self._threshold(), done
        )


class ActivitiesDialog(QDialog):
    """The activities behind a count of activities held."""

    def __init__(self, heading: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.list = QListWidget(self)
        self.list.addItems(lines)
        label = QLabel(self.tr("Activities: {count}").format(count=len(lines)), self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading, self))
        layout.addWidget(self.list, 1)
        layout.addWidget(label)
        self.resize(640, 360)
