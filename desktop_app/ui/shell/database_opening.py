"""Opening the database at start, with the questions a user may have to answer: the passphrase
of an encrypted database, restoring the latest verified backup of a damaged one, and the
password of a database on a server (asked, used, never stored). What only a damaged or an
encrypted database needs (the backups' recovery, the password prompt) is imported when it
does: an everyday start opens a sound file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError
from desktop_app.settings import load_settings
from desktop_app.store import Database, open_database, server
from desktop_app.store.errors import (
    DamagedDatabase,
    PassphraseNeeded,
    ServerAuthenticationFailed,
    WrongPassphrase,
)
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import translate_message


def _ask_secret(title: str, prompt: str, problem: str, parent: QWidget | None) -> str | None:
    """`problem`, when given, says above the prompt what went wrong with the last one."""
    from desktop_app.ui.common.password_prompt import ask_secret

    return ask_secret(parent, title, f"{problem}\n\n{prompt}" if problem else prompt)


def ask_passphrase(path: Path, problem: str, parent: QWidget | None = None) -> str | None:
    """The passphrase typed by the user (never stored), or None when they cancel."""
    prompt = QCoreApplication.translate(
        "DatabaseOpening", "The database {name} is encrypted. Passphrase:"
    ).format(name=path.name)
    title = QCoreApplication.translate("DatabaseOpening", "Encrypted database")
    return _ask_secret(title, prompt, problem, parent)


def offer_restore(
    path: Path,
    error: RegistreError,
    parent: QWidget | None = None,
    passphrase: str | None = None,
) -> bool:
    """Tell the user the database is damaged; restore the latest verified backup if they agree.
    True when a backup was restored (open again), False when nothing was done. The passphrase
    of an encrypted database checks and restores its encrypted backups."""
    from desktop_app.backups import recovery

    folder = load_settings().backup_folder(path)
    offer = recovery.recovery_offer(path, folder, passphrase)
    message = translate_message(error.message)
    if offer is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("DatabaseOpening", "Registre cannot open the database"),
            message
            + "\n\n"
            + QCoreApplication.translate(
                "DatabaseOpening", "No verified backup was found in {folder}."
            ).format(folder=folder),
        )
        return False
    # Marked apart: lupdate sees plural forms only with a literal count.
    restore = QT_TRANSLATE_NOOP(
        "DatabaseOpening",
        "Restore the backup of {date} (%Ln records)? The damaged file is kept aside.",
        None,
        1,
    )
    question = QCoreApplication.translate("DatabaseOpening", restore, None, offer.rows)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DatabaseOpening", "Damaged database"),
        message + "\n\n" + question.format(date=format_date(offer.backup.created.date())),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        recovery.restore_latest(path, folder, passphrase)
    except RegistreError as failure:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("DatabaseOpening", "Damaged database"),
            translate_message(failure.message),
        )
        return False
    return True


def ask_server_password(location: str, problem: str, parent: QWidget | None = None) -> str | None:
    """The server password typed by the user (kept in memory only), or None when they cancel."""
    prompt = QCoreApplication.translate(
        "DatabaseOpening",
        "Password of the database {location}:\n(It is not saved. A ~/.pgpass file or the "
        "PGPASSWORD variable can give it instead.)",
    ).format(location=location)
    title = QCoreApplication.translate("DatabaseOpening", "Database server")
    return _ask_secret(title, prompt, problem, parent)


def with_password(url: str, password: str) -> str:
    return server.normalise_url(url).set(password=password).render_as_string(hide_password=False)


def open_server_or_explain(url: str, parent: QWidget | None = None) -> Database | None:
    """Open a server database, asking the password while the server refuses the login."""
    target = url
    while True:
        try:
            return open_database(target)
        except ServerAuthenticationFailed as error:
            # The first refusal is the question itself; later ones mean a wrong password.
            problem = translate_message(error.message) if target != url else ""
            password = ask_server_password(server.masked(url), problem, parent)
            if password is None:
                return None
            target = with_password(url, password)
        except RegistreError as error:
            break_with(error, parent)
            return None


def open_or_explain(db_path: Path | str, parent: QWidget | None = None) -> Database | None:
    """Open the database (a file, or a server's URL), asking what must be asked; None when it
    cannot be opened."""
    if isinstance(db_path, str):
        if server.is_server_url(db_path):
            return open_server_or_explain(db_path, parent)
        db_path = Path(db_path)
    passphrase: str | None = None
    problem = ""
    restored = False
    while True:
        try:
            return open_database(db_path, passphrase=passphrase)
        except (PassphraseNeeded, WrongPassphrase) as error:
            if isinstance(error, WrongPassphrase):
                problem = translate_message(error.message)
            elif passphrase is not None:  # a passphrase given for a foreign file
                break_with(error, parent)
                return None
            passphrase = ask_passphrase(db_path, problem, parent)
            if passphrase is None:
                return None
        except DamagedDatabase as error:
            if restored or not offer_restore(db_path, error, parent, passphrase):
                return None
            restored = True
        except RegistreError as error:
            break_with(error, parent)
            return None


def break_with(error: RegistreError, parent: QWidget | None) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("DatabaseOpening", "Registre cannot open the database"),
        translate_message(error.message),
    )
