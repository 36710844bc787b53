"""The matcher's index (made from rows, records on demand) knows what the finder's index knows."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bench.generate import Params, generate
from desktop_app.services.dedup_index import (
    PersonIndex,
    RegistryLookup,
    load_records,
    paused_garbage_collector,
)
from desktop_app.services.dedup_match import PersonMatcher
from desktop_app.services.persons import PersonFields, create_person, delete_person
from desktop_app.store import Database, open_database


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
