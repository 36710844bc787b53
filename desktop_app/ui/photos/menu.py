"""File ▸ Read photos of signed sheets… (`install`, called by ui/shell/menus.py), for the
window's current activity. The image libraries are an optional part of Registre: without them
the entry says what to install, and the window never imports them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.photos import available
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import Changes

if TYPE_CHECKING:
    from desktop_app.ui.photos.dialog import PhotosDialog
    from desktop_app.ui.shell.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+F"


def open_photos(window: MainWindow) -> PhotosDialog | None:
    title = QCoreApplication.translate("PhotosMenu", "Read photos of a sign-in sheet")
    if available.missing_modules():
        QMessageBox.warning(window, title, QCoreApplication.translate("Photos", available.MISSING))
        return None
    activity_id = window.current_activity.id()
    if activity_id is None:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "PhotosMenu", "Open an activity first, then read its photos."
            ),
        )
        return None
    from desktop_app.ui.photos.dialog import PhotosDialog  # OpenCV only when asked for

    dialog = PhotosDialog(window.database, activity_id, window)
    dialog.written.connect(
        lambda activity: window.changes.announce(Changes.of(attendance={activity}), dialog)
    )
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    action = make_action(
        window,
        QCoreApplication.translate("PhotosMenu", "Read &photos of signed sheets…"),
        lambda: open_photos(window),
        SHORTCUT,
    )
    window.add_action("file", action)
