"""The database files that backups copy, check and restore.

Which database has a file at all (one on a server is refused), whether a file is encrypted,
whether it is a sound Registre database and with how many rows, whether a passphrase opens it,
and a fresh name reserved for a new backup in the backup folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.backups.rotation import STAMP, sidecar
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database, encryption, errors
from desktop_app.store.database import SQLITE_HEADER

CONTEXT = "Backups"


def backup_error(text: str, **params: object) -> RegistreError:
    """An error of the backups, `text` marked with QT_TRANSLATE_NOOP in the "Backups" context."""
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def is_file_database(database: Database) -> bool:
    """False for a database on a server, which has no file to back up, encrypt or restore."""
    return getattr(database, "dialect", "sqlite") == "sqlite" and database.path is not None


def server_refusal() -> RegistreError:
    return backup_error(
        QT_TRANSLATE_NOOP(
            "Backups",
            "A server database is backed up by its administrator with pg_dump; "
            "see the documentation.",
        )
    )


def database_file(database: Database) -> Path:
    """The file of `database`; refused (RegistreError) for a database on a server."""
    path = database.path
    if path is None or getattr(database, "dialect", "sqlite") != "sqlite":
        raise server_refusal()
    return path


def is_encrypted_file(path: Path) -> bool:
    """True for a file that may be an SQLCipher database: no plain header, whole pages."""
    try:
        return encryption.looks_encrypted(path)
    except OSError:
        return False


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in every table of an SQLite connection, by table name."""
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def engine_row_counts(engine: Engine) -> dict[str, int]:
    """`row_counts` of the database behind an open engine."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection  # sqlite3, or sqlcipher3 for an encrypted database
        assert source is not None
        return row_counts(source)
    finally:
        raw.close()


def check_file(path: Path, passphrase: str | None = None) -> dict[str, int]:
    """Integrity check of a database file (opened read-only); its row counts when it is sound.

    An encrypted file (no SQLite header) is opened with `passphrase`."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise backup_error(
            QT_TRANSLATE_NOOP("Backups", "The file {path} cannot be read: {reason}."),
            path=path,
            reason=error.strerror or error,
        ) from error
    encrypted = header != SQLITE_HEADER
    if encrypted and passphrase is None:
        if encryption.looks_encrypted(path):
            raise errors.passphrase_needed(path)
        raise backup_error(
            QT_TRANSLATE_NOOP("Backups", "{path} is not a Registre database or backup."),
            path=path,
        )
    key = passphrase if encrypted else None  # a plain file is read as it is
    connection = encryption.connect(path.resolve(), key, read_only=True)
    try:
        if encrypted:
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except encryption.driver_errors() as error:
                raise errors.wrong_passphrase(path) from error
        verdict = connection.execute("PRAGMA integrity_check").fetchone()
        counts = row_counts(connection)
    except encryption.driver_errors() as error:
        raise backup_error(
            QT_TRANSLATE_NOOP("Backups", "The file {path} is damaged ({reason})."),
            path=path,
            reason=error,
        ) from error
    finally:
        connection.close()
    if not verdict or verdict[0] != "ok":
        raise backup_error(
            QT_TRANSLATE_NOOP("Backups", "The file {path} is damaged ({reason})."),
            path=path,
            reason=verdict[0] if verdict else "?",
        )
    if "alembic_version" not in counts:
        raise backup_error(
            QT_TRANSLATE_NOOP("Backups", "{path} is not a Registre database or backup."),
            path=path,
        )
    return counts


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` is the key of the encrypted file `path`: one key derivation, no
    integrity check (`check_file` does that, and takes seconds on a big file)."""
    connection = encryption.connect(path.resolve(), passphrase, read_only=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except encryption.driver_errors():
        return False
    finally:
        connection.close()


def unique_backup_path(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    """A fresh backup name, reserved by creating its record (`<name>.json`, not yet verified):
    another program backing up the same database in the same second (two imports at once) then
    takes the next number. The backup itself appears under the name only once it is whole."""
    stamp = now.strftime(STAMP)
    number = 1
    while True:
        suffix = f"-{number}" if number > 1 else ""
        candidate = folder / f"{stem}-{stamp}{suffix}-{reason}.db"
        try:
            if candidate.exists():
                raise FileExistsError(candidate)
            with sidecar(candidate).open("x", encoding="utf-8") as record:
                json.dump({"verified": False, "reason": reason}, record)
        except FileExistsError:
            number += 1
            continue
        return candidate


def write_record(path: Path, record: dict[str, object]) -> None:
    """The verification record of the backup `path`, replaced in one step."""
    target = sidecar(path)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.write_text(json.dumps(record, indent=1), encoding="utf-8")
    os.replace(partial, target)
