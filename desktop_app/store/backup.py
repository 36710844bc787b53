"""Copies of the database made with SQLite's online backup API, verified before they count.

The copy of an encrypted database is encrypted with the same passphrase.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.store import encryption


class BackupFailed(Exception):
    pass


def backup_to(engine: Engine, destination: Path) -> Path:
    """Copy the database behind `engine` to `destination` (written aside, then moved in place)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert source is not None
        # An encrypted database's copy is keyed with the same passphrase (encryption.py).
        target = encryption.connect(partial, encryption.engine_passphrase(engine))
        try:
            source.backup(target)
            verdict = target.execute("PRAGMA integrity_check").fetchone()
            # The copy must stand alone: no WAL beside it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        raw.close()
    if not verdict or verdict[0] != "ok":
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"backup of {destination.name} failed its integrity check")
    os.replace(partial, destination)
    return destination


def timestamped_name(database_path: Path, reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{database_path.stem}-{stamp}-{reason}.db"


def default_backup_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"
