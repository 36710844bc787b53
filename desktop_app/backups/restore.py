"""Restoring a backup in place of the database file, and who holds that file open.

A restore backs up the current file first, copies the chosen backup in place while no connection
is open, then re-opens and checks it; if that check fails the previous file is put back. The
backup of an encrypted database is restored with its passphrase. A database on a server has no
file to replace: its restore is refused.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import socket
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app import private_folder
from desktop_app.backups.files import (
    backup_error,
    check_file,
    engine_row_counts,
    is_encrypted_file,
    server_refusal,
    unique_backup_path,
)
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database, errors, open_database
from desktop_app.store.backup import BackupFailed, backup_to
from desktop_app.store.database import make_engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the database as it was just before, None if there was no file
    row_counts: dict[str, int]
    encrypted: bool = False  # the restored database opens with the backup's passphrase


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
    return errors.DatabaseLocked(
        UserMessage(
            "Backups",
            QT_TRANSLATE_NOOP(
                "Backups",
                "The database is open in Registre on the computer {host} (process {pid}): "
                "close it first. If Registre is not running there any more, add --force.",
            ),
            {"host": host or "?", "pid": pid},
        )
    )


def _copy_aside(path: Path, folder: Path, passphrase: str | None) -> Path | None:
    """Back up the current database file (possibly damaged) before it is replaced."""
    if not path.exists():
        return None
    destination = unique_backup_path(folder, path.stem, "before-restore", dt.datetime.now())
    key = passphrase if is_encrypted_file(path) else None
    engine = make_engine(path, passphrase=key)
    try:
        backup_to(engine, destination)
        return destination
    except (BackupFailed, sqlite3.DatabaseError, Exception) as error:  # damaged: copy raw bytes
        log.warning("safety backup of %s through SQLite failed (%s): copying the file", path, error)
        _copy_in_place(path, destination)
        return destination
    finally:
        engine.dispose()


def _copy_in_place(source: Path, destination: Path, *, database: bool = False) -> None:
    """Copy a file through a private folder beside `destination`: never half a file there. A
    database's old journal goes just before the copy takes its place."""
    with private_folder.workspace(destination) as run:
        partial = run / destination.name
        shutil.copyfile(source, partial)
        if database:
            _remove_journal(destination)
        os.replace(partial, destination)


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
        raise backup_error(
            QT_TRANSLATE_NOOP("Backups", "{path} is the database itself, not a backup."),
            path=backup,
        )
    expected = check_file(backup, passphrase)
    key = passphrase if is_encrypted_file(backup) else None
    folder.mkdir(parents=True, exist_ok=True)
    safety = _copy_aside(database_path, folder, current_passphrase)
    _copy_in_place(backup, database_path, database=True)
    try:
        reopened = opener(database_path) if opener else _open_file(database_path, key)
        try:
            counts = engine_row_counts(reopened.engine)
        finally:
            reopened.close()
        check_file(database_path, key)
        missing = {
            table
            for table, rows in expected.items()
            if table != "alembic_version" and counts.get(table, 0) < rows
        }
        if missing:
            raise backup_error(
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
