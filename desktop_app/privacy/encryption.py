"""Encrypting, decrypting and re-keying a database file, each after a verified safety copy.

The database must be closed by the caller (the window closes its `Database` first, then opens
the converted file with the new passphrase). The steps: open and check the file, write a
verified safety copy, copy every row into a new file with the new key (`sqlcipher_export`),
check the new file (integrity and row counts equal to the source's), then move it in place.
A failure at any step leaves the original file as it was.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop_app import file_problems, private_folder
from desktop_app.backups.backups import make_backup
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import encryption, open_database
from desktop_app.store.backup import default_backup_dir, timestamped_name

log = logging.getLogger(__name__)

CONTEXT = "Encryption"


@dataclass(frozen=True)
class ConversionResult:
    path: Path
    encrypted: bool  # how the file is now
    safety_copy: Path  # the file as it was before, as it was (plain or with the old key)
    row_counts: dict[str, int]
    # Plain copies left in the backup folder: they expose what encryption protects.
    plain_backups: tuple[Path, ...]


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def row_counts(connection: Any) -> dict[str, int]:
    """Rows in every table, for a sqlite3 or sqlcipher3 connection."""
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


def check_copy(path: Path, passphrase: str | None) -> dict[str, int]:
    """Integrity check of a copy opened with `passphrase`; its row counts."""
    connection = encryption.connect(path, passphrase, read_only=True)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()
        if verdict != ("ok",):
            raise _error(
                QT_TRANSLATE_NOOP("Encryption", "The converted copy {path} failed its check."),
                path=path,
            )
        return row_counts(connection)
    finally:
        connection.close()


def plain_backups(folder: Path) -> tuple[Path, ...]:
    """The unencrypted copies in the backup folder: whole backups, and what a backup that was
    killed left in the folder's private folder (private_folder.py) or, by an older Registre,
    beside it."""
    if not folder.is_dir():
        return ()
    candidates = [*folder.glob("*.db"), *private_folder.leftovers(folder)]
    return tuple(sorted(entry for entry in candidates if _is_plain(entry)))


def _is_plain(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0 and encryption.has_plain_header(path)
    except OSError:
        return False


def _require_driver() -> None:
    if not encryption.available():
        raise _error(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "Encryption is not available in this installation (the SQLCipher module "
                "is missing).",
            )
        )


def convert(
    path: Path,
    old_passphrase: str | None,
    new_passphrase: str | None,
    *,
    backup_dir: Path | None = None,
) -> ConversionResult:
    """Rewrite the database at `path` keyed with `new_passphrase` (None: plain)."""
    _require_driver()
    path = Path(path)
    if new_passphrase == "":
        raise _error(QT_TRANSLATE_NOOP("Encryption", "The new passphrase is empty."))
    folder = backup_dir or default_backup_dir(path)
    reason = "before-encryption" if new_passphrase else "before-decryption"
    database = open_database(path, passphrase=old_passphrase, backup_dir=folder)
    try:
        # Verified (integrity, same rows) and listed with the other backups.
        safety = make_backup(database, folder / timestamped_name(path, reason), reason=reason).path
        with database.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        database.close()
    source_counts = check_copy(safety, old_passphrase)
    failures: tuple[type[BaseException], ...] = (OSError, *encryption.driver_errors())
    try:
        counts = _convert_in_place(path, old_passphrase, new_passphrase, source_counts)
    except failures as error:
        if file_problems.is_disk_full(error):
            raise file_problems.disk_full(path) from error
        if isinstance(error, OSError):
            raise file_problems.problem(error, path) from error
        raise
    log.info("database %s now %s", path.name, "encrypted" if new_passphrase else "plain")
    return ConversionResult(
        path=path,
        encrypted=new_passphrase is not None,
        safety_copy=safety,
        row_counts=counts,
        plain_backups=plain_backups(folder) if new_passphrase else (),
    )


def _convert_in_place(
    path: Path,
    old_passphrase: str | None,
    new_passphrase: str | None,
    source_counts: dict[str, int],
) -> dict[str, int]:
    """Write the converted copy in a private folder beside the database, check it, then move it
    in place; its row counts."""
    with private_folder.workspace(path) as run:
        converting = run / path.name
        encryption.export_copy(path, old_passphrase, converting, new_passphrase)
        counts = check_copy(converting, new_passphrase)
        if counts != source_counts:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Encryption", "The converted copy {path} does not hold the same rows."
                ),
                path=converting,
            )
        with converting.open("rb+") as handle:
            os.fsync(handle.fileno())
        for journal in ("-wal", "-shm"):
            path.with_name(path.name + journal).unlink(missing_ok=True)
        os.replace(converting, path)
    return counts


def encrypt_database(
    path: Path, passphrase: str, *, backup_dir: Path | None = None
) -> ConversionResult:
    """Encrypt a plain database. The safety copy is plain: see `plain_backups` of the result."""
    return convert(path, None, passphrase, backup_dir=backup_dir)


def decrypt_database(
    path: Path, passphrase: str, *, backup_dir: Path | None = None
) -> ConversionResult:
    return convert(path, passphrase, None, backup_dir=backup_dir)


def change_passphrase(
    path: Path, old_passphrase: str, new_passphrase: str, *, backup_dir: Path | None = None
) -> ConversionResult:
    return convert(path, old_passphrase, new_passphrase, backup_dir=backup_dir)


def remove_plain_backups(paths: tuple[Path, ...]) -> int:
    """Delete plain copies after an encryption (overwritten with zeros first, then removed),
    partial ones that killed backups left included."""
    removed = 0
    folders: set[Path] = set()
    for path in paths:
        if not _is_plain(path):
            continue
        private_folder.erase_file(path)
        path.with_name(path.name + ".json").unlink(missing_ok=True)
        folders.add(private_folder.target_folder(path))
        removed += 1
    for folder in folders:  # the killed runs' folders and locks
        private_folder.remove_leftovers(folder)
    return removed
