"""Search the registry as you type: accent- and case-insensitive, words in any order.

Each word of the query must appear somewhere in Person.search_text ("family given organisation
acronym phone-digits email", normalised). Results whose search text starts with a word (the
family name) come first, then those where any word starts with one, then the rest; each group in
search-text order (normalised family name, then given names).

Scanning 100,000 rows in SQL for every keystroke costs too much, so the live persons' search
texts are kept in memory (`SearchTexts`, which also does the matching for the check-in screen's
`registry_index.RegistryIndex`), sorted, per database engine. Any write to the person or
organisation tables through the engine marks them stale, and so does a commit by another program
(SQLite's `data_version`); the next search reloads them (about 0.2 s for 100,000). A check-in
does not.
"""

from __future__ import annotations

import itertools
import re
import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event, select, text
from sqlalchemy.orm import Session

from desktop_app.records.text import normalise, search_words
from desktop_app.registry.persons import PersonRow
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person
from desktop_app.store.sql_dialect import is_server

DEFAULT_LIMIT = 50


class SearchTexts:
    """Search texts and person ids, sorted by text (then id), and the matching of the module
    docstring. Typing forward only narrows: the matches of the previous query are the pool of
    the next one that extends it."""

    def __init__(self, pairs: Iterable[tuple[str | None, int]] = ()) -> None:
        """`pairs` of (search text, person id), best given in order: bisection needs Python's
        order, and sorting costs little when a database collation gave it (or nearly)."""
        ordered = sorted((text or "", person_id) for text, person_id in pairs)
        self.texts = [text for text, _person_id in ordered]
        self.ids = [person_id for _text, person_id in ordered]
        self._changed()

    def __len__(self) -> int:
        return len(self.ids)

    def put(self, person_id: int, text: str | None) -> None:
        """Index the person again under `text`, or no more when `text` is None."""
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


@dataclass
class _Index:
    texts: SearchTexts = field(default_factory=SearchTexts)
    stale: bool = True
    # Per pooled connection: (data version, own commits) when last looked at.
    versions: dict[int, tuple[object, int]] = field(default_factory=dict)
    own_commits: int = 0  # commits that wrote something, through this engine
    lock: threading.Lock = field(default_factory=threading.Lock)


_indexes: weakref.WeakKeyDictionary[Engine, _Index] = weakref.WeakKeyDictionary()
_indexes_lock = threading.Lock()


def _index_for(engine: Engine) -> _Index:
    with _indexes_lock:
        index = _indexes.get(engine)
        if index is None:
            index = _indexes[engine] = _Index()
            event.listen(engine, "after_cursor_execute", _watch(index))
            event.listen(engine, "commit", _count_commit(index))
        return index


WRITE_TO_WATCHED = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(?:person|organisation)\b(?!_)",
    re.IGNORECASE,
)


ANY_WRITE = re.compile(r"^\s*(?:INSERT|REPLACE|UPDATE|DELETE)\b", re.IGNORECASE)


def _watch(index: _Index) -> Any:
    def after_cursor_execute(connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if ANY_WRITE.match(statement):
            connection.info["registre_wrote"] = True
            # Only writes to these two tables: a check-in (attendance.person_id) must not reload.
            if WRITE_TO_WATCHED.match(statement):
                index.stale = True

    return after_cursor_execute


def _count_commit(index: _Index) -> Any:
    def commit(connection: Any) -> None:
        if connection.info.pop("registre_wrote", False):
            index.own_commits += 1

    return commit


SERVER_STAMP = text("SELECT count(*), max(xmin::text::bigint) FROM person")


def _data_version(session: Session) -> object:
    """What changes when another connection commits a change (to the persons, on a server)."""
    if is_server(session):
        return tuple(session.execute(SERVER_STAMP).one())
    return int(session.execute(text("PRAGMA data_version")).scalar_one())


def _fresh(session: Session, index: _Index) -> None:
    """Reload the texts when this engine wrote persons or another program committed.

    `data_version` changes on a connection when any other connection committed, ours included;
    a change with no commit of ours in between can only come from another program. (One that
    commits at the same moment as us is seen at its next commit.)
    """
    raw = session.connection().connection.driver_connection
    version = _data_version(session)
    seen = index.versions.get(id(raw))
    if seen is None or (seen[0] != version and seen[1] == index.own_commits):
        index.stale = True
    index.versions[id(raw)] = (version, index.own_commits)
    if not index.stale:
        return
    index.stale = False  # before reading: a write during the read marks it stale again
    try:
        rows = session.execute(
            select(Person.search_text, Person.id)
            .where(~Person.deleted)
            .order_by(Person.search_text, Person.id)
        )
        index.texts = SearchTexts(rows)
    except BaseException:
        index.stale = True
        raise


def search_persons(database: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[PersonRow]:
    """Live persons matching every word of `text`, at most `limit`, best first."""
    index = _index_for(database.engine)
    with database.session() as session:
        with index.lock:
            _fresh(session, index)
            found = index.texts.matching_ids(text, limit)
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
