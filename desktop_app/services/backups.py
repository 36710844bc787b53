"""Backups: made with SQLite's backup API, verified, rotated, listed, and restored.

Every backup is `<database stem>-<YYYYmmdd-HHMMSS>-<reason>.db` in the backup folder, with a
sidecar `<name>.json` recording the verification (integrity check and row counts equal to the
source's). Automatic backups: at closing (at most once a day), before every import and restore
(the store itself backs up before a migration). Rotation keeps everything from today, the newest
backup of each of the last `keep_daily` days and of each of the last `keep_weekly` weeks before.

A restore backs up the current file first, copies the chosen backup in place while no connection
is open, then re-opens and checks it; if that check fails the previous file is put back.

The backup of an encrypted database is encrypted with its passphrase; checking or restoring one
takes that passphrase. A database on a server has no file to copy: making or restoring a file
backup of it is refused, and the automatic backups skip it (its administrator uses pg_dump).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import socket
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.services.backup_rotation import (
    STAMP,
    BackupInfo,
    backup_info,
    backups_to_keep,
    list_backups,
    rotate,
    sidecar,
)
from desktop_app.settings import load_settings
from desktop_app.store import Database, encryption, errors, open_database
from desktop_app.store.backup import BackupFailed, backup_to
from desktop_app.store.database import SQLITE_HEADER, make_engine

log = logging.getLogger(__name__)

__all__ = [
    "BackupInfo",
    "RestoreResult",
    "backup_at_closing",
    "backup_before_import",
    "backup_now",
    "backups_to_keep",
    "check_file",
    "is_file_database",
    "list_backups",
    "make_backup",
    "opens_with",
    "restore_backup",
    "rotate",
    "row_counts",
    "verify_backup",
]

CONTEXT = "Backups"
REASONS = ("closing", "manual", "before-import", "before-restore", "before-migration")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the database as it was just before, None if there was no file
    row_counts: dict[str, int]
    encrypted: bool = False  # the restored database opens with the backup's passphrase


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def is_file_database(database: Database) -> bool:
    """False for a database on a server, which has no file to back up, encrypt or restore."""
    return getattr(database, "dialect", "sqlite") == "sqlite" and database.path is not None


def server_refusal() -> RegistreError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Backups",
            "A server database is backed up by its administrator with pg_dump; "
            "see the documentation.",
        )
    )


def _database_file(database: Database) -> Path:
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


def _engine_counts(engine: Engine) -> dict[str, int]:
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
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The file {path} cannot be read: {reason}."),
            path=path,
            reason=error.strerror or error,
        ) from error
    encrypted = header != SQLITE_HEADER
    if encrypted and passphrase is None:
        if encryption.looks_encrypted(path):
            raise errors.passphrase_needed(path)
        raise _error(
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
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The file {path} is damaged ({reason})."),
            path=path,
            reason=error,
        ) from error
    finally:
        connection.close()
    if not verdict or verdict[0] != "ok":
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The file {path} is damaged ({reason})."),
            path=path,
            reason=verdict[0] if verdict else "?",
        )
    if "alembic_version" not in counts:
        raise _error(
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


def _unique_path(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    """A fresh backup name, reserved by creating it empty: another program backing up the same
    database in the same second (two imports at once) then takes the next number."""
    stamp = now.strftime(STAMP)
    number = 1
    while True:
        suffix = f"-{number}" if number > 1 else ""
        candidate = folder / f"{stem}-{stamp}{suffix}-{reason}.db"
        try:
            candidate.open("xb").close()
        except FileExistsError:
            number += 1
            continue
        return candidate


def make_backup(database: Database, destination: Path, *, reason: str = "manual") -> BackupInfo:
    """Copy `database` to `destination`, verify the copy, record the verification beside it."""
    source = _database_file(database)
    try:
        backup_to(database.engine, destination)
    except BackupFailed as error:
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The backup {path} failed its integrity check."),
            path=destination,
        ) from error
    except OSError as error:
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The backup {path} could not be written: {reason}."),
            path=destination,
            reason=error.strerror or error,
        ) from error
    source_counts = _engine_counts(database.engine)
    passphrase = encryption.engine_passphrase(database.engine)
    copy_counts = check_file(destination, passphrase) if passphrase else check_file(destination)
    if copy_counts != source_counts:
        destination.unlink(missing_ok=True)
        raise _error(
            QT_TRANSLATE_NOOP(
                "Backups", "The backup {path} does not hold the same rows as the database."
            ),
            path=destination,
        )
    record = {
        "verified": True,
        "reason": reason,
        "source": str(source),
        "made_at": dt.datetime.now().isoformat(timespec="seconds"),
        "row_counts": copy_counts,
    }
    sidecar(destination).write_text(json.dumps(record, indent=1), encoding="utf-8")
    log.info("backup (%s) of %s written to %s", reason, source, destination)
    return backup_info(destination) or _unlisted_info(destination, reason, copy_counts)


def _unlisted_info(path: Path, reason: str, counts: dict[str, int]) -> BackupInfo:
    """A backup whose name does not follow the folder's pattern (`backup --out FILE`)."""
    created = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, created, reason, path.stat().st_size, True, counts)


