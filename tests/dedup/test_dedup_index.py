"""The matcher's index (made from the person index's rows, records on demand) stays equal to one
made afresh as persons change, the finder pairs what the matcher meets, and the sign-in sheet's
(only the persons its rows can meet) answers as the whole one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, insert, text, update

from bench import generate as generator
from bench.generate import Params, generate
from bench.persons import make_persons
from desktop_app.dedup import match as dedup_match
from desktop_app.dedup.index import RegistryLookup
from desktop_app.dedup.match import PersonMatcher
from desktop_app.dedup.merge import merge_persons
from desktop_app.dedup.records import (
    MatchQuery,
    PersonRecord,
    load_records,
    query_record,
    records_of,
)
from desktop_app.dedup.sheet_lookup import SheetLookup
from desktop_app.registry.organisations import edit_organisation
from desktop_app.registry.person_index import PersonIndex, paused_garbage_collector
from desktop_app.registry.persons import (
    PersonFields,
    create_person,
    delete_person,
    edit_person,
    get_person,
    restore_person,
)
from desktop_app.store import Database, open_database
from desktop_app.store.models import Organisation, Person, Site


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Namesakes, shared organisations and known duplicates of every kind.
    folder = tmp_path_factory.mktemp("registry")
    params = Params(persons=800, activities=3, attendance=100, seed=3, duplicates=120)
    return generate(folder / "registry.db", params).path


def _words(index: RegistryLookup) -> dict[str, list[str]]:
    return {variant: sorted(words) for variant, words in index.by_word_edit.items()}


def _made_afresh(database: Database) -> RegistryLookup:
    """The lookup made whole from the person index's rows as they are now."""
    index = PersonIndex.of(database)
    with database.session() as session:
        index.refresh(session)
    return RegistryLookup.build(*index.snapshot())


def _assert_same(kept: RegistryLookup, fresh: RegistryLookup) -> None:
    assert len(kept) == len(fresh)
    assert kept.by_name == fresh.by_name
    assert kept.by_phone == fresh.by_phone
    assert kept.by_email == fresh.by_email
    assert kept.by_family_org_year == fresh.by_family_org_year
    assert kept.parts == fresh.parts
    assert kept.organisation_ids == fresh.organisation_ids
    assert kept.organisation_sizes == fresh.organisation_sizes
    assert kept.word_carriers == fresh.word_carriers
    assert _words(kept) == _words(fresh)
    rows = [fresh.rows[i] for i in sorted(fresh.rows)]
    assert [kept.record(i) for i in sorted(kept.rows)] == records_of(rows, fresh.organisations)


def test_lookup_kept_up_to_date_equals_one_made_afresh(registry: Database) -> None:
    """Every way persons change, each put in place: the blocks, the words' keys, the
    organisations' first persons and sizes, the records are those of a lookup made afresh."""
    index = PersonIndex.of(registry)
    kept = index.fresh(registry, RegistryLookup)
    reads = index.reads
    records = load_records(registry)
    first, second, third = records[0], records[1], records[2]
    # A person created at the door, with a word no name had and an organisation typed anew.
    door = create_person(
        registry,
        PersonFields(family_name="ZANGUÉ", given_names="Kpodar", organisation_name="Radio Gaskiya"),
    )
    # Edited: another name (its words leave the index), phone, organisation, birth year.
    edit_person(
        registry,
        first.id,
        dataclasses.replace(
            get_person(registry, first.id).fields(),
            family_name="OUÉDRAOGO",
            given_names="Wendkouni",
            phone="+22670112233",
            organisation_id=door.organisation_id,
            birth_year=1977,
        ),
    )
    delete_person(registry, second.id)
    merge_persons(registry, door.id, third.id)
    restore_person(registry, second.id)
    assert index.fresh(registry, RegistryLookup) is kept
    _assert_same(kept, _made_afresh(registry))
    assert index.reads == reads  # these persons were read again, not the whole registry
    # An organisation renamed (its persons' search texts rewritten in bulk), persons written
    # in bulk (an import), and by another program: every person is read again and compared.
    organisation = next(r.organisation_id for r in records[10:] if r.organisation_id)
    edit_organisation(registry, organisation, "Conseil régional de la jeunesse", "CRJ")
    with registry.session() as session:
        session.execute(insert(Person), _bulk_rows(records))
    other = create_engine(registry.engine.url)
    try:
        with other.begin() as connection:
            connection.execute(
                update(Person).where(Person.id == records[5].id).values(phone="+22790909090")
            )
    finally:
        other.dispose()
    assert index.fresh(registry, RegistryLookup) is kept
    _assert_same(kept, _made_afresh(registry))
    assert kept.by_phone["90909090"] == [records[5].id]
    assert [c.id for c in PersonMatcher(kept).match("ZANGUE", "Kpodar")] == [door.id]


