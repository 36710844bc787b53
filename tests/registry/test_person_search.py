"""Search as you type: accents and case ignored, words in any order, best matches first."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import create_engine, insert, select

from desktop_app.activities.attendance import check_in
from desktop_app.registry.organisations import edit_organisation
from desktop_app.registry.person_index import PersonIndex
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import delete_person, edit_person
from desktop_app.store import Database
from desktop_app.store.models import Person
from tests.factories import MakeActivity, MakePerson


def _names(db: Database, text: str, limit: int = 50) -> list[str]:
    return [row.display_name for row in search_persons(db, text, limit=limit)]


def test_words_in_any_order_accents_and_case_ignored(db: Database, make_person: MakePerson) -> None:
    make_person("GUIDIMEY", "Célestin", organisation_name="Forces armées béninoises")
    make_person("GUINDO", "Moussa")
    for query in ("celestin guid", "GUIDIMEY Célestin", "Célestin", "  guidimey,CELESTIN "):
        assert _names(db, query) == ["Célestin GUIDIMEY"], query
    assert _names(db, "guid celestine") == []


def test_organisation_acronym_phone_and_email(db: Database, make_person: MakePerson) -> None:
    make_person("MAÏGA", "Aminata", organisation_name="CNDH", phone="+223 76 12 34 56")
    make_person("TRAORÉ", "Hawa", email="hawa.traore@essor.ml")
    assert _names(db, "cndh") == ["Aminata MAÏGA"]
    assert _names(db, "maiga 76123456") == ["Aminata MAÏGA"]
    assert _names(db, "22376") == ["Aminata MAÏGA"]
    assert _names(db, "1234") == ["Aminata MAÏGA"]
    assert _names(db, "essor") == ["Hawa TRAORÉ"]


def test_prefix_matches_first_then_by_name(db: Database, make_person: MakePerson) -> None:
    make_person("ABDOU", "Moussa")  # "moussa" inside: given name starts with the word
    make_person("MOUSSA", "Issa")  # family name starts with the word
    make_person("DIALLO", "Amoussa")  # substring only
    make_person("MOUSSAVOU", "Bintou")
    assert _names(db, "moussa") == [
        "Issa MOUSSA",
        "Bintou MOUSSAVOU",
        "Moussa ABDOU",
        "Amoussa DIALLO",
    ]
    assert _names(db, "moussa", limit=2) == ["Issa MOUSSA", "Bintou MOUSSAVOU"]


def test_empty_query_lists_by_name_and_deleted_are_hidden(
    db: Database, make_person: MakePerson
) -> None:
    make_person("ZOUNGRANA", "Paul")
    gone = make_person("ADAMOU", "Ali")
    delete_person(db, gone.id)
    assert _names(db, "") == ["Paul ZOUNGRANA"]
    assert _names(db, "adamou") == []


def test_search_follows_edits_and_organisation_renames(
    db: Database, make_person: MakePerson
) -> None:
    person = make_person("KEÏTA", "Oumar", organisation_name="Radio Kledu")
    assert _names(db, "kledu") == ["Oumar KEÏTA"]
    assert person.organisation_id is not None
    edit_organisation(db, person.organisation_id, "Radio Klédu FM", "RKFM")
    assert _names(db, "rkfm oumar") == ["Oumar KEÏTA"]
    assert search_persons(db, "rkfm")[0].organisation == "Radio Klédu FM (RKFM)"
    edit_person(db, person.id, dataclasses.replace(person.fields(), given_names="Modibo"))
    assert _names(db, "oumar") == []
    assert _names(db, "modibo keita rkfm") == ["Modibo KEÏTA"]


SITE = {"origin_site": "ML-BKO", "changed_by_site": "ML-BKO"}


def test_rows_written_by_bulk_inserts_and_other_programs_are_found(
    db: Database, make_person: MakePerson
) -> None:
    make_person("SIDIBÉ", "Fanta")
    assert _names(db, "sidibe") == ["Fanta SIDIBÉ"]  # the in-memory texts are now loaded
    with db.session() as session:  # a workbook import writes with Core, in bulk
        session.execute(
            insert(Person),
            [
                {
                    "family_name": "SIDIBÉ",
                    "given_names": "Salif",
                    "search_text": "sidibe salif",
                    **SITE,
                },
            ],
        )
    assert _names(db, "sidibe") == ["Fanta SIDIBÉ", "Salif SIDIBÉ"]
    other = create_engine(db.engine.url)  # another program on the same database
    try:
        with other.begin() as connection:
            connection.execute(
                insert(Person).values(
                    uuid="u1",
                    changed_at=dt.datetime(2023, 1, 1),
                    family_name="SIDIBÉ",
                    given_names="Mariam",
                    search_text="sidibe mariam",
                    **SITE,
                )
            )
    finally:
        other.dispose()
    assert _names(db, "sidibe") == ["Fanta SIDIBÉ", "Mariam SIDIBÉ", "Salif SIDIBÉ"]


def test_many_matches_keep_the_limit_and_the_order(db: Database) -> None:
    with db.session() as session:
        session.execute(
            insert(Person),
            [
                {
                    "family_name": f"DIALLO{n:03d}",
                    "given_names": "Awa",
                    "search_text": f"diallo{n:03d} awa",
                    **SITE,
                }
                for n in range(120)
            ]
            + [
                {
                    "family_name": "KONÉ",
                    "given_names": "Diallo",
                    "search_text": "kone diallo",
                    **SITE,
                }
            ],
        )
    found = _names(db, "diallo", limit=5)
    assert found == [f"Awa DIALLO{n:03d}" for n in range(5)]
    assert _names(db, "awa 119") == ["Awa DIALLO119"]
    assert _names(db, "diallo kone") == ["Diallo KONÉ"]


def test_check_ins_do_not_reload_the_texts(
    db: Database, make_person: MakePerson, make_activity: MakeActivity
) -> None:
    person = make_person("SIDIBÉ", "Fanta")
    activity = make_activity()
    with db.session() as first, db.session() as second:  # two connections in the pool
        first.execute(select(1))
        second.execute(select(1))
    assert _names(db, "sidibe") == ["Fanta SIDIBÉ"]
    index = PersonIndex.of(db)
    reads, generation = index.reads, index.generation
    for day in (dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7)):
        check_in(db, activity.id, person.id, day)
        assert _names(db, "fanta") == ["Fanta SIDIBÉ"]
    assert (index.reads, index.generation) == (reads, generation)
    make_person("SIDIBÉ", "Awa")
    assert _names(db, "sidibe") == ["Awa SIDIBÉ", "Fanta SIDIBÉ"]
    assert index.generation == generation + 1


def test_persons_written_through_forms_are_read_alone(
    db: Database, make_person: MakePerson
) -> None:
    fanta = make_person("SIDIBÉ", "Fanta")
    assert _names(db, "sidibe") == ["Fanta SIDIBÉ"]
    index = PersonIndex.of(db)
    reads = index.reads
    awa = make_person("SIDIBÉ", "Awa")
    assert _names(db, "sidibe") == ["Awa SIDIBÉ", "Fanta SIDIBÉ"]
    edit_person(db, fanta.id, dataclasses.replace(fanta.fields(), given_names="Fatoumata"))
    delete_person(db, awa.id)
    assert _names(db, "sidibe") == ["Fatoumata SIDIBÉ"]
    assert index.reads == reads  # these persons read again, not the whole registry
