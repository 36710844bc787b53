from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.records.text import normalise
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person, delete_person
from desktop_app.registry.registry_index import RegistryIndex
from desktop_app.store import Database, open_database
from tests.postgres.databases import copy_database

FAMILIES = ["TRAORE", "Traoré", "DIALLO", "KEITA", "MAIGA", "TOURE", "Bâ", "ABDOU"]
GIVEN = ["Aminata", "Moussa", "Fatoumata Binta", "Ibrahim", "Aïcha", ""]


@pytest.fixture(scope="module")
def registry(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """48 persons with names that differ by accents, case and order (built once: read-only
    tests; the one that adds a person deletes it again)."""
    folder = tmp_path_factory.mktemp("registry")
    path = copy_database(template_db, folder, "registry", for_session=True)
    db = open_database(path, extra_pragmas={"synchronous": "OFF"})
    for number in range(48):
        create_person(
            db,
            PersonFields(
                family_name=FAMILIES[number % 8],
                given_names=GIVEN[number % 6],
                organisation_name="Radio Kledu" if number % 5 == 0 else "CNDH",
                phone=f"+2279012{number:04d}",
            ),
        )
    yield db
    db.close()


@pytest.mark.parametrize(
    "query",
    ["tra", "traore", "TRAORÉ aminata", "aminata tr", "kledu", "90 12 00", "a", "ou", "zz"],
)
def test_same_matches_as_the_registry_search_best_first(registry: Database, query: str) -> None:
    index = RegistryIndex(registry)
    expected = search_persons(registry, query, limit=100)
    found = index.search(query, limit=100)
    assert {row.id for row in found} == {row.id for row in expected}
    words = normalise(query).split()

    def group(family_name: str) -> int:
        return 0 if any(normalise(family_name).startswith(w) for w in words) else 1

    groups = [group(row.family_name) for row in found]
    assert groups == sorted(groups)  # family names starting with a word come first
    best = index.search(query, limit=5)
    assert [row.id for row in best] == [row.id for row in found[:5]]


def test_nothing_typed_nothing_found(registry: Database) -> None:
    assert RegistryIndex(registry).search("  ") == []


def test_typing_forward_narrows_and_backspace_widens(registry: Database) -> None:
    index = RegistryIndex(registry)
    wide = {row.id for row in index.search("ai", limit=100)}
    narrow = {row.id for row in index.search("aich", limit=100)}
    again = {row.id for row in index.search("ai", limit=100)}
    assert narrow and narrow < wide
    assert again == wide


def test_added_and_deleted_persons(registry: Database) -> None:
    index = RegistryIndex(registry)
    assert index.search("guidimey") == []
    person = create_person(registry, PersonFields(family_name="GUIDIMEY", given_names="Célestin"))
    index.add(person.id)
    assert [row.id for row in index.search("celestin guid")] == [person.id]
    delete_person(registry, person.id)
    assert index.search("guidimey") == []  # rows come fresh from the database
    index.reload()
    assert len(index) == 48
