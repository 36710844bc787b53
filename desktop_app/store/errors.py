"""Database failures sorted into the few kinds a user must be told about.

Everything else raised by the driver is a bug: it is logged and re-raised unchanged.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import exc as sa_exc

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

CONTEXT = "StoreError"


class DatabaseError(RegistreError):
    """Base of the user-facing database errors."""


class DatabaseLocked(DatabaseError):
    pass


class DiskFull(DatabaseError):
    pass


class ReadOnlyDatabase(DatabaseError):
    pass


class NotARegistreDatabase(DatabaseError):
    pass


class DamagedDatabase(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    pass


class PassphraseNeeded(NotARegistreDatabase):
    """No SQLite header: a foreign file, or an encrypted database to open with its passphrase."""


class WrongPassphrase(DatabaseError):
    pass


class NotEncrypted(DatabaseError):
    pass


def _message(text: str, path: Path | str | None) -> UserMessage:
    return UserMessage(CONTEXT, text, {"path": str(path) if path else ""})


def locked(path: Path | str | None) -> DatabaseLocked:
    return DatabaseLocked(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} is busy: another window or program is writing to it. "
                "Close it, or wait a moment and try again.",
            ),
            path,
        )
    )


def disk_full(path: Path | str | None) -> DiskFull:
    return DiskFull(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The disk holding {path} is full: nothing was saved. "
                "Free some space and try again.",
            ),
            path,
        )
    )


def read_only(path: Path | str | None) -> ReadOnlyDatabase:
    return ReadOnlyDatabase(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} cannot be written (read-only file or folder).",
            ),
            path,
        )
    )


def not_registre(path: Path | str | None) -> NotARegistreDatabase:
    return NotARegistreDatabase(
        _message(
            QT_TRANSLATE_NOOP("StoreError", "{path} is not a Registre database."),
            path,
        )
    )


def damaged(path: Path | str | None) -> DamagedDatabase:
    return DamagedDatabase(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} is damaged. Nothing was changed; restore the latest backup.",
            ),
            path,
        )
    )


def passphrase_needed(path: Path | str | None) -> PassphraseNeeded:
    return PassphraseNeeded(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "{path} is not a Registre database, or it is an encrypted one: "
                "give its passphrase to open it.",
            ),
            path,
        )
    )


def wrong_passphrase(path: Path | str | None) -> WrongPassphrase:
    return WrongPassphrase(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This passphrase does not open {path} (or the file is not a Registre database). "
                "Check it (capitals, accents) and try again; nothing was changed.",
            ),
            path,
        )
    )


def not_encrypted(path: Path | str | None) -> NotEncrypted:
    return NotEncrypted(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} is not encrypted: open it without a passphrase.",
            ),
            path,
        )
    )


def newer(path: Path | str | None, revision: str) -> NewerDatabase:
    return NewerDatabase(
        UserMessage(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} was made by a newer version of Registre "
                "(schema {revision}). Install the latest version to open it; "
                "the file was left untouched.",
            ),
            {"path": str(path) if path else "", "revision": revision},
        )
    )


def classify(error: BaseException, path: Path | str | None) -> DatabaseError | None:
    """The user-facing error for a driver error, or None when it is a bug."""
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    cipher = sys.modules.get("sqlcipher3.dbapi2")  # loaded only for an encrypted database
    driver_errors = (sqlite3.Error, cipher.Error) if cipher is not None else (sqlite3.Error,)
    if not isinstance(original, driver_errors):
        return None
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return locked(path)
    if "disk is full" in text or "database or disk is full" in text:
        return disk_full(path)
    if "readonly" in text or "read-only" in text:
        return read_only(path)
    if "file is not a database" in text or "file is encrypted" in text:
        return not_registre(path)
    if "malformed" in text or "corrupt" in text or "disk i/o error" in text:
        return damaged(path)
    return None
