"""Search the registry as you type: accent- and case-insensitive, words in any order.

Each word of the query must appear somewhere in Person.search_text ("family given organisation
acronym phone-digits email", normalised). Results whose search text starts with a word (the
family name) come first, then those where any word starts with one, then the rest; each group in
search-text order (normalised family name, then given names).

Scanning 100,000 rows in SQL for every keystroke costs too much, so the live persons' search
texts are kept in memory, sorted: `SearchTexts`, a part of the database's one person index
(registry/person_index.py), which says when they are stale and puts the changed persons in
place. The registry view, the check-in screen and `registre persons search` all search here.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from sqlalchemy import select

from desktop_app.records.text import normalise, search_words
from desktop_app.registry.person_index import (
    SEARCH_TEXT,
    Organisations,
    PersonIndex,
    Rows,
)
from desktop_app.registry.person_index import (
    PersonRow as IndexRow,
)
from desktop_app.registry.persons import PersonRow
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person

DEFAULT_LIMIT = 50
FEW_CHANGED = 20  # more persons changed at once: sorted again together rather than one by one


class SearchTexts:
    """Search texts and person ids, sorted by text (then id), and the matching of the module
    docstring. Typing forward only narrows: the matches of the previous query are the pool of
    the next one that extends it."""

    def __init__(self, pairs: Iterable[tuple[str | None, int]] = ()) -> None:
        """`pairs` of (search text, person id), best given in order: bisection needs Python's
        order, and sorting costs little when they are (or nearly)."""
        self._sort((text or "", person_id) for text, person_id in pairs)

    @classmethod
    def build(cls, rows: Rows, _organisations: Organisations) -> SearchTexts:
        """The person index's part: its rows' search texts. The rows come in id order: sorted
        by text alone (a stable sort), equal texts stay in id order, and a sort on one key
        costs half one on (text, id) pairs."""
        texts = [row[SEARCH_TEXT] or "" for row in rows.values()]
        ids = list(rows)
        order = sorted(range(len(texts)), key=texts.__getitem__)
        made = cls()
        made.ids = [ids[at] for at in order]
        made.texts = [texts[at] for at in order]
        made._changed()
        # The texts made again, one after the other in memory in the order they are scanned:
        # the rows' own, made in id order, lie scattered, and a scan of every text for a
        # word found nearly everywhere ("ce", "9") then costs twice as much.
        made.texts = made._joined[:-1].split("\n") if made.texts else []
        return made

    def update(self, changed: Mapping[int, IndexRow | None], _organisations: Organisations) -> None:
        self._replace(
            {i: None if row is None else row[SEARCH_TEXT] or "" for i, row in changed.items()}
        )

    def __len__(self) -> int:
        return len(self.ids)

    def put(self, person_id: int, text: str | None) -> None:
        """Index the person again under `text`, or no more when `text` is None."""
        self._replace({person_id: text})

    def _sort(self, pairs: Iterable[tuple[str, int]]) -> None:
        ordered = sorted(pairs)
        self.texts = [text for text, _person_id in ordered]
        self.ids = [person_id for _text, person_id in ordered]
        self._changed()

    def _replace(self, texts: Mapping[int, str | None]) -> None:
        """Index these persons again under their text (None: no more)."""
        if not texts:
            return  # an organisation's name changed: the search texts say it already
        if len(texts) > FEW_CHANGED:
            kept = [pair for pair in zip(self.texts, self.ids, strict=True) if pair[1] not in texts]
            self._sort(kept + [(text, i) for i, text in texts.items() if text is not None])
            return
        for person_id, text in texts.items():
            if person_id in self.ids:
                position = self.ids.index(person_id)
                del self.ids[position], self.texts[position]
            if text is not None:
                position = bisect_left(self.texts, text)
                while position < len(self.texts) and self.texts[position] == text:
                    if self.ids[position] > person_id:
                        break
                    position += 1
                self.texts.insert(position, text)
                self.ids.insert(position, person_id)
        self._changed()

    def _changed(self) -> None:
        # All texts in one string, for str.find to scan at C speed; `_starts` maps back.
        self._joined = "\n".join(self.texts) + "\n"
        self._starts = list(itertools.accumulate((len(t) + 1 for t in self.texts), initial=0))
        self._last_query = ""
        self._last_matches: list[int] = []  # positions of the last full scan's matches

    def matching_ids(self, text: str, limit: int) -> list[int]:
        """Ids of the best `limit` matches of `text`; with no word, the first `limit` by text."""
        words = search_words(text)  # longest (most selective) first
        if not words:
            return self.ids[:limit]
        # The best group alone often fills the list (found by bisection, no scan); when it
        # does not, it was found whole, and the scan below finds it again with the rest.
        best = self._starting_with(words, limit)
        if len(best) < limit:
            first, wanted = set(best), limit - len(best)
            word_starts = [f" {word}" for word in words]
            starting: list[int] = []
            inside: list[int] = []
            texts = self.texts
            for position in self._containing(normalise(text), words):  # in text order already
                if position in first:
                    continue
                if any(start in f" {texts[position]}" for start in word_starts):
                    starting.append(position)
                    if len(starting) == wanted:
                        break
                elif len(inside) < wanted:
                    inside.append(position)
            best += starting + inside
        return [self.ids[position] for position in best[:limit]]

    def _starting_with(self, words: list[str], limit: int) -> list[int]:
        """Positions of at most `limit` texts that start with one of the words and hold all of
        them, in order: each word's prefix is a run of the sorted texts."""
        texts = self.texts
        found: set[int] = set()
        for word in words:
            position = bisect_left(texts, word)
            taken = 0
            while position < len(texts) and texts[position].startswith(word) and taken < limit:
                if all(other in texts[position] for other in words):
                    found.add(position)
                    taken += 1
                position += 1
        return sorted(found)[:limit]

    def _containing(self, query: str, words: list[str]) -> list[int]:
        """Positions of every text holding every word, in order."""
        texts = self.texts
        if self._last_query and query.startswith(self._last_query):
            matches = [i for i in self._last_matches if words[0] in texts[i]]
        else:
            matches = self._scan(words[0])
        for word in words[1:]:
            matches = [i for i in matches if word in texts[i]]
        self._last_query, self._last_matches = query, matches
        return matches

    def _scan(self, word: str) -> list[int]:
        """Positions of every text holding `word`, in order."""
        joined, starts = self._joined, self._starts
        if joined.count(word) > len(self.texts) // 16:
            # A common word: a test of each text costs less than mapping each hit back.
            return [i for i, text in enumerate(self.texts) if word in text]
        found: list[int] = []
        offset = joined.find(word)
        while offset >= 0:
            position = bisect_right(starts, offset) - 1
            found.append(position)
            offset = joined.find(word, starts[position + 1])
        return found


def search_persons(database: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[PersonRow]:
    """Live persons matching every word of `text`, at most `limit`, best first."""
    index = PersonIndex.of(database)
    with database.session() as session:
        index.refresh(session)
        texts = index.part(SearchTexts)
        with index.lock:
            found = texts.matching_ids(text, limit)
        if not found:
            return []
        rows = session.execute(
            select(Person, Organisation.name, Organisation.acronym)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.id.in_(found))
        ).all()
    by_id = {
        person.id: PersonRow(
            id=person.id,
            family_name=person.family_name,
            given_names=person.given_names,
            sex=person.sex,
            birth_year=person.birth_year,
            birth_date=person.birth_date,
            organisation=f"{name} ({acronym})" if name and acronym else name,
            category=person.category,
            phone=person.phone,
            email=person.email,
        )
        for person, name, acronym in rows
    }
    return [by_id[record_id] for record_id in found if record_id in by_id]


def prepare_search(database: Database) -> None:
    """Bring the search texts up to date now (in a background thread, so that the next
    keystroke does not wait for a reading of the whole registry)."""
    PersonIndex.of(database).fresh(database, SearchTexts)
