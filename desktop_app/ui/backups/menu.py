"""File ▸ Backups… (`install`, called by ui/shell/menus.py); the backups window is imported
when opened: a start needs neither it nor its restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.backups.files import is_file_database
from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from desktop_app.ui.backups.backup_dialog import BackupDialog
    from desktop_app.ui.shell.main_window import MainWindow


def open_backups(window: MainWindow) -> BackupDialog:
    from desktop_app.ui.backups import backup_dialog

    return backup_dialog.open_backups(window)


def install(window: MainWindow) -> None:
    """Menu plugin: File > Backups…"""
    action = make_action(
        window,
        QCoreApplication.translate("BackupDialog", "&Backups…"),
        lambda: open_backups(window),
        name="action_backups",
    )
    if not is_file_database(window.database):
        action.setEnabled(False)
        action.setToolTip(
            QCoreApplication.translate(
                "BackupDialog",
                "The database is on a server: its administrator backs it up with pg_dump.",
            )
        )
    window.add_action("file", action)