def _bulk_rows(records: list[PersonRecord]) -> list[dict[str, Any]]:
    """Persons as a workbook import writes them: namesakes, a shared phone, organisations."""
    site = {"origin_site": "ML-BKO", "changed_by_site": "ML-BKO"}
    return [
        {
            "uuid": f"bulk{n}",
            "family_name": record.family_name,
            "given_names": f"{record.given_names} Awa",
            "organisation_id": record.organisation_id,
            "birth_year": record.birth_year,
            "phone": records[0].phone,
            "search_text": f"bulk {n}",
            **site,
        }
        for n, record in enumerate(records[20:50])
    ]


def test_the_finder_pairs_the_names_the_matcher_meets(generated: Path) -> None:
    # The finder finds the pairs of similar names through keys between them, the matcher by
    # each key's variants: the same pairs.
    database = open_database(generated)
    try:
        index = _made_afresh(database)
    finally:
        database.close()
    pairs = list(index.similar_name_pairs())
    by_variants = {(k, o) for k in index.by_name for o in index.similar_names(k) if k < o}
    assert set(pairs) == by_variants and len(pairs) == len(by_variants) > 20
    two_words_changed = [(k, o) for k, o in pairs if len(set(k.split()) ^ set(o.split())) == 4]
    assert two_words_changed  # a typo in each name part meets too


def test_a_lookup_kept_up_to_date_gives_the_matcher_the_offers_of_a_fresh_one(
    registry: Database,
) -> None:
    kept = PersonMatcher.from_database(registry)
    records = load_records(registry)
    for record in records[3:60:3]:  # persons edited: names swapped, phones dropped
        edit_person(
            registry,
            record.id,
            dataclasses.replace(
                get_person(registry, record.id).fields(),
                family_name=record.given_names or record.family_name,
                given_names=record.family_name if record.given_names else "",
                phone=None,
            ),
        )
    for record in records[4:60:9]:
        delete_person(registry, record.id)
    kept = PersonMatcher.from_database(registry)
    fresh = PersonMatcher(_made_afresh(registry))
    offered = 0
    for record in records[::7]:
        # Swapped names and the phone without its country code, as sheets write them.
        phone = record.phone[4:] if record.phone else None
        found = kept.match(
            record.given_names, record.family_name, phone=phone, birth_year=record.birth_year
        )
        again = fresh.match(
            record.given_names, record.family_name, phone=phone, birth_year=record.birth_year
        )
        assert found == again
        offered += any(candidate.id == record.id for candidate in found)
    assert offered > len(records[::7]) * 0.8


def test_lookup_of_an_edited_registry(db: Database) -> None:
    kept = create_person(
        db,
        PersonFields(
            family_name="GUIDIMEY",
            given_names="Célestin",
            organisation_name="Commission nationale des droits humains",
            birth_year=1968,
            phone="+227 90 12 34 56",
            email=" Celestin@Example.org",
        ),
    ).id
    gone = create_person(db, PersonFields(family_name="GUIDIMEY", given_names="Celestin")).id
    delete_person(db, gone)
    lookup = PersonMatcher.from_database(db)._index
    assert len(lookup) == 1
    person = lookup.record(kept)
    assert (person.id, person.name_key, person.phone_key) == (kept, "celestin guidimey", "90123456")
    assert lookup.by_email == {"celestin@example.org": [kept]}
    assert lookup.by_family_org_year == {("guidimey", person.organisation_id, 1968): [kept]}
    assert person.organisation_id is not None
    assert lookup.organisation_ids["commission nationale des droits humains"] == (
        person.organisation_id
    )


@pytest.mark.parametrize("enabled", [True, False])
def test_garbage_collector_state_is_given_back(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with paused_garbage_collector():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), paused_garbage_collector():
            raise ValueError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_matcher_takes_odd_input_without_failing(db: Database) -> None:
    fields = PersonFields(family_name="TRAORÉ", given_names="Hawa", phone="+223 76 12 34 56")
    hawa = create_person(db, fields).id
    matcher = PersonMatcher.from_database(db)
    assert matcher.match("   ", "") == []
    assert matcher.match("-", "'", phone="abc", email="  ", organisation="") == []
    assert matcher.match("X" * 500, "y" * 500, birth_year=-5) == []
    assert matcher.match("Traore", "Hawa", limit=0) == []
    unknown_organisation = matcher.match("HAWA", "traore", phone="+223", organisation=999_999)
    assert [candidate.id for candidate in unknown_organisation] == [hawa]
    assert unknown_organisation[0].reasons[0] == "same_name"


