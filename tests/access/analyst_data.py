"""The data the analyst's tests count: the hand-counted project of tests/indicators/sample.py,
and at its training A1 (10 October 2022) three persons whose whole date of birth decides their
youth against the year rule: BA born 11 October 1992 (29 at A1, exact: young; the year rule
says 30), CISSÉ born 10 October 1992 (30 that day: not young) and DAO born 1 March 2000 with a
typed band. A duplicate of Issa, merged into him, attended A2."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.activities.attendance import check_in
from desktop_app.dedup.merge import merge_persons
from desktop_app.privacy.pseudonymised import pseudonym, pseudonym_secret
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import open_database
from desktop_app.store.models import Person
from tests.indicators import sample

D = dt.date


@dataclasses.dataclass(frozen=True)
class Counted:
    url: str
    activities: dict[str, int]
    names: dict[int, str]  # person id -> family name, as the owner reads them
    pseudonyms: dict[int, str]  # person id -> the pseudonymised export's pseudonym


@pytest.fixture
def counted(hq_url: str) -> Counted:
    database = open_database(hq_url)
    try:
        sample.add_office(database, "NE-NIA")  # the sample's local office; HQ's is HQ-GVA
        built = sample.build(database)
        sample.framework(database)
        a1, a2 = built.activities["A1"], built.activities["A2"]
        for family, sex, born, band, category in (
            ("BA", "F", D(1992, 10, 11), None, "media"),
            ("CISSÉ", "M", D(1992, 10, 10), None, "parliament"),
            ("DAO", "F", D(2000, 3, 1), "18-29", None),
        ):
            fields = PersonFields(
                family_name=family,
                sex=sex,
                birth_date=born,
                age_band=band,
                category=category,
                region="Tillabéri",
                phone="+22790112233",
            )
            person = create_person(database, fields)
            check_in(database, a1, person.id, D(2022, 10, 10))
        twin = create_person(database, PersonFields(family_name="ISSOUFOU", given_names="Isa"))
        check_in(database, a2, twin.id, D(2022, 11, 20))
        merge_persons(database, built.persons["Issa"], twin.id)
        secret = pseudonym_secret(database)
        with database.session() as session:
            rows = session.execute(select(Person.id, Person.family_name, Person.uuid)).all()
        names = {row.id: row.family_name for row in rows}
        pseudonyms = {row.id: pseudonym(secret, row.uuid) for row in rows}
    finally:
        database.close()
    return Counted(hq_url, built.activities, names, pseudonyms)
