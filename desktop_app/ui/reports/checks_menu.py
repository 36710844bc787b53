"""View ▸ Data checks (Ctrl+8) and Reports ▸ Check the counts of the activity (Ctrl+Shift+C,
enabled while the window has a current activity): `install`, called by ui/shell/menus.py. The
view is made when first shown: a start needs neither it nor the checks."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from desktop_app.ui.reports.count_checks_view import CountChecksView
    from desktop_app.ui.shell.main_window import MainWindow

VIEW_SHORTCUT = "Ctrl+8"
ACTIVITY_SHORTCUT = "Ctrl+Shift+C"


def make_checks_view(window: MainWindow) -> CountChecksView:
    from desktop_app.ui.reports.count_checks_view import CountChecksView

    return CountChecksView(window.database, window.current_activity)


def install(window: MainWindow) -> None:
    show = window.add_view(
        "checks",
        lambda: make_checks_view(window),
        QCoreApplication.translate("CountChecksView", "Data &checks"),
        VIEW_SHORTCUT,
    )

    def check_activity() -> None:
        show.trigger()
        cast("CountChecksView", window.view("checks")).check_activity()

    check = make_action(
        window,
        QCoreApplication.translate("CountChecksView", "&Check the counts of the activity…"),
        check_activity,
        ACTIVITY_SHORTCUT,
    )
    window.current_activity.enables(check)
    window.add_action("reports", check)
    window.add_action(
        "reports",
        make_action(
            window,
            QCoreApplication.translate("CountChecksView", "&Data checks of a period"),
            show.trigger,
        ),
    )
