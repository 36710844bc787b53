"""Sync with HQ in the menus (`install`, called by ui/shell/menus.py): File ▸ Export for HQ…,
File ▸ Import workbooks…, Tools ▸ Sync conflicts…, Tools ▸ Workbooks received…; they need
nothing but the open database.

The dialogs (and the workbook reading and writing behind them) are imported when first opened:
the window starts without them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

EXPORT_SHORTCUT = "Ctrl+Shift+E"
IMPORT_SHORTCUT = "Ctrl+Shift+I"
CONFLICTS_SHORTCUT = "Ctrl+Shift+J"
HISTORY_SHORTCUT = "Ctrl+Shift+H"


def _export(window: MainWindow) -> None:
    from desktop_app.ui.sync.export import open_export

    open_export(window, window.database)


def _import(window: MainWindow) -> None:
    from desktop_app.ui.sync.import_dialog import open_import

    open_import(window, window.database)


def _conflicts(window: MainWindow) -> None:
    from desktop_app.ui.sync.conflicts_dialog import open_conflicts

    open_conflicts(window, window.database)


def _history(window: MainWindow) -> None:
    from desktop_app.ui.sync.history_dialog import open_history

    open_history(window, window.database)


def install(window: MainWindow) -> None:
    window.add_action(
        "file",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "&Export for HQ…"),
            lambda: _export(window),
            EXPORT_SHORTCUT,
        ),
    )
    window.add_action(
        "file",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "Import &workbooks…"),
            lambda: _import(window),
            IMPORT_SHORTCUT,
        ),
    )
    window.add_action(
        "tools",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "Sync &conflicts…"),
            lambda: _conflicts(window),
            CONFLICTS_SHORTCUT,
        ),
    )
    window.add_action(
        "tools",
        make_action(
            window,
            QCoreApplication.translate("SyncMenu", "&Workbooks received…"),
            lambda: _history(window),
            HISTORY_SHORTCUT,
        ),
    )
