"""A damaged database at start: nothing is opened for writing; the latest verified backup is
offered, and restored on the user's word.

The store refuses a damaged file (`DamagedDatabase`) before anything writes to it. The window
and the command line then call `recovery_offer` and show what it found; `restore_latest` puts
that backup in place through `services.backup_restore.restore_backup`, which keeps the damaged
file aside and checks the restored one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app.backups import backups, files
from desktop_app.backups import restore as backup_restore
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

log = logging.getLogger(__name__)

CONTEXT = "Recovery"


@dataclass(frozen=True)
class RecoveryOffer:
    database_path: Path
    backup: backups.BackupInfo  # the newest backup that was verified and still checks out
    rows: int  # rows of the records in it (bookkeeping tables left out)


def _record_rows(counts: dict[str, int]) -> int:
    return sum(rows for table, rows in counts.items() if table != "alembic_version")


def recovery_offer(
    database_path: Path, folder: Path, passphrase: str | None = None
) -> RecoveryOffer | None:
    """The newest verified backup of `database_path` in `folder` that passes a fresh integrity
    check, or None when there is none. Encrypted backups are checked with `passphrase` (those
    of an encrypted database are encrypted too); without it they are passed over."""
    for info in backups.list_backups(folder, Path(database_path).stem):
        if not info.verified:
            continue
        encrypted = files.is_encrypted_file(info.path)
        if encrypted and passphrase is None:
            continue
        try:
            counts = files.check_file(info.path, passphrase if encrypted else None)
        except RegistreError:
            log.warning("backup %s no longer passes its check: skipped", info.path.name)
            continue
        return RecoveryOffer(Path(database_path), info, _record_rows(counts))
    return None


def restore_latest(
    database_path: Path, folder: Path, passphrase: str | None = None
) -> backup_restore.RestoreResult:
    """Restore the offer of `recovery_offer`; the damaged file is kept aside in `folder`.
    An encrypted backup is restored with `passphrase`, which then opens the database."""
    offer = recovery_offer(database_path, folder, passphrase)
    if offer is None:
        raise RegistreError(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Recovery", "There is no verified backup of {path} in {folder} to restore."
                ),
                {"path": str(database_path), "folder": str(folder)},
            )
        )
    result = backup_restore.restore_backup(
        Path(database_path), offer.backup.path, folder, passphrase=passphrase
    )
    log.info("damaged database replaced by the backup %s", offer.backup.path.name)
    return result
