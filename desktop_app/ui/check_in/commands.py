"""Undoable steps of the check-in screen: a check-in, a change of role.

Both are made before they are pushed (the first redo() does nothing), on the undo stack of their
day. Undoing or redoing names the revision the day shows of the check-in; when someone else
changed it in between, the step is refused, leaves the undo stack (obsolete) and the day is read
again. Done, each says what it undid or redid on the screen's message line. The steps know the
day only through `DaySteps` (the day's part, day_log.CheckInDayLog, is one).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.activities.attendance import AttendanceRow, change_role, check_in, undo_check_in
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.models.check_in import CheckInEntry


class DaySteps(Protocol):
    """What a step needs of the day it was made on."""

    database: Database

    def shown_revision(self, attendance_id: int) -> int | None:
        """The revision of the check-in the screen shows, sent as `expected_revision=`."""

    def saved(self, record: AttendanceRow) -> None:
        """A change went through: its revision is the one the screen knows now."""

    def refused(self, error: RegistreError, name: str) -> None:
        """A change was refused: say why (and read the day again if someone else changed it)."""

    def after_step(self) -> None:
        """A step done, undone or redone: announced, and the day read again."""

    def show_message(self, text: str) -> None: ...


class CheckInCommand(QUndoCommand):
    def __init__(self, day: DaySteps, record: AttendanceRow, entry: CheckInEntry) -> None:
        super().__init__(
            QCoreApplication.translate("CheckIn", "the check-in of {name}").format(name=entry.name)
        )
        self.day = day
        self.record = record
        self.entry = entry
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        try:
            self.record = check_in(
                self.day.database,
                self.record.activity_id,
                self.record.person_id,
                self.record.day,
                self.record.role,
            )
        except RegistreError as error:
            self._refused(error)
            return
        self._done = True
        self.day.saved(self.record)
        self.day.after_step()
        self.day.show_message(
            QCoreApplication.translate(
                "CheckIn", "Redone: {name} is checked in again on {day}, as {role}."
            ).format(
                name=self.entry.name,
                day=format_date(self.record.day),
                role=role_label(self.record.role),
            )
        )

    def undo(self) -> None:
        attendance_id = self.record.id
        try:
            undo_check_in(
                self.day.database,
                attendance_id,
                expected_revision=self.day.shown_revision(attendance_id),
            )
        except RegistreError as error:
            self._refused(error)
            return
        self._done = False
        self.day.after_step()
        self.day.show_message(
            QCoreApplication.translate(
                "CheckIn", "Undone: {name} is no longer checked in on {day}."
            ).format(name=self.entry.name, day=format_date(self.record.day))
        )

    def _refused(self, error: RegistreError) -> None:
        self.setObsolete(True)
        self.day.refused(error, self.entry.name)


class RoleCommand(QUndoCommand):
    """A change of the role of one check-in, already made when pushed."""

    def __init__(self, day: DaySteps, attendance_id: int, old: str, new: str, name: str):
        super().__init__(
            QCoreApplication.translate("CheckIn", "the role of {name}").format(name=name)
        )
        self.day = day
        self.attendance_id = attendance_id
        self.old = old
        self.new = new
        self.name = name
        self._pushed = False

    def _set(self, role: str) -> bool:
        try:
            record = change_role(
                self.day.database,
                self.attendance_id,
                role,
                expected_revision=self.day.shown_revision(self.attendance_id),
            )
        except RegistreError as error:
            self.setObsolete(True)
            self.day.refused(error, self.name)
            return False
        self.day.saved(record)
        self.day.after_step()
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # push() calls redo(): the change is already made
            return
        if self._set(self.new):
            self.day.show_message(
                QCoreApplication.translate("CheckIn", "Redone: {name} is {role} again.").format(
                    name=self.name, role=role_label(self.new)
                )
            )

    def undo(self) -> None:
        if self._set(self.old):
            self.day.show_message(
                QCoreApplication.translate("CheckIn", "Undone: {name} is {role} again.").format(
                    name=self.name, role=role_label(self.old)
                )
            )
