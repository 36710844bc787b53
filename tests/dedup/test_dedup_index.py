"""The matcher's index (made from rows, records on demand) knows what the finder's index knows,
and the sign-in sheet's (only the persons its rows can meet) answers them as the whole one."""

from __future__ import annotations

import datetime as dt
import gc
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, update

from bench import generate as generator
from bench.generate import Params, generate
from bench.persons import make_persons
from desktop_app.dedup import match as dedup_match
from desktop_app.dedup.index import PersonIndex, RegistryLookup
from desktop_app.dedup.match import PersonMatcher
from desktop_app.dedup.records import (
    MatchQuery,
    PersonRecord,
    load_records,
    paused_garbage_collector,
    query_record,
)
from desktop_app.dedup.sheet_lookup import SheetLookup
from desktop_app.registry.persons import PersonFields, create_person, delete_person
from desktop_app.store import Database, open_database
from desktop_app.store.models import Organisation, Person, Site


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Namesakes, shared organisations and known duplicates of every kind.
    folder = tmp_path_factory.mktemp("registry")
    params = Params(persons=800, activities=3, attendance=100, seed=3, duplicates=120)
    return generate(folder / "registry.db", params).path


def _words(index: PersonIndex | RegistryLookup) -> dict[str, list[str]]:
    return {variant: sorted(words) for variant, words in index.by_word_edit.items()}


def test_lookup_has_the_blocks_and_records_of_the_full_index(generated: Path) -> None:
    database = open_database(generated)
    try:
        lookup = RegistryLookup.load(database)
        index = PersonIndex.build(load_records(database))
    finally:
        database.close()
    assert len(lookup) == len(index) == len(index.records) > 800
    assert lookup.by_name == index.by_name
    assert lookup.by_phone == index.by_phone
    assert lookup.by_email == index.by_email
    assert lookup.by_family_org_year == index.by_family_org_year
    assert lookup.organisation_ids == index.organisation_ids
    assert _words(lookup) == _words(index)
    assert [lookup.record(at) for at in range(len(lookup))] == index.records
    assert sum(len(members) > 1 for members in lookup.by_name.values()) > 10


def test_the_finder_pairs_the_names_the_matcher_meets(generated: Path) -> None:
    # The finder finds the pairs of similar names through keys between them, the matcher by
    # each key's variants: the same pairs.
    database = open_database(generated)
    try:
        index = PersonIndex.build(load_records(database))
    finally:
        database.close()
    pairs = list(index.similar_name_pairs())
    by_variants = {(k, o) for k in index.by_name for o in index.similar_names(k) if k < o}
    assert set(pairs) == by_variants and len(pairs) == len(by_variants) > 20
    two_words_changed = [(k, o) for k, o in pairs if len(set(k.split()) ^ set(o.split())) == 4]
    assert two_words_changed  # a typo in each name part meets too


def test_both_indexes_give_the_matcher_the_same_offers(generated: Path) -> None:
    database = open_database(generated)
    try:
        from_rows = PersonMatcher.from_database(database)
        records = load_records(database)
    finally:
        database.close()
    from_records = PersonMatcher(PersonIndex.build(records))
    offered = 0
    for record in records[::7]:
        # Swapped names and the phone without its country code, as sheets write them.
        phone = record.phone[4:] if record.phone else None
        found = from_rows.match(
            record.given_names, record.family_name, phone=phone, birth_year=record.birth_year
        )
        again = from_records.match(
            record.given_names, record.family_name, phone=phone, birth_year=record.birth_year
        )
        assert found == again
        offered += any(candidate.id == record.id for candidate in found)
    assert offered > len(records[::7]) * 0.9


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
    lookup = RegistryLookup.load(db)
    assert len(lookup) == 1
    person = lookup.record(0)
    assert (person.id, person.name_key, person.phone_key) == (kept, "celestin guidimey", "90123456")
    assert lookup.by_email == {"celestin@example.org": [0]}
    assert lookup.by_family_org_year == {("guidimey", person.organisation_id, 1968): [0]}
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