def backup_now(
    database: Database, folder: Path, *, reason: str, keep_daily: int = 7, keep_weekly: int = 4
) -> BackupInfo:
    """A verified backup into the backup folder, then rotation of that folder."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    path = _database_file(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The backup folder {path} cannot be created: {reason}."),
            path=folder,
            reason=error.strerror or error,
        ) from error
    destination = _unique_path(folder, path.stem, reason, dt.datetime.now())
    try:
        info = make_backup(database, destination, reason=reason)
    except BaseException:
        if destination.exists() and destination.stat().st_size == 0:
            destination.unlink()  # only the reservation: nothing was written
        raise
    rotate(folder, path.stem, keep_daily=keep_daily, keep_weekly=keep_weekly)
    return info


def backup_at_closing(
    database: Database,
    folder: Path,
    *,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    today: dt.date | None = None,
) -> BackupInfo | None:
    """The closing backup, unless one was already made today or the database is on a server
    (then None)."""
    if not is_file_database(database):
        log.info("no closing backup: the database is on a server")
        return None
    today = today or dt.date.today()
    for info in list_backups(folder, _database_file(database).stem):
        if info.reason == "closing" and info.created.date() == today:
            return None
    return backup_now(
        database, folder, reason="closing", keep_daily=keep_daily, keep_weekly=keep_weekly
    )


def backup_before_import(database: Database) -> BackupInfo | None:
    """The backup every import makes before it changes anything (folder and rotation from the
    user's settings). Raises RegistreError when it cannot be made: then do not import. None for
    a database on a server (its administrator backs it up)."""
    if not is_file_database(database):
        log.info("no backup before the import: the database is on a server")
        return None
    settings = load_settings()
    return backup_now(
        database,
        settings.backup_folder(_database_file(database)),
        reason="before-import",
        keep_daily=settings.keep_daily,
        keep_weekly=settings.keep_weekly,
    )


def verify_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Check a backup file now (integrity; an encrypted one with `passphrase`) and record it as
    verified."""
    counts = check_file(path, passphrase)
    record = {
        "verified": True,
        "made_at": dt.datetime.now().isoformat(timespec="seconds"),
        "row_counts": counts,
    }
    sidecar(path).write_text(json.dumps(record, indent=1), encoding="utf-8")
    return backup_info(path) or _unlisted_info(path, "manual", counts)


def lock_holder(database_path: Path) -> tuple[int, str] | None:
    """(pid, computer) of the Registre window holding `database_path`, read without Qt from the
    `<database>.lock` QLockFile beside it; None when there is none (or, on this computer under
    POSIX, when its process is gone)."""
    lock = database_path.with_name(database_path.name + ".lock")
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else 0
    host = lines[2].strip() if len(lines) > 2 else ""
    if os.name == "posix" and host in ("", socket.gethostname()) and pid:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass  # alive, owned by another user
    return pid, host


def in_use_error(pid: int, host: str) -> RegistreError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Backups",
            "The database is open in Registre on the computer {host} (process {pid}): close "
            "it first. If Registre is not running there any more, add --force.",
        ),
        host=host or "?",
        pid=pid,
    )


def _copy_aside(path: Path, folder: Path, passphrase: str | None) -> Path | None:
    """Back up the current database file (possibly damaged) before it is replaced."""
    if not path.exists():
        return None
    destination = _unique_path(folder, path.stem, "before-restore", dt.datetime.now())
    key = passphrase if is_encrypted_file(path) else None
    engine = make_engine(path, passphrase=key)
    try:
        backup_to(engine, destination)
        return destination
    except (BackupFailed, sqlite3.DatabaseError, Exception) as error:  # damaged: copy raw bytes
        log.warning("safety backup of %s through SQLite failed (%s): copying the file", path, error)
        shutil.copyfile(path, destination)
        return destination
    finally:
        engine.dispose()


def _remove_journal(path: Path) -> None:
    # A WAL left beside the file would be replayed into the restored database and damage it.
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _open_file(path: Path, passphrase: str | None) -> Database:
    return open_database(path, passphrase=passphrase)


def restore_backup(
    database_path: Path | None,
    backup: Path,
    folder: Path,
    *,
    opener: Callable[[Path], Database] | None = None,
    passphrase: str | None = None,
    current_passphrase: str | None = None,
) -> RestoreResult:
    """Replace the database at `database_path` by `backup`. No connection may be open on it.

    The backup is checked first (an encrypted one with `passphrase`, which the restored
    database then opens with); the current file is backed up into `folder` (opened with
    `current_passphrase` when it is encrypted); after the copy the database is opened (which
    migrates an older backup) and checked; on failure the previous file is put back and the
    error raised. `database_path` None (a database on a server) is refused.
    """
    if database_path is None:
        raise server_refusal()
    database_path, backup = Path(database_path), Path(backup)
    if backup.resolve() == database_path.resolve():
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "{path} is the database itself, not a backup."),
            path=backup,
        )
    expected = check_file(backup, passphrase)
    key = passphrase if is_encrypted_file(backup) else None
    folder.mkdir(parents=True, exist_ok=True)
    safety = _copy_aside(database_path, folder, current_passphrase)
    incoming = database_path.with_name(database_path.name + ".restoring")
    shutil.copyfile(backup, incoming)
    _remove_journal(database_path)
    os.replace(incoming, database_path)
    try:
        reopened = opener(database_path) if opener else _open_file(database_path, key)
        try:
            counts = _engine_counts(reopened.engine)
        finally:
            reopened.close()
        check_file(database_path, key)
        missing = {
            table
            for table, rows in expected.items()
            if table != "alembic_version" and counts.get(table, 0) < rows
        }
        if missing:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Backups", "The restored database lacks rows of {tables}: it was put back."
                ),
                tables=", ".join(sorted(missing)),
            )
    except BaseException:
        if safety is not None:
            _remove_journal(database_path)
            shutil.copyfile(safety, database_path)
        raise
    log.info("restored %s from %s (previous file kept as %s)", database_path, backup, safety)
    return RestoreResult(backup, safety, counts, encrypted=key is not None)
