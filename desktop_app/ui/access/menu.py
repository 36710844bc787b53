"""Tools ▸ History of changes…, and the window adapted to the connected user's role: what a
viewer or an analyst may not do is disabled, with a tooltip saying why (the server refuses it
anyway: this only spares them the attempt); role_watch.py follows the role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop_app.access.roles import Access
from desktop_app.ui.access import role_watch
from desktop_app.ui.access.role_watch import actions_named, changing_texts, personal_texts
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


def changing_actions(window: MainWindow) -> list[QAction]:
    return actions_named(window, changing_texts())


def personal_actions(window: MainWindow) -> list[QAction]:
    return actions_named(window, personal_texts())


def adapt(window: MainWindow) -> Access | None:
    """Disable what the role may not do, say why, show who is connected (on a server), and
    follow the role while the window is open (role_watch.py)."""
    watch = role_watch.adapt(window)
    return None if watch is None else watch.access
