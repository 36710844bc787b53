"""The person registry: create, edit, delete (tombstone), get, search as you type, history."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.disability import answers as disability_answers
from desktop_app.disability.answers import NOT_ASKED, DisabilityAnswers
from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records.ages import band_limits, birth_year_from_age, canonical_band
from desktop_app.records.countries import country_code
from desktop_app.records.field_rules import (
    EARLIEST_BIRTH_YEAR,
    TEXT_LIMITS,
    birth_year_in_range,
    latest_birth_year,
)
from desktop_app.records.phones import parse_phone
from desktop_app.records.revisions import check_revision, refusing_stale
from desktop_app.records.text import person_search_text
from desktop_app.records.validation import (
    CONTEXT,
    Problems,
    ValidationError,
    not_found,
    optional,
    optional_text,
    required,
)
from desktop_app.registry import organisations
from desktop_app.registry.name_style import registry_names
from desktop_app.registry.sites import require_site
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Organisation, Person
from desktop_app.store.vocabulary import person_categories

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SEXES = ("F", "M")
OLDEST_BIRTH_YEAR = 1900


@dataclass(frozen=True)
class PersonFields:
    """What a form sends to create or edit a person.

    The organisation is picked by id (`organisation_id`) or typed (`organisation_name`, found by
    name or acronym, created when new). A whole `birth_date` gives the birth year too; without
    it, `age` (at `age_on`, today by default) gives the birth year when `birth_year` is not
    given. `sex` is "F", "M" or None (not stated). `disability`: the answers to the
    Washington Group questions, or None to leave those stored as they are (a form that does
    not show them).
    """

    family_name: str
    given_names: str = ""
    sex: str | None = None
    birth_year: int | None = None
    birth_date: dt.date | None = None
    age: int | None = None
    age_on: dt.date | None = None
    age_band: str | None = None
    organisation_id: int | None = None
    organisation_name: str | None = None
    position: str | None = None
    category: str | None = None
    region: str | None = None
    nationality: str | None = None
    phone: str | None = None
    email: str | None = None
    consent_contact: bool = False
    disability: DisabilityAnswers | None = None


@dataclass(frozen=True)
class PersonDetails:
    id: int
    uuid: str
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    birth_date: dt.date | None
    age_band: str | None
    organisation_id: int | None
    organisation: str | None  # label: "name (ACRONYM)"
    position: str | None
    category: str | None
    region: str | None
    nationality: str | None
    phone: str | None
    email: str | None
    consent_contact: bool
    deleted: bool
    revision: int
    changed_at: dt.datetime
    changed_by_site: str
    disability: DisabilityAnswers = NOT_ASKED

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()

    def fields(self) -> PersonFields:
        return PersonFields(
            family_name=self.family_name,
            given_names=self.given_names,
            sex=self.sex,
            birth_year=self.birth_year,
            birth_date=self.birth_date,
            age_band=self.age_band,
            organisation_id=self.organisation_id,
            position=self.position,
            category=self.category,
            region=self.region,
            nationality=self.nationality,
            phone=self.phone,
            email=self.email,
            consent_contact=self.consent_contact,
            disability=self.disability,
        )


@dataclass(frozen=True)
class PersonRow:
    """One search result."""

    id: int
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    organisation: str | None
    category: str | None
    phone: str | None
    email: str | None
    birth_date: dt.date | None = None

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()


@dataclass(frozen=True)
class PersonActivity:
    """One activity in a person's history, with the roles held and the days present."""

    activity_id: int
    title: str
    kind: str
    status: str
    start_date: dt.date
    end_date: dt.date
    city: str
    country: str
    roles: tuple[str, ...]
    days_present: int


def _organisation_label(organisation: Organisation | None) -> str | None:
    return organisations.info(organisation).label if organisation else None


def details(person: Person) -> PersonDetails:
    return PersonDetails(
        id=person.id,
        uuid=person.uuid,
        family_name=person.family_name,
        given_names=person.given_names,
        sex=person.sex,
        birth_year=person.birth_year,
        birth_date=person.birth_date,
        age_band=person.age_band,
        organisation_id=person.organisation_id,
        organisation=_organisation_label(person.organisation),
        position=person.position,
        category=person.category,
        region=person.region,
        nationality=person.nationality,
        phone=person.phone,
        email=person.email,
        consent_contact=person.consent_contact,
        deleted=person.deleted,
        revision=person.revision,
        changed_at=person.changed_at,
        changed_by_site=person.changed_by_site,
        disability=disability_answers.read(person),
    )


