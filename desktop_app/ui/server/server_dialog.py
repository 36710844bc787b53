"""File > Connect to a server database...: the parts of a PostgreSQL URL, the password (asked,
never stored), a test connection, then the window reopens on the server database.

Its menu entries: Connect, and "Use the local file" to come back (enabled on a server only).
The actions that need a database file (backups) say so themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import default_database_path
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import Database, open_database
from desktop_app.store.errors import ServerAuthenticationFailed
from desktop_app.store.server_connection import (
    DEFAULT_PORT,
    ServerAddress,
    ServerCheck,
    address_of,
    check_server,
    without_password,
)
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.widgets.field_messages import ERROR_STYLE

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

OK_STYLE = "color: #1b5e20;"


class ServerDialog(QDialog):
    """`connected(Database)` once the server database is open (migrated if new or older)."""

    connected = Signal(object)

    def __init__(self, address: ServerAddress | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ServerDialog")
        self.setWindowTitle(self.tr("Connect to a server database"))
        self.task: Task | None = None
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. registre.hq.example.org"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.database_edit.setPlaceholderText(self.tr("e.g. registre"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls_check = QCheckBox(self.tr("Encrypted &connection (TLS, required)"))
        self.tls_check.setChecked(True)
        form = QFormLayout()
        for name, text, editor in (
            ("host", self.tr("&Server:"), self.host_edit),
            ("port", self.tr("P&ort:"), self.port_spin),
            ("database", self.tr("&Database:"), self.database_edit),
            ("user", self.tr("&User:"), self.user_edit),
            ("password", self.tr("&Password:"), self.password_edit),
        ):
            editor.setObjectName(f"server_{name}")
            label = QLabel(text)
            label.setBuddy(editor)
            form.addRow(label, editor)
        form.addRow("", self.tls_check)
        note = QLabel(
            self.tr(
                "The password is never saved: Registre asks for it at each start. A "
                "~/.pgpass file (%APPDATA%\\postgresql\\pgpass.conf on Windows) or the "
                "PGPASSWORD variable can give it instead. An empty database is prepared "
                "at the first connection."
            )
        )
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("server_status")
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("Co&nnect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.connect_to_server)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # Enter connects: default set once the button is in the dialog (before, Qt ignores it).
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.connect_button.setDefault(True)
        self.setMinimumWidth(520)
        if address is not None:
            self.set_address(address)
        (self.password_edit if address else self.host_edit).setFocus()

    def set_address(self, address: ServerAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        self.tls_check.setChecked(address.require_tls)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            require_tls=self.tls_check.isChecked(),
        )

    def _missing(self) -> bool:
        """Tell which part is missing; True when one is."""
        address = self.address()
        for value, editor in (
            (address.host, self.host_edit),
            (address.database, self.database_edit),
            (address.user, self.user_edit),
        ):
            if not value:
                self._show(self.tr("Fill in the server, the database and the user."), ok=False)
                editor.setFocus()
                return True
        return False

    def url(self) -> str:
        return self.address().url(self.password_edit.text() or None)

    def _show(self, text: str, *, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

    def _busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.connect_button):
            widget.setEnabled(not busy)
        if busy:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Connecting…"))

    # Test ----------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect once in the background and say what was found; nothing is changed."""
        if self._missing():
            return
        url = self.url()
        self._busy(True)
        self.task = run_task(lambda _progress, _cancelled: check_server(url), self)
        self.task.succeeded.connect(self._tested)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(lambda: self._busy(False))

    def _tested(self, check: ServerCheck) -> None:
        texts = {
            "empty": self.tr(
                "Connected (PostgreSQL {version}). The database is empty: Registre prepares "
                "it when you connect."
            ),
            "registre": self.tr("Connected (PostgreSQL {version}): a Registre database."),
            "newer": self.tr(
                "Connected (PostgreSQL {version}), but the database was made by a newer "
                "Registre: install the latest version first."
            ),
        }
        self._show(texts[check.state].format(version=check.version), ok=check.state != "newer")

    def _failed(self, error: BaseException) -> None:
        self._show(error_text(error), ok=False)

    # Connect -------------------------------------------------------------------------------

    def connect_to_server(self) -> None:
        """Open (and migrate) the server database in the background; remember its URL without
        the password. `connected` follows, or the reason in the dialog."""
        if self._missing():
            return
        url = self.url()

        def job(_progress: object, cancelled: Callable[[], bool]) -> Database | None:
            database = open_database(url)
            if cancelled():  # the dialog was closed meanwhile
                database.close()
                return None
            return database

        self._busy(True)
        self.task = run_task(job, self)
        self.task.succeeded.connect(lambda database: self._connected(database, url))
        self.task.failed.connect(self._connect_failed)
        self.task.finished.connect(lambda: self._busy(False))

    def _connected(self, database: Database | None, url: str) -> None:
        if database is None:
            return
        save_settings(load_settings().with_changes(server_url=without_password(url)))
        self.connected.emit(database)
        self.accept()

    def _connect_failed(self, error: BaseException) -> None:
        self._show(error_text(error), ok=False)
        if isinstance(error, ServerAuthenticationFailed):
            self.password_edit.setFocus()


# Menu ----------------------------------------------------------------------------------------


def open_server_dialog(window: MainWindow) -> ServerDialog:
    remembered = load_settings().server_url
    dialog = ServerDialog(address_of(remembered) if remembered else None, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.connected.connect(window.switch_database)
    dialog.open()
    return dialog


def use_local_file(window: MainWindow) -> bool:
    """Forget the server and reopen the window on the local file; False if it cannot open."""
    database = window.open_other(default_database_path())
    if database is None:
        return False
    save_settings(load_settings().with_changes(server_url=""))
    window.switch_database(database)
    return True
