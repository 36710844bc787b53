"""Encryption at rest with SQLCipher (the `sqlcipher3` binding, SQLAlchemy's pysqlcipher dialect).

An encrypted database is a whole-file AES-256 SQLCipher 4 database: without the passphrase every
page, the header included, is random bytes. The passphrase is asked at start and lives only in
memory (in the engine's URL, to open further pooled connections and make encrypted backups);
it is never written anywhere.

Plain databases keep using Python's own sqlite3: nothing here is imported unless a passphrase is
given or a conversion is asked for.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from desktop_app.store import errors

PLAIN_HEADER = b"SQLite format 3\x00"
DIALECT = "sqlite+pysqlcipher"
DRIVER = "pysqlcipher"


def _driver() -> Any:
    """The sqlcipher3 DB-API module, its stderr logging silenced (a wrong passphrase is our
    message to give, not the library's)."""
    import sqlcipher3

    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()
    return sqlcipher3


def available() -> bool:
    """True when the SQLCipher binding is installed."""
    try:
        _driver()
    except ImportError:
        return False
    return True


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal for `PRAGMA key`."""
    return "'" + passphrase.replace("'", "''") + "'"


def is_encrypted_engine(engine: Engine) -> bool:
    return engine.url.get_driver_name() == DRIVER


def engine_passphrase(engine: Engine) -> str | None:
    """The passphrase an engine opens its connections with, or None for a plain database."""
    return engine.url.password if is_encrypted_engine(engine) else None


def encrypted_engine(path: Path, passphrase: str) -> Engine:
    """An engine whose every connection is keyed with `passphrase` before anything else runs."""
    if not passphrase:
        raise errors.wrong_passphrase(path)
    _driver()
    url = URL.create(DIALECT, password=passphrase, database=str(path))
    # The dialect defaults to one connection per thread; the plain engine's pool is kept instead.
    return create_engine(
        url,
        connect_args={"check_same_thread": False},
        poolclass=QueuePool,
        hide_parameters=True,  # error texts never carry the values (names, phones)
    )


def connect(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
    """A DB-API connection to `path`: sqlite3 for a plain file, sqlcipher3 keyed otherwise."""
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if read_only else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=read_only)
    connection = _driver().connect(target, uri=read_only)
    connection.execute(f"PRAGMA key = {quote(passphrase)}")
    return connection


def driver_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both drivers (sqlcipher3 only once it is loaded)."""
    import sys

    module = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, module.Error) if module is not None else (sqlite3.Error,)


def has_plain_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER


def looks_encrypted(path: Path) -> bool:
    """A file that may be an SQLCipher database: no plain header, whole pages of bytes."""
    size = path.stat().st_size
    return size >= 1024 and size % 512 == 0 and not has_plain_header(path)


def export_copy(
    source: Path, source_passphrase: str | None, target: Path, passphrase: str | None
) -> None:
    """Write `target` as a copy of `source` with another key (or none), by `sqlcipher_export`.

    SQLite's backup API cannot change a database's encryption; sqlcipher_export copies schema
    and rows into an attached database keyed differently. `target` must not exist.
    """
    connection = _driver().connect(str(source))
    try:
        if source_passphrase is not None:
            connection.execute(f"PRAGMA key = {quote(source_passphrase)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        key = quote(passphrase or "")
        connection.execute(f"ATTACH DATABASE {quote(str(target))} AS converted KEY {key}")
        connection.execute("SELECT sqlcipher_export('converted')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA converted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()
