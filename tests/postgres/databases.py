"""Throw-away databases on a PostgreSQL server for the tests run with `--engine postgresql`.

Each xdist worker builds one migrated template database; each test gets its own copy of it.
Copying (`CREATE DATABASE ... TEMPLATE ...`) costs 0.3-0.8 s, so a copy a test is done with is
emptied instead (TRUNCATE, then the template's rows back), renamed so that no later test sees
the same URL, and handed to the next test. One whose schema a test changed is dropped.
"""

from __future__ import annotations

import itertools
import os
import shutil
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool, Pool

from desktop_app.store import server
from desktop_app.store.models import every_table

URL_VARIABLE = "REGISTRE_TEST_PG_URL"
OTHER_SESSIONS_ENDED = (
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
    "WHERE datname = :name AND pid <> pg_backend_pid()"
)
PUBLIC_TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"


class TestServer:
    """The server named by REGISTRE_TEST_PG_URL, through a maintenance connection."""

    __test__ = False  # not a test class

    def __init__(self, admin_url: str) -> None:
        self.base: URL = server.normalise_url(admin_url)
        self.admin: Engine = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.prefix = f"rgt_{os.getpid()}_"
        self._numbers = itertools.count(1)
        # Databases of the running test: (name, template it copies, or None).
        self.created: list[tuple[str, str | None]] = []
        self._free: dict[str, list[str]] = {}  # emptied copies by template, ready for a test
        self._made: set[str] = set()  # copies that exist
        self._snapshots: dict[str, list[tuple[str, list[dict[str, object]]]]] = {}
        self.kept: list[str] = []  # databases of module-scoped fixtures, dropped at the end

    def check(self) -> str:
        """The server's version; raises the driver's error when it cannot be reached."""
        with self.admin.connect() as connection:
            return str(connection.execute(text("SHOW server_version")).scalar_one())

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def new_name(self, hint: str = "") -> str:
        cleaned = "".join(c for c in hint.lower() if c.isalnum())[:16]
        return f"{self.prefix}{next(self._numbers)}{'_' + cleaned if cleaned else ''}"

    def create(self, name: str, template: str | None = None) -> str:
        clause = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        return self.url(name)

    def drop(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def copy(self, template_url: str, hint: str = "", *, for_session: bool = False) -> str:
        """A database with the content of the template at `template_url`, for the running test
        (or until the end of the run: `for_session`, for module-scoped fixtures)."""
        template = server.normalise_url(template_url).database
        assert template is not None
        if for_session:
            name = self.new_name(hint)
            self.kept.append(name)
            return self.create(name, template=template)
        if template not in self._snapshots:
            self._snapshots[template] = self._snapshot(template)
        free = self._free.setdefault(template, [])
        name = free.pop() if free else self.new_name(hint)
        if name not in self._made:
            self.create(name, template=template)
            self._made.add(name)
        self.created.append((name, template))
        return self.url(name)

    def drop_created(self) -> None:
        """After a test: its copies go back to the pool emptied, its other databases go."""
        self._close_left_open({name for name, _template in self.created})
        while self.created:
            name, template = self.created.pop()
            reused = self._reset(name, template) if template is not None else None
            if reused is None:
                self.drop(name)
                self._made.discard(name)
            else:
                self._free.setdefault(template or "", []).append(reused)
                self._made.discard(name)
                self._made.add(reused)

    @staticmethod
    def _close_left_open(names: set[str]) -> None:
        """Close the connections a test left open on its databases (an unclosed Database):
        otherwise the driver warns when they are collected, in the middle of a later test."""
        for connection in list(_driver_connections):
            info = getattr(connection, "info", None)
            if info is not None and not connection.closed and info.dbname in names:
                connection.close()

    def _engine(self, name: str) -> Engine:
        return create_engine(self.base.set(database=name), poolclass=NullPool)

    def _snapshot(self, template: str) -> list[tuple[str, list[dict[str, object]]]]:
        """The template's rows (vocabularies, the site, the schema revision), table by table."""
        engine = self._engine(template)
        try:
            with engine.connect() as connection:
                rows = [
                    (table.name, [dict(r) for r in connection.execute(select(table)).mappings()])
                    for table in every_table().sorted_tables
                ]
                revision = connection.execute(text("SELECT version_num FROM alembic_version"))
                rows.append(("alembic_version", [{"version_num": v} for (v,) in revision]))
        finally:
            engine.dispose()
        return rows

    def _reset(self, name: str, template: str) -> str | None:
        """Empty the copy `name` back to the template's rows; its new name, or None when it
        cannot be reused (its schema was changed)."""
        with self.admin.connect() as connection:  # a test may leave one open
            connection.execute(text(OTHER_SESSIONS_ENDED), {"name": name})
        engine = self._engine(name)
        try:
            with engine.connect() as connection:
                tables = set(connection.execute(text(PUBLIC_TABLES)).scalars())
                if tables != set(every_table().tables) | {"alembic_version"}:
                    return None
                listed = ", ".join(f'"{table}"' for table in sorted(tables))
                connection.execute(text(f"TRUNCATE {listed} RESTART IDENTITY"))
                self._restore(connection, self._snapshots[template])
                connection.commit()
        finally:
            engine.dispose()
        fresh = self.new_name("registre")
        try:
            with self.admin.connect() as connection:
                connection.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{fresh}"'))
        except Exception:  # a terminated session still leaving: keep the name
            return name
        return fresh

    @staticmethod
    def _restore(connection: Connection, rows: list[tuple[str, list[dict[str, object]]]]) -> None:
        for name, table_rows in rows:
            if not table_rows:
                continue
            if name == "alembic_version":
                connection.execute(
                    text("INSERT INTO alembic_version VALUES (:version_num)"), table_rows
                )
                continue
            table = every_table().tables[name]
            connection.execute(insert(table), table_rows)
            if "id" in table.c:  # rows came with their ids: the sequence follows
                sequence = f"pg_get_serial_sequence('{name}', 'id')"
                connection.execute(text(f"SELECT setval({sequence}, max(id)) FROM {name}"))

    def close(self) -> None:
        """Drop every database of this run; one that cannot be dropped does not stop the rest."""
        failures = []
        for name in [*self.kept, *self._made, *(n for n, _t in self.created)]:
            try:
                self.drop(name)
            except Exception as error:
                failures.append(f"{name}: {type(error).__name__}")
        self.kept, self._made, self._free, self.created = [], set(), {}, []
        self.admin.dispose()
        assert not failures, f"test databases left on the server: {failures}"


_current: TestServer | None = None
_driver_connections: weakref.WeakSet[Any] = weakref.WeakSet()


def _remember(driver_connection: Any, _record: object) -> None:
    if hasattr(driver_connection, "info"):  # psycopg's (sqlite3's take no weak references)
        _driver_connections.add(driver_connection)


def current() -> TestServer | None:
    """The test server when the tests run with `--engine postgresql`, else None."""
    return _current


def start(admin_url: str) -> TestServer:
    global _current
    _current = TestServer(admin_url)
    event.listen(Pool, "connect", _remember)  # every pool's new connections
    return _current


def copy_database(
    template: Path | str, folder: Path, name: str, *, for_session: bool = False
) -> Path | str:
    """A copy of the test template: a file `folder/name.db`, or a server database (dropped
    after the test, or at the end of the run with `for_session`)."""
    if isinstance(template, str) and server.is_server_url(template):
        test_server = current()
        assert test_server is not None, "a server template without --engine postgresql"
        return test_server.copy(template, name, for_session=for_session)

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.db"
    shutil.copyfile(template, path)
    return path
