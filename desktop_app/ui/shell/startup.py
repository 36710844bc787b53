"""From `registre` to a shown main window: QApplication, database, first start.

The database is the one named on the command line, else the server remembered in the settings
(`server_url`), else the local file. The window may switch database (File > Connect to a server
database..., Use the local file, a restored backup): it then asks for a fresh window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__, exit_codes
from desktop_app.logging_setup import configure_logging
from desktop_app.paths import default_database_path
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import Database
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.worker import cancel_all_tasks
from desktop_app.ui.shell.database_opening import open_or_explain
from desktop_app.ui.shell.instance_lock import InstanceLock, acquire_or_explain

log = logging.getLogger(__name__)

ORGANISATION = "Registre"  # with APPLICATION, where QSettings keeps its file
APPLICATION = "Registre"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so that QSettings finds its file."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(argv if argv is not None else sys.argv[:1])


def start_target(db_path: Path | str, server_url: str) -> Path | str:
    """What to open: `--db` when given, else the remembered server, else the local file."""
    if server_url and isinstance(db_path, Path) and db_path == default_database_path():
        return server_url
    return db_path


class FileLock:
    """The one-program-per-file lock, following the database as the window switches: none on
    a server (several users at once is what a server is for)."""

    def __init__(self) -> None:
        self.lock: InstanceLock | None = None
        self.path: Path | None = None

    def follow(self, path: Path | None) -> bool:
        """Hold the lock of `path` (None: none); False after telling the user it is taken."""
        path = path.absolute() if path is not None else None
        if path == self.path:
            return True
        self.release()
        if path is None:
            return True
        lock = acquire_or_explain(path)
        if lock is None:
            return False
        self.lock, self.path = lock, path
        return True

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock, self.path = None, None


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """sys.excepthook of the window: an error no action caught is logged (cleaned of personal
    data) and told in a message box, in the user's language; the window goes on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("unexpected error in the window", exc_info=(kind, error, trace))
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("ErrorReport", "Registre"),
        error_text(error),
    )


def start(db_path: Path | str, started: Callable[[], None] = lambda: None) -> int:
    """The window's whole life; `started` is called once its modules are imported and its
    database is open (the command line lets Python's cycle collector run from then on)."""
    app = create_application()
    configure_logging()
    sys.excepthook = report_unexpected
    settings = load_settings()
    install_language(app, settings.language)
    target = start_target(db_path, settings.server_url)
    lock = FileLock()
    try:
        if isinstance(target, Path) and not lock.follow(target):
            return exit_codes.DATABASE
        return _run(app, target, lock, started)
    finally:
        lock.release()


def offer_local_file() -> bool:
    """After the remembered server could not be opened: use the local file instead? Yes also
    forgets the server (File > Connect to a server database... connects again)."""
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("Startup", "Database server"),
        QCoreApplication.translate(
            "Startup",
            "Open the local file instead? Registre then opens the local file at each start, "
            "until you connect to the server again (File > Connect to a server database…).",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def _open_first(target: Path | str, lock: FileLock) -> Database | None:
    database = open_or_explain(target)
    remembered = load_settings().server_url
    if database is not None or not remembered or target != remembered:
        return database
    if not offer_local_file():  # the remembered server is unreachable: do not trap the user
        return None
    save_settings(load_settings().with_changes(server_url=""))
    local = default_database_path()
    return open_or_explain(local) if lock.follow(local) else None


def _run(app: QApplication, target: Path | str, lock: FileLock, started: Callable[[], None]) -> int:
    database = _open_first(target, lock)
    if database is None:
        return exit_codes.DATABASE
    from desktop_app.ui.shell.core_views import build_main_window
    from desktop_app.ui.shell.first_start import ensure_site

    started()
    try:
        while True:  # a switch of database or a restored backup asks for a fresh window
            if not ensure_site(database):
                return 0
            window, _views = build_main_window(database)
            window.show()
            code = app.exec()
            database = window.database  # replaced when switched, encrypted or restored
            if not window.property("restart_requested"):
                break
            if not lock.follow(database.path):
                return exit_codes.DATABASE
        if not database.is_server:  # a server's backups are its administrator's (pg_dump)
            from desktop_app.ui.backups.backup_dialog import backup_at_closing  # not at start

            backup_at_closing(database)
        return code
    finally:
        cancel_all_tasks()
        database.close()
