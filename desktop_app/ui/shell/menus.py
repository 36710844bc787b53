"""The one place where other areas hook their actions into the main window's menus.

Each module named in MENU_PLUGINS has `install(window: MainWindow) -> None`, which creates its
QActions (with shortcuts) and adds them with `window.add_action(menu_name, action)`; menu names
are in `main_window.MENU_NAMES`. To add an area, append its module path to MENU_PLUGINS.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

MENU_PLUGINS: tuple[str, ...] = (
    "desktop_app.ui.reports.menu",
    "desktop_app.ui.reports.count_checks_view",
    "desktop_app.ui.shell.settings_dialog",
    "desktop_app.ui.backups.backup_dialog",
    "desktop_app.ui.sheet_import.menu",
    "desktop_app.ui.dedup.dedup_dialog",
    "desktop_app.ui.sync.menu",
    "desktop_app.ui.server.server_dialog",  # last: it disables file-only actions of the others
)


def install_menu_plugins(window: MainWindow, modules: tuple[str, ...] = MENU_PLUGINS) -> None:
    for name in modules:
        module = importlib.import_module(name)
        module.install(window)
