"""Search as you type over a big registry, from memory: the check-in screen's search.

`person_search.search_persons` scans the person table at every call (60-300 ms for 100,000
persons on a field laptop). At the door of the room that is too slow, so the check-in screen
keeps the normalised search text of every live person in memory (loaded once, about 100 ms)
and filters it in Python; typing forward only narrows the previous matches. The rows shown come
fresh from the database. Same matching as `search_persons` (every word of the query must be in
the search text) and the same three groups in order: family names starting with a word, then
any word starting with one, then the rest; inside a group, by normalised name (accents and case
ignored) rather than by the stored spelling.
"""

from __future__ import annotations

import bisect
import itertools

from sqlalchemy import select

from desktop_app.services.persons import PersonRow
from desktop_app.services.text import normalise, search_words
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person


class RegistryIndex:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._ids: list[int] = []
        self._texts: list[str] = []
        self._last_query = ""
        self._last_matches: list[int] = []  # positions of the last full scan's matches
        self._joined = ""
        self._starts: list[int] = []
        self.reload()

    def __len__(self) -> int:
        return len(self._ids)

    def reload(self) -> None:
        """Read every live person's search text again (after imports, merges, deletions)."""
        with self.database.session() as session:
            rows = session.execute(
                select(Person.search_text, Person.id).where(~Person.deleted)
            ).all()
            pairs = sorted((text or "", person_id) for text, person_id in rows)
        self._texts = [text for text, _person_id in pairs]
        self._ids = [person_id for _text, person_id in pairs]
        self._forget_last()

    def _join(self) -> None:
        """All texts in one string, for str.find to scan at C speed; `_starts` maps back."""
        self._joined = "\n".join(self._texts) + "\n"
        self._starts = list(itertools.accumulate((len(t) + 1 for t in self._texts), initial=0))

    def add(self, person_id: int) -> None:
        """A person created or edited in this window: (re)index them, in order."""
        with self.database.session() as session:
            text = session.scalar(
                select(Person.search_text).where(Person.id == person_id, ~Person.deleted)
            )
        if person_id in self._ids:
            position = self._ids.index(person_id)
            del self._ids[position], self._texts[position]
        if text is not None:
            position = bisect.bisect_right(self._texts, text)
            self._texts.insert(position, text)
            self._ids.insert(position, person_id)
        self._forget_last()

    def _forget_last(self) -> None:
        self._last_query = ""
        self._last_matches = []
        self._join()

    def _scan(self, word: str) -> list[int]:
        """Positions of every text holding `word`, in order."""
        joined, starts = self._joined, self._starts
        found: list[int] = []
        offset = joined.find(word)
        while offset >= 0:
            position = bisect.bisect_right(starts, offset) - 1
            found.append(position)
            offset = joined.find(word, starts[position + 1])
        return found

    def _starting_with(self, words: list[str], limit: int) -> list[int]:
        """Positions of at most `limit` persons whose search text starts with one of the
        words and holds all of them: the best group, found by bisection (the texts are sorted).
        """
        texts = self._texts
        found: set[int] = set()
        for word in words:
            position = bisect.bisect_left(texts, word)
            taken = 0
            while position < len(texts) and texts[position].startswith(word) and taken < limit:
                if all(other in texts[position] for other in words):
                    found.add(position)
                    taken += 1
                position += 1
        return sorted(found)[:limit]

    def _containing(self, query: str, words: list[str]) -> list[int]:
        """Positions of everyone whose search text holds every word."""
        texts = self._texts
        if self._last_query and query.startswith(self._last_query):
            pool = self._last_matches  # typing forward only narrows
            matches = [i for i in pool if words[0] in texts[i]]
        else:
            matches = self._scan(words[0])
        for word in words[1:]:
            matches = [i for i in matches if word in texts[i]]
        self._last_query, self._last_matches = query, matches
        return matches

    def matching_ids(self, text: str, limit: int) -> list[int]:
        words = search_words(text)  # longest (most selective) first
        if not words:
            return []
        texts = self._texts
        # The best group alone often fills the list (found by bisection, no scan); when it
        # does not, it was found whole, and the scan below finds it again with the rest.
        best = self._starting_with(words, limit)
        if len(best) >= limit:
            return [self._ids[position] for position in best]
        matches = self._containing(normalise(text), words)

        def group(position: int) -> int:
            haystack = texts[position]
            if any(haystack.startswith(word) for word in words):
                return 0
            spaced = f" {haystack}"
            return 1 if any(f" {word}" in spaced for word in words) else 2

        groups: tuple[list[int], list[int], list[int]] = ([], [], [])
        for position in matches:  # in name order already
            groups[group(position)].append(position)
        best = (groups[0] + groups[1] + groups[2])[:limit]
        return [self._ids[position] for position in best]

    def search(self, text: str, limit: int = 20) -> list[PersonRow]:
        """Live persons matching every word of `text`, at most `limit`, best first."""
        ids = self.matching_ids(text, limit)
        if not ids:
            return []
        with self.database.session() as session:
            rows = session.execute(
                select(Person, Organisation.name, Organisation.acronym)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.id.in_(ids), ~Person.deleted)
            ).all()
        found = {}
        for person, organisation, acronym in rows:
            label = f"{organisation} ({acronym})" if organisation and acronym else organisation
            found[person.id] = PersonRow(
                person.id,
                person.family_name,
                person.given_names,
                person.sex,
                person.birth_year,
                label,
                person.category,
                person.phone,
                person.email,
            )
        return [found[person_id] for person_id in ids if person_id in found]
