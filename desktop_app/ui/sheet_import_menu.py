"""File ▸ Import a sign-in sheet… (listed in MENU_PLUGINS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.actions import make_action
from desktop_app.ui.sheet_import_wizard import SheetImportWizard

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

SHORTCUT = "Ctrl+I"


def _current_activity_id(window: MainWindow) -> int | None:
    try:
        activities = window.view("activities")
    except KeyError:
        return None
    current = getattr(activities, "current_activity", None)
    row = current() if callable(current) else None
    activity_id = getattr(row, "id", None)
    return activity_id if isinstance(activity_id, int) else None


def _refresh_views(window: MainWindow) -> None:
    """The activity list's counts and the registry show the imported persons."""
    for name in ("activities", "persons"):
        try:
            view = window.view(name)
        except KeyError:
            continue
        refresh = getattr(view, "refresh", None)
        if callable(refresh):
            refresh()


def open_sheet_import(window: MainWindow) -> SheetImportWizard:
    wizard = SheetImportWizard(window.database, _current_activity_id(window), window)
    wizard.finished.connect(lambda _result: _refresh_views(window) if wizard.imported else None)
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
