"""Hooks the report view and the sign-in sheet into the main window (`install`, called by
ui/shell/menus.py). The sign-in sheet and the activity report need an activity chosen: they are
enabled while the window has one (`window.current_activity`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.activities.activities import get_activity
from desktop_app.settings import load_settings
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.i18n import current_language
from desktop_app.ui.common.worker import Task

if TYPE_CHECKING:
    from desktop_app.ui.reports.signin_dialog import SigninSheetDialog
    from desktop_app.ui.reports.view import ReportView
    from desktop_app.ui.shell.main_window import MainWindow

REPORTS_SHORTCUT = "Ctrl+7"
SIGNIN_SHORTCUT = "Ctrl+Shift+P"
ACTIVITY_REPORT_SHORTCUT = "Ctrl+Shift+A"


def _chosen_activity(window: MainWindow, title: str) -> int | None:
    """The window's current activity; a message and None when there is none."""
    activity_id = window.current_activity.id()
    if activity_id is None:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "ReportMenu", "Choose an activity in the activity list first."
            ),
        )
    return activity_id


def write_activity_report(window: MainWindow, path: Path | None = None) -> Task | None:
    """The report of the activity chosen in the list, as PDF or .xlsx (asks where)."""
    title = QCoreApplication.translate("ReportMenu", "Activity report")
    activity_id = _chosen_activity(window, title)
    if activity_id is None:
        return None
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            title,
            f"activity-{activity_id}.pdf",
            QCoreApplication.translate("ReportMenu", "PDF (*.pdf);;Excel (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)

    def written(result: Path) -> None:
        message = QCoreApplication.translate("ReportMenu", "Written: {path}")
        window.statusBar().showMessage(message.format(path=result), 8000)

    from desktop_app.ui.reports.exports import export_activity_pdf  # the writers: when used

    threshold = load_settings().youth_threshold
    return export_activity_pdf(
        window, window.database, activity_id, threshold, path, current_language(), written
    )


def open_signin_sheet_dialog(window: MainWindow) -> SigninSheetDialog | None:
    """The dialog for the activity chosen in the activity list (a message when there is none)."""
    from desktop_app.ui.reports.signin_dialog import SigninSheetDialog

    title = QCoreApplication.translate("ReportMenu", "Sign-in sheet")
    activity_id = _chosen_activity(window, title)
    if activity_id is None:
        return None
    dialog = SigninSheetDialog(window.database, get_activity(window.database, activity_id), window)
    dialog.open()
    return dialog


def make_report_view(window: MainWindow) -> ReportView:
    """The report view, made when first shown (it imports the charts and the PDF's layout)."""
    from desktop_app.ui.reports.view import ReportView

    view = ReportView(window.database)
    window.changes.changed.connect(view.apply_changes)
    return view


def install(window: MainWindow) -> None:
    show = window.add_view(
        "reports",
        lambda: make_report_view(window),
        QCoreApplication.translate("ReportMenu", "&Reports"),
        REPORTS_SHORTCUT,
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
    window.current_activity.enables(signin)
    window.add_action("reports", signin)
    activity_report = make_action(
        window,
        QCoreApplication.translate("ReportMenu", "&Activity report…"),
        lambda: write_activity_report(window),
        ACTIVITY_REPORT_SHORTCUT,
    )
    window.current_activity.enables(activity_report)
    window.add_action("reports", activity_report)
