"""Hooks the Projects and indicators view and the Progress view into the main window
(`install`, called by ui/shell/menus.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action
from desktop_app.ui.indicators.framework_view import FrameworkView
from desktop_app.ui.indicators.progress_view import ProgressView

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

PROGRESS_SHORTCUT = "Ctrl+9"
FRAMEWORK_SHORTCUT = "Ctrl+Shift+9"


def install(window: MainWindow) -> None:
    progress = ProgressView(window.database)
    window.changes.changed.connect(progress.apply_changes)
    framework = FrameworkView(window.database, read_now=False)
    framework.changed.connect(progress.load_projects)
    window.add_view(
        "framework",
        framework,
        QCoreApplication.translate("IndicatorsMenu", "Projects and &indicators"),
        FRAMEWORK_SHORTCUT,
    )
    show = window.add_view(
        "progress",
        progress,
        QCoreApplication.translate("IndicatorsMenu", "Pro&gress of the indicators"),
        PROGRESS_SHORTCUT,
    )
    window.add_action(
        "reports",
        make_action(
            window,
            QCoreApplication.translate("IndicatorsMenu", "Progress of the &indicators"),
            show.trigger,
        ),
    )
