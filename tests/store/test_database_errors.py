"""Each database failure becomes a clear user-facing error, tested on a real file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.store import open_database
from desktop_app.store.errors import (
    DamagedDatabase,
    DatabaseLocked,
    DiskFull,
    NotARegistreDatabase,
)
from desktop_app.store.models import Organisation

# SQLite files by nature: a sqlite3 writer, page limits, bytes on disk (server errors:
# test_server_errors.py).
pytestmark = pytest.mark.sqlite_only


def test_locked_by_another_writer(db_path: Path) -> None:
    database = open_database(db_path, busy_timeout_ms=100)
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO site (code, name, country, is_local) VALUES ('X', 'X', 'NE', 0)")
    try:
        with pytest.raises(DatabaseLocked) as raised, database.session() as session:
            session.add(Organisation(name="CNDH"))
        assert "busy" in str(raised.value)
    finally:
        other.rollback()
        other.close()
    with database.session() as session:
        assert session.query(Organisation).count() == 0
    database.close()


def test_disk_full(db_path: Path) -> None:
    with sqlite3.connect(db_path) as probe:
        pages = probe.execute("PRAGMA page_count").fetchone()[0]
    probe.close()
    database = open_database(db_path, extra_pragmas={"max_page_count": pages + 2})
    with pytest.raises(DiskFull) as raised, database.session() as session:
        for index in range(2000):
            session.add(Organisation(name=f"Organisation {index} " + "x" * 150))
    assert "full" in str(raised.value)
    with database.session() as session:
        assert session.query(Organisation).count() == 0
    database.close()


def test_random_bytes_are_not_a_registre_database(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    content = os.urandom(8192)
    path.write_bytes(content)
    with pytest.raises(NotARegistreDatabase) as raised:
        open_database(path)
    assert "not a Registre database" in str(raised.value)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotARegistreDatabase):
        open_database(path)
    assert path.read_bytes() == before


def test_damaged_file_is_reported_and_left_alone(db_path: Path) -> None:
    database = open_database(db_path)
    with database.session() as session:
        session.add_all(Organisation(name=f"Organisation {i}" + "y" * 200) for i in range(400))
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with db_path.open("r+b") as handle:  # overwrite pages past the schema with garbage
        for page in range(2, page_count, 3):
            handle.seek(page * page_size)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    damaged = db_path.read_bytes()
    with pytest.raises(DamagedDatabase) as raised:
        open_database(db_path)
    assert "damaged" in str(raised.value)
    assert db_path.read_bytes() == damaged
