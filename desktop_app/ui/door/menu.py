"""Activity ▸ Expected list…, Print badges…, Certificates of participation… (`install`,
called by ui/shell/menus.py): for the window's current activity, enabled while there is one."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import EVERY, Changes

if TYPE_CHECKING:  # the dialogs are imported when opened: the badges' bring the PDF and QR codes
    from desktop_app.ui.door.badges_dialog import BadgesDialog
    from desktop_app.ui.door.certificates_dialog import CertificatesDialog
    from desktop_app.ui.door.expected_dialog import ExpectedListDialog
    from desktop_app.ui.shell.main_window import MainWindow

EXPECTED_SHORTCUT = "Ctrl+Shift+L"
BADGES_SHORTCUT = "Ctrl+Shift+B"
CERTIFICATES_SHORTCUT = "Ctrl+Shift+T"


def _announce(window: MainWindow, dialog: ExpectedListDialog) -> None:
    """The check-in screen counts the list again; persons may be new in the registry."""
    changes = Changes.of(persons=EVERY, organisations=EVERY, attendance={dialog.activity.id})
    window.changes.announce(changes, dialog)


def open_expected_list(window: MainWindow) -> ExpectedListDialog | None:
    activity_id = window.current_activity.id()
    if activity_id is None:
        return None
    from desktop_app.ui.door.expected_dialog import ExpectedListDialog

    dialog = ExpectedListDialog(window.database, activity_id, window)
    dialog.changed.connect(lambda: _announce(window, dialog))
    dialog.open()
    return dialog


def open_badges(window: MainWindow) -> BadgesDialog | None:
    activity_id = window.current_activity.id()
    if activity_id is None:
        return None
    from desktop_app.ui.door.badges_dialog import BadgesDialog

    dialog = BadgesDialog(window.database, activity_id, window)
    dialog.open()
    return dialog


def open_certificates(window: MainWindow) -> CertificatesDialog | None:
    activity_id = window.current_activity.id()
    if activity_id is None:
        return None
    from desktop_app.ui.door.certificates_dialog import CertificatesDialog

    dialog = CertificatesDialog(window.database, activity_id, window)
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    window.menu("activity").addSeparator()
    for text, slot, shortcut in (
        (
            QCoreApplication.translate("DoorMenu", "E&xpected list…"),
            open_expected_list,
            EXPECTED_SHORTCUT,
        ),
        (QCoreApplication.translate("DoorMenu", "Print &badges…"), open_badges, BADGES_SHORTCUT),
        (
            QCoreApplication.translate("DoorMenu", "Certificates of &participation…"),
            open_certificates,
            CERTIFICATES_SHORTCUT,
        ),
    ):
        action = make_action(window, text, partial(slot, window), shortcut)
        window.current_activity.enables(action)
        window.add_action("activity", action)
