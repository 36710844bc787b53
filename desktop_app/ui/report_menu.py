"""Hooks the report view and the sign-in sheet into the main window (listed in MENU_PLUGINS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.activities import get_activity
from desktop_app.ui.actions import make_action
from desktop_app.ui.report_signin_dialog import SigninSheetDialog
from desktop_app.ui.report_view import ReportView

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

REPORTS_SHORTCUT = "Ctrl+7"
SIGNIN_SHORTCUT = "Ctrl+Shift+P"


def _current_activity_id(window: MainWindow) -> int | None:
    try:
        activities = window.view("activities")
    except KeyError:
        return None
    current = getattr(activities, "current_activity", None)
    row = current() if callable(current) else None
    activity_id = getattr(row, "id", None)
    return activity_id if isinstance(activity_id, int) else None


def open_signin_sheet_dialog(window: MainWindow) -> SigninSheetDialog | None:
    """The dialog for the activity chosen in the activity list (a message when there is none)."""
    activity_id = _current_activity_id(window)
    if activity_id is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ReportMenu", "Sign-in sheet"),
            QCoreApplication.translate(
                "ReportMenu", "Choose an activity in the activity list first."
            ),
        )
        return None
    dialog = SigninSheetDialog(window.database, get_activity(window.database, activity_id), window)
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    view = ReportView(window.database)
    show = window.add_view(
        "reports", view, QCoreApplication.translate("ReportMenu", "&Reports"), REPORTS_SHORTCUT
    )
    show_reports = make_action(
        window, QCoreApplication.translate("ReportMenu", "&Period report"), show.trigger
    )
    window.add_action("reports", show_reports)
    signin = make_action(
        window,
        QCoreApplication.translate("ReportMenu", "Print a &sign-in sheet…"),
        lambda: open_signin_sheet_dialog(window),
        SIGNIN_SHORTCUT,
    )
    window.add_action("reports", signin)
