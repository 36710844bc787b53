"""Attendance of a multi-day activity: persons x days; Space ticks or unticks the current cell."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reports.counting import activity_counts
from desktop_app.services.activities import get_activity
from desktop_app.services.attendance import (
    DEFAULT_ROLE,
    AttendanceCell,
    attendance_grid,
    check_in,
    undo_check_in,
)
from desktop_app.store import Database
from desktop_app.ui.field_messages import ERROR_STYLE
from desktop_app.ui.formats import counter_text, format_range
from desktop_app.ui.models.attendance_grid import FIRST_DAY, AttendanceGridModel


class AttendanceGridView(QWidget):
    counts_changed = Signal()

    def __init__(
        self,
        database: Database,
        activity_id: int,
        youth_threshold: int = 30,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AttendanceGridView")
        self.database = database
        self.activity = get_activity(database, activity_id)
        self.youth_threshold = youth_threshold
        title = QLabel(
            self.tr("<b>{title}</b> — {dates}, {city}").format(
                title=self.activity.title,
                dates=format_range(self.activity.start_date, self.activity.end_date),
                city=self.activity.city,
            )
        )
        title.setWordWrap(True)
        hint = QLabel(self.tr("Arrows move, Space ticks or unticks the present day."))
        self.model = AttendanceGridModel(self._toggle, self)
        self.table = QTableView()
        self.table.setObjectName("attendance_grid")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counter_label = QLabel()
        self.counter_label.setObjectName("grid_counter")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("grid_summary")
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counter_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        self.model.failed.connect(self.error_label.setText)
        self.model.totals_changed.connect(self.refresh_counts)
        self.setFocusProxy(self.table)
        self.reload()

    def focus_first(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 1:
            self.table.setCurrentIndex(self.model.index(0, FIRST_DAY))

    def reload(self) -> None:
        self.model.set_grid(attendance_grid(self.database, self.activity.id))

    def _toggle(
        self, person_id: int, day: dt.date, before: AttendanceCell | None
    ) -> AttendanceCell | None:
        """Tick: check in with the role the person holds on other days; untick: undo."""
        self.error_label.clear()
        if before is not None:
            undo_check_in(self.database, before.attendance_id)
            return None
        role = self._role_elsewhere(person_id)
        record = check_in(self.database, self.activity.id, person_id, day, role)
        return AttendanceCell(record.id, record.role, record.signed)

    def _role_elsewhere(self, person_id: int) -> str:
        return self.model.role_of(person_id) or DEFAULT_ROLE

    def refresh_counts(self) -> None:
        counts = activity_counts(self.database, self.activity.id, self.youth_threshold)
        self.counter_label.setText(counter_text(counts.participants, counts.women, counts.youth))
        complete, participants = self.model.completion()
        self.summary_label.setText(
            self.tr(
                "Person-days {person_days} · Completion: {complete} of {participants} "
                "participants present every day · Team {team}"
            ).format(
                person_days=counts.person_days,
                complete=complete,
                participants=participants,
                team=counts.team,
            )
        )
        self.counts_changed.emit()
