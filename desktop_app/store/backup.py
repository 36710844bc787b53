"""Copies of the database made with SQLite's online backup API, verified before they count.

The copy of an encrypted database is encrypted with the same passphrase, from its first page on:
nothing of it is ever written in clear.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from desktop_app import private_folder
from desktop_app.store import encryption


class BackupFailed(Exception):
    pass


def backup_to(
    engine: Engine, destination: Path, *, check: Callable[[Path], None] | None = None
) -> Path:
    """Copy the database behind `engine` to `destination`: written in a private folder beside
    it (private_folder.py), checked, and only then moved in place. A copy that is killed or
    fails never appears under `destination`.

    `check(copy)` (it raises to refuse the copy) must include SQLite's integrity check: the
    backups' own does, with the rows counted. Without one, the integrity check is made here.
    Either way it is made once, on the copy as it lies on disk: on a big database it is most
    of the backup's time."""
    passphrase = encryption.engine_passphrase(engine)
    with private_folder.workspace(destination) as run:
        partial = run / destination.name
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert source is not None
            # An encrypted database's copy is keyed with the same passphrase (encryption.py).
            target = encryption.connect(partial, passphrase)
            try:
                source.backup(target)
                # The copy must stand alone: no WAL beside it.
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            raw.close()
        if check is not None:
            check(partial)
        elif not intact(partial, passphrase):
            raise BackupFailed(f"backup of {destination.name} failed its integrity check")
        os.replace(partial, destination)
    return destination


def intact(path: Path, passphrase: str | None) -> bool:
    """SQLite's integrity check of a database file, read-only."""
    copy = encryption.connect(path, passphrase, read_only=True)
    try:
        verdict = copy.execute("PRAGMA integrity_check").fetchone()
    finally:
        copy.close()
    return bool(verdict) and verdict[0] == "ok"


def timestamped_name(database_path: Path, reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{database_path.stem}-{stamp}-{reason}.db"


def default_backup_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"
