"""The Protection part of the settings: whether the database file is encrypted, the actions
that fit (encrypt; change the passphrase or remove the encryption), and the unencrypted
backups still lying in the backup folder with a button to delete them.

The actions apply at once, not on the settings' OK: `database_reopened` gives the database
opened with its new key, and the main window reopens on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.backups.backups import is_file_database
from desktop_app.settings import Settings
from desktop_app.store import Database, encryption
from desktop_app.ui.protection.dialog import (
    Mode,
    ProtectionDialog,
    is_encrypted,
    offer_removal,
    plain_backups_of,
)


class ProtectionGroup(QGroupBox):
    """The Protection group box of the settings dialog."""

    database_reopened = Signal(object)  # the Database, encrypted, decrypted or re-keyed

    def __init__(
        self,
        database: Database,
        typed_backup_folder: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.typed_backup_folder = typed_backup_folder  # the folder the settings form shows
        self.setTitle(self.tr("Protection"))
        self.setObjectName("protection_group")
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("protection_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.encrypt_button = QPushButton(self.tr("&Encrypt…"))
        self.encrypt_button.setObjectName("encrypt_button")
        self.rekey_button = QPushButton(self.tr("Change the &passphrase…"))
        self.rekey_button.setObjectName("rekey_button")
        self.decrypt_button = QPushButton(self.tr("&Remove the encryption…"))
        self.decrypt_button.setObjectName("decrypt_button")
        for button, mode in (
            (self.encrypt_button, "encrypt"),
            (self.rekey_button, "change"),
            (self.decrypt_button, "decrypt"),
        ):
            button.clicked.connect(lambda _checked=False, m=mode: self.open_protection(m))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        plain_row = QHBoxLayout()
        self.plain_note = QLabel()
        self.plain_note.setObjectName("plain_backups_note")
        self.plain_note.setWordWrap(True)
        self.remove_plain_button = QPushButton(self.tr("Delete the unencrypted &backups…"))
        self.remove_plain_button.setObjectName("remove_plain_button")
        self.remove_plain_button.clicked.connect(self.remove_plain_backups)
        plain_row.addWidget(self.plain_note, 1)
        plain_row.addWidget(self.remove_plain_button)
        layout.addLayout(plain_row)
        self.show_state()

    def show_state(self) -> None:
        """The state of the file and the actions that make sense for it."""
        on_file = is_file_database(self.database)
        encrypted = on_file and is_encrypted(self.database)
        available = on_file and (encrypted or encryption.available())
        if not on_file:
            text = self.tr(
                "The database is on a server: encryption at rest is the server's "
                "(disk encryption), and its backups are made by its administrator."
            )
        elif encrypted:
            text = self.tr(
                "The database is encrypted: it cannot be read without its passphrase, which "
                "Registre asks for at each start."
            )
        elif not available:
            text = self.tr(
                "The database is not encrypted, and encryption is not available in this "
                "installation (the SQLCipher module is missing)."
            )
        else:
            text = self.tr(
                "The database is not encrypted: anyone who gets the file (a stolen laptop, a "
                "copied backup) can read the names and phone numbers it holds."
            )
        self.status.setText(text)
        self.encrypt_button.setVisible(not encrypted)
        self.encrypt_button.setEnabled(available)
        self.rekey_button.setVisible(encrypted)
        self.decrypt_button.setVisible(encrypted)
        why = "" if on_file else self.tr("Not for a database on a server.")
        for button in (self.encrypt_button, self.rekey_button, self.decrypt_button):
            button.setToolTip(why)
        plain = self.plain_backups() if encrypted else ()
        self.plain_note.setText(
            self.tr("Backups made before the encryption, not encrypted: {count}.").format(
                count=len(plain)
            )
        )
        self.plain_note.setVisible(bool(plain))
        self.remove_plain_button.setVisible(bool(plain))

    def backup_folder(self) -> Path:
        """The folder the settings form shows (typed, or the default beside the database)."""
        path = self.database.path
        assert path is not None
        return self.typed_backup_folder() or Settings().backup_folder(path)

    def plain_backups(self) -> tuple[Path, ...]:
        path = self.database.path
        return plain_backups_of(path, self.backup_folder()) if path is not None else ()

    def remove_plain_backups(self) -> int:
        removed = offer_removal(
            self, self.plain_backups(), self.backup_folder(), just_encrypted=False
        )
        self.show_state()
        return removed

    def open_protection(self, mode: Mode) -> ProtectionDialog:
        """The dialog that encrypts, re-keys or decrypts; applied at once."""
        dialog = ProtectionDialog(self.database, mode, self.typed_backup_folder(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.converted.connect(self._converted)
        dialog.open()
        return dialog

    def _converted(self, database: Database) -> None:
        self.database = database
        self.show_state()
        self.database_reopened.emit(database)
