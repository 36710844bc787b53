"""Tools ▸ Duplicate persons… (`install`, called by ui/shell/menus.py); the dialog is imported
when opened: the finder's name tables are of no use to a start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from desktop_app.ui.dedup.dedup_dialog import DedupDialog
    from desktop_app.ui.shell.main_window import MainWindow


def open_dedup_dialog(window: MainWindow) -> DedupDialog:
    from desktop_app.ui.dedup import dedup_dialog

    return dedup_dialog.open_dedup_dialog(window)


def install(window: MainWindow) -> None:
    """Menu plugin: Tools > Duplicate persons…"""
    text = QCoreApplication.translate("DedupDialog", "&Duplicate persons…")
    action = make_action(window, text, lambda: open_dedup_dialog(window), name="action_duplicates")
    window.add_action("tools", action)
