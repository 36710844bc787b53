"""Spellings of one name (dedup_words), the name parts that may be missing (dedup_name_parts),
and keys whose size stays in proportion to a name's length, however long it is."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from desktop_app.dedup.finder import find_duplicates
from desktop_app.dedup.index import Blocks, RegistryLookup
from desktop_app.dedup.match import PersonMatcher
from desktop_app.dedup.name_parts import given_keys
from desktop_app.dedup.records import MatchQuery, query_record
from desktop_app.dedup.sheet_lookup import EMPTY_PARTS, SheetLookup
from desktop_app.dedup.words import (
    LONGEST_EDITED_WORD,
    skeleton,
    word_keys,
    words_by_key,
    words_pair_up,
)
from desktop_app.records.text import person_search_text
from desktop_app.registry.person_index import PersonIndex
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Person

REGISTRY_WORDS = [
    "soumana", "mariama", "fatoumata", "fatimata", "aissata", "kadidiatou", "abdoulaye",
    "diallo", "ali", "ila", "amadou", "adamou", "sani", "sina", "hawa", "mahamadou", "hamadou",
    "sow", "ba", "awa", "ada", "ida", "abi", "bah", "moussa", "maigari", "bibata", "seydou",
]  # fmt: skip


def _similar(word: str) -> set[str]:
    blocks = Blocks({}, words_by_key(REGISTRY_WORDS), {}, {}, {}, {}, EMPTY_PARTS)
    return set(blocks.similar_words(word))


@pytest.mark.parametrize(
    ("typed", "registered"),
    [
        ("soumna", "soumana"),  # a vowel dropped: one edit
        ("mariam", "mariama"),  # a given name one letter short
        ("fatimata", "fatoumata"),  # two edits, vowels only
        ("aissatou", "aissata"),  # the ending heard otherwise
        ("kadiatou", "kadidiatou"),  # a syllable dropped, consonants kept
        ("missa", "moussa"),  # one sound written otherwise: "ou" heard "i"
        ("megari", "maigari"),  # "ai" heard "e"
        ("bibatou", "bibata"),  # the ending heard otherwise, in a short name
        ("saidou", "seydou"),
        ("fati", "fatimata"),  # the usual short form
        ("abdoul", "abdoulaye"),
        ("dialo", "diallo"),
        ("sw", "sow"),  # a short name: a letter dropped
        ("ai", "ali"),
        ("baj", "ba"),  # ...or added
        ("lai", "ali"),  # two letters swapped
        ("aly", "ali"),  # a vowel written otherwise
        ("bah", "ba"),
    ],
)
def test_spellings_of_one_name_are_found(typed: str, registered: str) -> None:
    assert registered in _similar(typed)


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("ali", "ila"),  # three letters, two edits
        ("amadou", "adamou"),  # the same letters, another name
        ("sani", "sina"),  # two edits in a short name
        ("hamadou", "mahamadou"),  # another name
        ("hawa", "hamadou"),
        ("abi", "ali"),  # three letters, a consonant changed: another name
        ("ada", "awa"),
        ("ida", "ada"),  # the first letter changed
        ("ba", "sow"),
    ],
)
def test_other_names_are_not_spellings(typed: str, other: str) -> None:
    assert other not in _similar(typed)


@pytest.mark.parametrize(
    ("fewer", "more", "expected"),
    [
        ("kante", "abdoulaye kane", True),  # the given name missing, the family name misspelt
        ("ba", "amadou baz", True),
        ("diallo mariam", "aissata diallo mariam", True),
        ("diallo", "aissata traore", False),
        ("ali ali", "ali amadou", False),  # each word of the longer name used once
    ],
)
def test_words_pair_up_with_a_word_missing(fewer: str, more: str, expected: bool) -> None:
    assert words_pair_up(fewer.split(), more.split()) is expected


def test_skeleton_keeps_the_first_letter_and_the_consonants_once() -> None:
    assert skeleton("fatoumata") == skeleton("fatimata") == "ftmt"
    assert skeleton("kadidiatou") == skeleton("kadiatou") == "kdt"
    assert skeleton("amadou") != skeleton("adamou")


def test_given_keys_leave_one_given_name_out_at_a_time() -> None:
    assert given_keys("diallo", "mariam aissata") == (
        "diallo|aissata mariam",
        ["diallo|mariam", "diallo|aissata"],
    )
    assert given_keys("diallo", "aissata") == ("diallo|aissata", [])
    assert given_keys("diallo", "") == ("", [])
    assert given_keys("", "aissata mariam") == ("", [])
    assert given_keys("diallo", "a b c d e") == ("", [])  # not given names: pasted text


def test_word_keys_stay_in_proportion_to_the_word() -> None:
    name = "mahamadou"
    keys = word_keys(name)
    assert len(keys) <= len(name) + 3 and all(len(key) <= len(name) + 1 for key in keys)
    long_word = "a" * (LONGEST_EDITED_WORD + 1)
    assert word_keys(long_word) == [long_word]
    pasted = "x" * 32_000
    assert word_keys(pasted) == [pasted]


def _made_afresh(database: Database) -> RegistryLookup:
    """The matcher's lookup made whole from the person index's rows as they are now."""
    index = PersonIndex.of(database)
    with database.session() as session:
        index.refresh(session)
    return RegistryLookup.build(*index.snapshot())


def _key_size(lookup: RegistryLookup) -> int:
    """Characters held by the matcher's word keys and name keys."""
    words = sum(len(key) + sum(map(len, found)) for key, found in lookup.by_word_edit.items())
    names = sum(map(len, lookup.by_name))
    parts = lookup.parts
    return words + names + sum(map(len, parts.by_given)) + sum(map(len, parts.by_fewer_given))


