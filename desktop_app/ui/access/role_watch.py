"""The window adapted to the connected user's role, and kept so when the role changes.

What the role may not do is disabled with a tooltip saying why: changes for a viewer or an
analyst; for an analyst, whatever shows names too (the registry, the check-in screen, the
attendance grid, the door's lists, sign-in sheets, payments, data checks). The role is read
again when the window comes back to the front (at most every `RECHECK_S` seconds: one question
to the server) and at once after the server refused something: a role changed by the
administrator shows without a restart, and what it allows comes back.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from desktop_app.access.roles import Access, access_of, refresh_access
from desktop_app.messages import RegistreError
from desktop_app.ui.access.role_words import no_names_reason, read_only_reason, role_name, who

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

RECHECK_S = 15.0
# The views that show names: an analyst is taken to the reports instead.
PERSONAL_VIEWS = ("persons", "check_in", "grid", "checks")
LANDING_VIEW = "reports"
SETTINGS_VIEW = "main_window/view"


def changing_texts() -> set[str]:
    """The menu texts of the actions that change the database: disabled for a role that may
    not change it."""
    return {
        QCoreApplication.translate("CoreViews", "&New activity…"),
        QCoreApplication.translate("CoreViews", "&Delete activity…"),
        QCoreApplication.translate("CoreViews", "Delete &person…"),
        QCoreApplication.translate("DedupDialog", "&Duplicate persons…"),
        QCoreApplication.translate("SheetImportMenu", "&Import a sign-in sheet…"),
        QCoreApplication.translate("SyncMenu", "&Export for HQ…"),
        QCoreApplication.translate("SyncMenu", "Import &workbooks…"),
    }


def personal_texts() -> set[str]:
    """The menu texts of the actions that show names, phones or dates of birth: disabled for
    the analyst (the server would refuse them)."""
    return {
        QCoreApplication.translate("CoreViews", "&Person registry"),
        QCoreApplication.translate("CoreViews", "&Check-in screen"),
        QCoreApplication.translate("CoreViews", "Attendance &grid"),
        QCoreApplication.translate("CoreViews", "Delete &person…"),
        QCoreApplication.translate("DedupDialog", "&Duplicate persons…"),
        QCoreApplication.translate("DoorMenu", "E&xpected list…"),
        QCoreApplication.translate("DoorMenu", "Print &badges…"),
        QCoreApplication.translate("DoorMenu", "Certificates of &participation…"),
        QCoreApplication.translate("ReportMenu", "Print a &sign-in sheet…"),
        QCoreApplication.translate("PaymentsMenu", "Pa&yments by project…"),
        QCoreApplication.translate("CountChecksView", "Data &checks"),
        QCoreApplication.translate("CountChecksView", "&Check the counts of the activity…"),
        QCoreApplication.translate("CountChecksView", "&Data checks of a period"),
    }


def actions_named(window: MainWindow, texts: set[str]) -> list[QAction]:
    return [action for action in window.findChildren(QAction) if action.text() in texts]


class RoleWatch(QObject):
    """Holds the actions the role may not use disabled (a view that enables them, when an
    activity is chosen, does not bring them back) and lets them go when the role allows them
    again."""

    refused = Signal()  # the server refused something (emitted from any thread)

    def __init__(self, window: MainWindow, access: Access) -> None:
        super().__init__(window)
        self.window = window
        self.access = access
        self.checked_at = time.monotonic()
        self.label = QLabel(who(access), window)
        self.label.setObjectName("user_label")
        window.statusBar().addPermanentWidget(self.label)
        self.held: dict[QAction, str] = {}  # action -> the reason it is disabled
        self.wanted: dict[QAction, bool] = {}  # what the views last asked of a held action
        self.tooltips: dict[QAction, str] = {}
        self.refused.connect(self.recheck, Qt.ConnectionType.QueuedConnection)
        window.database.refusal_listeners.append(self.refused.emit)
        window.installEventFilter(self)
        self.apply(access)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and (
            time.monotonic() - self.checked_at >= RECHECK_S
        ):
            self.recheck()
        return False

    def recheck(self) -> Access:
        """Ask the server for the role again; adapt the window when it changed."""
        self.checked_at = time.monotonic()
        try:
            access = refresh_access(self.window.database)
        except RegistreError:
            return self.access  # the server is gone: the next action says so
        if access != self.access:
            self.access = access
            self.apply(access)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Access", "The server now gives your account the role {role}."
                ).format(role=role_name(access.role)),
                10000,
            )
        return access

    def apply(self, access: Access) -> None:
        self.label.setText(who(access))
        reasons: dict[QAction, str] = {}
        if not access.sees_personal:
            for action in actions_named(self.window, personal_texts()):
                reasons[action] = no_names_reason(access)
        if not access.may_change:
            for action in actions_named(self.window, changing_texts()):
                reasons.setdefault(action, read_only_reason(access))
        for action in [a for a in self.held if a not in reasons]:
            self._release(action)
        for action, reason in reasons.items():
            self._hold(action, reason)
        if not access.sees_personal and self.window.current_view_name() in PERSONAL_VIEWS:
            self.window.show_view(LANDING_VIEW)

    def _hold(self, action: QAction, reason: str) -> None:
        if action not in self.wanted:
            self.wanted[action] = action.isEnabled()
            self.tooltips[action] = action.toolTip()
            action.changed.connect(lambda a=action: self._changed(a))
        self.held[action] = reason
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)

    def _changed(self, action: QAction) -> None:
        if action in self.held and action.isEnabled():
            self.wanted[action] = True
            action.setEnabled(False)

    def _release(self, action: QAction) -> None:
        del self.held[action]
        action.setToolTip(self.tooltips.get(action, ""))
        action.setStatusTip("")
        action.setEnabled(self.wanted.get(action, True))
        # The actions on the chosen activity follow it again.
        current = self.window.current_activity
        current.chosen.emit(current.id() is not None)


def adapt(window: MainWindow) -> RoleWatch | None:
    """Disable what the role may not do, show who is connected (on a server), and follow the
    role from then on. Before the last view is reopened: an analyst's opens on the reports."""
    if not window.database.is_server:
        return None  # a file has no roles: everything stays as it is
    try:
        access = access_of(window.database)
    except RegistreError:
        return None  # the server is gone: the next action says so
    if not access.sees_personal and window.settings.value(SETTINGS_VIEW) in PERSONAL_VIEWS:
        window.settings.setValue(SETTINGS_VIEW, LANDING_VIEW)
    return RoleWatch(window, access)
