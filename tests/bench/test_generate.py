"""The bench generator makes a valid, migrated database with the requested counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.generate import Params, cached, generate
from desktop_app.services.text import person_search_text
from desktop_app.store import open_database
from desktop_app.store.migrations import head_revision

PARAMS = Params(persons=300, activities=6, attendance=500, seed=3, duplicates=20)


def _count(connection: sqlite3.Connection, sql: str) -> int:
    return int(connection.execute(sql).fetchone()[0])


def test_generated_database_is_migrated_valid_and_has_the_requested_counts(tmp_path: Path) -> None:
    result = generate(tmp_path / "bench.db", PARAMS)
    connection = sqlite3.connect(result.path)
    try:
        assert _count(connection, "SELECT count(*) FROM person") == 320
        assert _count(connection, "SELECT count(*) FROM activity") == 6
        assert _count(connection, "SELECT count(*) FROM attendance") == 500
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == head_revision()
        local = connection.execute("SELECT code FROM site WHERE is_local").fetchall()
        assert local == [("NE-NIA",)]
        blank = "SELECT count(*) FROM {} WHERE uuid IS NULL OR length(uuid) != 32 OR revision != 1"
        for table in ("person", "activity", "attendance", "organisation"):
            assert _count(connection, blank.format(table)) == 0
        roles = {r for (r,) in connection.execute("SELECT DISTINCT role FROM attendance")}
        assert "participant" in roles and len(roles) > 1
    finally:
        connection.close()
    assert len(result.truth) >= 20
    # The file opens as a normal Registre database.
    open_database(result.path).close()


def test_search_text_is_the_registry_normaliser(tmp_path: Path) -> None:
    result = generate(tmp_path / "bench.db", PARAMS)
    connection = sqlite3.connect(result.path)
    rows = connection.execute(
        "SELECT p.family_name, p.given_names, o.name, o.acronym, p.phone, p.email, p.search_text "
        "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id"
    ).fetchall()
    connection.close()
    for *fields, stored in rows:
        assert stored == person_search_text(*fields)


def test_same_seed_same_database_and_cache_reuses_it(tmp_path: Path) -> None:
    first = cached(PARAMS, tmp_path)
    again = cached(PARAMS, tmp_path)
    assert again.path == first.path and again.truth == first.truth
    other = generate(tmp_path / "other.db", PARAMS)
    query = "SELECT uuid, family_name, given_names, phone FROM person ORDER BY id"
    with sqlite3.connect(first.path) as a, sqlite3.connect(other.path) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
