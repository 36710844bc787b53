"""Shared fixtures: a fresh database per test, seeded from a migrated template copy.

`--engine sqlite` (default): the template is a file, each test gets a copy of it in tmp_path.
`--engine postgresql`: the server of REGISTRE_TEST_PG_URL holds one template database per
worker and one copy per test (tests/postgres/databases.py); `db_path` is then the copy's URL,
so that `open_database(db_path)` and `--db db_path` work unchanged. Tests marked `sqlite_only`
(about SQLite files by nature) are deselected on PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool

from desktop_app.store import Database, open_database
from desktop_app.store.models import Site
from tests.postgres import databases

# Factories of activities and persons, the sample training, own settings: for every folder.
pytest_plugins = ["tests.factories", "tests.reports.training"]

DESELECTED_KEY = "sqlite_only_deselected"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="database engine of the tests; postgresql needs " + databases.URL_VARIABLE,
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("engine") != "postgresql":
        return
    admin_url = os.environ.get(databases.URL_VARIABLE)
    if not admin_url:
        raise pytest.UsageError(
            f"--engine postgresql needs {databases.URL_VARIABLE}, e.g. "
            "postgresql+psycopg://registre@127.0.0.1:54329/postgres"
        )
    # sqlite3 says nothing when a test drops a Database without closing it; psycopg warns when
    # the connection is collected, in whichever test runs then. Not a failure of that test.
    config.addinivalue_line(
        "filterwarnings", "ignore:.*was deleted while still open:ResourceWarning"
    )
    test_server = databases.start(admin_url)
    try:
        test_server.check()
    except Exception as error:
        raise pytest.UsageError(
            f"--engine postgresql: the server of {databases.URL_VARIABLE} cannot be used "
            f"({type(error).__name__}: {str(error).strip().splitlines()[0]})"
        ) from None


def pytest_unconfigure(config: pytest.Config) -> None:
    test_server = databases.current()
    if test_server is not None:
        test_server.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("engine") != "postgresql":
        server_tests = [i for i in items if i.get_closest_marker("postgresql_only") is not None]
        if server_tests:  # they need the server of --engine postgresql
            config.hook.pytest_deselected(items=server_tests)
            items[:] = [i for i in items if i.get_closest_marker("postgresql_only") is None]
        return
    kept = [item for item in items if item.get_closest_marker("sqlite_only") is None]
    deselected = [item for item in items if item.get_closest_marker("sqlite_only") is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept
    config.stash[_deselected] = len(deselected)
    worker_output = getattr(config, "workeroutput", None)
    if worker_output is not None:  # an xdist worker: tell the controller
        worker_output[DESELECTED_KEY] = len(deselected)


_deselected = pytest.StashKey[int]()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """xdist controller: every worker collects the same tests, so any one's count will do."""
    count = getattr(node, "workeroutput", {}).get(DESELECTED_KEY)
    if count is not None:
        node.config.stash[_deselected] = count


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if config.getoption("engine") == "postgresql":
        count = config.stash.get(_deselected, 0)
        terminalreporter.write_line(
            f"engine postgresql: {count} tests marked sqlite_only deselected "
            "(about SQLite files by nature)"
        )


@pytest.fixture(scope="session", autouse=True)
def _widgets_application(qapp: object) -> object:
    """A QApplication before anything else: code that renders PDFs outside the window would
    otherwise create a bare QGuiApplication that widget tests cannot use."""
    return qapp


@pytest.fixture(scope="session", autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The user's data folder (platformdirs: the default database, the private folder of the
    copies read in clear) is one of the run's, for the tests and the programs they start: no
    test reads, writes or cleans the real one."""
    folder = tmp_path_factory.mktemp("user-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def _drop_server_copies() -> Iterator[None]:
    """A test's background work ends with it; on PostgreSQL, the databases it copied from the
    template go when it ends (last, after the fixtures that closed them)."""
    yield
    # A window's lists and the registry's index are read in the thread pool. Left running,
    # they hold connections to the server copies (a reset under them waits on their locks)
    # and pause Python's cycle collector while the next test starts. Their results are not
    # delivered: the test's window and users are gone.
    QThreadPool.globalInstance().waitForDone(30_000)
    test_server = databases.current()
    if test_server is not None:
        test_server.drop_created()


def _add_local_site(database: Database) -> None:
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path | str]:
    """A migrated database with the site NE-NIA, built once; tests get copies of it.

    A file, or on PostgreSQL the URL of a server database (one per xdist worker)."""
    test_server = databases.current()
    if test_server is None:
        path = tmp_path_factory.mktemp("template") / "template.db"
        database = open_database(path)
        _add_local_site(database)
        database.close()
        yield path
        return
    name = test_server.new_name("template")
    url = test_server.create(name)
    try:
        database = open_database(url)
        _add_local_site(database)
        database.close()
        yield url
    finally:
        test_server.drop(name)


@pytest.fixture
def db_path(template_db: Path | str, tmp_path: Path) -> Path | str:
    return databases.copy_database(template_db, tmp_path, "registre")


@pytest.fixture
def test_server() -> databases.TestServer:
    """The PostgreSQL server of the tests (tests marked postgresql_only)."""
    server = databases.current()
    assert server is not None, "run with --engine postgresql"
    return server


@pytest.fixture
def empty_db_path(tmp_path: Path) -> Path | str:
    """Where a new, empty database goes: a file not made yet, or an empty server database."""
    test_server = databases.current()
    if test_server is None:
        return tmp_path / "fresh.db"
    name = test_server.new_name("empty")
    url = test_server.create(name)
    test_server.created.append((name, None))
    return url


@pytest.fixture
def db(db_path: Path | str) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()
