"""The activity list: search as you type, filters by year, kind, country and status, counts.

The lines are read at once (milliseconds), their counts off the UI thread once the window is
shown (most of a second on a big database; the count columns say "…" meanwhile). Filters,
search and sorting then work on the lines kept in memory (activities/activity_list.KeptList),
without a query.

It listens to the window's change signal: a write that may change an activity or its counts
(a check-in elsewhere, a saved form, an import, a merge) reads again the lines of the
activities it touched, off the UI thread, at once when the list is shown, else when it is next
shown. Another program's writes are read when the lines are older than REREAD_AFTER_S and the
list is shown or filtered again.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QShowEvent, QUndoStack
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
from desktop_app.activities.activity_list import ActivityFilter, KeptList, ListRead, read_list
from desktop_app.activities.counting import ActivityRow
from desktop_app.store import Database
from desktop_app.store.vocabulary import activity_kinds
from desktop_app.ui.activities.activity_counts_panel import ActivityCountsPanel
from desktop_app.ui.common.changes import Changes, ChangeSignal
from desktop_app.ui.common.current_activity import CurrentActivity
from desktop_app.ui.common.formats import status_label
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.models.activities import ActivityTableModel

if TYPE_CHECKING:
    from desktop_app.ui.reports.explain_dialog import ExplainDialog

SEARCH_DELAY_MS = 0  # filtering kept lines costs a millisecond: every keystroke filters
FIRST_YEAR = 2015
SAMPLE_ROWS = 100  # the rows the column widths are measured on, once
PAINT_WAIT_S = 0.5  # the first counts are read by then even if the list is not painted
REREAD_AFTER_S = 60.0  # lines older than this are read again (another program may have written)


@dataclass(frozen=True)
class Wanted:
    """The lines to read again: of the `activities` (None: every one) and of the activities
    where the `persons` attended."""

    activities: frozenset[int] | None = None
    persons: frozenset[int] = frozenset()

    def __or__(self, other: Wanted) -> Wanted:
        if self.activities is None or other.activities is None:
            return Wanted()
        return Wanted(self.activities | other.activities, self.persons | other.persons)

    @staticmethod
    def of(changes: Changes) -> Wanted:
        touched = (changes.activities, changes.attendance, changes.head_counts, changes.persons)
        if any(ids.every for ids in touched):
            return Wanted()
        activities = changes.activities.ids | changes.attendance.ids | changes.head_counts.ids
        return Wanted(frozenset(activities), changes.persons.ids)


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
    refreshed = Signal()  # lines read in the background are on screen

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
        self.kept = KeptList(youth_threshold)
        self._wanted: Wanted | None = None  # lines to read again
        self._select_when_read: int | None = None
        self._task: Task | None = None  # the read under way (one at a time, in order)
        self._read_at = time.monotonic()  # when every line was last read (just below)
        self._sized = False
        self._sort = ("start_date", True)
        self.undo_stack = QUndoStack(self)  # deletions of activities
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
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("tag_filter")
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_combo.setMinimumContentsLength(12)  # a long tag does not squeeze the search
        self.tag_combo.addItem(self.tr("All tags"), None)

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
        # Widths measured once on a sample of rows (_size_columns), then the user's: measuring
        # every row at every change read the model's data hundreds of thousands of times.
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActivityTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.counts_panel = ActivityCountsPanel(database, youth_threshold, self)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for widget in (
            self.year_combo,
            self.kind_combo,
            self.country_edit,
            self.status_combo,
            self.tag_combo,
        ):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        layout.addWidget(self.counts_panel)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.country_edit.textChanged.connect(lambda _text: self.search_timer.start())
        for combo in (self.year_combo, self.kind_combo, self.status_combo, self.tag_combo):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
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
        # The lines now, their counts in the background.
        first = read_list(database, youth_threshold=youth_threshold, counted=False)
        self.kept.apply(first)
        self._fill_tags(first.tags)
        self._show(self.kept.select(self.filters()))
        # Once the window is on screen: counting beside its start would slow it on 2 cores.
        self._painted = False
        self._painted_once = threading.Event()  # set after the list's first paint
        self._counting_soon = QTimer(self)
        self._counting_soon.setSingleShot(True)
        self._counting_soon.timeout.connect(self._count_all)
        self._counting_soon.start(0)

    def focus_first(self) -> None:
        self.search_edit.setFocus()

    def apply_changes(self, changes: Changes, _source: object) -> None:
        """Activities or their counts changed: their lines are read again (when shown). One
        activity written (created, edited, restored) becomes the current one."""
        if not changes.any_counts():
            return
        ids = changes.activities.ids
        if len(ids) == 1 and not changes.activities.every:
            self._select_when_read = next(iter(ids))
        self._want(Wanted.of(changes))

    def _count_all(self) -> None:
        """Read every line with its counts. A window shown is painted after the first turn of
        its event loop, and a read beside that paint would take the processor from it: when
        the list is on screen, the read is started now (so that whatever waits for the reads
        under way, `worker.finish_tasks`, waits for it) but reads once the list is painted
        (PAINT_WAIT_S at most); a list not on screen is read at once."""
        self._want(Wanted(), now=True, after_paint=self.isVisible() and not self._painted)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._painted_once.set)  # once this paint is over

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._want_if_old()
        self._read_wanted()

    def filters(self) -> ActivityFilter:
        country = self.country_edit.text().strip()
        return ActivityFilter(
            search=self.search_edit.text() or None,
            year=self.year_combo.currentData(),
            kind=self.kind_combo.currentData(),
            country=country if len(country) == 2 else None,
            status=self.status_combo.currentData(),
            tag=self.tag_combo.currentData(),
            sort=self._sort[0],
            descending=self._sort[1],
            youth_threshold=self.youth_threshold,
        )

    def apply_filters(self) -> None:
        """Show the kept lines the filters keep, in their order (no query); read them again
        in the background when they are old."""
        self.search_timer.stop()
        self._show(self.kept.select(self.filters()))
        self._want_if_old()

    def refresh(self) -> None:
        """Read every line and its counts now, then show them; keep the current activity."""
        self.search_timer.stop()
        self._wanted = None
        self._discard_read()
        self._arrived(read_list(self.database, youth_threshold=self.youth_threshold))

    # Reading in the background -----------------------------------------------------------

    def _want(self, wanted: Wanted, now: bool = False, after_paint: bool = False) -> None:
        self._wanted = wanted if self._wanted is None else self._wanted | wanted
        if now or self.isVisible():
            self._read_wanted(after_paint)

    def _want_if_old(self) -> None:
        if self._task is None and time.monotonic() - self._read_at > REREAD_AFTER_S:
            self._want(Wanted())

    def _read_wanted(self, after_paint: bool = False) -> None:
        """Start reading the wanted lines, unless a read is under way (then after it: reads
        in order, so that an older answer never replaces a newer one); with `after_paint`,
        the read waits in its thread for the list's first paint."""
        if self._task is not None or self._wanted is None:
            return
        wanted, self._wanted = self._wanted, None
        database, threshold = self.database, self.youth_threshold
        painted = self._painted_once if after_paint else None
        if wanted.activities is None:
            self._read_at = time.monotonic()

        def read(_progress: object, _cancelled: object) -> ListRead:
            if painted is not None:
                painted.wait(PAINT_WAIT_S)
            return read_list(database, wanted.activities, wanted.persons, youth_threshold=threshold)

        task = run_task(read, self)
        self._task = task
        task.succeeded.connect(lambda read: self._read_done(task, read))
        task.failed.connect(lambda error: self._failed(task, error))

    def _discard_read(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _read_done(self, task: Task, read: ListRead) -> None:
        if task is not self._task:  # discarded: a full read was made meanwhile
            return
        self._task = None
        self._arrived(read)
        self.refreshed.emit()
        if self.isVisible():
            self._read_wanted()

    def _fill_tags(self, tags: tuple[str, ...]) -> None:
        """The tags in use as read with the lines, the one chosen kept."""
        chosen = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(chosen)))
        self.tag_combo.blockSignals(False)

    def _arrived(self, read: ListRead) -> None:
        if read.ids is None:
            self._read_at = time.monotonic()
        self.kept.apply(read)
        self._fill_tags(read.tags)
        self.search_timer.stop()
        self._show(self.kept.select(self.filters()))
        # The activity written is chosen by the read that brings its line: a read under way
        # when it was written (started before) has not got it.
        select = self._select_when_read
        if select is not None and any(line.row.id == select for line in read.lines):
            self._select_when_read = None
            self.select_activity(select)
        self.current_changed.emit()  # its counts may be new

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is self._task:
            self._task = None
            self.count_label.setText(error_text(error))

    def is_refreshing(self) -> bool:
        """A read is under way (its lines are not on screen yet)."""
        return (
            self._task is not None or self.search_timer.isActive() or self._counting_soon.isActive()
        )

    def when_counted(self, then: Callable[[], object]) -> None:
        """Call `then()` once every line has its counts (at once when they have)."""
        if self.kept.all_counted() and self._task is None:
            then()
            return

        def once() -> None:
            if self.kept.all_counted():
                self.refreshed.disconnect(once)
                then()

        self.refreshed.connect(once)

    def _show(self, rows: list[ActivityRow]) -> None:
        current = self.current_activity()
        self.model.show_rows(rows)
        if self.kept.all_counted():
            text = self.tr("Activities shown: {count}").format(count=len(rows))
        else:
            text = self.tr("Activities shown: {count} (counting the participants…)").format(
                count=len(rows)
            )
        self.count_label.setText(text)
        kept = current is not None and self.select_activity(current.id)
        if not kept and rows:  # a current activity from the start: Ctrl+K works at once
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)
        if rows and not self._sized:
            self._sized = True
            self._size_columns()

    def _size_columns(self) -> None:
        """Each column but the title (which takes the rest) as wide as its header and the
        first SAMPLE_ROWS rows need."""
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)

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
        self.apply_filters()

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
        from desktop_app.ui.reports.explain_dialog import open_explanation  # not at start

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
