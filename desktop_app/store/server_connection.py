"""Connecting to a database on a PostgreSQL server from the window: building the URL from its
parts, checking it before switching to it, and the URL remembered without its password.

The password is never stored: the window asks it each time (libpq also reads ~/.pgpass and the
PGPASSWORD variable, which then make the question unnecessary).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url

from desktop_app.store import errors, migrations, server, translate_errors

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where the database is; the password travels beside it, never inside it."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    require_tls: bool = False

    def url(self, password: str | None = None) -> str:
        """The URL to open; without `password` it is the one to remember in the settings."""
        query = {"sslmode": "require"} if self.require_tls else {}
        return URL.create(
            server.DRIVER_SCHEME,
            username=self.user.strip() or None,
            password=password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
            query=query,
        ).render_as_string(hide_password=False)


def address_of(url: str) -> ServerAddress:
    """The parts of a remembered URL, to fill the dialog again."""
    parsed = make_url(url)
    return ServerAddress(
        host=parsed.host or "",
        database=parsed.database or "",
        user=parsed.username or "",
        port=parsed.port or DEFAULT_PORT,
        require_tls=parsed.query.get("sslmode") == "require",
    )


def without_password(url: str) -> str:
    """The URL with no password at all (not even masked): what the settings may keep."""
    return make_url(url).set(password=None).render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerCheck:
    """What a test connection found: the server's version and the state of the database."""

    version: str
    state: Literal["empty", "registre", "newer"]


def check_server(url: str) -> ServerCheck:
    """Connect once and look, changing nothing; user-facing errors as when opening."""
    location = server.masked(url)
    engine = server.make_server_engine(server.normalise_url(url))
    try:
        with translate_errors(location), engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar_one())
            tables = set(inspect(connection).get_table_names())
            if not tables:
                return ServerCheck(version, "empty")
            if "alembic_version" not in tables:
                raise errors.not_registre(location)
            current = migrations.current_revision(connection)
            if current is not None and not migrations.known(current):
                return ServerCheck(version, "newer")
            return ServerCheck(version, "registre")
    finally:
        engine.dispose()