# The sign-in sheet's matcher: only the persons its rows can meet, the same answers.


@pytest.fixture
def registry(db: Database) -> Database:
    """600 generated persons (namesakes, known duplicates, shared organisations) in the test's
    database, whatever its engine; one in 23 retired, so that retired persons share names and
    phones with live ones."""
    rng = random.Random(5)
    organisations = generator._organisations(rng)
    people = make_persons(rng, 600, 100, organisations)
    with db.session() as session:
        session.add(Site(code="ML-BKO", name="Bamako", country="ML", is_local=False))
        session.flush()
        connection = session.connection()
        connection.execute(insert(Organisation), [_typed(row) for row in organisations])
        connection.execute(insert(Person), [_typed(row) for row in people.rows])
        connection.execute(update(Person).where(Person.id % 23 == 0).values(deleted=True))
        if db.is_server:  # the rows came with their ids: the sequences follow, for forms
            for table in ("organisation", "person"):
                sequence = f"pg_get_serial_sequence('{table}', 'id')"
                connection.execute(text(f"SELECT setval({sequence}, max(id)) FROM {table}"))
    return db


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """The generator's row (written to SQLite as text) with its times as datetimes."""
    return {k: dt.datetime.fromisoformat(v) if k == "changed_at" else v for k, v in row.items()}


def _typo(name: str) -> str:
    """One letter dropped: a word one edit away."""
    return name[:2] + name[3:] if len(name) > 4 else name


def _varied_queries(records: list[PersonRecord]) -> list[MatchQuery]:
    queries: list[MatchQuery] = []
    for number, r in enumerate(records[::3]):
        local = r.phone[4:] if r.phone else None  # without +227 / +223
        organisation = r.organisation.split(" (")[0] if number % 2 else r.organisation_id
        queries += [
            MatchQuery(r.family_name, r.given_names, phone=local, birth_year=r.birth_year),
            MatchQuery(r.given_names, r.family_name, phone=r.phone, sex=r.sex),
            MatchQuery(_typo(r.family_name), r.given_names, organisation=organisation),
            MatchQuery(r.family_name, "", organisation=organisation, birth_year=r.birth_year),
            MatchQuery("", r.family_name, organisation=organisation, birth_year=r.birth_year),
            MatchQuery(r.family_name.upper(), _typo(r.given_names), email=r.email),
            MatchQuery(f"NOUVEAU{number}", "Aïcha", phone=f"+2279{number:07d}"),
        ]
    return queries


def _partial_queries(records: list[PersonRecord]) -> list[MatchQuery]:
    """Rows that reach persons through a block other than their name (no row has it): by phone
    or e-mail under a name two edits away (the scores still count the persons' namesakes), or
    by the family name, typed in the given-name column, with organisation and birth year."""
    queries: list[MatchQuery] = []
    for r in records[1::4]:
        email = r.email.upper() if r.email else None
        if r.phone or email:
            queries.append(
                MatchQuery(_typo(r.family_name), _typo(r.given_names), phone=r.phone, email=email)
            )
        if r.organisation_id is not None and r.birth_year is not None:
            queries.append(
                MatchQuery(
                    "", r.family_name, organisation=r.organisation_id, birth_year=r.birth_year
                )
            )
    return queries


def _whole_and_sheet(
    database: Database, queries: list[MatchQuery]
) -> tuple[PersonMatcher, SheetLookup, PersonMatcher]:
    lookup = SheetLookup.load(database, queries)
    return PersonMatcher.from_database(database), lookup, PersonMatcher(lookup)


