"""The backups window: the list of backups (date, reason, size, verified), back up, restore.

A restore replaces the database under the open window: the dialog closes the database's
connections, restores (the current file is backed up first), and emits `restored`; the main
window then starts again on the restored data (`dialog.database`: a new `Database` when the
restored file opens with another passphrase, or none). An encrypted backup is restored with its
passphrase: the current one when it opens the backup, else the user types it. A database on a
server has no file backups: the dialog says so and offers nothing. File > Backups… is added
by ui/backups/menu.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.backups import backups
from desktop_app.backups import files as backup_files
from desktop_app.backups import restore as backup_restore
from desktop_app.backups.backups import BackupInfo
from desktop_app.messages import RegistreError
from desktop_app.settings import Settings, load_settings
from desktop_app.store import Database, encryption, open_database
from desktop_app.ui.common.i18n import format_moment
from desktop_app.ui.common.password_prompt import ask_secret
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.worker import (
    CancelCheck,
    ProgressCallback,
    Task,
    finish_tasks,
    run_with_progress,
)
from desktop_app.ui.models.backups import BackupTableModel
from desktop_app.ui.widgets.file_replacing_task import run_replacing_file

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class BackupDialog(QDialog):
    """Lists the backups of the open database; backs up now; restores the chosen one."""

    restored = Signal(object)  # backup_restore.RestoreResult

    def __init__(
        self,
        database: Database,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings if settings is not None else load_settings()
        self.on_file = backups.is_file_database(database)
        self.folder = self.settings.backup_folder(database.path) if database.path else Path()
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(820, 380)
        if self.on_file:
            told = self.tr(
                "Registre backs up the database when you close it (once a day) and before "
                "every import and restore. Backups are kept in {folder}."
            ).format(folder=self.folder)
        else:
            told = self.tr(
                "The database is on a server: its administrator backs it up with pg_dump "
                "(see the documentation). Registre makes no file backups of it."
            )
        intro = QLabel(told)
        intro.setObjectName("backup_intro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("backup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumWidth(460)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.file_button = QPushButton(self.tr("Restore from a &file…"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        actions = QVBoxLayout()
        for button in (self.backup_button, self.restore_button, self.file_button):
            actions.addWidget(button)
        actions.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.refresh()

    def refresh(self) -> None:
        path = self.database.path
        found = backups.list_backups(self.folder, path.stem) if self.on_file and path else []
        self.model.set_backups(found)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.on_file and self.table.selectionModel().hasSelection())
        self.backup_button.setEnabled(self.on_file)
        self.file_button.setEnabled(self.on_file)
        why = "" if self.on_file else self.tr("Not for a database on a server.")
        for button in (self.backup_button, self.restore_button, self.file_button):
            button.setToolTip(why)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def back_up_now(self) -> Task:
        """A verified backup, made off the UI thread (a large database takes seconds)."""
        folder, settings, database = self.folder, self.settings, self.database

        def job(_progress: ProgressCallback, _cancelled: CancelCheck) -> BackupInfo:
            return backups.backup_now(
                database,
                folder,
                reason="manual",
                keep_daily=settings.keep_daily,
                keep_weekly=settings.keep_weekly,
            )

        self.backup_button.setEnabled(False)
        task = run_with_progress(self, self.tr("Backing up…"), job, lambda _info: None)
        task.finished.connect(self._backup_finished)
        return task

    def _backup_finished(self) -> None:
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        when = format_moment(info.created)
        if self.confirm_restore(when):
            self.restore(info.path)

    def restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup to restore"),
            str(self.folder),
            self.tr("Registre databases (*.db);;All files (*)"),
        )
        if path and self.confirm_restore(Path(path).name):
            self.restore(Path(path))

    def confirm_restore(self, what: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all the data of this database by the backup {backup}?\n\n"
                "The current data is backed up first, so this can be undone by restoring "
                "that backup."
            ).format(backup=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def backup_passphrase(self, backup: Path) -> tuple[bool, str | None]:
        """(go on, passphrase) for restoring `backup`: None for a plain one; for an encrypted
        one the open database's passphrase when it opens it, else the one the user types
        (asked again after a wrong one). (False, None) when the user gives up."""
        current = encryption.engine_passphrase(self.database.engine)
        if not backup_files.is_encrypted_file(backup):
            if current is None or self.confirm_plain_restore(backup):
                return True, None
            return False, None
        problem = ""
        candidate = current
        while True:
            if candidate is not None:
                if backup_files.opens_with(backup, candidate):
                    return True, candidate
                if candidate != current:
                    problem = self.tr(
                        "This passphrase does not open the backup {name}. Check it (capitals, "
                        "accents) and try again."
                    ).format(name=backup.name)
            prompt = self.tr("The backup {name} is encrypted. Its passphrase:").format(
                name=backup.name
            )
            candidate = ask_secret(
                self,
                self.tr("Encrypted backup"),
                f"{problem}\n\n{prompt}" if problem else prompt,
            )
            if candidate is None:
                return False, None

    def confirm_plain_restore(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "The backup {name} is not encrypted: after the restore the database is not "
                "encrypted either (encrypt it again from the settings). Restore it?"
            ).format(name=backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, backup: Path) -> Task | None:
        """Restore `backup` over the open database, off the UI thread, after closing the
        database's connections; `restored` is emitted when it is done. None when nothing
        was started (a server database, a refusal, a passphrase not given)."""
        path = self.database.path
        if not self.on_file or path is None:
            QMessageBox.warning(self, self.windowTitle(), error_text(backup_files.server_refusal()))
            return None
        try:
            go_on, passphrase = self.backup_passphrase(backup)
        except (RegistreError, OSError) as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return None
        if not go_on:
            return None
        current = encryption.engine_passphrase(self.database.engine)
        folder = self.folder
        finish_tasks()  # reads under way end first
        self.database.close()

        def work() -> tuple[backup_restore.RestoreResult, Database | None]:
            result = backup_restore.restore_backup(
                path, backup, folder, passphrase=passphrase, current_passphrase=current
            )
            key = passphrase if result.encrypted else None
            # The file now opens with another key (or none): a new engine.
            return result, open_database(path, passphrase=key) if key != current else None

        self.task = run_replacing_file(
            self, self.tr("Restoring…"), work, self._restored, self._restore_failed
        )
        return self.task

    def _restored(self, outcome: tuple[backup_restore.RestoreResult, Database | None]) -> None:
        result, reopened = outcome
        if reopened is not None:
            self.database = reopened
        self.database.refresh_site()
        self.refresh()
        self.restored.emit(result)

    def _restore_failed(self, error: BaseException) -> None:
        try:
            self.database.refresh_site()  # the engine reconnects to the file put back
        except Exception:  # the warning below says what went wrong
            log.warning("the database could not be read again after a failed restore")
        self.refresh()
        QMessageBox.warning(self, self.windowTitle(), error_text(error))


def open_backups(window: MainWindow) -> BackupDialog:
    dialog = BackupDialog(window.database, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restored.connect(lambda _result: _after_restore(window, dialog))
    dialog.open()
    return dialog


def _after_restore(window: MainWindow, dialog: BackupDialog) -> None:
    QMessageBox.information(
        dialog,
        dialog.windowTitle(),
        QCoreApplication.translate(
            "BackupDialog", "The backup was restored. Registre now reopens on the restored data."
        ),
    )
    dialog.accept()
    window.reopen(dialog.database)


def backup_at_closing(database: Database, parent: QWidget | None = None) -> BackupInfo | None:
    """The closing backup (at most once a day); a failure is shown, never blocks closing."""
    if not backups.is_file_database(database):
        return None  # its administrator backs a server database up
    settings = load_settings()  # read again: the folder may have changed during the session
    try:
        return backups.backup_at_closing(
            database,
            settings.backup_folder(database.file_path()),
            keep_daily=settings.keep_daily,
            keep_weekly=settings.keep_weekly,
        )
    except (RegistreError, OSError) as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("BackupDialog", "Backup at closing failed"),
            error_text(error),
        )
        return None
