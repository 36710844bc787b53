"""Search the registry as you type: accent- and case-insensitive, words in any order.

Each word of the query must appear somewhere in Person.search_text ("family given organisation
acronym phone-digits email", normalised). Results whose search text starts with a word (the
family name) come first, then those where any word starts with one, then the rest; each group in
search-text order (normalised family name, then given names).

Scanning 100,000 rows in SQL for every keystroke costs too much, so the live persons' search
texts are kept in memory, sorted, per database engine. Any write to the person or organisation
tables through the engine marks them stale, and so does a commit by another program (SQLite's
`data_version`); the next search reloads them (about 0.2 s for 100,000). A check-in does not.
"""

from __future__ import annotations

import re
import threading
import weakref
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event, select, text
from sqlalchemy.orm import Session

from desktop_app.services.persons import PersonRow
from desktop_app.services.text import search_words
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person

DEFAULT_LIMIT = 50


@dataclass
class _Index:
    texts: list[str] = field(default_factory=list)  # sorted
    ids: list[int] = field(default_factory=list)  # ids[i] has texts[i]
    stale: bool = True
    # Per pooled connection: (data_version, own commits) when last looked at.
    versions: dict[int, tuple[int, int]] = field(default_factory=dict)
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


def _fresh(session: Session, index: _Index) -> None:
    """Reload the texts when this engine wrote persons or another program committed.

    `data_version` changes on a connection when any other connection committed, ours included;
    a change with no commit of ours in between can only come from another program. (One that
    commits at the same moment as us is seen at its next commit.)
    """
    raw = session.connection().connection.driver_connection
    version = int(session.execute(text("PRAGMA data_version")).scalar_one())
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
        ).all()
    except BaseException:
        index.stale = True
        raise
    index.texts = [row[0] for row in rows]
    index.ids = [row[1] for row in rows]


def _matching(index: _Index, words: list[str], limit: int) -> list[int]:
    """Ids of the best `limit` matches, in the order of the module docstring."""
    texts, ids = index.texts, index.ids
    if not words:
        return ids[:limit]
    first: list[tuple[str, int]] = []  # the search text starts with a word
    for word in words:  # each prefix is a contiguous run of the sorted texts
        position, taken = bisect_left(texts, word), 0
        while position < len(texts) and taken < limit and texts[position].startswith(word):
            candidate = texts[position]
            if all(w in candidate for w in words):
                first.append((candidate, ids[position]))
                taken += 1
            position += 1
    first = sorted(set(first))  # two words may share a prefix run
    if len(first) >= limit:
        return [record_id for _text, record_id in first[:limit]]
    seen = {record_id for _text, record_id in first}
    longest, others = words[0], words[1:]
    hits = [i for i, candidate in enumerate(texts) if longest in candidate]
    if others:
        hits = [i for i in hits if all(w in texts[i] for w in others)]
    word_start: list[int] = []
    inside: list[int] = []
    for i in hits:  # in text order already
        if ids[i] in seen:
            continue
        spaced = " " + texts[i]
        if any(" " + w in spaced for w in words):
            word_start.append(ids[i])
        elif len(inside) < limit:
            inside.append(ids[i])
    ordered = [record_id for _text, record_id in first] + word_start + inside
    return ordered[:limit]


def search_persons(database: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[PersonRow]:
    """Live persons matching every word of `text`, at most `limit`, best first."""
    index = _index_for(database.engine)
    words = search_words(text)
    with database.session() as session:
        with index.lock:
            _fresh(session, index)
            found = _matching(index, words, limit)
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
            organisation=f"{name} ({acronym})" if name and acronym else name,
            category=person.category,
            phone=person.phone,
            email=person.email,
        )
        for person, name, acronym in rows
    }
    return [by_id[record_id] for record_id in found if record_id in by_id]
