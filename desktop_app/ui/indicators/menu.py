"""Hooks the Projects and indicators view and the Progress view into the main window
(`install`, called by ui/shell/menus.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:  # both views are made when first shown: a start needs neither
    from desktop_app.ui.indicators.framework_view import FrameworkView
    from desktop_app.ui.indicators.progress_view import ProgressView
    from desktop_app.ui.shell.main_window import MainWindow

PROGRESS_SHORTCUT = "Ctrl+9"
FRAMEWORK_SHORTCUT = "Ctrl+Shift+9"


def make_progress(window: MainWindow) -> ProgressView:
    from desktop_app.ui.indicators.progress_view import ProgressView

    progress = ProgressView(window.database)
    window.changes.changed.connect(progress.apply_changes)
    return progress


def make_framework(window: MainWindow) -> FrameworkView:
    from desktop_app.ui.indicators.framework_view import FrameworkView

    framework = FrameworkView(window.database)
    framework.changed.connect(lambda: _projects_changed(window))
    return framework


def _projects_changed(window: MainWindow) -> None:
    """The Progress view, if made, offers the projects again (one made later reads them)."""
    progress = window.made_view("progress")
    if progress is not None:
        cast("ProgressView", progress).load_projects()


def install(window: MainWindow) -> None:
    window.add_view(
        "framework",
        lambda: make_framework(window),
        QCoreApplication.translate("IndicatorsMenu", "Projects and &indicators"),
        FRAMEWORK_SHORTCUT,
    )
    show = window.add_view(
        "progress",
        lambda: make_progress(window),
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
