"""Undoable steps of the check-in screen: a check-in, a change of role.

Both are made before they are pushed (the first redo() does nothing), on the undo stack of their
day. Undoing or redoing names the revision the screen knows of the check-in; when someone else
changed it in between, the step is refused, leaves the undo stack (obsolete) and the screen reads
the day again. Done, each says what it undid or redid on the screen's message line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.activities.attendance import AttendanceRow, change_role, check_in, undo_check_in
from desktop_app.messages import RegistreError
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.models.check_in import CheckInEntry

if TYPE_CHECKING:
    from desktop_app.ui.check_in.view import CheckInView


class CheckInCommand(QUndoCommand):
    def __init__(self, view: CheckInView, record: AttendanceRow, entry: CheckInEntry) -> None:
        super().__init__(
            QCoreApplication.translate("CheckIn", "the check-in of {name}").format(name=entry.name)
        )
        self.view = view
        self.record = record
        self.entry = entry
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        try:
            self.record = check_in(
                self.view.database,
                self.record.activity_id,
                self.record.person_id,
                self.record.day,
                self.record.role,
            )
        except RegistreError as error:
            self._refused(error)
            return
        self._done = True
        self.view.saved(self.record)
        self.view.after_undo_or_redo()
        self.view.show_message(
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
                self.view.database,
                attendance_id,
                expected_revision=self.view.shown_revision(attendance_id),
            )
        except RegistreError as error:
            self._refused(error)
            return
        self._done = False
        self.view.after_undo_or_redo()
        self.view.show_message(
            QCoreApplication.translate(
                "CheckIn", "Undone: {name} is no longer checked in on {day}."
            ).format(name=self.entry.name, day=format_date(self.record.day))
        )

    def _refused(self, error: RegistreError) -> None:
        self.setObsolete(True)
        self.view.write_refused(error, self.entry.name)


class RoleCommand(QUndoCommand):
    """A change of the role of one check-in, already made when pushed."""

    def __init__(self, view: CheckInView, attendance_id: int, old: str, new: str, name: str):
        super().__init__(
            QCoreApplication.translate("CheckIn", "the role of {name}").format(name=name)
        )
        self.view = view
        self.attendance_id = attendance_id
        self.old = old
        self.new = new
        self.name = name
        self._pushed = False

    def _set(self, role: str) -> bool:
        try:
            record = change_role(
                self.view.database,
                self.attendance_id,
                role,
                expected_revision=self.view.shown_revision(self.attendance_id),
            )
        except RegistreError as error:
            self.setObsolete(True)
            self.view.write_refused(error, self.name)
            return False
        self.view.saved(record)
        self.view.after_undo_or_redo()
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # push() calls redo(): the change is already made
            return
        if self._set(self.new):
            self.view.show_message(
                QCoreApplication.translate("CheckIn", "Redone: {name} is {role} again.").format(
                    name=self.name, role=role_label(self.new)
                )
            )

    def undo(self) -> None:
        if self._set(self.old):
            self.view.show_message(
                QCoreApplication.translate("CheckIn", "Undone: {name} is {role} again.").format(
                    name=self.name, role=role_label(self.old)
                )
            )
