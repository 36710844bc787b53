"""The check-in screen's day: who is checked in on it, its log (latest first), its undo stack
(Ctrl+Z undoes only what was done on the day shown, and says what it undid), and every write to
its check-ins (a check-in, a role, a signature) with the revisions that guard them.

A change names the revision the screen shows of the check-in (`shown_revision`); one that
someone else changed or removed in between is refused, said so, and the day is read again
(`refused`). A part of the check-in screen (view.py wires it): it owns the day list, the log
and all of the day's state, and says `reloaded` when it read the day, `written` when a change
made here went through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desktop_app.activities.activities import ActivityDetails
from desktop_app.activities.attendance import (
    AttendanceRow,
    attendance_grid,
    change_role,
    check_in,
    set_signed,
    usual_roles,
)
from desktop_app.messages import RegistreError
from desktop_app.records.validation import NotFound
from desktop_app.store import Database
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.ui.check_in.commands import CheckInCommand, RoleCommand
from desktop_app.ui.common.changes import Ids
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text
from desktop_app.ui.models.check_in import CheckInEntry, CheckInLogModel, CheckInMatchModel
from desktop_app.ui.widgets.changed_elsewhere import ChangedElsewhereBar
from desktop_app.ui.widgets.field_messages import ERROR_STYLE


def person_label(family_name: str, given_names: str) -> str:
    return f"{family_name.upper()} {given_names}".strip()


def check_in_table(model: CheckInMatchModel | CheckInLogModel, name: str) -> QTableView:
    """A table of the screen: rows chosen whole, never the keyboard (the search box keeps it)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)  # the rows on screen: not 800 at each check-in
    header.setStretchLastSection(True)
    # Rows inserted one by one (check-ins) do not resize the columns by themselves.
    model.rowsInserted.connect(lambda *_: header.resizeSections())
    return table


class MessageLine:
    """The screen's message line, and the bar saying a check-in was changed elsewhere."""

    def __init__(self, parent: QWidget) -> None:
        self.label = QLabel(parent)
        self.label.setObjectName("check_in_message")
        self.label.setWordWrap(True)
        self.changed_elsewhere = ChangedElsewhereBar(parent)
        self.changed_elsewhere.reload_button.hide()  # the day is read again at once

    def show(self, text: str, error: bool = False) -> None:
        self.changed_elsewhere.hide()
        self.label.setStyleSheet(ERROR_STYLE if error else "")
        self.label.setText(text)

    def show_error(self, error: BaseException) -> None:
        self.show(error_text(error), error=True)

    def show_changed_elsewhere(self, text: str) -> None:
        self.show("")
        self.changed_elsewhere.label.setText(text)
        self.changed_elsewhere.show()


