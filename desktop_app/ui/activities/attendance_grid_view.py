"""Attendance of a multi-day activity: persons x days; Space ticks or unticks the current cell,
S signs or unsigns it.

Unticking and signing name the revision of the check-in the grid shows: one that someone else
changed or removed in between is refused, the grid says so and is read again.

Each tick and signature is announced on the window's change signal; the grid reads itself again
when another write changes its activity's attendance, head counts or persons.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.activities.attendance import (
    DEFAULT_ROLE,
    AttendanceCell,
    GridRow,
    attendance_grid,
    check_in,
    set_signed,
    undo_check_in,
)
from desktop_app.activities.counting import activity_counts
from desktop_app.records.validation import NotFound
from desktop_app.store import Database
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import Changes, ChangeSignal
from desktop_app.ui.common.current_activity import CurrentActivity
from desktop_app.ui.common.formats import counter_text, format_range
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text
from desktop_app.ui.models.attendance_grid import FIRST_DAY, AttendanceGridModel
from desktop_app.ui.widgets.changed_elsewhere import ChangedElsewhereBar
from desktop_app.ui.widgets.field_messages import ERROR_STYLE


class AttendanceGridView(QWidget):
    counts_changed = Signal()

    def __init__(
        self,
        database: Database,
        activity_id: int,
        youth_threshold: int = 30,
        parent: QWidget | None = None,
        changes: ChangeSignal | None = None,
        current: CurrentActivity | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AttendanceGridView")
        self.database = database
        self.changes = changes if changes is not None else ChangeSignal(self)
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
        hint = QLabel(
            self.tr("Arrows move, Space ticks or unticks the present day, S signs or unsigns it.")
        )
        self.model = AttendanceGridModel(self._toggle, self, sign=self._sign)
        self.sign_action = make_action(
            self,
            self.tr("Signed: sign or unsign the current day"),
            self.toggle_signed,
            "S",
        )
        self.sign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.sign_action)
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
        self.changed_elsewhere = ChangedElsewhereBar(self)
        self.changed_elsewhere.reload_button.hide()  # the grid is read again at once
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counter_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.changed_elsewhere)
        self.model.failed.connect(self._failed)
        self.model.totals_changed.connect(self.refresh_counts)
        self.setFocusProxy(self.table)
        self.changes.changed.connect(self.apply_changes)
        if current is not None:  # on screen, its activity is the window's current one
            current.follow(self, lambda: self.activity.id)
        self.reload()

    def focus_first(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 1:
            self.table.setCurrentIndex(self.model.index(0, FIRST_DAY))

    def apply_changes(self, changes: Changes, source: object) -> None:
        if source is self:
            return
        persons = (row.person_id for row in self.model.persons())
        if changes.counts_of(self.activity.id, persons):
            self.reload()
            self.refresh_counts()

    def reload(self) -> None:
        """Read the grid again; the keyboard stays on the same person and day."""
        current = self.table.currentIndex()
        person = self.model.person_at(current.row()) if current.isValid() else None
        self.model.set_grid(attendance_grid(self.database, self.activity.id))
        row = self.model.row_of_person(person.person_id) if person is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, current.column()))

    def _toggle(
        self, person_id: int, day: dt.date, before: AttendanceCell | None
    ) -> AttendanceCell | None:
        """Tick: check in with the role the person holds on the nearest other day; untick:
        undo."""
        self.error_label.clear()
        self.changed_elsewhere.hide()
        if before is not None:
            undo_check_in(self.database, before.attendance_id, expected_revision=before.revision)
            self._announce()
            return None
        role = self.model.role_on(person_id, day) or DEFAULT_ROLE
        record = check_in(self.database, self.activity.id, person_id, day, role)
        self._announce()
        return AttendanceCell(record.id, record.role, record.signed, record.revision)

    def _announce(self) -> None:
        self.changes.announce(Changes.of(attendance={self.activity.id}), self)

    def toggle_signed(self) -> None:
        self.error_label.clear()
        self.changed_elsewhere.hide()
        self.model.toggle_signed(self.table.currentIndex())

    def _sign(self, cell: AttendanceCell, signed: bool) -> AttendanceCell:
        record = set_signed(
            self.database, cell.attendance_id, signed, expected_revision=cell.revision
        )
        self._announce()
        return AttendanceCell(record.id, record.role, record.signed, record.revision)

    def _failed(self, error: Exception, person: GridRow, day: dt.date) -> None:
        if not isinstance(error, RecordChangedElsewhere | NotFound):
            self.error_label.setText(error_text(error))
            return
        QTimer.singleShot(0, self, self.reload)  # once the click or key that ticked is over
        self.changed_elsewhere.label.setText(
            self.tr(
                "{name}, {day}: this attendance was changed or removed by someone else since "
                "the grid was shown. Nothing was saved; the grid now shows what is stored. "
                "Do it again if it is still needed."
            ).format(name=person.display_name, day=format_date(day))
        )
        self.changed_elsewhere.show()

    def refresh_counts(self) -> None:
        counts = activity_counts(self.database, self.activity.id, self.youth_threshold)
        self.counter_label.setText(counter_text(counts.participants, counts.women, counts.youth))
        complete, participants = self.model.completion()
        self.summary_label.setText(
            self.tr(
                "Person-days {person_days} · Present every day: {complete} of {participants} "
                "participants · Team {team}"
            ).format(
                person_days=counts.person_days,
                complete=complete,
                participants=participants,
                team=counts.team,
            )
        )
        self.counts_changed.emit()
