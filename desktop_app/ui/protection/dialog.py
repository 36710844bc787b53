"""Encrypting the database, changing its passphrase or removing the encryption, from the window.

The flow: the passphrases (the current one checked against the open database, a new one typed
twice with a strength hint), a warning that a lost passphrase means lost data, then the open
database is closed and the conversion runs off the UI thread (services.privacy_encryption:
a verified safety copy first, the original untouched on failure). On success the database is
opened again with the new passphrase and `converted` carries it: the main window reopens on it.
Unencrypted backups left behind are offered for deletion.
"""

from __future__ import annotations

import errno
import hmac
import logging
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.backups import backups
from desktop_app.logging_setup import safe_exception_text
from desktop_app.messages import RegistreError
from desktop_app.privacy import encryption as privacy_encryption
from desktop_app.privacy.encryption import ConversionResult
from desktop_app.settings import load_settings
from desktop_app.store import Database, encryption, open_database
from desktop_app.ui.common.password_prompt import NewSecretFields, secret_edit
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.worker import Task, finish_tasks
from desktop_app.ui.widgets.field_messages import ERROR_STYLE
from desktop_app.ui.widgets.file_replacing_task import run_replacing_file

log = logging.getLogger(__name__)

Mode = Literal["encrypt", "decrypt", "change"]
WARNING_STYLE = "border: 1px solid #b00020; padding: 6px; color: #b00020;"


def is_encrypted(database: Database) -> bool:
    return encryption.engine_passphrase(database.engine) is not None


def _disk_full(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "disk is full" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def plain_backups_of(
    database_path: Path, folder: Path, found: tuple[Path, ...] | None = None
) -> tuple[Path, ...]:
    """The unencrypted backups of this database in `folder`, partial copies left by a killed
    backup included (those of other databases kept in the same folder are theirs to decide)."""
    candidates = privacy_encryption.plain_backups(folder) if found is None else found
    return tuple(path for path in candidates if backups.named_for(path, database_path.stem))


def offer_removal(
    parent: QWidget, paths: tuple[Path, ...], folder: Path, *, just_encrypted: bool
) -> int:
    """Ask whether to delete the unencrypted backups `paths`; the number deleted."""
    title = QCoreApplication.translate("ProtectionDialog", "Unencrypted backups")
    if just_encrypted:
        question = QCoreApplication.translate(
            "ProtectionDialog",
            "Unencrypted backups left in {folder}: {count}, among them the copy made just "
            "now. They expose everything encryption protects: names, phone numbers, "
            "affiliations.\n\nDelete them now? Each is overwritten, then removed. Keep them "
            "only to store them somewhere safe, then delete them from this computer.",
        )
    else:
        question = QCoreApplication.translate(
            "ProtectionDialog",
            "Backups in {folder} made before the database was encrypted, and not encrypted: "
            "{count}. They expose names, phone numbers and affiliations.\n\nDelete "
            "them now? Each is overwritten, then removed.",
        )
    answer = QMessageBox.question(
        parent,
        title,
        question.format(count=len(paths), folder=folder),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        removed = privacy_encryption.remove_plain_backups(paths)
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "ProtectionDialog",
                "Some backups could not be deleted ({reason}). Delete them by hand.",
            ).format(reason=error.strerror or error),
        )
        return 0
    QGuiApplication.restoreOverrideCursor()
    return removed


def convert_and_reopen(
    path: Path, mode: Mode, old: str | None, new: str | None, folder: Path
) -> tuple[ConversionResult, Database]:
    """The conversion, then the database opened with its new key (run in a worker thread)."""
    if mode == "encrypt":
        assert new is not None
        result = privacy_encryption.encrypt_database(path, new, backup_dir=folder)
    elif mode == "decrypt":
        assert old is not None
        result = privacy_encryption.decrypt_database(path, old, backup_dir=folder)
    else:
        assert old is not None and new is not None
        result = privacy_encryption.change_passphrase(path, old, new, backup_dir=folder)
    return result, open_database(path, passphrase=new)


