"""Alembic, run from code: the schema of every database is brought to head at start-up.

Opening a database at head, the everyday case, needs only the names of the revisions this
program has: they are read from the revision files themselves (`revision = "0004"`,
`down_revision = "0003"`, found by a regular expression: parsing the files cost 8 ms of every
start), without Alembic, whose import (with Mako and Pygments) costs more than the rest of a
command's start. Alembic is imported when a database must be migrated.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from desktop_app.paths import data_dir
from desktop_app.store import backup, encryption, errors

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(data_dir("db")))
    config.attributes["connection"] = connection
    return config


# `revision: str = "0004"`, `down_revision: str | None = "0003"` (or None) at the top of a
# revision file, as Alembic's template writes them.
_ASSIGNED = re.compile(
    r"^(revision|down_revision)(?:[ \t]*:[^=\n]*)?[ \t]*=[ \t]*"
    r"(?:\"([^\"\n]*)\"|'([^'\n]*)'|(None))[ \t]*(?:#.*)?$",
    re.MULTILINE,
)


def _assigned(source: str) -> dict[str, list[str | None]]:
    """The literal names given to `revision` and `down_revision` at the top of a module."""
    found: dict[str, list[str | None]] = {"revision": [], "down_revision": []}
    for match in _ASSIGNED.finditer(source):
        name, double, single, _none = match.groups()
        found[name].append(double if double is not None else single)
    return found


@cache
def revision_chain() -> dict[str, str | None]:
    """revision -> the revision it follows (None for the first), from db/versions/*.py."""
    chain: dict[str, str | None] = {}
    for path in sorted((data_dir("db") / "versions").glob("*.py")):
        found = _assigned(path.read_text(encoding="utf-8"))
        revisions, downs = found["revision"], found["down_revision"]
        if len(revisions) != 1 or revisions[0] is None or len(downs) != 1:
            raise RuntimeError(f"{path.name}: no revision / down_revision of one revision each")
        chain[revisions[0]] = downs[0]
    return chain


def head_revision() -> str:
    """The newest revision: the one no other revision follows."""
    chain = revision_chain()
    heads = set(chain) - {down for down in chain.values() if down is not None}
    if len(heads) != 1:
        raise RuntimeError(f"the revisions in db/versions have {len(heads)} heads")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None for an empty one)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known(revision: str) -> bool:
    """True when this program has the revision (False: a newer Registre made the database)."""
    return revision in revision_chain()


def inspect_file(path: Path, passphrase: str | None = None) -> str | None:
    """Check an existing file before anything writes to it; return its schema revision.

    Read-only, so that a refused file (damaged, foreign, newer, or with `passphrase` a wrong
    passphrase or a plain file) is left byte for byte as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if passphrase is not None:
        return _inspect_encrypted(path, passphrase)
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
    return _known_revision(path, row[0] if row else None)


def _inspect_encrypted(path: Path, passphrase: str) -> str | None:
    if encryption.has_plain_header(path):
        raise errors.not_encrypted(path)
    connection = encryption.connect(path, passphrase, read_only=True)
    try:
        try:  # reads page 1 only: failing here means the key, not the pages after it
            connection.execute("PRAGMA user_version").fetchone()
        except encryption.driver_errors() as exc:
            raise errors.wrong_passphrase(path) from exc
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise errors.damaged(path)
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise errors.not_registre(path)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except encryption.driver_errors() as exc:
            raise errors.damaged(path) from exc
    finally:
        connection.close()
    return _known_revision(path, row[0] if row else None)


def _known_revision(path: Path, current: str | None) -> str | None:
    if current is not None and not known(current):
        raise errors.newer(path, current)
    return current


def upgrade(engine: Engine, path: Path, current: str | None, *, backup_dir: Path | None) -> None:
    """Bring the schema from `current` (as told by `inspect_file`) to head."""
    if current == head_revision():
        return
    from alembic import command

    if current is not None:
        folder = backup_dir or backup.default_backup_dir(path)
        copy = backup.backup_to(engine, folder / backup.timestamped_name(path, "before-migration"))
        log.info("backed up before migration to %s", copy)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
