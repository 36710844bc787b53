"""Sync with HQ in the menus (`install`, called by ui/shell/menus.py): File ▸ Export for HQ…,
File ▸ Import workbooks…, Tools ▸ Sync conflicts…, Tools ▸ Workbooks received…; they need
nothing but the open database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action
from desktop_app.ui.sync.conflicts_dialog import open_conflicts
from desktop_app.ui.sync.export import open_export
from desktop_app.ui.sync.history_dialog import open_history
from desktop_app.ui.sync.import_dialog import open_import

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

EXPORT_SHORTCUT = "Ctrl+Shift+E"
IMPORT_SHORTCUT = "Ctrl+Shift+I"
CONFLICTS_SHORTCUT = "Ctrl+Shift+J"
HISTORY_SHORTCUT = "Ctrl+Shift+H"


def install(window: MainWindow) -> None:
    window.add_action(
        "file",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "&Export for HQ…"),
            lambda: open_export(window, window.database),
            EXPORT_SHORTCUT,
        ),
    )
    window.add_action(
        "file",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "Import &workbooks…"),
            lambda: open_import(window, window.database),
            IMPORT_SHORTCUT,
        ),
    )
    window.add_action(
        "tools",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "Sync &conflicts…"),
            lambda: open_conflicts(window, window.database),
            CONFLICTS_SHORTCUT,
        ),
    )
    window.add_action(
        "tools",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "&Workbooks received…"),
            lambda: open_history(window, window.database),
            HISTORY_SHORTCUT,
        ),
    )
