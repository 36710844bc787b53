"""Every count of the activity chosen in the list, each opening the persons behind it: under the
activity list, Tab reaches them and Enter (or Space, or a click) opens one."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.activities.counting import ActivityCounts, activity_counts
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.ui.reports.count_links import CountLine
from desktop_app.ui.reports.count_parts import activity_parts, category_parts
from desktop_app.ui.reports.explain_dialog import ExplainDialog, open_explanation

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
        self._timer.timeout.connect(self.refresh)

    def show_activity(self, activity_id: int | None) -> None:
        """Count `activity_id` shortly (the last of quick moves only)."""
        self.activity_id = activity_id
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if self.activity_id is None:
            self.counts = None
            self.title.setText("")
            self.counts_line.setText("")
            self.categories_line.setText("")
            return
        try:
            counts = activity_counts(self.database, self.activity_id, self.youth_threshold)
        except RegistreError:  # deleted meanwhile: the list is refreshed too
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
        self.dialog = open_explanation(
            self,
            self.database,
            field,
            activity_id=self.counts.id,
            youth_threshold=self.youth_threshold,
        )
        return self.dialog
