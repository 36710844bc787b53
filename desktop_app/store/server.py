"""A Registre database on a PostgreSQL server (HQ): URLs, the engine, checks and migrations.

Files stay the default; a target is a server when it is a URL starting with `postgresql://` or
`postgresql+psycopg://` (psycopg 3 is the driver either way). What differs from a file:

- no file backup before migrating (the administrator's pg_dump backups are the server's);
- migrations run under a session-level advisory lock, so that two programs starting at the same
  moment do not both migrate: the second waits, then finds the schema at head;
- the password never appears in what is shown or logged (`masked`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop_app.store import errors, migrations

log = logging.getLogger(__name__)

SCHEMES = ("postgresql://", "postgresql+psycopg://")
DRIVER_SCHEME = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
# Any constant shared by every Registre program: the key of the migration lock.
MIGRATION_LOCK_KEY = 0x52454749  # "REGI"


def is_server_url(target: Path | str) -> bool:
    """True for a PostgreSQL URL, False for a file path."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


def normalise_url(url: str) -> URL:
    """The URL with the psycopg 3 driver (`postgresql://` alone would ask for psycopg2)."""
    try:
        parsed = make_url(url.strip())
    except (ValueError, ArgumentError):
        raise errors.bad_server_address() from None  # the text may hold the password
    if parsed.drivername != DRIVER_SCHEME:
        parsed = parsed.set(drivername=DRIVER_SCHEME)
    return parsed


def masked(url: str | URL) -> str:
    """The URL to show or log: the password replaced by ***."""
    parsed = normalise_url(url) if isinstance(url, str) else url
    return parsed.render_as_string(hide_password=True)


def make_server_engine(url: URL) -> Engine:
    connect_args: dict[str, object] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return create_engine(
        url,
        connect_args=connect_args,
        pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
        hide_parameters=True,  # error texts never carry the values (names, phones)
    )


def _revision_or_refuse(connection: Connection, location: str) -> str | None:
    """The schema revision of the server database; refuse a foreign or newer one."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise errors.not_registre(location)
    current = migrations.current_revision(connection)
    if current is not None and not migrations.known(current):
        raise errors.newer(location, current)
    return current


def upgrade(engine: Engine, location: str) -> None:
    """Check the server database and bring its schema to head, one program at a time.

    PostgreSQL runs DDL inside the transaction: a failed migration leaves the schema as it was.
    """
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.commit()
        try:
            current = _revision_or_refuse(connection, location)
            connection.commit()
            if current != migrations.head_revision():
                log.info("migrating %s from %s", location, current)
                from alembic import command  # only to migrate (docs/architecture.md)

                with connection.begin():
                    command.upgrade(migrations.alembic_config(connection), "head")
        finally:
            _unlock(connection)


def _unlock(connection: Connection) -> None:
    """Release the migration lock; a lost connection released it already (and the error that
    lost it is the one to report)."""
    if connection.invalidated or connection.closed:
        return
    try:
        if connection.in_transaction():
            connection.rollback()
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.commit()
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