@pytest.mark.parametrize("sheet_rows", [_varied_queries, _partial_queries])
def test_sheet_matcher_answers_as_the_whole_registry(
    registry: Database, sheet_rows: Callable[[list[PersonRecord]], list[MatchQuery]]
) -> None:
    records = load_records(registry)
    queries = sheet_rows(records)
    whole, lookup, sheet = _whole_and_sheet(registry, queries)
    assert len(lookup) == whole.size == len(records) > 500
    assert 0 < len(lookup.rows) < len(records) // 2  # most persons are never read in full
    # How many persons write each word (a slip of the pen): the whole registry's counts.
    assert lookup.word_carriers == PersonIndex.of(registry).part(RegistryLookup).word_carriers
    assert all(lookup.covers(query_record(q, lookup.organisation_ids)) for q in queries)
    offered = 0
    for query in queries:
        # A low threshold and a long list: every candidate, score and reason must agree.
        found = sheet.match(*query, limit=50, min_score=1)
        assert found == whole.match(*query, limit=50, min_score=1), query
        assert sheet.match(*query) == whole.match(*query)
        offered += bool(found)
    assert offered > len(queries) * 0.8


def test_sheet_matcher_with_organisations_of_one_name(db: Database) -> None:
    # Two organisations answer to "CNDH": the whole index takes the first person's.
    with db.session() as session:
        first = Organisation(name="Commission nationale des droits humains", acronym="CNDH")
        second = Organisation(name="Conseil national de développement humain", acronym="CNDH")
        session.add_all([first, second])
        session.flush()
        first_id, second_id = first.id, second.id
    diallo = PersonFields(family_name="DIALLO", given_names="Aïssata", birth_year=1980)
    at_second = create_person(db, replace(diallo, organisation_id=second_id, phone="+22790123456"))
    namesake = create_person(db, replace(diallo, organisation_id=first_id, given_names="Aissata"))
    gone = create_person(db, replace(diallo, phone="+22390123456", email="a@b.org")).id
    delete_person(db, gone)
    with db.session() as session:  # a phone stored as typed, before phones were normalised
        session.execute(
            update(Person).where(Person.id == at_second.id).values(phone="+227 90 12 34 56")
        )
    queries = [
        MatchQuery("Diallo", "", organisation="cndh", birth_year=1980),
        MatchQuery("Aissata", "Dialo", phone="90123456"),
        MatchQuery("DIALLO", "Aissata", email="A@B.org", organisation="Commission nationale"),
        MatchQuery("Dillo", "Aisata", phone="90123456"),  # a typo in each name part
    ]
    whole, lookup, sheet = _whole_and_sheet(db, queries)
    assert lookup.organisation_ids["cndh"] == second_id
    for query in queries:
        assert sheet.match(*query, min_score=1) == whole.match(*query, min_score=1)
    # Family name, organisation and birth year: the person of the organisation first met.
    assert [c.id for c in sheet.match(*queries[0], min_score=1)] == [at_second.id]
    # The phone finds her, written as it was typed ("+227 90 12 34 56"); the name, with a typo
    # in each part, finds her namesake too, below her.
    alone = PersonMatcher.for_queries(db, queries[3:])
    found = alone.match(*queries[3])
    assert [c.id for c in found] == [at_second.id, namesake.id]
    assert "same_phone" in found[0].reasons and "same_phone" not in found[1].reasons


def test_a_query_the_sheet_did_not_have_is_answered_from_the_whole_registry(
    registry: Database,
) -> None:
    records = load_records(registry)
    planned = [MatchQuery(records[0].family_name, records[0].given_names)]
    whole, lookup, sheet = _whole_and_sheet(registry, planned)
    other = records[-1]
    unplanned = MatchQuery(other.given_names, other.family_name, phone=other.phone)
    assert not lookup.covers(query_record(unplanned, lookup.organisation_ids))
    found = sheet.match(*unplanned)
    assert found == whole.match(*unplanned)
    assert other.id in [candidate.id for candidate in found]


def test_sheet_matcher_of_an_empty_registry_or_sheet(db: Database) -> None:
    empty = PersonMatcher.for_queries(db, [MatchQuery("DIALLO", "Aïssata", phone="+22790123456")])
    assert empty.size == 0
    assert empty.match("DIALLO", "Aïssata", phone="+22790123456") == []
    create_person(db, PersonFields(family_name="DIALLO", given_names="Aïssata"))
    nothing_asked = SheetLookup.load(db, [])
    assert (len(nothing_asked), len(nothing_asked.rows)) == (1, 0)


def test_a_long_sheet_is_matched_with_the_whole_index(
    registry: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dedup_match, "SHEET_LOOKUP_ROWS", 5)
    records = load_records(registry)
    queries = _varied_queries(records[:6])  # 14 rows
    long_sheet = PersonMatcher.for_queries(registry, queries)
    whole = PersonMatcher.from_database(registry)
    assert long_sheet.size == whole.size
    for query in queries:
        assert long_sheet.match(*query, min_score=1) == whole.match(*query, min_score=1)
