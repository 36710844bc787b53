"""The report view: period filters, the activities with their counts, charts, and exports.

Counting runs off the UI thread (`worker.run_task`); exports run with a progress dialog. The
report's language (for the PDF and the workbook) is chosen here, apart from the window's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.counting import PeriodFilter
from desktop_app.reports import data
from desktop_app.reports.data import UNNAMED, PeriodReport
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.store.vocabulary import activity_kinds
from desktop_app.ui.common.changes import Changes
from desktop_app.ui.common.formats import category_label
from desktop_app.ui.common.i18n import format_percent
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.reports.count_links import CountLine, Part
from desktop_app.ui.reports.count_parts import category_parts, period_parts
from desktop_app.ui.reports.explain_dialog import ExplainDialog, open_explanation
from desktop_app.ui.reports.model import ReportActivityTableModel
from desktop_app.ui.widgets.chart_widgets import (
    MEN_COLOR,
    UNKNOWN_COLOR,
    WOMEN_COLOR,
    YOUTH_COLOR,
    HorizontalBarChart,
    Series,
    ShareRingChart,
    StackedBarChart,
)


def month_label(key: str) -> str:
    """ "2022-11" as a chart shows it: "Nov 2022" in English, "11/2022" in French."""
    year, month = key.split("-")
    if language() == "fr":
        return f"{month}/{year}"
    return QLocale().toString(QDate(int(year), int(month), 1), "MMM yyyy")


def _percent(part: int, whole: int) -> str:
    return format_percent(part / whole if whole else None)


class ReportView(QWidget):
    """Emits `report_ready` each time a report has been counted and shown, `exported` after a
    file is written."""

    report_ready = Signal()
    exported = Signal(str)  # the path of a file just written

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.report: PeriodReport | None = None
        self._task: Task | None = None
        self._stale = False  # counts changed while hidden: counted again when shown
        self.dialog: ExplainDialog | None = None
        self.model = ReportActivityTableModel(self)
        self._build()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        today = dt.date.today()
        self.start_edit = self._date_edit(dt.date(today.year, 1, 1))
        self.end_edit = self._date_edit(dt.date(today.year, 12, 31))
        self.country_edit = QLineEdit(self)
        self.country_edit.setMaxLength(2)
        self.country_edit.setPlaceholderText(self.tr("all"))
        self.office_edit = QLineEdit(self)
        self.office_edit.setPlaceholderText(self.tr("all"))
        self.project_edit = QLineEdit(self)
        self.project_edit.setPlaceholderText(self.tr("all"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for term in activity_kinds():
            self.kind_combo.addItem(term.label(language()), term.code)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(0 if language() == "fr" else 1)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        for edit in (self.country_edit, self.office_edit, self.project_edit):
            edit.returnPressed.connect(self.refresh)

        filters = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        filters.addRow(self.tr("&Period:"), dates)
        where = QHBoxLayout()
        for title, widget in (
            (self.tr("&Country:"), self.country_edit),
            (self.tr("&Office:"), self.office_edit),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("Pro&ject:"), self.project_edit),
        ):
            label = QLabel(title, self)
            label.setBuddy(widget)
            where.addWidget(label)
            where.addWidget(widget)
        where.addStretch(1)
        filters.addRow(where)
        for label_widget in (filters.labelForField(dates),):
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(self.start_edit)

        self.export_xlsx_button = QPushButton(self.tr("Export .&xlsx…"), self)
        self.export_pdf_button = QPushButton(self.tr("Export P&DF…"), self)
        self.activity_pdf_button = QPushButton(self.tr("Activit&y report (PDF)…"), self)
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.activity_pdf_button.clicked.connect(self.export_current_activity)
        language_label = QLabel(self.tr("Report &language:"), self)
        language_label.setBuddy(self.language_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(language_label)
        buttons.addWidget(self.language_combo)
        buttons.addWidget(self.export_xlsx_button)
        buttons.addWidget(self.export_pdf_button)
        buttons.addWidget(self.activity_pdf_button)

        # Each total opens the persons behind it (Tab to it, then Enter, Space or a click).
        self.totals_label = CountLine(self)
        self.totals_label.setObjectName("report_totals")
        self.totals_label.activated.connect(self.open_total)
        self.categories_line = CountLine(self)
        self.categories_line.setObjectName("report_categories")
        self.categories_line.activated.connect(self.open_total)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.installEventFilter(self)

        self.sex_chart = StackedBarChart(self.tr("Participants by sex, by month"), self)
        self.category_chart = HorizontalBarChart(self.tr("Participants by category"), self)
        self.youth_chart = ShareRingChart(self.tr("Youth share"), self)
        charts = QWidget(self)
        chart_row = QHBoxLayout(charts)
        chart_row.setContentsMargins(0, 0, 0, 0)
        chart_row.addWidget(self.sex_chart, 3)
        chart_row.addWidget(self.category_chart, 3)
        chart_row.addWidget(self.youth_chart, 2)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.categories_line)
        layout.addWidget(splitter, 1)
        self._set_exports_enabled(False)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy" if language() == "fr" else "d MMM yyyy")
        return edit

    def focus_first(self) -> None:
        self.start_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the view is shown, count the period it proposes; later, count again
        if a write changed some counts meanwhile."""
        super().showEvent(event)
        if (self.report is None and self._task is None) or self._stale:
            self._stale = False
            self.refresh()

    def apply_changes(self, changes: Changes, _source: object) -> None:
        """Connected to the window's change signal: counts may have changed."""
        if not changes.any_counts():
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # Counting ----------------------------------------------------------------------------

    def period_filter(self) -> PeriodFilter:
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return PeriodFilter(
            start=start,
            end=end,
            country=self.country_edit.text().strip().upper() or None,
            office=self.office_edit.text().strip() or None,
            kind=self.kind_combo.currentData(),
            project_code=self.project_edit.text().strip() or None,
            youth_threshold=load_settings().youth_threshold,
        )

    def report_language(self) -> str:
        return str(self.language_combo.currentData())

    def refresh(self) -> None:
        """Count the period in a worker thread; the view updates when it is done."""
        if self._task is not None and not self._task.is_finished():
            self._task.cancel()
        period = self.period_filter()
        if period.start and period.end and period.end < period.start:
            self.totals_label.setText(self.tr("The end of the period is before its start."))
            self.end_edit.setFocus()
            return
        database = self.database
        self.totals_label.setText(self.tr("Counting…"))
        self._set_exports_enabled(False)
        task = run_task(lambda _progress, _cancelled: data.period_report(database, period), self)
        task.succeeded.connect(self.show_report)
        task.failed.connect(self._show_error)
        self._task = task

    def show_report(self, report: Any) -> None:
        assert isinstance(report, PeriodReport)
        self.report = report
        self.model.set_rows(report.activities)
        self.totals_label.set_counts(period_parts(report.totals, report.filter.youth_threshold))
        categories = category_parts(report.totals.by_category, report.totals.unnamed)
        if categories:
            self.categories_line.set_counts(
                [Part(self.tr("By category:")), *categories]  # the label opens nothing
            )
        else:
            self.categories_line.setText("")
        self._update_charts(report)
        self._set_exports_enabled(True)
        self.report_ready.emit()

    def _update_charts(self, report: PeriodReport) -> None:
        months = report.by_month
        self.sex_chart.set_data(
            [month_label(m.key) for m in months],
            [
                Series(self.tr("Women"), WOMEN_COLOR, tuple(m.women for m in months)),
                Series(self.tr("Men"), MEN_COLOR, tuple(m.men for m in months)),
                Series(
                    self.tr("Not stated"), UNKNOWN_COLOR, tuple(m.sex_not_stated for m in months)
                ),
            ],
        )
        names = {UNNAMED: self.tr("Head counts (unnamed)")}
        self.category_chart.set_data(
            [
                (names.get(code or "") or category_label(code) or self.tr("Not stated"), n)
                for code, n in report.by_category
            ]
        )
        t = report.totals
        self.youth_chart.set_data(
            [
                (self.tr("Youth"), t.youth, YOUTH_COLOR),
                (self.tr("Not youth"), t.not_youth, MEN_COLOR),
                (self.tr("Age unknown"), t.age_unknown, UNKNOWN_COLOR),
            ],
            _percent(t.youth, t.participants),
        )

    # The persons behind a count ---------------------------------------------------------

    def open_total(self, field: str) -> ExplainDialog | None:
        """The persons behind a total of the shown period."""
        if self.report is None:
            return None
        self.dialog = open_explanation(self, self.database, field, period=self.report.filter)
        return self.dialog

    def open_activity_count(self, row: int, field: str) -> ExplainDialog | None:
        """The persons behind a count of one activity of the table."""
        item = self.model.row_at(row)
        if item is None or self.report is None:
            return None
        self.dialog = open_explanation(
            self,
            self.database,
            field,
            activity_id=item.id,
            youth_threshold=self.report.filter.youth_threshold,
        )
        return self.dialog

    def _double_clicked(self, index: QModelIndex) -> None:
        field = ReportActivityTableModel.COUNT_FIELDS.get(index.column())
        if field is None:
            self.export_current_activity()
        else:
            self.open_activity_count(index.row(), field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the table, Enter or Space on a count opens the persons behind it."""
        if watched is self.table and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            index = self.table.currentIndex()
            field = ReportActivityTableModel.COUNT_FIELDS.get(index.column())
            if event.type() == QEvent.Type.KeyPress and event.key() in keys and field:
                self.open_activity_count(index.row(), field)
                return True
        return super().eventFilter(watched, event)

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.export_xlsx_button, self.export_pdf_button, self.activity_pdf_button):
            button.setEnabled(enabled)

    def _show_error(self, error: object) -> None:
        self.totals_label.setText("")
        message = error_text(error) if isinstance(error, BaseException) else str(error)
        QMessageBox.warning(self, self.tr("Reports"), message)

    # Exports -----------------------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return Path(path) if path else None

    def export(self, file_format: str, path: Path | None = None) -> None:
        """Write the shown report as PDF or .xlsx (asks where when `path` is None)."""
        if self.report is None:
            return
        if path is None:
            name = f"report-{self.report.filter.start}-{self.report.filter.end}.{file_format}"
            file_filter = (
                self.tr("PDF (*.pdf)") if file_format == "pdf" else self.tr("Excel (*.xlsx)")
            )
            path = self._ask_path(self.tr("Export the report"), name, file_filter)
            if path is None:
                return
        from desktop_app.ui.reports.exports import export_period  # the writers: when used

        export_period(self, self.report, file_format, path, self.report_language(), self._done)

    def current_activity_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row is not None else None

    def export_current_activity(self, path: Path | None = None) -> None:
        activity_id = self.current_activity_id()
        if activity_id is None:
            QMessageBox.information(
                self, self.tr("Reports"), self.tr("Choose an activity in the list first.")
            )
            return
        if path is None:
            path = self._ask_path(
                self.tr("Activity report"),
                f"activity-{activity_id}.pdf",
                self.tr("PDF (*.pdf)") + ";;" + self.tr("Excel (*.xlsx)"),
            )
            if path is None:
                return
        from desktop_app.ui.reports.exports import export_activity_pdf  # the writers: when used

        threshold = self.report.filter.youth_threshold if self.report else 30
        export_activity_pdf(
            self, self.database, activity_id, threshold, path, self.report_language(), self._done
        )

    def _done(self, path: Path) -> None:
        self.exported.emit(str(path))
        window = self.window()
        status: Callable[..., Any] | None = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Written: {path}").format(path=path), 8000)
