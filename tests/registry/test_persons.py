"""The person registry: validation, phones, ages, edit, tombstones, history."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.activities.attendance import check_in, undo_check_in
from desktop_app.records.validation import NotFound, ValidationError
from desktop_app.registry.persons import (
    PersonFields,
    create_person,
    delete_person,
    edit_person,
    get_person,
    person_history,
    restore_person,
)
from desktop_app.store import Database
from desktop_app.store.models import AuditEntry, Person
from tests.factories import MakeActivity, MakePerson


def _search_text(db: Database, person_id: int) -> str:
    with db.session() as session:
        return str(session.scalar(select(Person.search_text).where(Person.id == person_id)))


def test_create_cleans_and_normalises(db: Database) -> None:
    person = create_person(
        db,
        PersonFields(
            family_name=" GUIDIMEY ",
            given_names="Célestin ",
            sex="m",
            birth_year=1975,
            organisation_name="Forces armées béninoises",
            phone="90 12 34 56",
            email="c.guidimey@example.org",
            category="fds",
            nationality="bj",
        ),
    )
    assert (person.family_name, person.given_names, person.sex) == ("GUIDIMEY", "Célestin", "M")
    assert person.phone == "+22790123456"  # the site is in Niger
    assert person.nationality == "BJ"
    assert person.organisation == "Forces armées béninoises"
    assert person.display_name == "Célestin GUIDIMEY"
    assert _search_text(db, person.id) == (
        "guidimey celestin forces armees beninoises 22790123456 90123456 c guidimey example org"
    )
    assert get_person(db, person.id) == person


def test_every_bad_field_is_reported_and_nothing_saved(db: Database) -> None:
    fields = PersonFields(
        family_name="",
        sex="X",
        birth_year=1800,
        age_band="young",
        category="nobody",
        nationality="Ni",
        phone="12",
        email="not-an-address",
        organisation_id=42,
    )
    with pytest.raises(ValidationError) as caught:
        create_person(db, fields)
    assert set(caught.value.fields) == {
        "family_name",
        "sex",
        "birth_year",
        "age_band",
        "category",
        "nationality",
        "phone",
        "email",
        "organisation_id",
    }
    with db.session() as session:
        assert session.scalars(select(Person)).first() is None


def test_birth_year_from_age_at_a_date(db: Database) -> None:
    person = create_person(db, PersonFields("DIALLO", "Awa", age=27, age_on=dt.date(2022, 12, 5)))
    assert person.birth_year == 1995
    today = create_person(db, PersonFields("DIALLO", "Oumou", age=40))
    assert today.birth_year == dt.date.today().year - 40
    with pytest.raises(ValidationError) as caught:
        create_person(db, PersonFields("DIALLO", "Hawa", age=300))
    assert list(caught.value.fields) == ["age"]


def test_a_date_of_birth_is_kept_whole_with_its_year(db: Database) -> None:
    person = create_person(db, PersonFields("SANI", "Ibrahim", birth_date=dt.date(1992, 12, 12)))
    assert (person.birth_date, person.birth_year) == (dt.date(1992, 12, 12), 1992)
    assert get_person(db, person.id).birth_date == dt.date(1992, 12, 12)
    # Given with its own year, or with an age, the date decides.
    both = create_person(
        db, PersonFields("SANI", "Hadiza", birth_year=1994, birth_date=dt.date(1994, 3, 12))
    )
    assert (both.birth_year, both.birth_date) == (1994, dt.date(1994, 3, 12))
    with_age = create_person(
        db, PersonFields("SANI", "Moussa", age=20, birth_date=dt.date(1990, 1, 5))
    )
    assert with_age.birth_year == 1990
    # Keeping only a year afterwards drops the date (the form sends a year alone).
    edited = edit_person(
        db, person.id, dataclasses.replace(person.fields(), birth_year=1993, birth_date=None)
    )
    assert (edited.birth_year, edited.birth_date) == (1993, None)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        (PersonFields("ISSA", birth_date=dt.date.today() + dt.timedelta(days=1)), "birth_date"),
        (PersonFields("ISSA", birth_date=dt.date(1899, 12, 31)), "birth_date"),
        (PersonFields("ISSA", birth_year=1990, birth_date=dt.date(1992, 12, 12)), "birth_date"),
    ],
    ids=["tomorrow", "before 1900", "another year"],
)
def test_a_date_of_birth_that_cannot_be_is_refused(
    db: Database, fields: PersonFields, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_person(db, fields)
    assert list(caught.value.fields) == [field]
    with db.session() as session:
        assert session.scalars(select(Person)).first() is None


def test_age_band_is_kept(db: Database) -> None:
    assert create_person(db, PersonFields("KONÉ", "Bintou", age_band="18-29")).age_band == "18-29"
    assert create_person(db, PersonFields("KONÉ", "Drissa", age_band="60+")).age_band == "60+"


def test_edit_keeps_search_text_and_audit_in_step(db: Database, make_person: MakePerson) -> None:
    person = make_person(phone="96 00 00 01")
    edited = edit_person(
        db,
        person.id,
        dataclasses.replace(person.fields(), family_name="TOURÉ", organisation_name="CNDH"),
    )
    assert (edited.family_name, edited.organisation, edited.revision) == ("TOURÉ", "CNDH", 2)
    assert _search_text(db, person.id).startswith("toure aminata cndh 22796000001")
    with db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_uuid == person.uuid, AuditEntry.revision == 2
            )
        ).one()
    assert entry.action == "update" and entry.site_code == "NE-NIA"
    assert entry.changes["family_name"] == ["MAÏGA", "TOURÉ"]
    assert entry.changes["organisation_id"] == [None, edited.organisation_id]
    assert "search_text" not in entry.changes


def test_bad_edit_changes_nothing(db: Database, make_person: MakePerson) -> None:
    person = make_person()
    with pytest.raises(ValidationError):
        edit_person(db, person.id, dataclasses.replace(person.fields(), email="x"))
    assert get_person(db, person.id) == person


def test_delete_is_a_tombstone_refused_while_attending(
    db: Database, make_person: MakePerson, make_activity: MakeActivity
) -> None:
    person = make_person()
    activity = make_activity()
    attendance = check_in(db, activity.id, person.id, dt.date(2022, 12, 5))
    with pytest.raises(ValidationError, match="attended 1 activities"):
        delete_person(db, person.id)
    undo_check_in(db, attendance.id)
    delete_person(db, person.id)
    assert get_person(db, person.id).deleted is True
    with pytest.raises(NotFound):
        edit_person(db, person.id, person.fields())
    assert restore_person(db, person.id).deleted is False
    with pytest.raises(NotFound):
        get_person(db, 404)


def test_history_lists_activities_with_roles_and_days(
    db: Database, make_person: MakePerson, make_activity: MakeActivity
) -> None:
    person = make_person()
    workshop = make_activity()
    later = make_activity(title="Séminaire", start_date=dt.date(2023, 1, 17), end_date=None)
    gone = make_activity(title="Effacée")
    check_in(db, workshop.id, person.id, dt.date(2022, 12, 5))
    check_in(db, workshop.id, person.id, dt.date(2022, 12, 6), role="speaker")
    check_in(db, later.id, person.id, dt.date(2023, 1, 17))
    check_in(db, gone.id, person.id, dt.date(2022, 12, 5))
    from desktop_app.activities.activities import delete_activity

    delete_activity(db, gone.id)
    history = person_history(db, person.id)
    assert [(h.activity_id, h.roles, h.days_present) for h in history] == [
        (later.id, ("participant",), 1),
        (workshop.id, ("participant", "speaker"), 2),
    ]
