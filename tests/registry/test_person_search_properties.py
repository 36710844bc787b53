"""The registry search against a brute-force reading of its rule, on random names."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from desktop_app.records.text import normalise, person_search_text, search_words
from desktop_app.registry.person_index import SEARCH_TEXT
from desktop_app.registry.person_search import SearchTexts, search_persons
from desktop_app.store import Database
from desktop_app.store.models import AuditEntry, Person

SITE = {"origin_site": "NE-NIA", "changed_by_site": "NE-NIA"}
# Few syllables, so that names share prefixes and inner substrings with each other and the query.
SYLLABLES = ("a", "b", "é", "ba", "bo", " ", "-")
NAME = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map("".join)
QUERY = st.one_of(
    st.sampled_from(["b", "a", "ba", "B É", "o"]),
    st.lists(st.sampled_from(SYLLABLES), max_size=3).map("".join),
    st.text(alphabet="abeiouÉÈ ïô-", max_size=6),
)


def _expected(persons: list[tuple[int, str]], query: str) -> list[int]:
    words = search_words(query)
    found = [(text, i) for i, text in persons if all(w in text for w in words)]

    def rank(text: str) -> int:
        if any(text.startswith(w) for w in words):
            return 0
        return 1 if any(f" {w}" in f" {text}" for w in words) else 2

    return [i for text, i in sorted(found, key=lambda item: (rank(item[0]), item))]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    names=st.lists(st.tuples(NAME, NAME), min_size=3, max_size=25),
    query=QUERY,
)
def test_search_matches_the_rule(db: Database, names: list[tuple[str, str]], query: str) -> None:
    with db.session() as session:
        session.execute(delete(Person))
        session.execute(delete(AuditEntry))
        rows = [
            {
                "family_name": family,
                "given_names": given,
                "search_text": person_search_text(family, given),
                **SITE,
            }
            for family, given in names
        ]
        session.execute(insert(Person), rows)
    with db.session() as session:
        stored = [(p.id, p.search_text) for p in session.query(Person).all()]
    found = [row.id for row in search_persons(db, query, limit=1000)]
    if not normalise(query):
        assert found == [i for _text, i in sorted((text, i) for i, text in stored)]
    else:
        assert found == _expected(stored, query)
    assert [row.id for row in search_persons(db, query, limit=3)] == found[:3]


@settings(max_examples=80, deadline=None)
@given(
    names=st.lists(st.tuples(NAME, NAME), min_size=1, max_size=25),
    typed=st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=5).map("".join),
    edits=st.lists(st.tuples(st.integers(0, 30), st.one_of(st.none(), NAME)), max_size=4),
)
def test_typing_forward_backspace_and_edits_follow_the_rule(
    names: list[tuple[str, str]], typed: str, edits: list[tuple[int, str | None]]
) -> None:
    """The check-in screen's way: one query typed a letter at a time, then erased, then the
    same again after persons were added, edited or removed in place."""
    persons = {i: person_search_text(family, given) for i, (family, given) in enumerate(names)}
    texts = SearchTexts((text, i) for i, text in persons.items())

    def check() -> None:
        for end in [*range(1, len(typed) + 1), *range(len(typed) - 1, 0, -1)]:
            query = typed[:end]
            found = texts.matching_ids(query, 1000)
            if normalise(query):
                assert found == _expected(list(persons.items()), query), query
            else:
                assert found == [i for _text, i in sorted((t, i) for i, t in persons.items())]
            assert texts.matching_ids(query, 2) == found[:2]

    check()
    for person_id, name in edits:
        text = None if name is None else person_search_text(name, "")
        texts.put(person_id, text)
        if text is None:
            persons.pop(person_id, None)
        else:
            persons[person_id] = text
    assert len(texts) == len(persons)
    check()


@settings(max_examples=60, deadline=None)
@given(
    names=st.dictionaries(st.integers(0, 60), st.tuples(NAME, NAME), max_size=40),
    changed=st.dictionaries(
        st.integers(0, 60), st.one_of(st.none(), st.tuples(NAME, NAME)), max_size=40
    ),
)
def test_persons_put_in_place_together_are_sorted_as_if_read_afresh(
    names: dict[int, tuple[str, str]], changed: dict[int, tuple[str, str] | None]
) -> None:
    """The person index hands its search texts a few changed persons (put one by one) or many
    (sorted in at once): either way, the same texts in the same order as read afresh."""
    texts = SearchTexts((person_search_text(*name), i) for i, name in names.items())
    texts.update(
        {i: None if name is None else _row(i, name) for i, name in changed.items()},
        {},
    )
    final = {i: name for i, name in (names | changed).items() if name is not None}
    fresh = SearchTexts((person_search_text(*name), i) for i, name in final.items())
    assert (texts.texts, texts.ids) == (fresh.texts, fresh.ids)
    for query in ("b", "ba", "é a", "o"):
        assert texts.matching_ids(query, 1000) == fresh.matching_ids(query, 1000)


def _row(person_id: int, name: tuple[str, str]) -> Any:
    """A row of the person index as SearchTexts reads it: the id first, the search text last."""
    return (person_id, *[None] * (SEARCH_TEXT - 1), person_search_text(*name))