class CheckInDayLog(QObject):
    """The day shown and its check-ins (its texts translated under this class's name)."""

    reloaded = Signal()  # the day was read: who is here, the log, the undo stack
    written = Signal()  # a change made here went through: to be announced
    undo_stack_changed = Signal(object)  # the QUndoStack of the day now shown

    def __init__(
        self,
        database: Database,
        activity: ActivityDetails,
        start: dt.date | None,
        messages: MessageLine,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.activity = activity
        self.messages = messages
        self._present: dict[int, tuple[int, str]] = {}  # person id -> (attendance id, role)
        self._usual_roles: dict[int, str] = {}  # person id -> the role held on other days
        self._activity_persons: set[int] = set()  # checked in to the activity, any day
        # attendance id -> the revision last shown or saved here, sent as expected_revision=
        self._revisions: dict[int, int] = {}
        self._undo_stacks: dict[dt.date, QUndoStack] = {}  # one per day
        self.combo = QComboBox()
        self.combo.setObjectName("check_in_day")
        self.combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for day in activity.days:
            self.combo.addItem(format_date(day))
        self.log = CheckInLogModel(parent, sign=self._sign)
        self.table = check_in_table(self.log, "check_in_log")
        today = dt.date.today()
        start = start or (today if today in activity.days else activity.start_date)
        days = activity.days
        self.undo_stack = self._undo_stack_of(start if start in days else days[0])
        self.combo.setCurrentIndex(days.index(start) if start in days else 0)
        self.combo.currentIndexChanged.connect(lambda _index: self.reload())

    # The day -----------------------------------------------------------------------------

    def current_day(self) -> dt.date:
        return self.activity.days[max(0, self.combo.currentIndex())]

    def step(self, step: int) -> None:
        index = self.combo.currentIndex() + step
        if 0 <= index < self.combo.count():
            self.combo.setCurrentIndex(index)

    def set_activity(self, activity: ActivityDetails) -> None:
        """The activity was edited elsewhere: its days, then the day shown read again."""
        day = self.current_day()
        self.activity = activity
        self.combo.blockSignals(True)  # one reading of the day, below
        self.combo.clear()
        for each in activity.days:
            self.combo.addItem(format_date(each))
        self.combo.setCurrentIndex(activity.days.index(day) if day in activity.days else 0)
        self.combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Who is checked in on the current day, the day's log, its undo stack."""
        day = self.current_day()
        grid = attendance_grid(self.database, self.activity.id)
        column = grid.days.index(day) if day in grid.days else -1
        present: dict[int, tuple[int, str]] = {}
        entries: list[CheckInEntry] = []
        for row in grid.rows:
            cell = row.cells[column] if column >= 0 else None
            if cell is None:
                continue
            present[row.person_id] = (cell.attendance_id, cell.role)
            self._revisions[cell.attendance_id] = cell.revision
            entries.append(
                CheckInEntry(
                    cell.attendance_id,
                    row.person_id,
                    person_label(row.family_name, row.given_names),
                    row.organisation or "",
                    cell.role,
                    cell.checked_in_at,
                    cell.signed,
                    cell.revision,
                )
            )
        entries.sort(key=lambda entry: entry.id, reverse=True)
        self._present = present
        self._activity_persons = {row.person_id for row in grid.rows}
        self._usual_roles = usual_roles(grid, day)
        self.log.set_rows(entries)
        self._use_undo_stack_of(day)
        self.reloaded.emit()

    # Who is here -------------------------------------------------------------------------

    def count(self) -> int:
        """How many are checked in on the day shown."""
        return len(self._present)

    def present_ids(self) -> set[int]:
        return set(self._present)

    def present_roles(self) -> dict[int, str]:
        """Person id -> role, of those checked in on the day shown."""
        return {person_id: role for person_id, (_id, role) in self._present.items()}

    def usual_roles(self) -> dict[int, str]:
        """Person id -> the role held on other days of the activity."""
        return dict(self._usual_roles)

    def usual_role(self, person_id: int) -> str | None:
        return self._usual_roles.get(person_id)

    def present_role(self, person_id: int) -> str | None:
        present = self._present.get(person_id)
        return present[1] if present is not None else None

    def entry_of(self, person_id: int) -> CheckInEntry | None:
        """The person's check-in of the day shown, as the log lists it."""
        present = self._present.get(person_id)
        row = self.log.row_of_id(present[0]) if present is not None else None
        return self.log.row_at(row) if row is not None else None

    def last(self) -> CheckInEntry | None:
        """The last check-in of the day shown."""
        return self.log.row_at(0)

    def touches(self, persons: Ids) -> bool:
        """Whether a change of these persons changes what the day shows."""
        return persons.touches(self._activity_persons)

    # Writes ------------------------------------------------------------------------------

    def check_in(self, person_id: int, name: str, organisation: str, role: str) -> AttendanceRow:
        """The person checked in on the day shown (Ctrl+Z undoes it); a check-in that was there
        already is returned as it is stored (`already_present`). Raises RegistreError."""
        record = check_in(self.database, self.activity.id, person_id, self.current_day(), role)
        if record.already_present:
            if self.shown_revision(record.id) != record.revision:
                self.reload()  # checked in or changed by someone else since it was read
            return record
        entry = CheckInEntry(
            record.id,
            person_id,
            name,
            organisation,
            role,
            record.checked_in_at,
            record.signed,
            record.revision,
        )
        self._present[person_id] = (record.id, role)
        self._activity_persons.add(person_id)
        self._revisions[record.id] = record.revision
        self.log.add_first(entry)
        self.undo_stack.push(CheckInCommand(self, record, entry))
        return record

    def change_role(self, entry: CheckInEntry, role: str) -> bool:
        """The role of a check-in of the day, changed now (Ctrl+Z undoes it); False when it
        was refused (said why)."""
        try:
            record = change_role(
                self.database, entry.id, role, expected_revision=self.shown_revision(entry.id)
            )
        except RegistreError as error:
            self.refused(error, entry.name)
            return False
        self.saved(record)
        self.undo_stack.push(RoleCommand(self, entry.id, entry.role, role, entry.name))
        self.after_step()
        return True

    def toggle_signed(self, entry: CheckInEntry) -> bool:
        """Tick or untick the signature of a check-in of the log (Ctrl+Shift+S); says so."""
        saved = self._sign(entry, not entry.signed, later=False)
        if saved is None:
            return False
        self.log.replace_id(saved)
        text = self.tr("{name} signed.") if saved.signed else self.tr("{name}: not signed.")
        self.messages.show(text.format(name=saved.name))
        return True

    def _sign(self, entry: CheckInEntry, signed: bool, later: bool = True) -> CheckInEntry | None:
        """The signature of a check-in of the log, changed (by its tick box: `later`)."""
        try:
            record = set_signed(
                self.database,
                entry.id,
                signed,
                expected_revision=self.shown_revision(entry.id),
            )
        except RegistreError as error:
            self.refused(error, entry.name, later=later)
            return None
        self.saved(record)
        self.written.emit()
        self.messages.show("")
        return dataclasses.replace(entry, signed=record.signed, revision=record.revision)

    # Revisions (commands.DaySteps) -------------------------------------------------------

    def shown_revision(self, attendance_id: int) -> int | None:
        return self._revisions.get(attendance_id)

    def saved(self, record: AttendanceRow) -> None:
        """A change made here went through: its revision is the one the screen knows now."""
        self._revisions[record.id] = record.revision

    def after_step(self) -> None:
        """A change of the day's check-ins went through (a step done, undone or redone)."""
        self.written.emit()
        self.reload()

    def show_message(self, text: str) -> None:
        self.messages.show(text)

    def refused(self, error: RegistreError, name: str, later: bool = False) -> None:
        """A change of a check-in was refused. Changed or removed by someone else: say so and
        read the day again, so that the list shows what is stored; the search box is left as
        it is. `later`: read it once the table's own event is over (a click on a tick box)."""
        if not isinstance(error, RecordChangedElsewhere | NotFound):
            self.messages.show_error(error)
            return
        if later:
            QTimer.singleShot(0, self, self.reload)
        else:
            self.reload()
        self.messages.show_changed_elsewhere(
            self.tr(
                "{name}: this check-in was changed or removed by someone else since the list "
                "was shown. Nothing was saved; the list now shows what is stored. Apply your "
                "change again if it is still needed."
            ).format(name=name)
        )

    # Undo, day by day --------------------------------------------------------------------

    def _undo_stack_of(self, day: dt.date) -> QUndoStack:
        stack = self._undo_stacks.get(day)
        if stack is None:
            stack = QUndoStack(self)
            self._undo_stacks[day] = stack
        return stack

    def _use_undo_stack_of(self, day: dt.date) -> None:
        """Ctrl+Z undoes what was done on the day shown, never on another day."""
        stack = self._undo_stack_of(day)
        if stack is not self.undo_stack:
            self.undo_stack = stack
            self.undo_stack_changed.emit(stack)

    def undo(self) -> None:
        if self.undo_stack.canUndo():
            self.undo_stack.undo()  # the step says what it undid
        else:
            self.messages.show(
                self.tr("Nothing to undo on {day}.").format(day=format_date(self.current_day()))
            )

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
        else:
            self.messages.show(
                self.tr("Nothing to redo on {day}.").format(day=format_date(self.current_day()))
            )
