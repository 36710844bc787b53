"""Organisations (partner institutions, employers of persons): create, find, list, rename."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.countries import country_code
from desktop_app.records.field_rules import TEXT_LIMITS
from desktop_app.records.revisions import check_revision, refusing_stale
from desktop_app.records.text import normalise, organisation_search_text, person_search_text
from desktop_app.records.validation import (
    Problems,
    not_found,
    optional,
    optional_text,
    required,
)
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person
from desktop_app.store.vocabulary import person_categories


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    name: str
    acronym: str | None
    category: str | None
    country: str | None
    revision: int = 0

    @property
    def label(self) -> str:
        """ "Commission nationale des droits de l'homme (CNDH)", or the name alone."""
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


def info(organisation: Organisation) -> OrganisationInfo:
    return OrganisationInfo(
        organisation.id,
        organisation.name,
        organisation.acronym,
        organisation.category,
        organisation.country,
        organisation.revision,
    )


def _checked(
    name: str, acronym: str | None, category: str | None, country: str | None
) -> tuple[str, str | None, str | None, str | None]:
    problems = Problems()
    limits = TEXT_LIMITS["organisation"]
    clean_name = required(problems, "name", name, limits["name"])
    clean_acronym = optional_text(problems, "acronym", acronym, limits["acronym"])
    clean_category = optional(category)
    if clean_category and clean_category not in {t.code for t in person_categories()}:
        problems.add(
            "category",
            QT_TRANSLATE_NOOP("Validation", "Unknown category {value}."),
            value=clean_category,
        )
    clean_country = country_code(problems, "country", country, needed=False)
    problems.raise_if_any()
    return clean_name, clean_acronym, clean_category, clean_country


def matching(session: Session, text: str) -> Organisation | None:
    """The live organisation whose name or acronym reads like `text` (case, accents ignored)."""
    wanted = normalise(text)
    if not wanted:
        return None
    candidates = session.scalars(
        select(Organisation)
        .where(~Organisation.deleted, Organisation.search_text.contains(wanted))
        .order_by(Organisation.id)
    )
    for organisation in candidates:
        if wanted in (normalise(organisation.name), normalise(organisation.acronym)):
            return organisation
    return None


def found_or_created(session: Session, text: str, country: str | None = None) -> Organisation:
    """The organisation named `text`, created on the spot when none matches."""
    existing = matching(session, text)
    if existing is not None:
        return existing
    name, acronym, _category, clean_country = _checked(text, None, None, country)
    organisation = Organisation(
        name=name,
        acronym=acronym,
        country=clean_country,
        search_text=organisation_search_text(name, acronym),
    )
    session.add(organisation)
    session.flush()
    return organisation


def create_organisation(
    database: Database,
    name: str,
    acronym: str | None = None,
    category: str | None = None,
    country: str | None = None,
) -> OrganisationInfo:
    clean = _checked(name, acronym, category, country)
    with database.session() as session:
        organisation = Organisation(
            name=clean[0],
            acronym=clean[1],
            category=clean[2],
            country=clean[3],
            search_text=organisation_search_text(clean[0], clean[1]),
        )
        session.add(organisation)
        session.flush()
        return info(organisation)


def edit_organisation(
    database: Database,
    organisation_id: int,
    name: str,
    acronym: str | None = None,
    category: str | None = None,
    country: str | None = None,
    *,
    expected_revision: int | None = None,
) -> OrganisationInfo:
    """Rename or re-classify; the search text of its persons follows the new name.
    `expected_revision`: as for activities and persons (records/revisions.py)."""
    clean = _checked(name, acronym, category, country)
    with refusing_stale("organisation"), database.session() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None or organisation.deleted:
            raise not_found("organisation", organisation_id)
        check_revision(organisation, expected_revision, "organisation")
        organisation.name, organisation.acronym = clean[0], clean[1]
        organisation.category, organisation.country = clean[2], clean[3]
        organisation.search_text = organisation_search_text(clean[0], clean[1])
        rows = session.execute(
            select(
                Person.id, Person.family_name, Person.given_names, Person.phone, Person.email
            ).where(Person.organisation_id == organisation_id)
        ).all()
        if rows:
            # search_text is bookkeeping, not a change of the person: no revision bump. Core
            # statement: the ORM's bulk update would want each person's revision.
            person = Person.metadata.tables["person"]
            session.execute(
                update(person)
                .where(person.c.id == bindparam("b_id"))
                .values(search_text=bindparam("b_search_text")),
                [
                    {
                        "b_id": row.id,
                        "b_search_text": person_search_text(
                            row.family_name,
                            row.given_names,
                            clean[0],
                            clean[1],
                            row.phone,
                            row.email,
                        ),
                    }
                    for row in rows
                ],
            )
        session.flush()  # the audit stamp gives the new revision
        return info(organisation)


def find_organisation(database: Database, text: str) -> OrganisationInfo | None:
    """The organisation whose name or acronym is `text` (case and accents ignored)."""
    with database.session() as session:
        organisation = matching(session, text)
        return info(organisation) if organisation else None


def get_organisation(database: Database, organisation_id: int) -> OrganisationInfo:
    with database.session() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None or organisation.deleted:
            raise not_found("organisation", organisation_id)
        return info(organisation)


def list_organisations(
    database: Database, search: str | None = None, limit: int | None = None
) -> list[OrganisationInfo]:
    """Live organisations by name; `search` keeps those containing every word of it."""
    statement = select(Organisation).where(~Organisation.deleted)
    for word in normalise(search).split():
        statement = statement.where(Organisation.search_text.contains(word))
    statement = statement.order_by(Organisation.name).limit(limit)
    with database.session() as session:
        return [info(o) for o in session.scalars(statement)]
