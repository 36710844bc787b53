"""The PostgreSQL connection killed in the middle of an HQ import: one clear message, nothing
imported, and the next import works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.store import open_database, server
from desktop_app.store.models import Site
from desktop_app.sync import parallel
from desktop_app.sync.export import export_workbook
from tests.faults.fault_builders import add_activity, add_persons, check_in_all


@pytest.fixture
def bamako_workbook(tmp_path: Path) -> Path:
    office = open_database(tmp_path / "bamako.db")
    try:
        with office.session() as session:
            session.add(Site(code="ML-BKO", name="Bamako", country="ML", is_local=True))
        office.refresh_site()
        check_in_all(office, add_activity(office), add_persons(office, 40))
        return export_workbook(office, tmp_path / "bamako.xlsx", full=True).path
    finally:
        office.close()


# The import's lock, its first rows, its log entry, its commit.
KILL_POINTS = [
    "SELECT pg_advisory_xact_lock",
    "SELECT person.id, person.uuid, person.revision",
    "INSERT INTO person",
    "INSERT INTO audit_entry",
    "INSERT INTO import_log",
    "COMMIT",
]


@pytest.fixture(params=KILL_POINTS)
def killed_at_first_insert(db_path: str, request: pytest.FixtureRequest) -> Iterator[list[int]]:
    """The import's connection is terminated by the server as it sends a statement."""
    admin = create_engine(server.normalise_url(db_path), isolation_level="AUTOCOMMIT")
    killed: list[int] = []
    point = request.param.upper()

    def kill(connection: Any) -> None:
        backend = connection.connection.driver_connection.info.backend_pid
        with admin.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        killed.append(backend)

    def at_statement(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not killed and " ".join(statement.split()).upper().startswith(point):
            kill(connection)

    def at_commit(connection: Any) -> None:
        imported = connection.info.get("imported")
        if not killed and point == "COMMIT" and imported:
            kill(connection)

    def note_import(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO IMPORT_LOG"):
            connection.info["imported"] = True

    listeners = (
        ("before_cursor_execute", at_statement),
        ("before_cursor_execute", note_import),
        ("commit", at_commit),
    )
    for name, listener in listeners:
        event.listen(Engine, name, listener)
    try:
        yield killed
    finally:
        for name, listener in listeners:
            event.remove(Engine, name, listener)
        admin.dispose()


@pytest.mark.postgresql_only
@pytest.mark.parametrize("reading_process", [False, True])
def test_connection_killed_during_an_import(
    db_path: str,
    bamako_workbook: Path,
    killed_at_first_insert: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    reading_process: bool,
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    if reading_process:  # as for a big workbook: its records read by a second process
        monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    code = main(["--db", db_path, "import", str(bamako_workbook)])
    err = capsys.readouterr().err
    assert killed_at_first_insert, "the import never wrote"
    assert code == exit_codes.DATABASE, err
    assert "Traceback" not in err and err.count("\n") == 1
    assert "connection to the database server" in err and "was lost" in err
    killed_at_first_insert.append(0)  # no more kills: the next import goes through
    assert main(["--db", db_path, "import", str(bamako_workbook)]) == exit_codes.OK
    assert "Applied" in capsys.readouterr().out
