"""An officer works through Registre itself (the services and the command line), not only
psql: imports the offices' workbooks, adds a person, checks them in; the server refuses the
rest with a message the officer understands, and nothing changes."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.activities.attendance import check_in
from desktop_app.activities.counting import period_counts
from desktop_app.cli.main import main
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import open_database
from desktop_app.store.models import Activity, AuditEntry
from tests.access.conftest import MakeUser, as_user, registre

pytestmark = pytest.mark.postgresql_only


def totals(url: str) -> tuple[int, int, int]:
    database = open_database(url)
    try:
        found = period_counts(database).totals
    finally:
        database.close()
    return found.participants, found.women, found.person_days


def test_an_officer_imports_the_offices_workbooks_as_the_owner_would(
    hq_url: str, office_workbooks: tuple[Path, Path], make_user: MakeUser
) -> None:
    officer = make_user("officer")
    out = registre(as_user(hq_url, officer), "import", *map(str, office_workbooks))
    assert "Applied" in out
    # 3 + 2 participants, women 1 + 2, person-days 3 + 2 × 2: counted by hand from the offices.
    assert totals(as_user(hq_url, officer)) == (5, 3, 7)
    assert totals(hq_url) == (5, 3, 7)


def test_an_officer_of_niamey_imports_niamey_and_is_refused_bamako(
    hq_url: str, office_workbooks: tuple[Path, Path], make_user: MakeUser
) -> None:
    officer = make_user("officer", offices=["NE-NIA"])
    niamey, bamako = office_workbooks
    registre(as_user(hq_url, officer), "import", str(niamey))
    assert totals(hq_url) == (3, 1, 3)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", as_user(hq_url, officer), "import", str(bamako)])
    assert code == 3
    assert "does not allow this user" in err.getvalue() and "nothing was changed" in err.getvalue()
    assert totals(hq_url) == (3, 1, 3)


def test_an_officer_of_niamey_adds_a_person_and_checks_them_in(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    officer = make_user("officer", offices=["NE-NIA"])
    database = open_database(as_user(hq_with_offices, officer))
    try:
        person = create_person(database, PersonFields(family_name="SOUMANA", sex="F"))
        with database.session() as session:
            niamey = session.scalars(select(Activity.id).where(Activity.city == "Niamey")).one()
        check_in(database, niamey, person.id, dt.date(2022, 12, 5))
        with database.session() as session:
            signed = session.scalars(
                select(AuditEntry.user_name).where(AuditEntry.record_uuid == person.uuid)
            ).all()
        assert signed == [officer]
    finally:
        database.close()
    assert totals(hq_with_offices) == (6, 4, 8)
