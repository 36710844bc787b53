"""A database server that cannot be used is a clear message in the user's language, without the
password, and nothing is changed.

An unreachable server needs no server; the others need the one of `--engine postgresql`.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import errors, open_database, server
from tests.postgres.databases import TestServer

PASSWORD = "Tr0ub4dor-secret"


def _url(base: str, **parts: object) -> str:
    url = server.normalise_url(base).set(password=PASSWORD)
    return url.set(**parts).render_as_string(hide_password=False)  # type: ignore[arg-type]


def _refusal(target: str) -> errors.DatabaseError:
    with pytest.raises(errors.DatabaseError) as raised:
        open_database(target)
    assert PASSWORD not in str(raised.value)
    return raised.value


def test_a_closed_port_is_unreachable() -> None:
    refusal = _refusal(f"postgresql://registre:{PASSWORD}@127.0.0.1:1/registre")
    assert isinstance(refusal, errors.ServerUnreachable)
    assert "127.0.0.1:1" in str(refusal) and "***" in str(refusal)


def test_a_malformed_address_is_explained_without_repeating_it() -> None:
    with pytest.raises(errors.BadServerAddress) as raised:
        open_database(f"postgresql://registre:{PASSWORD}@db.example:fivefour/registre")
    assert "postgresql://user@host:5432/registre" in str(raised.value)
    assert PASSWORD not in str(raised.value)


def test_an_unknown_host_is_unreachable() -> None:
    refusal = _refusal(f"postgresql://registre:{PASSWORD}@registre-server.invalid/registre")
    assert isinstance(refusal, errors.ServerUnreachable)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "est injoignable"), ("en", "cannot be reached")],
)
def test_the_command_line_says_it_in_the_users_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    expected: str,
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    save_settings(load_settings().with_changes(language=language))
    url = f"postgresql://registre:{PASSWORD}@127.0.0.1:1/registre"
    assert main(["--db", url, "check"]) == exit_codes.DATABASE
    error = capsys.readouterr().err
    assert expected in error and PASSWORD not in error


def test_a_refused_password_is_an_authentication_error() -> None:
    """The server's own words (a server set to check passwords), classified without a server."""
    driver_error = psycopg.OperationalError(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
        'password authentication failed for user "hq"'
    )
    refusal = errors.classify(driver_error, "postgresql+psycopg://hq:***@10.0.0.5/registre")
    assert isinstance(refusal, errors.ServerAuthenticationFailed)


@pytest.mark.postgresql_only
def test_an_unknown_user_is_an_authentication_error(db_path: str) -> None:
    refusal = _refusal(_url(db_path, username="nobody_here"))
    assert isinstance(refusal, errors.ServerAuthenticationFailed)
    assert "user name or password" in str(refusal)


def test_a_user_removed_while_a_query_runs_is_an_authentication_error() -> None:
    """The administrator removes a user whose window is reading: the row policies, checking
    the user's offices, no longer find the role. The user hears that the server refuses their
    account, not of a fault of the program."""
    removed = psycopg.errors.UndefinedObject("invalid role OID: 179081")
    refusal = errors.classify(removed, "postgresql+psycopg://officer@hq.example/registre")
    assert isinstance(refusal, errors.ServerAuthenticationFailed)
    assert "user name or password" in str(refusal)


@pytest.mark.postgresql_only
def test_a_missing_database_is_named(db_path: str) -> None:
    refusal = _refusal(_url(db_path, database="registre_no_such_database"))
    assert isinstance(refusal, errors.ServerDatabaseMissing)
    assert "registre_no_such_database" in str(refusal)


@pytest.mark.postgresql_only
def test_a_user_without_rights_is_told_so(db_path: str, test_server: TestServer) -> None:
    role = test_server.new_name("reader")
    with test_server.admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    try:
        refusal = _refusal(_url(db_path, username=role))
        assert isinstance(refusal, errors.ServerPermissionDenied)
    finally:
        with test_server.admin.connect() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))


@pytest.mark.postgresql_only
def test_a_lost_connection_is_told_and_nothing_is_saved(db_path: str) -> None:
    database = open_database(db_path)
    admin = create_engine(server.normalise_url(db_path), isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(errors.ServerConnectionLost), database.session() as session:
            session.execute(text("INSERT INTO local_secret (name, value) VALUES ('k', 'v')"))
            backend = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
            session.execute(text("SELECT 1"))
        with database.session() as session:  # a new connection: the pool replaced the dead one
            assert session.execute(text("SELECT count(*) FROM local_secret")).scalar() == 0
    finally:
        admin.dispose()
        database.close()


@pytest.mark.parametrize("command", [["restore", "backup.db"], ["recover"], ["decrypt"]])
def test_file_commands_refuse_a_server_before_connecting(
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    save_settings(load_settings().with_changes(language="en"))
    url = f"postgresql://registre:{PASSWORD}@127.0.0.1:1/registre"
    assert main(["--db", url, *command]) == exit_codes.DATABASE
    error = capsys.readouterr().err
    assert "database file only" in error and "pg_dump" in error and PASSWORD not in error
