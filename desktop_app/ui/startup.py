"""From `registre` to a shown main window: QApplication, database, first start."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.logging_setup import configure_logging
from desktop_app.settings import load_settings
from desktop_app.ui.app import APPLICATION, ORGANISATION
from desktop_app.ui.database_opening import open_or_explain
from desktop_app.ui.i18n import install_language
from desktop_app.ui.instance_lock import acquire_or_explain
from desktop_app.ui.worker import cancel_all_tasks


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so that QSettings finds its file."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(argv if argv is not None else sys.argv[:1])


def start(db_path: Path) -> int:
    app = create_application()
    configure_logging()
    install_language(app, load_settings().language)
    lock = acquire_or_explain(db_path)  # one program per database
    if lock is None:
        return 2
    try:
        return _run(app, db_path)
    finally:
        lock.release()


def _run(app: QApplication, db_path: Path) -> int:
    database = open_or_explain(db_path)
    if database is None:
        return 2
    from desktop_app.ui.backup_dialog import backup_at_closing
    from desktop_app.ui.core_views import build_main_window
    from desktop_app.ui.first_start import ensure_site

    try:
        if not ensure_site(database):
            return 0
        while True:  # a restore from the Backups window asks for a fresh window
            window, _views = build_main_window(database)
            window.show()
            code = app.exec()
            database = window.database  # replaced when the file was encrypted or restored
            if not window.property("restart_requested"):
                break
        backup_at_closing(database)
        return code
    finally:
        cancel_all_tasks()
        database.close()
