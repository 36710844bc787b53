"""Tools ▸ Settings… (`install`, called by ui/shell/menus.py); the dialog is imported when
opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


def _open(window: MainWindow) -> None:
    from desktop_app.ui.shell.settings_dialog import open_settings

    open_settings(window)


def install(window: MainWindow) -> None:
    """Menu plugin: Tools > Settings…"""
    action = make_action(
        window,
        QCoreApplication.translate("SettingsDialog", "&Settings…"),
        lambda: _open(window),
        QKeySequence.StandardKey.Preferences,
        name="action_settings",
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.add_action("tools", action)
