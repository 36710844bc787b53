"""The check-in screen's day: who is checked in on it, its log (latest first), and the changes
made to those check-ins (role, signature) with the revisions that guard them.

A change names the revision the screen shows of the check-in (`shown_revision`); one that
someone else changed or removed in between is refused, said so, and the day is read again
(`write_refused`). A part of `CheckInView`, which builds the widgets used here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desktop_app.messages import RegistreError
from desktop_app.services.attendance import AttendanceRow, attendance_grid, change_role, set_signed
from desktop_app.services.validation import NotFound
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.ui.check_in_commands import RoleCommand
from desktop_app.ui.formats import role_label
from desktop_app.ui.models.check_in import CheckInEntry

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

    from desktop_app.services.activities import ActivityDetails
    from desktop_app.store import Database
    from desktop_app.ui.changed_elsewhere import ChangedElsewhereBar
    from desktop_app.ui.models.check_in import CheckInLogModel, CheckInMatchModel

    class _Screen(QWidget):
        """What the day's part uses of the rest of the screen (CheckInView builds it all)."""

        database: Database
        activity: ActivityDetails
        undo_stack: QUndoStack
        day_combo: QComboBox
        role_combo: QComboBox
        search_edit: QLineEdit
        search_timer: QTimer
        matches: CheckInMatchModel
        log: CheckInLogModel
        changed_elsewhere: ChangedElsewhereBar
        _present: dict[int, tuple[int, str]]  # person id -> (attendance id, role)
        _revisions: dict[int, int]  # attendance id -> the revision last shown or saved here

        def focus_first(self) -> None: ...
        def refresh_counts(self) -> None: ...
        def show_message(self, text: str, error: bool = False) -> None: ...
        def show_error(self, error: BaseException) -> None: ...
        def run_search(self) -> None: ...
        def highlighted_row(self) -> int: ...

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
                    None,
                    cell.signed,
                    cell.revision,
                )
            )
        entries.sort(key=lambda entry: entry.id, reverse=True)
        self._present = present
        self.log.set_rows(entries)
        self.matches.set_present({pid: role for pid, (_aid, role) in present.items()})
        self.refresh_counts()

    def after_undo_or_redo(self) -> None:
        self.reload_day()
        self.focus_first()

    # Roles -------------------------------------------------------------------------------

    def choose_role(self) -> None:
        self.role_combo.setFocus()
        self.role_combo.showPopup()

    def apply_role_to_last(self) -> None:
        """The chosen role goes to the highlighted person if checked in that day (type their
        name to find them), otherwise to the last check-in."""
        role = str(self.role_combo.currentData())
        target = self._highlighted_or_last()
        if target is None:
            self.focus_first()
            return
        attendance_id, old, name = target.id, target.role, target.name
        if old != role:
            try:
                record = change_role(
                    self.database,
                    attendance_id,
                    role,
                    expected_revision=self.shown_revision(attendance_id),
                )
            except RegistreError as error:
                self.write_refused(error, name)
                self.focus_first()
                return  # what was typed to find the person stays
            self.saved(record)
            self.undo_stack.push(RoleCommand(self, attendance_id, old, role, name))
            self.after_undo_or_redo()
            self.show_message(
                self.tr("{name} is now {role}.").format(name=name, role=role_label(role))
            )
        self.search_edit.setText("")
        self.matches.set_rows([])
        self.focus_first()

    def _highlighted_or_last(self) -> CheckInEntry | None:
        """The day's check-in of the highlighted person, or else the last check-in."""
        if self.search_timer.isActive():
            self.run_search()
        person = self.matches.row_at(self.highlighted_row())
        if person is not None and person.id in self._present:
            row = self.log.row_of_id(self._present[person.id][0])
            return self.log.row_at(row if row is not None else -1)
        return self.log.row_at(0)

    # Signatures and revisions -----------------------------------------------------------

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
