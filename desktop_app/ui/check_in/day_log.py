"""The check-in screen's day: who is checked in on it, its log (latest first), its undo stack
(Ctrl+Z undoes only what was done on the day shown, and says what it undid), and the signatures
of its check-ins with the revisions that guard every change (role changes: check_in_roles.py).

A change names the revision the screen shows of the check-in (`shown_revision`); one that
someone else changed or removed in between is refused, said so, and the day is read again
(`write_refused`). A part of `CheckInView`, which builds the widgets used here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack

from desktop_app.activities.attendance import (
    AttendanceRow,
    attendance_grid,
    set_signed,
    usual_roles,
)
from desktop_app.messages import RegistreError
from desktop_app.records.validation import NotFound
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.ui.common.changes import Changes
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.models.check_in import CheckInEntry

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

    from desktop_app.activities.activities import ActivityDetails
    from desktop_app.store import Database
    from desktop_app.ui.common.changes import ChangeSignal, Ids
    from desktop_app.ui.models.check_in import CheckInLogModel, CheckInMatchModel
    from desktop_app.ui.widgets.changed_elsewhere import ChangedElsewhereBar

    class _Screen(QWidget):
        """What the day's part uses of the rest of the screen (CheckInView builds it all)."""

        database: Database
        activity: ActivityDetails
        undo_stack: QUndoStack  # of the day shown
        _undo_stacks: dict[dt.date, QUndoStack]
        undo_stack_changed: SignalInstance
        day_combo: QComboBox
        search_edit: QLineEdit
        search_timer: QTimer
        matches: CheckInMatchModel
        log: CheckInLogModel
        changed_elsewhere: ChangedElsewhereBar
        _present: dict[int, tuple[int, str]]  # person id -> (attendance id, role)
        _revisions: dict[int, int]  # attendance id -> the revision last shown or saved here
        _usual_roles: dict[int, str]  # person id -> the role held on other days
        _activity_persons: set[int]  # persons checked in to the activity, any day
        changes: ChangeSignal

        def focus_first(self) -> None: ...
        def refresh_counts(self) -> None: ...
        def show_message(self, text: str, error: bool = False) -> None: ...
        def show_error(self, error: BaseException) -> None: ...
        def run_search(self) -> None: ...
        def highlighted_row(self) -> int: ...
        def show_next(self) -> None: ...
        def persons_changed(self, persons: Ids) -> None: ...
        def activity_changed(self) -> None: ...

else:
    _Screen = object  # CheckInView, the QWidget this is a part of


def person_label(family_name: str, given_names: str) -> str:
    return f"{family_name.upper()} {given_names}".strip()


class CheckInDayLog(_Screen):
    """The day's part of CheckInView (its texts translated under this class's name)."""

    # The day -----------------------------------------------------------------------------

    def current_day(self) -> dt.date:
        return self.activity.days[max(0, self.day_combo.currentIndex())]

    def step_day(self, step: int) -> None:
        index = self.day_combo.currentIndex() + step
        if 0 <= index < self.day_combo.count():
            self.day_combo.setCurrentIndex(index)
        self.focus_first()

    def reload_day(self) -> None:
        """Who is checked in on the current day, the day's log, the counters."""
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
        self.matches.set_present(
            {pid: role for pid, (_aid, role) in present.items()}, self._usual_roles
        )
        self.use_undo_stack_of(day)
        self.refresh_counts()
        self.show_next()

    def after_undo_or_redo(self) -> None:
        """A change of the day's check-ins went through (a step done, undone or redone)."""
        self.announce_attendance()
        self.reload_day()
        self.focus_first()

    def announce_attendance(self) -> None:
        self.changes.announce(Changes.of(attendance={self.activity.id}), self)

    def apply_changes(self, changes: Changes, source: object) -> None:
        """What other writes changed: the registry search learns the persons written, and the
        day is read again when the activity, its attendance or one of its persons changed."""
        if source is self:
            return
        if changes.persons:
            self.persons_changed(changes.persons)
        activity_id = self.activity.id
        if activity_id in changes.activities:
            self.activity_changed()  # reads the day too
        elif activity_id in changes.attendance or changes.persons.touches(self._activity_persons):
            self.reload_day()
        elif activity_id in changes.head_counts:
            self.refresh_counts()

    # Undo, day by day --------------------------------------------------------------------

    def undo_stack_of(self, day: dt.date) -> QUndoStack:
        stack = self._undo_stacks.get(day)
        if stack is None:
            stack = QUndoStack(self)
            self._undo_stacks[day] = stack
        return stack

    def use_undo_stack_of(self, day: dt.date) -> None:
        """Ctrl+Z undoes what was done on the day shown, never on another day."""
        stack = self.undo_stack_of(day)
        if stack is not self.undo_stack:
            self.undo_stack = stack
            self.undo_stack_changed.emit(stack)

    def undo_on_this_day(self) -> None:
        if self.undo_stack.canUndo():
            self.undo_stack.undo()  # the step says what it undid
        else:
            self.show_message(
                self.tr("Nothing to undo on {day}.").format(day=format_date(self.current_day()))
            )
        self.focus_first()

    def redo_on_this_day(self) -> None:
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
        else:
            self.show_message(
                self.tr("Nothing to redo on {day}.").format(day=format_date(self.current_day()))
            )
        self.focus_first()

    # Signatures and revisions -----------------------------------------------------------

    def _highlighted_or_last(self) -> CheckInEntry | None:
        """The day's check-in of the highlighted person, or else the last check-in."""
        if self.search_timer.isActive():
            self.run_search()
        person = self.matches.row_at(self.highlighted_row())
        if person is not None and person.id in self._present:
            row = self.log.row_of_id(self._present[person.id][0])
            return self.log.row_at(row if row is not None else -1)
        return self.log.row_at(0)

    def toggle_signed(self) -> None:
        """Ctrl+Shift+S: tick or untick the signature of the highlighted person if checked in
        that day, otherwise of the last check-in."""
        target = self._highlighted_or_last()
        if target is not None:
            saved = self._sign(target, not target.signed, later=False)
            if saved is not None:
                self.log.replace_id(saved)
                text = self.tr("{name} signed.") if saved.signed else self.tr("{name}: not signed.")
                self.show_message(text.format(name=saved.name))
                self.search_edit.setText("")
                self.matches.set_rows([])
        self.focus_first()

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
            self.write_refused(error, entry.name, later=later)
            return None
        self.saved(record)
        self.announce_attendance()
        self.show_message("")
        return dataclasses.replace(entry, signed=record.signed, revision=record.revision)

    def shown_revision(self, attendance_id: int) -> int | None:
        return self._revisions.get(attendance_id)

    def saved(self, record: AttendanceRow) -> None:
        """A change made here went through: its revision is the one the screen knows now."""
        self._revisions[record.id] = record.revision

    def write_refused(self, error: RegistreError, name: str, later: bool = False) -> None:
        """A change of a check-in was refused. Changed or removed by someone else: say so and
        read the day again, so that the list shows what is stored; the search box is left as
        it is. `later`: read it once the table's own event is over (a click on a tick box)."""
        if not isinstance(error, RecordChangedElsewhere | NotFound):
            self.show_error(error)
            return
        if later:
            QTimer.singleShot(0, self, self.reload_day)
        else:
            self.reload_day()
        self.show_message("")
        self.changed_elsewhere.label.setText(
            self.tr(
                "{name}: this check-in was changed or removed by someone else since the list "
                "was shown. Nothing was saved; the list now shows what is stored. Apply your "
                "change again if it is still needed."
            ).format(name=name)
        )
        self.changed_elsewhere.show()
