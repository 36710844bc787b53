"""The activity list: search as you type, filters by year, kind, country and status, counts.

It listens to the window's change signal: a write that may change an activity or its counts
(a check-in elsewhere, a saved form, an import, a merge) re-reads the list, off the UI thread,
at once when it is shown, else when it is next shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import STATUSES
from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.activities.counting import ActivityRow
from desktop_app.store import Database
from desktop_app.store.vocabulary import activity_kinds
from desktop_app.ui.activities.activity_counts_panel import ActivityCountsPanel
from desktop_app.ui.common.changes import Changes, ChangeSignal
from desktop_app.ui.common.current_activity import CurrentActivity
from desktop_app.ui.common.formats import status_label
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.common.worker import run_task
from desktop_app.ui.models.activities import ActivityTableModel
from desktop_app.ui.reports.explain_dialog import ExplainDialog, open_explanation

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not query
FIRST_YEAR = 2015


class ActivityTable(QTableView):
    """Enter opens the current activity (QTableView would start editing instead); on a count
    (Right arrow to it), Enter or Space opens the persons behind it."""

    open_requested = Signal(int)
    count_requested = Signal(int, str)  # row, field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if index.isValid() and event.key() in keys:
            field = ActivityTableModel.COUNT_FIELDS.get(index.column())
            if field is not None:
                self.count_requested.emit(index.row(), field)
                return
            if event.key() != Qt.Key.Key_Space:
                self.open_requested.emit(index.row())
                return
        super().keyPressEvent(event)


class ActivitiesView(QWidget):
    """Emits `activity_opened(id)` on Enter or double click."""

    activity_opened = Signal(int)
    current_changed = Signal()
    refreshed = Signal()  # rows from a background refresh are on screen

    def __init__(
        self,
        database: Database,
        youth_threshold: int = 30,
        parent: QWidget | None = None,
        changes: ChangeSignal | None = None,
        current: CurrentActivity | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.youth_threshold = youth_threshold
        self.changes = changes if changes is not None else ChangeSignal(self)
        self._stale = False  # changed while hidden: read again when shown
        self._select_when_shown: int | None = None
        self._sort = ("start_date", True)
        self.undo_stack = QUndoStack(self)  # deletions of activities
        self._pending: ActivityFilter | None = None  # filters of the refresh under way
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("activity_search")
        self.search_edit.setPlaceholderText(self.tr("Search title, city or venue"))
        self.search_edit.setClearButtonEnabled(True)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year_filter")
        self.year_combo.addItem(self.tr("All years"), None)
        for year in range(dt.date.today().year + 1, FIRST_YEAR - 1, -1):
            self.year_combo.addItem(str(year), year)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_filter")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for term in activity_kinds():
            self.kind_combo.addItem(term.label(language()), term.code)
        self.country_edit = QLineEdit()
        self.country_edit.setObjectName("country_filter")
        self.country_edit.setPlaceholderText(self.tr("Country"))
        self.country_edit.setMaxLength(2)
        self.country_edit.setFixedWidth(80)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_filter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)

        self.model = ActivityTableModel(self)
        self.table = ActivityTable()
        self.table.setObjectName("activity_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            ActivityTableModel.DATES, Qt.SortOrder.DescendingOrder
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ActivityTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.counts_panel = ActivityCountsPanel(database, youth_threshold, self)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for widget in (self.year_combo, self.kind_combo, self.country_edit, self.status_combo):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        layout.addWidget(self.counts_panel)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh_in_background)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.country_edit.textChanged.connect(lambda _text: self.search_timer.start())
        for combo in (self.year_combo, self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _index: self.refresh_in_background())
        self.model.sort_requested.connect(self._sort_by)
        self.table.open_requested.connect(self._open_row)
        self.table.count_requested.connect(self.open_count)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.current_changed.emit()
        )
        self.current_changed.connect(self._show_counts)
        self.model.modelReset.connect(self.current_changed.emit)
        self.search_edit.returnPressed.connect(self._focus_table)
        self.setFocusProxy(self.search_edit)
        self.changes.changed.connect(self.apply_changes)
        if current is not None:  # the row chosen is the window's current activity
            current.follow(self, self.current_activity_id, self.current_changed)
        self.refresh()

    def focus_first(self) -> None:
        self.search_edit.setFocus()

    def apply_changes(self, changes: Changes, _source: object) -> None:
        """Activities or their counts changed: the list is read again (when shown). One
        activity written (created, edited, restored) becomes the current one."""
        if not changes.any_counts():
            return
        ids = changes.activities.ids
        select = next(iter(ids)) if len(ids) == 1 and not changes.activities.every else None
        if self.isVisible():
            self.refresh_in_background(select=select)
            return
        self._stale = True
        if select is not None:
            self._select_when_shown = select

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            select, self._select_when_shown = self._select_when_shown, None
            self.refresh_in_background(select=select)

    def filters(self) -> ActivityFilter:
        country = self.country_edit.text().strip()
        return ActivityFilter(
            search=self.search_edit.text() or None,
            year=self.year_combo.currentData(),
            kind=self.kind_combo.currentData(),
            country=country if len(country) == 2 else None,
            status=self.status_combo.currentData(),
            sort=self._sort[0],
            descending=self._sort[1],
            youth_threshold=self.youth_threshold,
        )

    def refresh(self) -> None:
        """Ask the service for the rows matching the filters, now; keep the current activity."""
        self.search_timer.stop()
        self._pending = None
        self._show(list_activities(self.database, self.filters()))

    def refresh_in_background(self, select: int | None = None) -> None:
        """The same off the UI thread: on a big database counting a thousand activities takes
        a moment, and the window must stay responsive. `select`: the activity to make current
        when the rows arrive."""
        self.search_timer.stop()
        filters = self.filters()
        self._pending = filters
        database = self.database
        task = run_task(lambda _progress, _cancelled: list_activities(database, filters), self)
        task.succeeded.connect(lambda rows: self._arrived(filters, rows, select))
        task.failed.connect(self._failed)

    def _arrived(
        self, filters: ActivityFilter, rows: list[ActivityRow], select: int | None
    ) -> None:
        if filters == self._pending:  # an answer to an older question is dropped
            self._pending = None
            self._show(rows)
            if select is not None:
                self.select_activity(select)
            self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self._pending = None
        self.count_label.setText(error_text(error))

    def is_refreshing(self) -> bool:
        return self._pending is not None

    def _show(self, rows: list[ActivityRow]) -> None:
        current = self.current_activity()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Activities shown: {count}").format(count=len(rows)))
        kept = current is not None and self.select_activity(current.id)
        if not kept and rows:  # a current activity from the start: Ctrl+K works at once
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    def select_activity(self, activity_id: int) -> bool:
        row = self.model.row_of_id(activity_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def current_activity(self) -> ActivityRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_activity_id(self) -> int | None:
        row = self.current_activity()
        return row.id if row is not None else None

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh_in_background()

    def _double_clicked(self, index: QModelIndex) -> None:
        field = ActivityTableModel.COUNT_FIELDS.get(index.column())
        if field is None:
            self._open_row(index.row())
        else:
            self.open_count(index.row(), field)

    def open_count(self, row: int, field: str) -> ExplainDialog | None:
        """The persons behind one count of the list."""
        item = self.model.row_at(row)
        if item is None:
            return None
        return open_explanation(
            self, self.database, field, activity_id=item.id, youth_threshold=self.youth_threshold
        )

    def _show_counts(self) -> None:
        current = self.current_activity()
        self.counts_panel.show_activity(current.id if current is not None else None)

    def _open_row(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is not None:
            self.activity_opened.emit(item.id)

    def _focus_table(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0, QModelIndex()))
            self.table.setFocus()