def _apply(session: Session, person: Person, fields: PersonFields, site_country: str) -> None:
    """Check every field, then write them all (nothing is written when one is wrong)."""
    problems = Problems()
    limits = TEXT_LIMITS["person"]
    family, given = registry_names(
        required(problems, "family_name", fields.family_name, limits["family_name"]),
        optional_text(problems, "given_names", fields.given_names, limits["given_names"]) or "",
    )
    sex = optional(fields.sex)
    sex = sex.upper() if sex else None
    if sex is not None and sex not in SEXES:
        problems.add("sex", QT_TRANSLATE_NOOP("Validation", "Sex is F, M or not stated."))
    birth_year = fields.birth_year
    birth_date = _checked_birth_date(problems, fields.birth_date, birth_year)
    if birth_date is not None:
        birth_year = birth_date.year
    if birth_year is None and fields.age is not None:
        if not 0 <= fields.age <= 120:
            problems.add("age", QT_TRANSLATE_NOOP("Validation", "An age lies between 0 and 120."))
        else:
            birth_year = birth_year_from_age(fields.age, fields.age_on)
    if birth_year is not None and not birth_year_in_range(birth_year):
        problems.add(
            "birth_date" if birth_date is not None else "birth_year",
            QT_TRANSLATE_NOOP("Validation", "A birth year lies between {low} and {high}."),
            low=EARLIEST_BIRTH_YEAR,
            high=latest_birth_year(),
        )
    age_band = canonical_band(fields.age_band)
    if age_band is not None and band_limits(age_band) is None:
        problems.add(
            "age_band",
            QT_TRANSLATE_NOOP("Validation", "An age band reads like 18-29 or 60+."),
        )
    category = optional(fields.category)
    if category is not None and category not in {t.code for t in person_categories()}:
        problems.add(
            "category", QT_TRANSLATE_NOOP("Validation", "Unknown category {value}."), value=category
        )
    nationality = country_code(problems, "nationality", fields.nationality, needed=False)
    phone: str | None = None
    try:
        phone = parse_phone(fields.phone, site_country)
    except ValidationError as error:
        problems.fields.update(error.fields)
    email = optional_text(problems, "email", fields.email, limits["email"])
    position = optional_text(problems, "position", fields.position, limits["position"])
    region = optional_text(problems, "region", fields.region, limits["region"])
    if email is not None and not EMAIL.match(email):
        problems.add(
            "email",
            QT_TRANSLATE_NOOP("Validation", "{value} is not an e-mail address."),
            value=email,
        )
    organisation: Organisation | None = None
    if fields.organisation_id is not None:
        organisation = session.get(Organisation, fields.organisation_id)
        if organisation is None or organisation.deleted:
            problems.add(
                "organisation_id",
                QT_TRANSLATE_NOOP("Validation", "There is no organisation with id {id}."),
                id=fields.organisation_id,
            )
    disability = (
        None
        if fields.disability is None
        else disability_answers.checked(problems, fields.disability)
    )
    problems.raise_if_any()
    if organisation is None and optional(fields.organisation_name):
        organisation = organisations.found_or_created(session, fields.organisation_name or "")
    person.family_name = family
    person.given_names = given
    person.sex = sex
    person.birth_year = birth_year
    person.birth_date = birth_date
    person.age_band = age_band
    # The column too: the audit trail reads columns, not relationships.
    person.organisation_id = organisation.id if organisation else None
    person.organisation = organisation
    person.position = position
    person.category = category
    person.region = region
    person.nationality = nationality
    person.phone = phone
    person.email = email
    person.consent_contact = fields.consent_contact
    if disability is not None:
        disability_answers.write(person, disability)
    person.search_text = person_search_text(
        family,
        person.given_names,
        organisation.name if organisation else None,
        organisation.acronym if organisation else None,
        phone,
        email,
    )


