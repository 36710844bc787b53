"""The one person index: whatever writes a person, the next search finds them as they are now
(the registry search, which the check-in screen uses too, the matcher of typed persons and of a
sign-in sheet's rows, the duplicate finder), on either engine; and the search's order."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.dedup.finder import find_duplicates
from desktop_app.dedup.index import RegistryLookup
from desktop_app.dedup.match import PersonMatcher, likely_matches
from desktop_app.dedup.merge import merge_persons
from desktop_app.dedup.records import MatchQuery
from desktop_app.records.text import normalise, person_search_text
from desktop_app.registry.person_index import PersonIndex
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person, delete_person
from desktop_app.signin import apply_preview, load_sheets, preview_sheets
from desktop_app.signin.importing import SheetChoice
from desktop_app.store import Database, open_database
from desktop_app.store.models import Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.postgres.databases import copy_database
from tests.sync.hq_builders import site_database

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
def test_family_names_starting_with_a_word_first_and_the_best_first(
    registry: Database, query: str
) -> None:
    found = search_persons(registry, query, limit=100)
    words = normalise(query).split()
    assert all(all(w in normalise(person_search_text(r.family_name, r.given_names, r.organisation,
                                                    None, r.phone)) for w in words)
               for r in found)  # fmt: skip

    def group(family_name: str) -> int:
        return 0 if any(normalise(family_name).startswith(w) for w in words) else 1

    groups = [group(row.family_name) for row in found]
    assert groups == sorted(groups)  # family names starting with a word come first
    best = search_persons(registry, query, limit=5)
    assert [row.id for row in best] == [row.id for row in found[:5]]


def test_typing_forward_narrows_and_backspace_widens(registry: Database) -> None:
    wide = {row.id for row in search_persons(registry, "ai", limit=100)}
    narrow = {row.id for row in search_persons(registry, "aich", limit=100)}
    again = {row.id for row in search_persons(registry, "ai", limit=100)}
    assert narrow and narrow < wide
    assert again == wide


def test_added_and_deleted_persons(registry: Database) -> None:
    assert search_persons(registry, "guidimey") == []
    person = create_person(registry, PersonFields(family_name="GUIDIMEY", given_names="Célestin"))
    assert [row.id for row in search_persons(registry, "celestin guid")] == [person.id]
    delete_person(registry, person.id)
    assert search_persons(registry, "guidimey") == []
    assert len(PersonIndex.of(registry).rows) == 48


# Whatever writes her, GUIDIMEY Célestine is found next: the known GUIDIMEY Célestin is another
# person of a name one letter apart (a pair for the duplicate finder at a low score).

CELESTINE = {
    "family_name": "GUIDIMEY",
    "given_names": "Célestine",
    "sex": "F",
    "birth_year": 1990,
    "search_text": person_search_text("GUIDIMEY", "Célestine"),
    "origin_site": "NE-NIA",
    "changed_by_site": "NE-NIA",
}
QUERY = MatchQuery("Guidimey", "Celestine", sex="F", birth_year=1990)


def _by_another_program(db: Database, _template: Path, _folder: Path) -> None:
    other = create_engine(db.engine.url)
    try:
        with other.begin() as connection:
            connection.execute(insert(Person).values(**CELESTINE))
    finally:
        other.dispose()


def _by_another_connection(db: Database, _template: Path, _folder: Path) -> None:
    with db.engine.begin() as connection:  # a statement of this program, in bulk
        connection.execute(insert(Person), [CELESTINE])


def _by_a_workbook_import(db: Database, template: Path, folder: Path) -> None:
    office = site_database(template, folder / "office", "ML-BKO")
    try:
        create_person(office, PersonFields(family_name="GUIDIMEY", given_names="Célestine",
                                           sex="F", birth_year=1990))  # fmt: skip
        book = export_workbook(office, folder / "bamako.xlsx", language="fr").path
    finally:
        office.close()
    result = import_workbooks(db, [book])
    assert result.applied


def _by_a_sign_in_sheet(db: Database, _template: Path, folder: Path) -> None:
    fields = ActivityFields(
        title="Forum", kind="forum", start_date=dt.date(2022, 12, 5), country="NE", city="Niamey"
    )
    activity = create_activity(db, fields).id
    path = folder / "liste.csv"
    path.write_text("N°;Nom;Prénoms;Sexe;Année de naissance\n1;GUIDIMEY;Célestine;F;1990\n")
    choices = [SheetChoice(grid, layout) for grid, layout in load_sheets(db, path)]
    result = apply_preview(db, preview_sheets(db, activity, choices))
    assert result.persons_created == 1


def _through_a_form(db: Database, _template: Path, _folder: Path) -> None:
    create_person(
        db, PersonFields(family_name="GUIDIMEY", given_names="Célestine", sex="F", birth_year=1990)
    )


Writer = Callable[[Database, Path, Path], None]


def _likely(db: Database, query: MatchQuery) -> list[int]:
    """Who the check-in's new-person form offers for what is typed."""
    found = likely_matches(
        db, query.family, query.given, query.phone, birth_year=query.birth_year, sex=query.sex
    )
    return [candidate.id for candidate in found]


