"""Activities: validation by field, edit, cancel, tombstone, restore, partners, audit trail."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.activities.activities import (
    activity_days,
    cancel_activity,
    create_activity,
    delete_activity,
    edit_activity,
    get_activity,
    restore_activity,
)
from desktop_app.activities.attendance import check_in
from desktop_app.activities.headcounts import add_head_count
from desktop_app.records.validation import NotFound, ValidationError
from desktop_app.registry.organisations import create_organisation
from desktop_app.store import Database
from desktop_app.store.models import Activity, AuditEntry
from tests.factories import MakeActivity, MakePerson, activity_fields


def _activity_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Activity)) or 0)


def test_create_stores_cleaned_fields_and_defaults(db: Database) -> None:
    details = create_activity(
        db, activity_fields(title="  Atelier  ", end_date=None, country="ne", venue=" ")
    )
    assert details.title == "Atelier"
    assert details.end_date == details.start_date == dt.date(2022, 12, 5)
    assert details.country == "NE"
    assert details.venue is None
    assert details.office == "NE-NIA"  # the local site organises by default
    assert (details.status, details.deleted, details.revision) == ("held", False, 1)
    assert get_activity(db, details.id) == details


def test_every_bad_field_gets_its_own_message_and_nothing_is_saved(db: Database) -> None:
    fields = activity_fields(title=" ", kind="party", start_date=None, country="Ni", city="")
    with pytest.raises(ValidationError) as caught:
        create_activity(db, fields)
    assert set(caught.value.fields) == {"title", "kind", "start_date", "country", "city"}
    assert "party" in caught.value.fields["kind"].render()
    assert _activity_count(db) == 0


def test_end_before_start_is_refused_on_the_end_date(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_activity(db, activity_fields(end_date=dt.date(2022, 12, 4)))
    assert list(caught.value.fields) == ["end_date"]
    assert "before the start" in str(caught.value)
    assert _activity_count(db) == 0


def test_unknown_status_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_activity(db, activity_fields(status="done"))
    assert list(caught.value.fields) == ["status"]


def test_edit_replaces_fields_and_the_audit_trail_keeps_old_and_new(
    db: Database, make_activity: MakeActivity
) -> None:
    created = make_activity()
    edited = edit_activity(
        db, created.id, dataclasses.replace(created.fields(), city="Tillabéri", venue="Mairie")
    )
    assert (edited.city, edited.venue, edited.revision) == ("Tillabéri", "Mairie", 2)
    with db.session() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_uuid == created.uuid)
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None
    assert (entry.action, entry.site_code, entry.revision) == ("update", "NE-NIA", 2)
    assert entry.changes == {"city": ["Niamey", "Tillabéri"], "venue": [None, "Mairie"]}
    assert entry.changed_at == edited.changed_at


def test_saving_unchanged_fields_changes_nothing(db: Database, make_activity: MakeActivity) -> None:
    created = make_activity(partner_names=("CNDH",))
    again = edit_activity(db, created.id, created.fields())
    assert again.revision == 1


def test_edit_cannot_leave_attendance_outside_the_dates(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    person = make_person()
    check_in(db, activity.id, person.id, dt.date(2022, 12, 5))
    check_in(db, activity.id, person.id, dt.date(2022, 12, 7))
    shorter = dataclasses.replace(activity.fields(), end_date=dt.date(2022, 12, 6))
    with pytest.raises(ValidationError) as caught:
        edit_activity(db, activity.id, shorter)
    assert list(caught.value.fields) == ["end_date"]
    assert "2022-12-07" in str(caught.value)
    assert get_activity(db, activity.id).end_date == dt.date(2022, 12, 7)
    later = dataclasses.replace(activity.fields(), start_date=dt.date(2022, 12, 6))
    with pytest.raises(ValidationError) as caught:
        edit_activity(db, activity.id, later)
    assert list(caught.value.fields) == ["start_date"]
    assert "2022-12-05" in str(caught.value)


def test_edit_cannot_leave_a_head_count_outside_the_dates(
    db: Database, make_activity: MakeActivity
) -> None:
    activity = make_activity()
    add_head_count(db, activity.id, 12, day=dt.date(2022, 12, 6))
    add_head_count(db, activity.id, 40)  # whole activity: no day to leave out
    one_day = dataclasses.replace(activity.fields(), end_date=dt.date(2022, 12, 5))
    with pytest.raises(ValidationError) as caught:
        edit_activity(db, activity.id, one_day)
    assert list(caught.value.fields) == ["end_date"]
    assert "2022-12-06" in str(caught.value)
    two_days = dataclasses.replace(one_day, end_date=dt.date(2022, 12, 6))
    assert edit_activity(db, activity.id, two_days).end_date == dt.date(2022, 12, 6)


def test_cancel_delete_restore(db: Database, make_activity: MakeActivity) -> None:
    activity = make_activity()
    assert cancel_activity(db, activity.id).status == "cancelled"
    delete_activity(db, activity.id)
    assert get_activity(db, activity.id).deleted is True
    with pytest.raises(NotFound):
        edit_activity(db, activity.id, activity.fields())
    with pytest.raises(NotFound):
        delete_activity(db, activity.id)
    restored = restore_activity(db, activity.id)
    assert restored.deleted is False
    assert restored.revision == 4
    with db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.record_uuid == activity.uuid)
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "update", "delete", "restore"]


def test_unknown_ids_raise_not_found(db: Database) -> None:
    for action in (get_activity, cancel_activity, delete_activity, restore_activity, activity_days):
        with pytest.raises(NotFound, match="activity with id 99"):
            action(db, 99)


def test_partners_by_id_and_by_name_found_or_created(
    db: Database, make_activity: MakeActivity
) -> None:
    cndh = create_organisation(db, "Commission nationale des droits de l'homme", "CNDH")
    activity = make_activity(
        partner_ids=(cndh.id, cndh.id), partner_names=("cndh", "Médiateur de la République", " ")
    )
    assert [p.label for p in activity.partners] == [
        "Commission nationale des droits de l'homme (CNDH)",
        "Médiateur de la République",
    ]
    mediator = activity.partners[1]
    again = make_activity(partner_names=("MEDIATEUR DE LA REPUBLIQUE",))
    assert [p.id for p in again.partners] == [mediator.id]
    edited = edit_activity(db, activity.id, dataclasses.replace(activity.fields(), partner_ids=()))
    assert edited.partners == ()
    with pytest.raises(NotFound):
        make_activity(partner_ids=(999,))


def test_activity_days(db: Database, make_activity: MakeActivity) -> None:
    activity = make_activity()
    expected = (dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7))
    assert activity_days(db, activity.id) == expected == activity.days
