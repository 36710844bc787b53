"""Roles on the check-in screen: a role chosen applies to one person only.

Ctrl+R opens the list of roles. The role chosen goes to the person being typed in the search box
(their check-in by Enter; or, if they are checked in already that day, their role changes at
once), or, with nothing typed, to the last check-in of the day. Nothing carries over to the next
arrival: they are a participant, unless they hold a role on other days of this activity, which
they keep (a facilitator of day 1 is a facilitator on day 2). The role list always shows the role
of the person it would act on, and the match list the role of each match on other days.

A part of `CheckInView`, which builds the widgets used here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.activities.attendance import DEFAULT_ROLE, change_role
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import PersonRow
from desktop_app.store.vocabulary import attendance_roles
from desktop_app.ui.check_in.commands import RoleCommand
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.text import language
from desktop_app.ui.models.check_in import CheckInEntry

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLineEdit

    from desktop_app.activities.attendance import AttendanceRow
    from desktop_app.store import Database
    from desktop_app.ui.check_in.view import CheckInView
    from desktop_app.ui.models.check_in import CheckInLogModel, CheckInMatchModel

    class _Screen(QWidget):
        """What the roles' part uses of the rest of the screen (CheckInView builds it all)."""

        database: Database
        undo_stack: QUndoStack
        role_combo: RoleCombo
        search_edit: QLineEdit
        search_timer: QTimer
        matches: CheckInMatchModel
        log: CheckInLogModel
        _present: dict[int, tuple[int, str]]  # person id -> (attendance id, role)
        _usual_roles: dict[int, str]  # person id -> the role held on other days
        _role_choice: str | None  # the role chosen for the arrival being typed

        def focus_first(self) -> None: ...
        def show_message(self, text: str, error: bool = False) -> None: ...
        def show_next(self) -> None: ...
        def run_search(self) -> None: ...
        def highlighted_person(self) -> PersonRow | None: ...
        def shown_revision(self, attendance_id: int) -> int | None: ...
        def saved(self, record: AttendanceRow) -> None: ...
        def write_refused(self, error: RegistreError, name: str, later: bool = False) -> None: ...
        def after_undo_or_redo(self) -> None: ...

else:
    _Screen = object  # CheckInView, the QWidget this is a part of


class RoleCombo(QComboBox):
    """The roles; `closed` when the list closes, a role chosen or not (Esc).

    It never takes the keyboard: a combo box with the focus changes its value, and says
    `activated`, on every arrow key or letter typed, and the search box's typing would change
    the last check-in's role. Ctrl+R opens its list, which has the keyboard while it is open;
    the mouse wheel does not turn it either."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_in_role")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for term in attendance_roles():
            self.addItem(term.label(language()), term.code)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()

    def hidePopup(self) -> None:
        super().hidePopup()
        self.closed.emit()

    def show_role(self, role: str) -> None:
        index = self.findData(role)
        self.setCurrentIndex(index if index >= 0 else self.findData(DEFAULT_ROLE))


class CheckInRoles(_Screen):
    """The roles' part of CheckInView (its texts translated under this class's name)."""

    def role_for(self, person_id: int | None) -> str:
        """The role Enter gives: the one chosen for this arrival, else the one the person holds
        on other days of the activity, else participant."""
        if self._role_choice is not None:
            return self._role_choice
        if person_id is None:
            return DEFAULT_ROLE
        return self._usual_roles.get(person_id, DEFAULT_ROLE)

    def forget_role_choice(self) -> None:
        self._role_choice = None

    def role_target(self) -> CheckInEntry | PersonRow | None:
        """Whom Ctrl+R acts on: the highlighted person's check-in of the day, else the person
        being typed (a match, or None for someone new); with nothing typed, the last check-in."""
        if not self.search_edit.text().strip():
            return self.log.row_at(0)
        person = self.highlighted_person()
        if person is not None and person.id in self._present:
            row = self.log.row_of_id(self._present[person.id][0])
            return self.log.row_at(row) if row is not None else None
        return person

    def show_target_role(self) -> None:
        """The role list shows the role of whom it would act on."""
        target = self.role_target()
        if isinstance(target, CheckInEntry):
            self.role_combo.show_role(target.role)
        elif self.search_edit.text().strip():
            self.role_combo.show_role(self.role_for(target.id if target else None))
        else:
            self.role_combo.show_role(DEFAULT_ROLE)

    def choose_role(self) -> None:
        """Ctrl+R: the list of roles, opened on the role of the person it acts on."""
        if self.search_timer.isActive():
            self.run_search()
        self.show_target_role()
        self.role_combo.showPopup()

    def role_chosen(self, index: int) -> None:
        """A role picked in the list (keyboard or mouse)."""
        role = str(self.role_combo.itemData(index))
        typed = bool(self.search_edit.text().strip())
        target = self.role_target()
        if isinstance(target, CheckInEntry):
            self.change_role(target, role)
        elif typed:
            self._role_choice = role
            self.show_next()  # "Enter: check in … as <role>"
        else:
            self.show_message(self.tr("Nobody is checked in on this day yet."))
            self.show_target_role()
        self.focus_first()

    def change_role(self, entry: CheckInEntry, role: str) -> None:
        """The role of a check-in of the day, changed now (Ctrl+Z undoes it)."""
        if entry.role != role:
            try:
                record = change_role(
                    self.database,
                    entry.id,
                    role,
                    expected_revision=self.shown_revision(entry.id),
                )
            except RegistreError as error:
                self.write_refused(error, entry.name)
                self.show_target_role()
                return  # what was typed to find the person stays
            self.saved(record)
            view = cast("CheckInView", self)  # this part is always a CheckInView
            self.undo_stack.push(RoleCommand(view, entry.id, entry.role, role, entry.name))
            self.after_undo_or_redo()
            self.show_message(
                self.tr("{name} is now {role}.").format(name=entry.name, role=role_label(role))
            )
        self.search_edit.setText("")
        self.matches.set_rows([])
        self.show_next()
