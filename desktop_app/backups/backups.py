"""Backups: made with SQLite's backup API, verified, rotated and listed.

Every backup is `<database stem>-<YYYYmmdd-HHMMSS>-<reason>.db` in the backup folder, with a
sidecar `<name>.json` recording the verification (integrity check and row counts equal to the
source's). Automatic backups: at closing (at most once a day), before every import and restore
(the store itself backs up before a migration). Rotation keeps everything from today, the newest
backup of each of the last `keep_daily` days and of each of the last `keep_weekly` weeks before.

The backup of an encrypted database is encrypted with its passphrase; checking one takes that
passphrase. A database on a server has no file to copy: making a file backup of it is refused,
and the automatic backups skip it (its administrator uses pg_dump).

Checking files lives in `backup_files`, restoring in `backup_restore`, names, listing and
rotation in `backup_rotation`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from pathlib import Path

from desktop_app import file_problems
from desktop_app.backups.files import (
    backup_error,
    check_file,
    database_file,
    engine_row_counts,
    is_file_database,
    opens_with,
    row_counts,
    unique_backup_path,
    write_record,
)
from desktop_app.backups.restore import restore_backup
from desktop_app.backups.rotation import (
    BackupInfo,
    backup_info,
    backups_to_keep,
    list_backups,
    named_for,
    rotate,
    sidecar,
)
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError
from desktop_app.settings import load_settings
from desktop_app.store import Database, encryption, errors, translate_errors
from desktop_app.store.backup import BackupFailed, backup_to

log = logging.getLogger(__name__)

__all__ = [
    "BackupInfo",
    "backup_at_closing",
    "backup_before_import",
    "backup_now",
    "backups_to_keep",
    "check_file",
    "is_file_database",
    "list_backups",
    "make_backup",
    "named_for",
    "opens_with",
    "restore_backup",
    "rotate",
    "row_counts",
    "verify_backup",
]

REASONS = ("closing", "manual", "before-import", "before-restore", "before-migration")


def make_backup(database: Database, destination: Path, *, reason: str = "manual") -> BackupInfo:
    """Copy `database` to `destination`, verified before it is moved in place (a private folder
    beside it holds the copy meanwhile), its verification recorded beside it."""
    source = database_file(database)
    passphrase = encryption.engine_passphrase(database.engine)
    verified: list[dict[str, int]] = []

    def verify(copy: Path) -> None:
        # The copy's one integrity check (backup_to leaves it to this check), and its rows.
        try:
            counts = check_file(copy, passphrase) if passphrase else check_file(copy)
        except errors.DatabaseError:
            raise
        except RegistreError as damaged:  # said of the backup, not of its partial file
            raise BackupFailed(str(damaged)) from damaged
        if counts != engine_row_counts(database.engine):
            raise backup_error(
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
            "row_counts": counts,
        }
        write_record(destination, record)  # before the copy: a listed backup has its record
        verified.append(counts)

    try:
        with translate_errors(destination):
            backup_to(database.engine, destination, check=verify)
    except BaseException as error:
        with contextlib.suppress(OSError):  # the record that reserved the name
            if not destination.exists():
                sidecar(destination).unlink(missing_ok=True)
        raise _write_error(error, destination) from error
    log.info("backup (%s) of %s written to %s", reason, source, destination)
    return backup_info(destination) or _unlisted_info(destination, reason, verified[0])


def _write_error(error: BaseException, destination: Path) -> BaseException:
    """What the user is told when a backup could not be made."""
    if isinstance(error, BackupFailed):
        return backup_error(
            QT_TRANSLATE_NOOP("Backups", "The backup {path} failed its integrity check."),
            path=destination,
        )
    if file_problems.is_disk_full(error):
        return file_problems.disk_full(destination)
    if isinstance(error, errors.DatabaseError | RegistreError):
        return error
    if isinstance(error, OSError):
        return backup_error(
            QT_TRANSLATE_NOOP("Backups", "The backup {path} could not be written: {reason}."),
            path=destination,
            reason=error.strerror or error,
        )
    return error


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
    path = database_file(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise backup_error(
            QT_TRANSLATE_NOOP("Backups", "The backup folder {path} cannot be created: {reason}."),
            path=folder,
            reason=error.strerror or error,
        ) from error
    try:
        destination = unique_backup_path(folder, path.stem, reason, dt.datetime.now())
    except OSError as error:
        raise file_problems.problem(error, folder) from error
    info = make_backup(database, destination, reason=reason)
    verify_unchecked(folder, path.stem, encryption.engine_passphrase(database.engine))
    rotate(folder, path.stem, keep_daily=keep_daily, keep_weekly=keep_weekly)
    return info


def verify_unchecked(folder: Path, stem: str, passphrase: str | None) -> None:
    """Check the backups listed as not verified (made before a migration, or by an older
    Registre): those that pass are recorded as verified and take part in the rotation, those
    that fail are deleted; one that needs another passphrase is left as it is."""
    for info in list_backups(folder, stem):
        if info.verified:
            continue
        try:
            verify_backup(info.path, passphrase)
        except (errors.PassphraseNeeded, errors.WrongPassphrase):
            continue
        except RegistreError:
            log.warning("backup %s failed its check: deleted", info.path.name)
            info.path.unlink(missing_ok=True)
            sidecar(info.path).unlink(missing_ok=True)


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
    for info in list_backups(folder, database_file(database).stem):
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
        settings.backup_folder(database_file(database)),
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
    write_record(path, record)
    return backup_info(path) or _unlisted_info(path, "manual", counts)