@pytest.mark.parametrize(
    "write",
    [
        _by_another_program,
        _by_another_connection,
        _by_a_workbook_import,
        _by_a_sign_in_sheet,
        _through_a_form,
    ],
)
def test_a_person_written_anyhow_is_found_by_every_search_next(
    db: Database, template_db: Path, tmp_path: Path, write: Writer
) -> None:
    celestin = create_person(
        db,
        PersonFields(
            family_name="GUIDIMEY",
            given_names="Célestin",
            sex="M",
            birth_year=1968,
            phone="+22790123456",
            organisation_name="CNDH",
        ),
    ).id
    # Every search has read the registry once: what follows must bring each up to date.
    assert [r.id for r in search_persons(db, "guidimey")] == [celestin]
    assert PersonMatcher.from_database(db).match(*QUERY) == []
    assert find_duplicates(db, min_score=1) == []
    write(db, template_db, tmp_path)
    [found] = search_persons(db, "celestine")  # the registry's search, and the check-in's
    assert (found.family_name, found.given_names) == ("GUIDIMEY", "Célestine")
    assert _likely(db, QUERY)[:1] == [found.id]  # at the door
    sheet = PersonMatcher.for_queries(db, [QUERY])  # a sign-in sheet's rows
    assert [c.id for c in sheet.match(*QUERY)][:1] == [found.id]
    pairs = find_duplicates(db, min_score=1)
    assert [{p.first.id, p.second.id} for p in pairs] == [{celestin, found.id}]


def test_a_merge_is_seen_by_every_search_next(db: Database) -> None:
    celestine = create_person(
        db, PersonFields(family_name="GUIDIMEY", given_names="Célestine", sex="F", birth_year=1990)
    ).id
    typo = create_person(
        db,
        PersonFields(
            family_name="GUIDIMEYE", given_names="Célestine", sex="F", phone="+22790123456"
        ),
    ).id
    query = MatchQuery("Guidimeye", "Celestine", phone="90 12 34 56")
    assert [r.id for r in search_persons(db, "guidimeye")] == [typo]
    assert _likely(db, query)[:1] == [typo]
    assert [{p.first.id, p.second.id} for p in find_duplicates(db, min_score=1)] == [
        {celestine, typo}
    ]
    merge_persons(db, celestine, typo)  # she takes the phone she had left empty
    assert search_persons(db, "guidimeye") == []
    assert [r.phone for r in search_persons(db, "guidimey")] == ["+22790123456"]
    assert _likely(db, query) == [celestine]
    assert [c.id for c in PersonMatcher.for_queries(db, [query]).match(*query)] == [celestine]
    assert find_duplicates(db, min_score=1) == []


def test_searches_in_other_threads_while_persons_are_written(db: Database) -> None:
    """The window searches and matches in worker threads while the door writes persons: no
    search fails, and the index ends as one read afresh."""
    for number in range(40):
        create_person(db, PersonFields(family_name=f"DIALLO{number}", given_names="Awa"))
    failures: list[BaseException] = []
    stop = threading.Event()

    def keep_searching() -> None:
        try:
            while not stop.wait(0.005):
                search_persons(db, "diallo awa", limit=100)
                PersonMatcher.from_database(db).match("Diallo1", "Awa")
                _likely(db, QUERY)
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=keep_searching) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        for number in range(40, 55):
            fields = PersonFields(family_name=f"DIALLO{number}", given_names="Awa")
            person = create_person(db, fields)
            if number % 3 == 0:
                delete_person(db, person.id)
        _by_another_connection(db, Path(), Path())
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert failures == []
    assert len(search_persons(db, "diallo awa", limit=100)) == 40 + 10
    index = PersonIndex.of(db)
    kept = index.fresh(db, RegistryLookup)
    fresh = RegistryLookup.build(*index.snapshot())
    assert (kept.by_name, kept.parts, kept.rows) == (fresh.by_name, fresh.parts, fresh.rows)
