"""Roles on the check-in screen: a role chosen applies to one person only.

Ctrl+R opens the list of roles. The role chosen goes to the person being typed in the search box
(their check-in by Enter; or, if they are checked in already that day, their role changes at
once), or, with nothing typed, to the last check-in of the day. Nothing carries over to the next
arrival: they are a participant, unless they hold a role on other days of this activity, which
they keep (a facilitator of day 1 is a facilitator on day 2). The role list always shows the role
of the person it would act on, and the match list the role of each match on other days.

A part of the check-in screen (view.py wires it): it owns the role list and the role chosen for
the arrival being typed; it asks the search whom is typed and the day who is here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.activities.attendance import DEFAULT_ROLE
from desktop_app.registry.persons import PersonRow
from desktop_app.store.vocabulary import attendance_roles
from desktop_app.ui.check_in.day_log import CheckInDayLog, MessageLine
from desktop_app.ui.check_in.search import CheckInSearch
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.text import language
from desktop_app.ui.models.check_in import CheckInEntry


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


class CheckInRoles(QObject):
    """The role list and the role chosen for the arrival being typed (its texts translated
    under this class's name)."""

    acted = Signal()  # a role was chosen or changed: what Enter does may differ

    def __init__(
        self,
        day: CheckInDayLog,
        search: CheckInSearch,
        messages: MessageLine,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.day = day
        self.search = search
        self.messages = messages
        self._choice: str | None = None  # chosen (Ctrl+R) for the arrival being typed
        self.combo = RoleCombo()
        self.combo.setToolTip(
            self.tr(
                "Role (Ctrl+R) of the person being typed, or of the last check-in when the "
                "search box is empty"
            )
        )
        self.combo.activated.connect(self.chosen)

    def role_for(self, person_id: int | None) -> str:
        """The role Enter gives: the one chosen for this arrival, else the one the person holds
        on other days of the activity, else participant."""
        if self._choice is not None:
            return self._choice
        if person_id is None:
            return DEFAULT_ROLE
        return self.day.usual_role(person_id) or DEFAULT_ROLE

    def forget_choice(self) -> None:
        self._choice = None

    def target(self) -> CheckInEntry | PersonRow | None:
        """Whom Ctrl+R acts on: the highlighted person's check-in of the day, else the person
        being typed (a match, or None for someone new); with nothing typed, the last check-in."""
        if not self.search.typed():
            return self.day.last()
        person = self.search.highlighted()
        if person is not None and self.day.present_role(person.id) is not None:
            return self.day.entry_of(person.id)
        return person

    def show_target_role(self) -> None:
        """The role list shows the role of whom it would act on."""
        target = self.target()
        if isinstance(target, CheckInEntry):
            self.combo.show_role(target.role)
        elif self.search.typed():
            self.combo.show_role(self.role_for(target.id if target else None))
        else:
            self.combo.show_role(DEFAULT_ROLE)

    def choose(self) -> None:
        """Ctrl+R: the list of roles, opened on the role of the person it acts on."""
        self.search.flush()
        self.show_target_role()
        self.combo.showPopup()

    def chosen(self, index: int) -> None:
        """A role picked in the list (keyboard or mouse)."""
        role = str(self.combo.itemData(index))
        target = self.target()
        if isinstance(target, CheckInEntry):
            self._change(target, role)
        elif self.search.typed():
            self._choice = role  # "Enter: check in … as <role>"
        else:
            self.messages.show(self.tr("Nobody is checked in on this day yet."))
            self.show_target_role()
        self.acted.emit()

    def _change(self, entry: CheckInEntry, role: str) -> None:
        """The role of a check-in of the day, changed now (Ctrl+Z undoes it)."""
        if entry.role != role:
            if not self.day.change_role(entry, role):
                self.show_target_role()
                return  # what was typed to find the person stays
            self.messages.show(
                self.tr("{name} is now {role}.").format(name=entry.name, role=role_label(role))
            )
        self.search.clear()
