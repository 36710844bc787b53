"""The menu entries of the other screens, installed into the main window in plain code.

Each screen's menu module has `install(window: MainWindow) -> None`, which creates its QActions
(with shortcuts), adds them with `window.add_action(menu_name, action)` (menu names are in
`main_window.MENU_NAMES`) and enables them from what they need: a database file
(`window.database.is_server`), a server, or an activity chosen (`window.current_activity`).
The order below is the order of the entries within each menu; none depends on another.
"""

from __future__ import annotations

from desktop_app.ui.access import menu as access_menu
from desktop_app.ui.backups import menu as backups_menu
from desktop_app.ui.dedup import menu as dedup_menu
from desktop_app.ui.door import menu as door_menu
from desktop_app.ui.indicators import menu as indicators_menu
from desktop_app.ui.payments import consolidation as payments_consolidation
from desktop_app.ui.photos import menu as photos_menu
from desktop_app.ui.reports import checks_menu
from desktop_app.ui.reports import menu as reports_menu
from desktop_app.ui.server import menu as server_menu
from desktop_app.ui.sheet_import import menu as sheet_import_menu
from desktop_app.ui.shell import settings_menu
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.sync import menu as sync_menu


def install_menus(window: MainWindow) -> None:
    reports_menu.install(window)  # Reports ▸ period report, sign-in sheet, activity report
    checks_menu.install(window)  # View ▸ Data checks; Reports ▸ Check the counts
    indicators_menu.install(window)  # View ▸ Projects and indicators, Progress; Reports ▸ Progress
    payments_consolidation.install(window)  # Reports ▸ Payments by project (HQ)
    settings_menu.install(window)  # Tools ▸ Settings
    backups_menu.install(window)  # File ▸ Backups (a database file)
    sheet_import_menu.install(window)  # File ▸ Import a sign-in sheet
    photos_menu.install(window)  # File ▸ Read photos of signed sheets
    dedup_menu.install(window)  # Tools ▸ Duplicate persons
    sync_menu.install(window)  # File ▸ Export for HQ, Import workbooks; Tools ▸ conflicts, history
    server_menu.install(window)  # File ▸ Connect to a server database, Use the local file
    door_menu.install(window)  # Activity ▸ Expected list, Print badges, Certificates
    access_menu.install(window)  # Tools ▸ History of changes
    access_menu.adapt(window)  # last: disables what the user's role may not do, says why