class ProtectionDialog(QDialog):
    """Encrypts, re-keys or decrypts the open database file; `converted` gives it reopened."""

    converted = Signal(object)  # the Database opened with its new key

    def __init__(
        self,
        database: Database,
        mode: Mode,
        backup_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert database.path is not None, "a database on a server has no file to encrypt"
        self.database = database
        self.path: Path = database.path
        self.mode = mode
        self.folder = backup_folder or load_settings().backup_folder(self.path)
        self.task: Task | None = None
        self.result_: ConversionResult | None = None
        self.reopened: Database | None = None
        self.setObjectName("ProtectionDialog")
        self.setMinimumWidth(580)
        titles = {
            "encrypt": self.tr("Encrypt the database"),
            "change": self.tr("Change the passphrase"),
            "decrypt": self.tr("Remove the encryption"),
        }
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        layout.addWidget(self._wrapped(self._intro()))
        if mode != "decrypt":
            self.warning = self._wrapped(
                self.tr(
                    "If the passphrase is lost, the data is lost. Nobody can open the database "
                    "without it: not HQ, not Registre's developers. Write it down and keep it "
                    "somewhere safe, away from this computer."
                )
            )
            self.warning.setObjectName("lost_passphrase_warning")
            self.warning.setStyleSheet(WARNING_STYLE)
            layout.addWidget(self.warning)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current = secret_edit("current_passphrase")
        if mode != "encrypt":
            label = QLabel(self.tr("C&urrent passphrase:"))
            label.setBuddy(self.current)
            form.addRow(label, self.current)
        self.new_fields = NewSecretFields("new_passphrase", self)
        if mode != "decrypt":
            self.new_fields.add_to(
                form, self.tr("&New passphrase:"), self.tr("&Same passphrase again:")
            )
        layout.addLayout(form)
        if mode != "decrypt":
            layout.addWidget(self.new_fields.hint)
        self.understood = QCheckBox(
            self.tr("I have written the passphrase down and keep it somewhere safe.")
        )
        self.understood.setObjectName("understood")
        if mode != "decrypt":
            layout.addWidget(self.understood)
        copy_note = self._wrapped(
            self.tr(
                "First, Registre makes a verified copy of the database in {folder}. If "
                "anything fails, the database stays as it is."
            ).format(folder=self.folder)
        )
        copy_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(copy_note)
        self.error = self._wrapped("")
        self.error.setObjectName("protection_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        verbs = {
            "encrypt": self.tr("Encrypt"),
            "change": self.tr("Change the passphrase"),
            "decrypt": self.tr("Remove the encryption"),
        }
        self.ok_button.setText(verbs[mode])
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.current if mode != "encrypt" else self.new_fields.first).setFocus()

    def sizeHint(self) -> QSize:
        # Wrapped texts: the height they need at the dialog's own width, not at the width
        # of their longest line (which makes a dialog as wide as the screen).
        width = self.minimumWidth()
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else 0
        return QSize(width, max(height, self.minimumSizeHint().height()))

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _intro(self) -> str:
        if self.mode == "encrypt":
            return self.tr(
                "Encryption makes the database file {name} unreadable without its passphrase: "
                "a stolen or lost computer does not expose the persons it holds. Registre asks "
                "for the passphrase at each start and never saves it. Its backups are "
                "encrypted too."
            ).format(name=self.path.name)
        if self.mode == "change":
            return self.tr(
                "The database is encrypted again with the new passphrase; the current one no "
                "longer opens it. Backups made before keep the passphrase they were made with."
            )
        return self.tr(
            "Without encryption, anyone who can reach this computer's files can read the "
            "database {name} and its backups. Do this only for a good reason, such as "
            "handing the database over, and encrypt it again afterwards."
        ).format(name=self.path.name)

    # Checking what was typed ---------------------------------------------------------------

    def problem(self) -> str:
        """What stops the conversion, in words; "" when everything typed is right."""
        if self.mode != "encrypt":
            current = encryption.engine_passphrase(self.database.engine) or ""
            typed = self.current.text()
            if not typed or not hmac.compare_digest(typed.encode(), current.encode()):
                return self.tr("This is not the passphrase of the database: nothing was changed.")
        if self.mode == "decrypt":
            return ""
        problem = self.new_fields.problem()
        if problem:
            return problem
        if self.mode == "change" and self.new_fields.first.text() == self.current.text():
            return self.tr("The new passphrase is the same as the current one.")
        if not self.understood.isChecked():
            return self.tr("Tick the box to confirm that the passphrase is kept somewhere safe.")
        return ""

    def _show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # The conversion ------------------------------------------------------------------------

    def start(self) -> Task | None:
        """Check what was typed, close the database, convert it in the background."""
        problem = self.problem()
        self._show_problem(problem)
        if problem:
            return None
        old = self.current.text() if self.mode != "encrypt" else None
        new = self.new_fields.secret() if self.mode != "decrypt" else None
        path, mode, folder = self.path, self.mode, self.folder
        self.ok_button.setEnabled(False)
        finish_tasks()  # reads under way end first
        self.database.close()  # no connection may stay open on the file it replaces

        self.task = run_replacing_file(
            self,
            self.tr("Converting the database…"),
            lambda: convert_and_reopen(path, mode, old, new, folder),
            self._succeeded,
            self._failed,
        )
        return self.task

    def converting(self) -> bool:
        return self.task is not None and not self.task.is_finished()

    def reject(self) -> None:
        if not self.converting():  # the result must reach the window: no closing meanwhile
            super().reject()

    def _failed(self, error: BaseException) -> None:
        log.warning("conversion (%s) failed: %s", self.mode, safe_exception_text(error))
        self.ok_button.setEnabled(True)
        if _disk_full(error):
            text = self.tr(
                "The disk is full: nothing was changed. The conversion needs free space of "
                "about twice the database's size; free some and try again."
            )
        elif isinstance(error, RegistreError):
            text = error_text(error) + "\n\n" + self.tr("The database was not changed.")
        else:
            text = self.tr("The conversion failed: nothing was changed ({reason}).").format(
                reason=safe_exception_text(error)
            )
        self._show_problem(text)
        QMessageBox.warning(self, self.windowTitle(), text)

    def _succeeded(self, outcome: tuple[ConversionResult, Database]) -> None:
        result, reopened = outcome
        self.result_, self.reopened = result, reopened
        if self.mode == "encrypt":
            told = self.tr(
                "The database is now encrypted. The copy made before, {copy}, is not: see below."
            )
        elif self.mode == "change":
            told = self.tr(
                "The passphrase is changed. The copy made before, {copy}, opens with the "
                "previous passphrase."
            )
        else:
            told = self.tr(
                "The database is no longer encrypted. The copy made before, {copy}, opens "
                "with the passphrase."
            )
        QMessageBox.information(self, self.windowTitle(), told.format(copy=result.safety_copy))
        plain = plain_backups_of(self.path, self.folder, result.plain_backups)
        if plain:
            offer_removal(self, plain, self.folder, just_encrypted=True)
        self.converted.emit(reopened)
        self.accept()
