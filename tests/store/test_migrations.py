from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text

from desktop_app.store import migrations, open_database
from desktop_app.store.backup import backup_to
from desktop_app.store.errors import NewerDatabase
from desktop_app.store.migrations import current_revision, head_revision
from desktop_app.store.models import Site, every_table
from desktop_app.store.server import normalise_url


def test_empty_database_migrates_to_head_and_matches_models(empty_db_path: Path | str) -> None:
    database = open_database(empty_db_path)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, every_table()) == []
    finally:
        database.close()


def test_vocabularies_are_loaded(empty_db_path: Path | str) -> None:
    database = open_database(empty_db_path)
    with database.session() as session:
        kinds = dict(session.execute(text("SELECT code, label_fr FROM activity_kind")).all())
        team = {
            code
            for (code,) in session.execute(text("SELECT code FROM attendance_role WHERE is_team"))
        }
    database.close()
    assert kinds["workshop"] == "atelier"
    assert kinds["meeting"] == "réunion"
    assert "participant" not in team and {"facilitator", "expert"} <= team


@pytest.mark.sqlite_only  # the file's bytes are compared (server counterpart: test_server.py)
def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabase) as raised:
        open_database(path)
    assert "newer version" in str(raised.value)
    assert path.read_bytes() == before


@pytest.mark.sqlite_only  # SQLite's backup API
def test_backup_copies_every_row_and_stands_alone(tmp_path: Path) -> None:
    database = open_database(tmp_path / "b.db")
    with database.session() as session:
        session.add(Site(code="ML-BKO", name="Bamako", country="ML", is_local=True))
    copy = backup_to(database.engine, tmp_path / "copies" / "b-copy.db")
    database.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT code FROM site").fetchall() == [("ML-BKO",)]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()
    assert not list((tmp_path / "copies").glob("*.partial"))


@pytest.mark.sqlite_only  # SQLite PRAGMAs
def test_every_connection_has_the_pragmas(tmp_path: Path) -> None:
    database = open_database(tmp_path / "p.db")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    database.close()


@pytest.mark.sqlite_only  # the file backup before migrating (a server has none)
def test_a_database_behind_head_is_backed_up_before_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "behind.db"
    database = open_database(path)
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.close()
    # The program now knows a later head than the file's revision.
    monkeypatch.setattr(migrations, "head_revision", lambda: "a-later-revision")
    open_database(path).close()
    copies = list((tmp_path / "backups").glob("behind-*-before-migration.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as connection:
        assert connection.execute("SELECT code FROM site").fetchall() == [("NE-NIA",)]
    connection.close()


def _engine_for(location: Path | str) -> Engine:
    if isinstance(location, Path):
        return create_engine(f"sqlite:///{location}")
    return create_engine(normalise_url(location))


def test_birth_date_revision_keeps_the_persons_and_goes_back(empty_db_path: Path | str) -> None:
    """0004 adds person.birth_date to a database made before it, on either engine, and the
    persons recorded then keep every value, with no date."""
    engine = _engine_for(empty_db_path)
    try:
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "0003")
            connection.execute(
                text(
                    "INSERT INTO person (family_name, given_names, birth_year, consent_contact,"
                    " search_text, uuid, origin_site, revision, changed_at, changed_by_site,"
                    " synced_revision, deleted) VALUES ('GUIDIMEY', 'Célestin', 1992, false, "
                    "'guidimey celestin', 'a1', 'NE-NIA', 3, '2022-12-05 10:00:00', 'NE-NIA', "
                    "3, false)"
                )
            )
    finally:
        engine.dispose()
    open_database(empty_db_path).close()  # migrates to head
    engine = _engine_for(empty_db_path)
    try:
        with engine.begin() as connection:
            assert current_revision(connection) == head_revision()
            row = connection.execute(
                text("SELECT family_name, birth_year, birth_date, revision FROM person")
            ).one()
            assert tuple(row) == ("GUIDIMEY", 1992, None, 3)
            connection.execute(text("UPDATE person SET birth_date = '1992-12-12'"))
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "0003")
            columns = {c["name"] for c in inspect(connection).get_columns("person")}
            assert "birth_date" not in columns and "birth_year" in columns
            assert connection.execute(text("SELECT birth_year FROM person")).scalar() == 1992
    finally:
        engine.dispose()


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    """Opening a database reads the revision names from db/versions without Alembic: the
    same revisions, the same order and the same head as Alembic's own reading."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    alembics = {r.revision: r.down_revision for r in script.walk_revisions()}
    assert migrations.revision_chain() == alembics
    assert head_revision() == script.get_current_head()
    assert migrations.known(head_revision()) and not migrations.known("9999")


def test_a_revision_file_the_reading_does_not_understand_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge revision (two revisions before it) or a file without its names stops the
    start with the file's name, rather than opening a database at a wrong head."""
    versions = tmp_path / "db" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_first.py").write_text(
        '"""First.\n\nRevision ID: 0001\n"""\n\nrevision: str = "0001"\n'
        "down_revision: str | None = None  # the first\n"
    )
    (versions / "0002_second.py").write_text("revision = '0002'\ndown_revision = '0001'\n")
    monkeypatch.setattr(migrations, "data_dir", lambda name: tmp_path / name)
    migrations.revision_chain.cache_clear()
    try:
        assert migrations.revision_chain() == {"0001": None, "0002": "0001"}
        assert head_revision() == "0002"
        (versions / "0003_merge.py").write_text(
            'revision = "0003"\ndown_revision = ("0001", "0002")\n'
        )
        migrations.revision_chain.cache_clear()
        with pytest.raises(RuntimeError, match=r"0003_merge\.py"):
            migrations.revision_chain()
    finally:
        migrations.revision_chain.cache_clear()
