"""File ▸ Import a sign-in sheet… (`install`, called by ui/shell/menus.py): for the window's
current activity when there is one, else the wizard asks which."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import EVERY, Changes

if TYPE_CHECKING:
    from desktop_app.ui.sheet_import.wizard import SheetImportWizard
    from desktop_app.ui.shell.main_window import MainWindow

SHORTCUT = "Ctrl+I"


def _announce(window: MainWindow, wizard: SheetImportWizard) -> None:
    """The open views show the imported persons and attendance (persons and organisations may
    be new anywhere in the registry; the attendance is the chosen activity's)."""
    if not wizard.imported:
        return
    activity_id = wizard.activity_id()
    changes = Changes.of(
        persons=EVERY,
        organisations=EVERY,
        attendance=() if activity_id is None else {activity_id},
    )
    window.changes.announce(changes, wizard)


def open_sheet_import(window: MainWindow) -> SheetImportWizard:
    from desktop_app.ui.sheet_import.wizard import SheetImportWizard  # the readers: when used

    wizard = SheetImportWizard(window.database, window.current_activity.id(), window)
    wizard.finished.connect(lambda _result: _announce(window, wizard))
    wizard.open()
    return wizard


def install(window: MainWindow) -> None:
    action = make_action(
        window,
        QCoreApplication.translate("SheetImportMenu", "&Import a sign-in sheet…"),
        lambda: open_sheet_import(window),
        SHORTCUT,
    )
    window.add_action("file", action)
