"""Every count of the activity chosen in the list, each opening the persons behind it: under the
activity list, Tab reaches them and Enter (or Space, or a click) opens one.

The counts of the activity chosen are read off the UI thread (tens of milliseconds for a big
activity): moving through the list never waits for them. What shows them and the persons
behind them is imported when the first counts arrive: the window starts without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.activities.counting import ActivityCounts, activity_counts
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.reports.count_links import CountLine

if TYPE_CHECKING:
    from desktop_app.ui.reports.explain_dialog import ExplainDialog

DELAY_MS = 120  # moving through the list with the arrows does not count each row passed


class ActivityCountsPanel(QWidget):
    def __init__(
        self, database: Database, youth_threshold: int = 30, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activity_counts")
        self.database = database
        self.youth_threshold = youth_threshold
        self.activity_id: int | None = None
        self.counts: ActivityCounts | None = None
        self.dialog: ExplainDialog | None = None
        self._task: Task | None = None
        self.title = QLabel(self)
        self.title.setObjectName("activity_counts_title")
        self.counts_line = CountLine(self)
        self.counts_line.setObjectName("activity_counts_line")
        self.categories_line = CountLine(self)
        self.categories_line.setObjectName("activity_categories_line")
        for line in (self.counts_line, self.categories_line):
            line.activated.connect(self.open_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.counts_line)
        layout.addWidget(self.categories_line)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._refresh_in_background)

    def show_activity(self, activity_id: int | None) -> None:
        """Count `activity_id` shortly (the last of quick moves only), off the UI thread."""
        self.activity_id = activity_id
        self._timer.start()

    def refresh(self) -> None:
        """Count the activity now."""
        self._timer.stop()
        self._task = None  # an answer still coming is older
        if self.activity_id is None:
            self._show(None)
            return
        try:
            counts = activity_counts(self.database, self.activity_id, self.youth_threshold)
        except RegistreError:  # deleted meanwhile: the list is refreshed too
            return
        self._show(counts)

    def is_counting(self) -> bool:
        return self._task is not None or self._timer.isActive()

    def _refresh_in_background(self) -> None:
        if self.activity_id is None:
            self.refresh()
            return
        database, activity_id, threshold = self.database, self.activity_id, self.youth_threshold
        task = run_task(
            lambda _progress, _cancelled: activity_counts(database, activity_id, threshold), self
        )
        self._task = task
        task.succeeded.connect(lambda counts: self._arrived(task, counts))
        task.failed.connect(lambda error: self._failed(task, error))

    def _arrived(self, task: Task, counts: ActivityCounts) -> None:
        if task is self._task:  # else an older question
            self._task = None
            self._show(counts)

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is self._task:
            self._task = None
        if not isinstance(error, RegistreError):  # deleted meanwhile: the list is read again
            raise error

    def _show(self, counts: ActivityCounts | None) -> None:
        from desktop_app.ui.reports.count_parts import activity_parts, category_parts

        if counts is None or counts.id != self.activity_id:
            self.counts = None
            self.title.setText("")
            self.counts_line.setText("")
            self.categories_line.setText("")
            return
        self.counts = counts
        self.title.setText(
            self.tr("Counts of “{title}” (Enter on a count: the persons behind it):").format(
                title=counts.title
            )
        )
        self.counts_line.set_counts(activity_parts(counts))
        categories = category_parts(counts.by_category, counts.unnamed)
        if categories:
            self.categories_line.set_counts(categories)
        else:
            self.categories_line.setText("")

    def open_list(self, field: str) -> ExplainDialog | None:
        if self.counts is None:
            return None
        from desktop_app.ui.reports.explain_dialog import open_explanation

        self.dialog = open_explanation(
            self,
            self.database,
            field,
            activity_id=self.counts.id,
            youth_threshold=self.youth_threshold,
        )
        return self.dialog
