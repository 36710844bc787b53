"""File ▸ Connect to a server database…, Use the local file (`install`, called by
ui/shell/menus.py); the dialog and what it connects with are imported when chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


def _connect(window: MainWindow) -> None:
    from desktop_app.ui.server.server_dialog import open_server_dialog

    open_server_dialog(window)


def _use_local_file(window: MainWindow) -> None:
    from desktop_app.ui.server.server_dialog import use_local_file

    use_local_file(window)


def install(window: MainWindow) -> None:
    """File > Connect to a server database... (always), Use the local file (needs a server)."""
    connect = make_action(
        window,
        QCoreApplication.translate("ServerDialog", "Connect to a ser&ver database…"),
        lambda: _connect(window),
        name="action_connect_server",
    )
    window.add_action("file", connect)
    local = make_action(
        window,
        QCoreApplication.translate("ServerDialog", "Use the &local file"),
        lambda: _use_local_file(window),
        name="action_use_local_file",
    )
    local.setEnabled(window.database.is_server)
    window.add_action("file", local)