def _checked_birth_date(
    problems: Problems, birth_date: dt.date | None, birth_year: int | None
) -> dt.date | None:
    """The date of birth when it can be one: not in the future, not before 1900, and in the
    birth year given with it (a form sends the date, or a year, not two that disagree)."""
    if birth_date is None:
        return None
    if birth_date > dt.date.today():
        problems.add(
            "birth_date", QT_TRANSLATE_NOOP("Validation", "A date of birth is not in the future.")
        )
    elif birth_date.year < OLDEST_BIRTH_YEAR:
        problems.add(
            "birth_date",
            QT_TRANSLATE_NOOP("Validation", "A date of birth is not before {year}."),
            year=OLDEST_BIRTH_YEAR,
        )
    elif birth_year is not None and birth_year != birth_date.year:
        problems.add(
            "birth_date",
            QT_TRANSLATE_NOOP(
                "Validation", "The date of birth is not in the birth year given ({year})."
            ),
            year=birth_year,
        )
    else:
        return birth_date
    return None


def create_person(database: Database, fields: PersonFields) -> PersonDetails:
    site = require_site(database)
    with database.session() as session:
        person = Person()
        _apply(session, person, fields, site.country)
        session.add(person)
        session.flush()
        return details(person)


def edit_person(
    database: Database,
    person_id: int,
    fields: PersonFields,
    *,
    expected_revision: int | None = None,
) -> PersonDetails:
    """`expected_revision`: the revision the form was loaded at; RecordChangedElsewhere when
    someone else saved the person since (records/revisions.py)."""
    site = require_site(database)
    with refusing_stale("person"), database.session() as session:
        person = _live(session, person_id)
        check_revision(person, expected_revision, "person")
        _apply(session, person, fields, site.country)
        session.flush()
        return details(person)


def _live(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise not_found("person", person_id)
    return person


def delete_person(
    database: Database, person_id: int, *, expected_revision: int | None = None
) -> None:
    """Tombstone. Refused while the person has attendance: reports would silently change."""
    with refusing_stale("person"), database.session() as session:
        person = _live(session, person_id)
        check_revision(person, expected_revision, "person")
        attended = session.scalar(
            select(func.count(func.distinct(Attendance.activity_id))).where(
                Attendance.person_id == person_id, ~Attendance.deleted
            )
        )
        if attended:
            raise ValidationError(
                {
                    "person": UserMessage(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{name} attended {count} activities: remove that attendance first, "
                            "or merge the person with their duplicate.",
                            None,
                            1,  # plural forms: the count chooses "activity" or "activities"
                        ),
                        {
                            "name": f"{person.given_names} {person.family_name}".strip(),
                            "count": attended,
                        },
                        n=attended,
                    )
                }
            )
        person.deleted = True


def restore_person(database: Database, person_id: int) -> PersonDetails:
    with refusing_stale("person"), database.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise not_found("person", person_id)
        person.deleted = False
        session.flush()
        return details(person)


def get_person(database: Database, person_id: int) -> PersonDetails:
    """The person, deleted or not (check `deleted`); NotFound when the id does not exist."""
    with database.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise not_found("person", person_id)
        return details(person)


def person_history(database: Database, person_id: int) -> list[PersonActivity]:
    """The live activities the person attended, latest first."""
    with database.session() as session:
        rows = session.execute(
            select(Activity, Attendance.role, func.count(Attendance.id))
            .join(Attendance, Attendance.activity_id == Activity.id)
            .where(Attendance.person_id == person_id, ~Attendance.deleted, ~Activity.deleted)
            .group_by(Activity.id, Attendance.role)
            .order_by(Activity.start_date.desc(), Activity.id.desc())
        ).all()
        days = {
            activity_id: count
            for activity_id, count in session.execute(
                select(Attendance.activity_id, func.count(func.distinct(Attendance.day)))
                .where(Attendance.person_id == person_id, ~Attendance.deleted)
                .group_by(Attendance.activity_id)
            )
        }
    history: dict[int, PersonActivity] = {}
    for activity, role, _count in rows:
        known = history.get(activity.id)
        roles = tuple(sorted({*known.roles, role})) if known else (role,)
        history[activity.id] = PersonActivity(
            activity.id,
            activity.title,
            activity.kind,
            activity.status,
            activity.start_date,
            activity.end_date,
            activity.city,
            activity.country,
            roles,
            int(days.get(activity.id, 0)),
        )
    return list(history.values())
