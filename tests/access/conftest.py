"""A headquarters database on the test server with the roles set up, the workbooks of two
offices (Niamey: 3 persons at one activity; Bamako: 2 persons over two days), and server users
made for one test and removed after it."""

from __future__ import annotations

import contextlib
import io
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop_app.access import roles
from desktop_app.cli.main import main
from desktop_app.store import open_database
from desktop_app.store.models import Person
from tests.access.analyst_data import counted  # noqa: F401  (the analyst tests' data)
from tests.postgres import databases


def registre(database: Path | str, *args: str) -> str:
    """Run a command, quietly; its output."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(database), *args])
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


def _build_office(folder: Path, site: tuple[str, str, str], activity: list[str],
                  persons: list[tuple[str, str]], days: list[str]) -> Path:  # fmt: skip
    path = folder / f"{site[0]}.db"
    registre(path, "init", "--site", site[0], "--name", site[1], "--country", site[2])
    activity_id = registre(path, "activity", "add", *activity)
    for family, sex in persons:
        email = f"{family.lower()}@example.org"
        person = registre(path, "person", "add", "--family", family, "--sex", sex,
                          "--phone", "+22790000000", "--email", email)  # fmt: skip
        for day in days:
            registre(path, "checkin", "--activity", activity_id, "--person", person, "--day", day)
    workbook = folder / f"{site[0]}.xlsx"
    registre(path, "export", "--out", str(workbook))
    return workbook


@pytest.fixture(scope="session")
def office_workbooks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The workbooks Niamey and Bamako send to HQ."""
    folder = tmp_path_factory.mktemp("offices")
    niamey = _build_office(
        folder, ("NE-NIA", "Niamey", "NE"),
        ["--title", "Restitution de l'évaluation", "--kind", "restitution",
         "--start", "2022-12-05", "--country", "NE", "--city", "Niamey"],
        [("ADAMOU", "F"), ("ISSA", "M"), ("PADONOU", "M")], ["2022-12-05"],
    )  # fmt: skip
    bamako = _build_office(
        folder, ("ML-BKO", "Bamako", "ML"),
        ["--title", "Formation des médias", "--kind", "training", "--start", "2022-12-05",
         "--end", "2022-12-06", "--country", "ML", "--city", "Bamako"],
        [("KEITA", "F"), ("TRAORE", "F")], ["2022-12-05", "2022-12-06"],
    )  # fmt: skip
    return niamey, bamako


@pytest.fixture
def hq_url(test_server: databases.TestServer) -> str:
    """An empty HQ database (HQ-GVA) on the test server, with the roles set up; dropped after
    the test."""
    name = test_server.new_name("hq")
    url = test_server.create(name)
    test_server.created.append((name, None))
    registre(url, "init", "--site", "HQ-GVA", "--name", "Genève", "--country", "CH")
    registre(url, "server", "init-roles")
    return url


@pytest.fixture
def hq_with_offices(hq_url: str, office_workbooks: tuple[Path, Path]) -> str:
    """The HQ database after importing both offices' workbooks (as its owner); then HQ wrote
    KEITA's given names, Fatoumata, so that the audit trail holds a name."""
    registre(hq_url, "import", *map(str, office_workbooks))
    database = open_database(hq_url)
    try:
        with database.session() as session:
            keita = session.scalars(select(Person).where(Person.family_name == "KEITA")).one()
            keita.given_names = "Fatoumata"
    finally:
        database.close()
    return hq_url


def as_user(url: str, user: str) -> str:
    return make_url(url).set(username=user, password=None).render_as_string(hide_password=False)


def plain(url: str, user: str) -> psycopg.Connection[tuple[object, ...]]:
    """A plain psycopg connection as `user`, autocommit: what psql would do."""
    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host, port=parsed.port, dbname=parsed.database, user=user, autocommit=True
    )


MakeUser = Callable[..., str]


@pytest.fixture
def make_user(hq_url: str) -> Iterator[MakeUser]:
    """`make_user("officer", offices=["NE-NIA"])` -> the name of a new server user (made by the
    owner through the service; removed after the test: roles belong to the whole server)."""
    made: list[str] = []

    def make(role: str, offices: list[str] | None = None) -> str:
        name = f"t{uuid.uuid4().hex[:10]}.{role}"
        database = open_database(hq_url)
        try:
            roles.add_user(database, name, role, offices)
        finally:
            database.close()
        made.append(name)
        return name

    yield make
    # A window's reads as these users end first: a role dropped under a running query is an
    # error of that query, which the window would report after the test.
    QThreadPool.globalInstance().waitForDone(30_000)
    database = open_database(hq_url)
    try:
        with database.engine.begin() as connection:
            for name in made:
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    finally:
        database.close()
