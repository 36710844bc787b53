"""Tools ▸ History of changes…, and the window adapted to the connected user's role: what a
viewer or an analyst may not do is disabled, with a tooltip saying why (the server refuses it
anyway: this only spares them the attempt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from desktop_app.access.roles import Access, access_of
from desktop_app.messages import RegistreError
from desktop_app.ui.access.role_words import read_only_reason, who
from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

HISTORY_SHORTCUT = "Ctrl+Shift+Y"


def open_history(window: MainWindow) -> None:
    # Imported when opened: its export brings xlsxwriter
    from desktop_app.ui.access.history_dialog import HistoryDialog

    dialog = HistoryDialog(window.database, window)
    dialog.show()


def install(window: MainWindow) -> None:
    window.add_action(
        "tools",
        make_action(
            window,
            QCoreApplication.translate("HistoryMenu", "&History of changes…"),
            lambda: open_history(window),
            HISTORY_SHORTCUT,
        ),
    )


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


def changing_actions(window: MainWindow) -> list[QAction]:
    texts = changing_texts()
    return [action for action in window.findChildren(QAction) if action.text() in texts]


def adapt(window: MainWindow) -> Access | None:
    """Disable what the role may not do, and show who is connected (on a server)."""
    if not window.database.is_server:
        return None  # a file has no roles: everything stays as it is
    try:
        access = access_of(window.database)
    except RegistreError:
        return None  # the server is gone: the next action says so
    label = QLabel(who(access), window)
    label.setObjectName("user_label")
    window.statusBar().addPermanentWidget(label)
    if not access.may_change:
        reason = read_only_reason(access)
        for action in changing_actions(window):
            _keep_disabled(action, reason)
    return access


def _keep_disabled(action: QAction, reason: str) -> None:
    """Disabled for good: a view that enables it (an activity chosen) does not bring it back."""

    def hold() -> None:
        if action.isEnabled():
            action.setEnabled(False)

    action.setEnabled(False)
    action.setToolTip(reason)
    action.setStatusTip(reason)
    action.changed.connect(hold)
