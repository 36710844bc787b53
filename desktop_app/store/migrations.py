"""Alembic, run from code: the schema of every database is brought to head at start-up."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from desktop_app.paths import data_dir
from desktop_app.store import backup, errors

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(data_dir("db")))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known(revision: str) -> bool:
    """True when this program has the revision (False: a newer Registre made the database)."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def inspect_file(path: Path) -> str | None:
    """Check an existing file before anything writes to it; return its schema revision.

    Read-only, so that a refused file (damaged, foreign, newer) is left byte for byte as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
            raise errors.damaged(path)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise errors.not_registre(path)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise errors.classify(exc, path) or errors.damaged(path) from exc
    finally:
        connection.close()
    current = row[0] if row else None
    if current is not None and not known(current):
        raise errors.newer(path, current)
    return current


def upgrade(engine: Engine, path: Path, current: str | None, *, backup_dir: Path | None) -> None:
    """Bring the schema from `current` (as told by `inspect_file`) to head."""
    if current == head_revision():
        return
    if current is not None:
        folder = backup_dir or backup.default_backup_dir(path)
        copy = backup.backup_to(engine, folder / backup.timestamped_name(path, "before-migration"))
        log.info("backed up before migration to %s", copy)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
