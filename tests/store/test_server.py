"""A database on a PostgreSQL server: opened by URL, migrated once, refused when foreign or newer.

These tests need the server of `--engine postgresql` (tests/postgres/databases.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from desktop_app.cli.main import main
from desktop_app.store import errors, open_database, server
from desktop_app.store.migrations import head_revision
from desktop_app.store.models import ActivityKind, Organisation
from tests.postgres.databases import TestServer

pytestmark = pytest.mark.postgresql_only


def _with_password(url: str, password: str) -> str:
    """The URL with a password (the test server trusts 127.0.0.1: any password opens it)."""
    return server.normalise_url(url).set(password=password).render_as_string(hide_password=False)


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(server.normalise_url(url))
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def test_opened_by_url_with_the_password_masked(db_path: str) -> None:
    plain = db_path.replace("postgresql+psycopg://", "postgresql://")
    database = open_database(_with_password(plain, "s3cret-Pw"))
    try:
        assert database.dialect == "postgresql" and database.is_server
        assert database.path is None
        assert database.engine.url.drivername == "postgresql+psycopg"
        assert "s3cret-Pw" not in database.location and "***" in database.location
        assert database.location.endswith("/" + (server.normalise_url(db_path).database or ""))
        with database.session() as session:
            session.add(Organisation(name="CNDH"))
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Organisation)) == 1
    finally:
        database.close()


def test_migrating_twice_changes_nothing(empty_db_path: str) -> None:
    open_database(empty_db_path).close()
    kinds = _scalar(empty_db_path, "SELECT count(*) FROM activity_kind")
    database = open_database(empty_db_path)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(ActivityKind)) == kinds
            assert session.scalar(text("SELECT version_num FROM alembic_version")) == (
                head_revision()
            )
            assert session.scalar(text("SELECT count(*) FROM alembic_version")) == 1
    finally:
        database.close()
    assert isinstance(kinds, int) and kinds > 0


def test_a_newer_server_database_is_refused_and_left_untouched(empty_db_path: str) -> None:
    open_database(empty_db_path).close()
    engine = create_engine(server.normalise_url(empty_db_path))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        connection.execute(text("DELETE FROM activity_kind"))
    engine.dispose()
    with pytest.raises(errors.NewerDatabase) as raised:
        open_database(_with_password(empty_db_path, "s3cret-Pw"))
    assert "newer version" in str(raised.value)
    assert "s3cret-Pw" not in str(raised.value)
    assert _scalar(empty_db_path, "SELECT version_num FROM alembic_version") == "9999"
    assert _scalar(empty_db_path, "SELECT count(*) FROM activity_kind") == 0  # not reloaded


def test_another_programs_server_database_is_refused(empty_db_path: str) -> None:
    engine = create_engine(server.normalise_url(empty_db_path))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE songs (title text)"))
    engine.dispose()
    with pytest.raises(errors.NotARegistreDatabase):
        open_database(empty_db_path)
    tables = _scalar(empty_db_path, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    assert tables == 1


def test_a_passphrase_is_refused_for_a_server(db_path: str) -> None:
    with pytest.raises(errors.NeedsDatabaseFile) as raised:
        open_database(db_path, passphrase="secret")
    assert "database server" in str(raised.value)


def test_features_needing_a_file_refuse_clearly(db_path: str) -> None:
    database = open_database(db_path)
    try:
        with pytest.raises(errors.NeedsDatabaseFile) as raised:
            database.file_path()
        assert "pg_dump" in str(raised.value)
    finally:
        database.close()


OPEN_ONCE = """
import sys
from desktop_app.store import open_database
open_database(sys.argv[1]).close()
"""


def test_two_programs_migrating_at_once_both_open_it(empty_db_path: str, tmp_path: Path) -> None:
    programs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_ONCE, empty_db_path],
            cwd=Path(__file__).resolve().parents[2],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outcomes = [(program.wait(timeout=120), program.stderr) for program in programs]
    failures = [stream.read() if stream else "" for code, stream in outcomes if code != 0]
    for program in programs:
        if program.stderr:
            program.stderr.close()
    assert failures == []
    assert _scalar(empty_db_path, "SELECT count(*) FROM alembic_version") == 1
    assert _scalar(empty_db_path, "SELECT version_num FROM alembic_version") == head_revision()


def test_the_migration_lock_is_released(empty_db_path: str, test_server: TestServer) -> None:
    open_database(empty_db_path).close()
    held = _scalar(
        empty_db_path,
        "SELECT count(*) FROM pg_locks JOIN pg_database d ON d.oid = pg_locks.database "
        f"WHERE locktype = 'advisory' AND objid = {server.MIGRATION_LOCK_KEY} "
        "AND d.datname = current_database()",
    )
    assert held == 0
    assert test_server.check()


def test_the_demo_report_is_the_same_on_a_server_and_in_a_file(
    empty_db_path: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    reports = []
    for target in (empty_db_path, str(tmp_path / "demo.db")):
        assert main(["--db", target, "demo"]) == 0
        capsys.readouterr()
        assert main(["--db", target, "report", "--format", "json"]) == 0
        reports.append(json.loads(capsys.readouterr().out))
    server_report, file_report = reports
    assert server_report == file_report
    assert server_report["totals"]["participants"] > 0
