"""Alembic, run from code: the schema of every database is brought to head at start-up."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect, text

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


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, path: Path, *, backup_dir: Path | None = None) -> None:
    with engine.connect() as connection:
        verdict = connection.execute(text("PRAGMA quick_check")).scalar()
        if verdict != "ok":
            raise errors.damaged(path)
        tables = set(inspect(connection).get_table_names())
        current = current_revision(connection) if "alembic_version" in tables else None
    if tables and "alembic_version" not in tables:
        raise errors.not_registre(path)
    if current is not None and not _known(current):
        raise errors.newer(path, current)
    head = head_revision()
    if current == head:
        return
    if current is not None:
        folder = backup_dir or backup.default_backup_dir(path)
        copy = backup.backup_to(engine, folder / backup.timestamped_name(path, "before-migration"))
        log.info("backed up before migration to %s", copy)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
