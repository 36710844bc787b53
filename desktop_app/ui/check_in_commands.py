"""Undoable steps of the check-in screen: a check-in, a change of role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.messages import RegistreError
from desktop_app.services.attendance import AttendanceRow, change_role, check_in, undo_check_in
from desktop_app.ui.models.check_in import CheckInEntry

if TYPE_CHECKING:
    from desktop_app.ui.check_in_view import CheckInView


class CheckInCommand(QUndoCommand):
    """Created after the check-in is recorded: the first redo() does nothing."""

    def __init__(self, view: CheckInView, record: AttendanceRow, entry: CheckInEntry) -> None:
        super().__init__(
            QCoreApplication.translate("CheckIn", "Check in {name}").format(name=entry.name)
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
            self.view.show_error(error)
            return
        self._done = True
        self.view.after_undo_or_redo()

    def undo(self) -> None:
        try:
            undo_check_in(self.view.database, self.record.id)
        except RegistreError as error:
            self.view.show_error(error)
            return
        self._done = False
        self.view.after_undo_or_redo()


class RoleCommand(QUndoCommand):
    """Change the role of one check-in (the change is made by the first redo())."""

    def __init__(self, view: CheckInView, attendance_id: int, old: str, new: str, name: str):
        super().__init__(
            QCoreApplication.translate("CheckIn", "Change the role of {name}").format(name=name)
        )
        self.view = view
        self.attendance_id = attendance_id
        self.old = old
        self.new = new

    def _set(self, role: str) -> None:
        try:
            change_role(self.view.database, self.attendance_id, role)
        except RegistreError as error:
            self.view.show_error(error)
            return
        self.view.after_undo_or_redo()

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)