LONG = 32_000  # letters; the deletions of such a word would hold a billion


PASTED = pytest.mark.parametrize(
    "pasted",
    [
        "".join(chr(97 + n * n * 7919 % 26) for n in range(LONG)),  # one word of 32,000 letters
        " ".join(["Mahamadou"] * (LONG // 10)),  # 3,200 words
        " ".join(f"Nom{n:05d}" for n in range(LONG // 9)),  # 3,555 different words
    ],
    ids=["one-word", "one-word-repeated", "many-words"],
)


def _stored_before_the_length_rule(db: Database, pasted: str) -> int:
    """A person whose names were pasted whole, as a database made before the field rules may
    hold (the forms and imports now refuse a name over 200 characters)."""
    person_id = create_person(db, PersonFields(family_name="PASTED", given_names="Pasted")).id
    with db.session() as session:
        session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(
                family_name=pasted,
                given_names=pasted,
                search_text=person_search_text(pasted, pasted),
            )
        )
    return person_id


@PASTED
@pytest.mark.sqlite_only  # a server's columns refuse a name this long: only a file holds one
def test_a_name_of_32000_characters_costs_its_length_not_its_square(
    db: Database, pasted: str
) -> None:
    mariama = create_person(
        db, PersonFields(family_name="SOUMANA", given_names="Mariama", sex="F", birth_year=1990)
    )
    before = _key_size(_made_afresh(db))
    pasted_id = _stored_before_the_length_rule(db, pasted)
    after = _key_size(_made_afresh(db))
    # A one-deletion key per letter of the pasted name would hold 32,000 x 32,000 characters;
    # keys in proportion to its length hold a few times its 64,000 characters.
    assert after - before <= 40 * 2 * LONG
    # Others are still matched, and the pasted name itself, typed again, too.
    matcher = PersonMatcher.from_database(db)
    assert [c.id for c in matcher.match("soumna", "mariam", sex="F")] == [mariama.id]
    assert len(matcher.match(pasted, pasted)) == 1
    assert [p.first.id for p in find_duplicates(db, min_score=50)] == []
    # The registry search holds the name once per name field, normalised, and finds it.
    with db.session() as session:
        text = session.scalar(select(Person.search_text).where(Person.id == pasted_id))
    assert text is not None and len(text) <= 2 * LONG + 2
    assert [row.id for row in search_persons(db, pasted.split()[0][:40])] == [pasted_id]


@PASTED
def test_a_sheet_row_of_32000_characters_is_matched_at_the_cost_of_its_length(
    db: Database, pasted: str
) -> None:
    # A registry on either engine; the pasted text comes in a sheet's row.
    mariama = create_person(
        db, PersonFields(family_name="SOUMANA", given_names="Mariama", sex="F", birth_year=1990)
    )
    rows = [MatchQuery(pasted, pasted), MatchQuery("SOUMNA", "Mariam", sex="F")]
    lookup = SheetLookup.load(db, rows)
    query = query_record(rows[0], lookup.organisation_ids)
    assert list(lookup.name_variants(query.name_key)) == [query.name_key]
    assert all(len(word_keys(word)) <= LONGEST_EDITED_WORD + 3 for word in query.name_key.split())
    matcher = PersonMatcher(lookup)
    assert matcher.match(*rows[0]) == []
    assert [c.id for c in matcher.match(*rows[1])] == [mariama.id]


def test_a_given_name_written_as_its_initial(db: Database) -> None:
    # "A. DIALLO" on a sheet of the CNDH; DIALLO Aïssata of the CNDH is in the registry.
    cndh = dict(organisation_name="CNDH", birth_year=1984, sex="F")
    aissata = create_person(
        db,
        PersonFields(family_name="DIALLO", given_names="Aïssata", **cndh),  # type: ignore[arg-type]
    ).id
    mariam = create_person(
        db,
        PersonFields(family_name="DIALLO", given_names="Mariam", **cndh),  # type: ignore[arg-type]
    ).id
    initial = create_person(
        db,
        PersonFields(family_name="DIALLO", given_names="A.", **cndh),  # type: ignore[arg-type]
    ).id
    pairs = {frozenset((p.first.id, p.second.id)): p for p in find_duplicates(db)}
    pair = pairs.get(frozenset((aissata, initial)))
    assert pair is not None and "initials" in pair.reasons
    assert frozenset((mariam, initial)) not in pairs  # M is not A
    found = PersonMatcher.from_database(db).match("Diallo", "A.", organisation="CNDH", sex="F")
    assert [c.id for c in found][:2] == [initial, aissata]
    assert "initials" in found[1].reasons
    # A sheet's index of the row meets her as the whole registry's does.
    row = MatchQuery("Diallo", "A.", organisation="CNDH", sex="F")
    assert PersonMatcher(SheetLookup.load(db, [row])).match(*row) == found
    other = MatchQuery("DIALLO", "Aissata", organisation="CNDH")
    sheet = PersonMatcher(SheetLookup.load(db, [other])).match(*other)
    assert sheet == PersonMatcher.from_database(db).match(*other)
    assert initial in [c.id for c in sheet]
