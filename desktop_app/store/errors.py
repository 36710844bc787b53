"""Database failures sorted into the few kinds a user must be told about.

Everything else raised by the driver is a bug: it is logged and re-raised unchanged.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

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


class ServerUnreachable(DatabaseError):
    pass


class ServerAuthenticationFailed(DatabaseError):
    pass


class ServerDatabaseMissing(DatabaseError):
    pass


class ServerPermissionDenied(DatabaseError):
    pass


class ServerConnectionLost(DatabaseError):
    pass


class BadServerAddress(DatabaseError):
    pass


class NeedsDatabaseFile(DatabaseError):
    """A feature that works on a database file only (file backups, encryption) was asked for a
    database on a server."""


class NotEncrypted(DatabaseError):
    pass


class DatabaseMissing(DatabaseError):
    """No file at the path given: only `init` (or the window's first start) creates one."""


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


def missing(path: Path | str | None) -> DatabaseMissing:
    return DatabaseMissing(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} does not exist: nothing was created. Check the path, or "
                "make a new database there with `registre --db {path} init`.",
            ),
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


def server_unreachable(location: str | None) -> ServerUnreachable:
    return ServerUnreachable(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database server of {path} cannot be reached. Check the host name and "
                "port, the network, and that the server is running; nothing was changed.",
            ),
            location,
        )
    )


def server_authentication(location: str | None) -> ServerAuthenticationFailed:
    return ServerAuthenticationFailed(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database server refused the user name or password of {path}. "
                "Check them with the server's administrator.",
            ),
            location,
        )
    )


def server_database_missing(location: str | None) -> ServerDatabaseMissing:
    return ServerDatabaseMissing(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database of {path} does not exist on the server. Check its name, or ask "
                "the server's administrator to create it.",
            ),
            location,
        )
    )


def server_permission(location: str | None) -> ServerPermissionDenied:
    return ServerPermissionDenied(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database server does not allow this user to do that in {path}: "
                "nothing was changed. Ask the server's administrator for the rights.",
            ),
            location,
        )
    )


def server_connection_lost(location: str | None) -> ServerConnectionLost:
    return ServerConnectionLost(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The connection to the database server of {path} was lost: the last change "
                "was not saved. Check the network and try again.",
            ),
            location,
        )
    )


def bad_server_address() -> BadServerAddress:
    # The address is not repeated: it may hold a password that could not be told apart.
    return BadServerAddress(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This is not a database server address. Write it like "
                "postgresql://user@host:5432/registre (the port is a number).",
            ),
            None,
        )
    )


def needs_file(location: str | None) -> NeedsDatabaseFile:
    return NeedsDatabaseFile(
        _message(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This works on a database file only, and {path} is on a database server: "
                "its backups and encryption are the server administrator's (pg_dump).",
            ),
            location,
        )
    )


def _classify_server(original: Exception, location: Path | str | None) -> DatabaseError | None:
    """psycopg errors, by SQLSTATE when the server sent one, else by the client's text."""
    where = str(location) if location else None
    state = str(getattr(original, "sqlstate", None) or "")
    text = str(original).lower()
    if state.startswith("28") or "password authentication failed" in text:
        return server_authentication(where)
    if "no password supplied" in text or "authentication failed" in text:
        return server_authentication(where)
    if 'role "' in text and "does not exist" in text:  # an unknown user name
        return server_authentication(where)
    if "invalid role oid" in text:  # the user was removed while connected
        return server_authentication(where)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return server_database_missing(where)
    if state == "42501" or "permission denied" in text:
        return server_permission(where)
    if state in ("55P03", "40P01") or "lock timeout" in text:
        return locked(where)
    if state == "53100":
        return disk_full(where)
    if state == "25006":
        return read_only(where)
    if state.startswith(("08", "57P")) or any(
        sign in text
        for sign in (
            "server closed the connection",
            "terminating connection",
            "connection is lost",
            "consuming input failed",
            "connection is closed",
        )
    ):
        return server_connection_lost(where)
    if "connection" in text and ("failed" in text or "refused" in text or "timeout" in text):
        return server_unreachable(where)
    if "resolve host" in text or "translate host name" in text or "service not known" in text:
        return server_unreachable(where)
    return None


def classify(error: BaseException, path: Path | str | None) -> DatabaseError | None:
    """The user-facing error for a driver error, or None when it is a bug."""
    sa_exc = sys.modules.get("sqlalchemy.exc")  # SQLAlchemy's errors wrap the driver's
    wrapped = sa_exc is not None and isinstance(error, sa_exc.DBAPIError)
    original = getattr(error, "orig", error) if wrapped else error
    psycopg = sys.modules.get("psycopg")  # loaded only for a database on a server
    if psycopg is not None and isinstance(original, psycopg.Error):
        return _classify_server(original, path)
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


class RecordChangedElsewhere(DatabaseError):
    """The record was saved by someone else since the user opened it (optimistic locking):
    nothing was written, and the user's edit stays in their form."""

    @classmethod
    def of(cls, table_name: str) -> RecordChangedElsewhere:
        texts = {
            "activity": QT_TRANSLATE_NOOP(
                "StoreError",
                "This activity was changed by someone else since you opened it. Your changes "
                "are still in the form: reload to see theirs, then apply yours again.",
            ),
            "person": QT_TRANSLATE_NOOP(
                "StoreError",
                "This person was changed by someone else since you opened them. Your changes "
                "are still in the form: reload to see theirs, then apply yours again.",
            ),
            "organisation": QT_TRANSLATE_NOOP(
                "StoreError",
                "This organisation was changed by someone else since you opened it. Your "
                "changes are still in the form: reload to see theirs, then apply yours again.",
            ),
            "head_count": QT_TRANSLATE_NOOP(
                "StoreError",
                "This head count was changed by someone else since you opened it. Your changes "
                "are still in the form: reload to see theirs, then apply yours again.",
            ),
        }
        text = texts.get(
            table_name,
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This record was changed by someone else since you opened it. Nothing was "
                "saved: reload to see the change, then apply yours again.",
            ),
        )
        return cls(UserMessage(CONTEXT, text))
