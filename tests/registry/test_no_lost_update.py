"""No lost update: two users (two Database objects on one database) edit the same record.

Both load it, A saves, B saves: B is refused with RecordChangedElsewhere and A's edit stays.
Runs on either engine through the `db` / `db_path` fixtures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.activities.activities import (
    cancel_activity,
    delete_activity,
    edit_activity,
    get_activity,
)
from desktop_app.activities.attendance import change_role, check_in, set_signed
from desktop_app.activities.headcounts import add_head_count, edit_head_count, list_head_counts
from desktop_app.registry.organisations import create_organisation, edit_organisation
from desktop_app.registry.persons import edit_person, get_person
from desktop_app.store import Database, open_database
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.store.models import Activity, AuditEntry
from tests.factories import MakeActivity, MakePerson


@pytest.fixture
def other_user(db: Database, db_path: Path | str) -> Iterator[Database]:
    """A second program on the same database (the `db` fixture is the first)."""
    database = open_database(db_path)
    yield database
    database.close()


def test_second_save_of_an_activity_is_refused_and_the_first_stays(
    db: Database, other_user: Database, make_activity: MakeActivity
) -> None:
    created = make_activity(title="Atelier")
    loaded_by_a = get_activity(db, created.id)
    loaded_by_b = get_activity(other_user, created.id)

    saved_by_a = edit_activity(
        db,
        created.id,
        dataclasses.replace(loaded_by_a.fields(), title="Atelier de A"),
        expected_revision=loaded_by_a.revision,
    )
    with pytest.raises(RecordChangedElsewhere, match="changed by someone else"):
        edit_activity(
            other_user,
            created.id,
            dataclasses.replace(loaded_by_b.fields(), city="Zinder"),
            expected_revision=loaded_by_b.revision,
        )

    stored = get_activity(other_user, created.id)
    assert stored.title == "Atelier de A"
    assert stored.city == "Niamey"
    assert stored.revision == saved_by_a.revision == loaded_by_a.revision + 1


def test_save_at_the_current_revision_goes_through(
    db: Database, other_user: Database, make_activity: MakeActivity
) -> None:
    created = make_activity()
    first = edit_activity(
        db,
        created.id,
        dataclasses.replace(created.fields(), title="Premier"),
        expected_revision=created.revision,
    )
    second = edit_activity(
        other_user,
        created.id,
        dataclasses.replace(first.fields(), title="Second"),
        expected_revision=first.revision,
    )
    assert second.revision == first.revision + 1
    assert get_activity(db, created.id).title == "Second"


def test_cancel_and_delete_of_a_changed_activity_are_refused(
    db: Database, other_user: Database, make_activity: MakeActivity
) -> None:
    created = make_activity()
    edit_activity(other_user, created.id, dataclasses.replace(created.fields(), venue="Hôtel"))
    with pytest.raises(RecordChangedElsewhere):
        cancel_activity(db, created.id, expected_revision=created.revision)
    with pytest.raises(RecordChangedElsewhere):
        delete_activity(db, created.id, expected_revision=created.revision)
    stored = get_activity(db, created.id)
    assert (stored.status, stored.deleted, stored.venue) == ("held", False, "Hôtel")


def test_second_save_of_a_person_is_refused(
    db: Database, other_user: Database, make_person: MakePerson
) -> None:
    person = make_person()
    edit_person(
        db,
        person.id,
        dataclasses.replace(person.fields(), position="Députée"),
        expected_revision=person.revision,
    )
    with pytest.raises(RecordChangedElsewhere, match="This person was changed"):
        edit_person(
            other_user,
            person.id,
            dataclasses.replace(person.fields(), region="Tillabéri"),
            expected_revision=person.revision,
        )
    stored = get_person(other_user, person.id)
    assert (stored.position, stored.region) == ("Députée", None)


def test_second_save_of_an_organisation_is_refused(db: Database, other_user: Database) -> None:
    organisation = create_organisation(db, "Commission nationale des droits de l'homme")
    renamed = edit_organisation(
        db, organisation.id, organisation.name, "CNDH", expected_revision=organisation.revision
    )
    assert renamed.revision == organisation.revision + 1
    with pytest.raises(RecordChangedElsewhere, match="This organisation"):
        edit_organisation(
            other_user,
            organisation.id,
            "Médiateur de la République",
            expected_revision=organisation.revision,
        )
    with other_user.session() as session:
        assert session.scalar(select(Activity.id).limit(1)) is None  # nothing else appeared


def test_second_save_of_a_head_count_is_refused(
    db: Database, other_user: Database, make_activity: MakeActivity
) -> None:
    activity = make_activity()
    loaded = add_head_count(db, activity.id, total=151, women=40)
    edit_head_count(db, loaded.id, total=152, women=40, expected_revision=loaded.revision)
    with pytest.raises(RecordChangedElsewhere, match="This head count"):
        edit_head_count(other_user, loaded.id, total=160, expected_revision=loaded.revision)
    (stored,) = list_head_counts(other_user, activity.id)
    assert (stored.total, stored.women) == (152, 40)


def test_second_change_of_a_check_in_is_refused(
    db: Database, other_user: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    person = make_person()
    attendance = check_in(db, activity.id, person.id, dt.date(2022, 12, 5))
    change_role(db, attendance.id, "expert", expected_revision=attendance.revision)
    with pytest.raises(RecordChangedElsewhere, match="record was changed"):
        set_signed(other_user, attendance.id, True, expected_revision=attendance.revision)
    with pytest.raises(RecordChangedElsewhere):
        change_role(other_user, attendance.id, "observer", expected_revision=attendance.revision)


def _commit_before_first_flush(
    database: Database, change: Callable[[], None]
) -> Callable[[], None]:
    """Run `change` (another user's save) just before `database`'s next flush: after its read
    and check, before its UPDATE. Returns the function that removes the hook."""
    fired: list[bool] = []

    def before_flush(session: Session, *_args: object) -> None:
        if not fired and session.get_bind() is database.engine:
            fired.append(True)
            change()

    event.listen(Session, "before_flush", before_flush)
    return lambda: event.remove(Session, "before_flush", before_flush)


def test_a_save_slipped_in_between_read_and_write_is_caught_by_the_version_counter(
    db: Database, other_user: Database, make_activity: MakeActivity
) -> None:
    created = make_activity(title="Atelier")

    def other_saves() -> None:
        edit_activity(other_user, created.id, dataclasses.replace(created.fields(), city="Dosso"))

    remove = _commit_before_first_flush(db, other_saves)
    try:
        with pytest.raises(RecordChangedElsewhere):
            edit_activity(
                db,
                created.id,
                dataclasses.replace(created.fields(), title="Atelier de A"),
                expected_revision=created.revision,
            )
    finally:
        remove()
    stored = get_activity(db, created.id)
    assert (stored.title, stored.city) == ("Atelier", "Dosso")
    with db.session() as session:
        audit = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_uuid == created.uuid)
        ).all()
    assert sorted(audit) == ["create", "update"]  # the refused save left no trace


def test_orm_updates_carry_the_loaded_revision_and_a_stale_one_raises(
    db: Database, other_user: Database, make_activity: MakeActivity
) -> None:
    created = make_activity()
    statements: list[str] = []

    def record(_conn: Connection, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()).lower())

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with pytest.raises(StaleDataError), db.session() as session:
            activity = session.get(Activity, created.id)
            assert activity is not None
            edit_activity(
                other_user, created.id, dataclasses.replace(created.fields(), city="Tahoua")
            )
            activity.title = "Écrasé ?"
            session.flush()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    updates = [s for s in statements if s.startswith("update activity")]
    assert updates and all("activity.revision =" in s.split(" where ")[1] for s in updates)
    assert get_activity(db, created.id).city == "Tahoua"
