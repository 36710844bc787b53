"""The analyst never reads a person's answers to the Washington Group questions, their consent
or status: not in the person table, not in their view, not in the audit trail's view."""

from __future__ import annotations

import pytest
from psycopg import errors as pg_errors

from desktop_app.access.policies import ANALYST_PERSON_FIELDS, PERSONAL_FIELDS
from desktop_app.store import open_database
from tests.access.conftest import MakeUser, plain
from tests.sync.hq_builders import edit_person

pytestmark = pytest.mark.postgresql_only

ANSWER_COLUMNS = [f for f in PERSONAL_FIELDS if f.startswith(("wg_", "disability_"))]


def test_the_answers_are_personal_fields_the_analyst_views_leave_out() -> None:
    assert len(ANSWER_COLUMNS) == 8
    assert not set(ANSWER_COLUMNS) & set(ANALYST_PERSON_FIELDS)


def test_the_analyst_never_reads_an_answer(hq_with_offices: str, make_user: MakeUser) -> None:
    analyst = make_user("analyst")
    with plain(hq_with_offices, "registre") as owner:
        uuid = owner.execute("SELECT uuid FROM person WHERE family_name = 'KEITA'").fetchall()[0][0]
    database = open_database(hq_with_offices)
    edit_person(
        database, str(uuid), wg_walking="a_lot", disability_consent=True, sex="M"
    )  # audited: the answer is in the trail's changes
    database.close()
    with plain(hq_with_offices, analyst) as connection:
        for column in ANSWER_COLUMNS:
            with pytest.raises(pg_errors.InsufficientPrivilege):
                connection.execute(f"SELECT {column} FROM person")  # type: ignore[arg-type]
            with pytest.raises(pg_errors.UndefinedColumn):
                connection.execute(f"SELECT {column} FROM analyst_person")  # type: ignore[arg-type]
        changes = connection.execute(
            "SELECT changes FROM analyst_audit_entry WHERE record_uuid = %s AND action = 'update'",
            (uuid,),
        ).fetchall()
        assert changes == [({},), ({"sex": ["F", "M"]},)]
