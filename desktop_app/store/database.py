"""Opening a Registre database: checks, backup, migrations, connection settings, sessions."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from desktop_app.store import audit, encryption, errors, migrations, server, vocabulary
from desktop_app.store.models import Site

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000

Dialect = Literal["sqlite", "postgresql"]


class Database:
    """One open Registre database: an engine, a session factory and the local site's code.

    Use `session()` for a unit of work: it commits at the end, rolls back on error and turns
    driver errors into the user-facing errors of `store.errors`.

    `path` is the database file, or None for a database on a server; `location` is what to show
    the user either way (the file path, or the server URL with its password masked); `target`
    is what `open_database` was given, to open it again (a URL keeps its password: never show
    it).
    """

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        *,
        location: str | None = None,
        target: Path | str | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.location = location if location is not None else str(path)
        self.target: Path | str = target if target is not None else (path or self.location)
        name = engine.dialect.name
        assert name in ("sqlite", "postgresql"), name
        self.dialect: Dialect = "sqlite" if name == "sqlite" else "postgresql"
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", audit.stamp)
        self.site_code: str | None = None
        self.site_country: str | None = None
        self._reads_persons: bool | None = None
        # Called, from any thread, when the server refused something: the user's role may
        # have changed (the window reads it again).
        self.refusal_listeners: list[Callable[[], None]] = []
        self.refresh_site()

    def refresh_site(self) -> None:
        with self._sessions() as session:
            site = session.scalars(select(Site).where(Site.is_local)).first()
        self.site_code = site.code if site else None
        self.site_country = site.country if site else None

    @property
    def reads_persons(self) -> bool:
        """Whether this connection may read the person table: always on a file; on a server,
        not as an analyst, whose reports then read the analyst's views
        (activities/people.py). Asked of the server once, until `forget_rights`."""
        if self._reads_persons is None:
            self._reads_persons = not self.is_server or self._server_reads_persons()
        return self._reads_persons

    def _server_reads_persons(self) -> bool:
        with translate_errors(self.location), self.engine.connect() as connection:
            allowed = connection.execute(
                text(  # a database without its tables yet (being made) hides nothing
                    "SELECT coalesce(has_table_privilege(to_regclass('person'), 'SELECT'), true)"
                )
            ).scalar_one()
        return bool(allowed)

    def _refused(self) -> None:
        self.forget_rights()
        for listener in list(self.refusal_listeners):
            try:
                listener()
            except RuntimeError:  # its window is gone
                self.refusal_listeners.remove(listener)

    def forget_rights(self) -> None:
        """The user's role may have changed on the server: ask again at the next session."""
        self._reads_persons = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._sessions()
        session.info["site_code"] = self.site_code
        session.info["reads_persons"] = self.reads_persons
        try:
            with translate_errors(self.location):
                yield session
                session.commit()
        except BaseException as error:
            session.rollback()
            if isinstance(error, errors.ServerPermissionDenied):
                self._refused()
            raise
        finally:
            session.close()

    @property
    def is_server(self) -> bool:
        return self.dialect == "postgresql"

    def file_path(self) -> Path:
        """The database file, for features that need one; a clear refusal on a server."""
        if self.path is None:
            raise errors.needs_file(self.location)
        return self.path

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_errors(path: Path | str | None) -> Iterator[None]:
    """Re-raise driver errors that the user must hear about as `errors.DatabaseError`."""
    try:
        yield
    except errors.DatabaseError:
        raise
    except Exception as exc:
        user_error = errors.classify(exc, path)
        if user_error is None:
            raise
        log.warning("database error on %s: %s", path, type(user_error).__name__)
        raise user_error from exc


def make_engine(
    path: Path,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    extra_pragmas: dict[str, Any] | None = None,
    passphrase: str | None = None,
) -> Engine:
    if passphrase is None:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"check_same_thread": False},
            hide_parameters=True,  # error texts never carry the values (names, phones)
        )
    else:  # the dialect keys each connection before the settings below
        engine = encryption.encrypted_engine(path, passphrase)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        # busy_timeout first, so that the WAL switch itself waits for a busy writer.
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        for name, value in (extra_pragmas or {}).items():
            cursor.execute(f"PRAGMA {name} = {value}")
        cursor.close()

    return engine


def check_file(path: Path) -> None:
    """Refuse, before touching it, a file that is not an SQLite database at all."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        if encryption.looks_encrypted(path):
            raise errors.passphrase_needed(path)
        raise errors.not_registre(path)


def open_database(
    target: Path | str,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    extra_pragmas: dict[str, Any] | None = None,
    backup_dir: Path | None = None,
    passphrase: str | None = None,
) -> Database:
    """Open (creating if needed) and migrate the database at `target`: a file path, or a
    `postgresql://` / `postgresql+psycopg://` URL (store/server.py).

    An existing file is backed up with SQLite's backup API before any migration; a database
    made by a newer Registre is refused and left untouched. With `passphrase` the file is an
    SQLCipher database (created encrypted if new); see store/encryption.py. On a server,
    `busy_timeout_ms`, `extra_pragmas` and `backup_dir` do not apply, and a passphrase is
    refused (encryption is the server's).
    """
    if server.is_server_url(target):
        assert isinstance(target, str)
        return open_server(target, passphrase=passphrase)
    path = Path(target).absolute()  # relative paths (--db office.db) become file URIs below
    path.parent.mkdir(parents=True, exist_ok=True)
    if passphrase is None:
        check_file(path)
    current = migrations.inspect_file(path, passphrase)
    engine = make_engine(
        path, busy_timeout_ms=busy_timeout_ms, extra_pragmas=extra_pragmas, passphrase=passphrase
    )
    try:
        with translate_errors(path):
            migrations.upgrade(engine, path, current, backup_dir=backup_dir)
            vocabulary.load(engine)
        database = Database(path, engine)
    except BaseException:
        engine.dispose()
        raise
    return database


def open_server(url: str, *, passphrase: str | None = None) -> Database:
    location = server.masked(url)
    if passphrase is not None:
        raise errors.needs_file(location)
    engine = server.make_server_engine(server.normalise_url(url))
    try:
        with translate_errors(location):
            server.upgrade(engine, location)
            vocabulary.load(engine)
            database = Database(None, engine, location=location, target=url)
    except BaseException:
        engine.dispose()
        raise
    return database
