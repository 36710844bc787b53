"""Throw-away databases on a PostgreSQL server for the tests run with `--engine postgresql`.

Each xdist worker builds one migrated template database; each test gets its own copy
(`CREATE DATABASE ... TEMPLATE ...`, a file copy on the server: much faster than migrating), dropped
after the test.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from desktop_app.store import server

URL_VARIABLE = "REGISTRE_TEST_PG_URL"


class TestServer:
    """The server named by REGISTRE_TEST_PG_URL, through a maintenance connection."""

    __test__ = False  # not a test class

    def __init__(self, admin_url: str) -> None:
        self.base: URL = server.normalise_url(admin_url)
        self.admin: Engine = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.prefix = f"rgt_{os.getpid()}_"
        self._numbers = itertools.count(1)
        self.created: list[str] = []  # databases of the running test, dropped after it
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
        """A new database copied from the template at `template_url`, dropped after the test
        (or at the end of the run: `for_session`, for module-scoped fixtures)."""
        name = self.new_name(hint)
        url = self.create(name, template=server.normalise_url(template_url).database)
        (self.kept if for_session else self.created).append(name)
        return url

    def drop_created(self) -> None:
        while self.created:
            self.drop(self.created.pop())

    def close(self) -> None:
        while self.kept:
            self.drop(self.kept.pop())
        self.admin.dispose()


_current: TestServer | None = None


def current() -> TestServer | None:
    """The test server when the tests run with `--engine postgresql`, else None."""
    return _current


def start(admin_url: str) -> TestServer:
    global _current
    _current = TestServer(admin_url)
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
