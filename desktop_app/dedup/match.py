"""Offer a likely existing person before creating a new one (check-in, sign-in sheet import).

Take a `PersonMatcher` (`PersonMatcher.from_database(db)`: the database's one person index,
brought up to date, with its `RegistryLookup`, made once in under a second of CPU for 100,000
persons and then kept up to date in place) and call `.match(...)` for each typed person or sheet
row: it looks only at the blocks the row falls in, so each call takes well under a millisecond.
A sheet import knows its rows first: when the index's lookup is not in memory yet,
`PersonMatcher.for_queries(db, queries)` reads only the persons they can meet (about 0.6 s of
CPU for 300 rows), with the same answers. `likely_matches` answers a single question.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Collection, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop_app.dedup.index import RegistryLookup
from desktop_app.dedup.records import MatchQuery, PersonRecord, query_record
from desktop_app.dedup.score import score
from desktop_app.dedup.sheet_lookup import SheetLookup
from desktop_app.records.ages import birth_year_from_age
from desktop_app.registry.person_index import PersonIndex
from desktop_app.registry.persons import PersonFields
from desktop_app.store import Database

DEFAULT_MATCH_SCORE = 60
Index = RegistryLookup
DEFAULT_LIMIT = 5
MOST_YEARS = 120  # an age typed beyond this is a mistake the form reports: no birth year
# Where the sheet's index stops being the quicker (measured on 102,000 persons: 300 rows 0.85 s
# of CPU, 600 rows 1.4 s, the whole registry 1.0 s; 100 rows 0.45 s).
SHEET_LOOKUP_ROWS = 400


@dataclass(frozen=True)
class Candidate:
    """An existing person who may be the one being typed."""

    id: int
    uuid: str
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    organisation: str
    phone: str | None
    score: int
    reasons: tuple[str, ...]  # codes of dedup_score.REASONS

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_names}".strip()


Method = TypeVar("Method", bound=Callable[..., Any])


def _guarded(method: Method) -> Method:
    """Hold the matcher's lock while the index is read (another thread may bring the person
    index's lookup up to date meanwhile)."""

    @functools.wraps(method)
    def guarded(self: PersonMatcher, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return guarded  # type: ignore[return-value]


class PersonMatcher:
    """An in-memory index of the live registry, queried many times."""

    def __init__(self, index: Index, lock: AbstractContextManager[Any] | None = None) -> None:
        self._index = index
        self._lock = lock if lock is not None else threading.RLock()

    @classmethod
    def from_database(cls, database: Database) -> PersonMatcher:
        """A matcher of the whole registry as it is now, for queries not known in advance
        (check-in): the person index's lookup, made on first need, then brought up to date
        for the persons changed since."""
        index = PersonIndex.of(database)
        return cls(index.fresh(database, RegistryLookup), index.lock)

    @classmethod
    def for_queries(cls, database: Database, queries: Iterable[MatchQuery]) -> PersonMatcher:
        """A matcher for these queries (a sign-in sheet's rows): the person index's lookup when
        it is in memory; else one that knows only the persons these queries can meet, quicker
        to build, with the same answers to them (another query still gets the right answer,
        from the person index's lookup made on first need). Past `SHEET_LOOKUP_ROWS` distinct
        queries, the whole registry's lookup is the quicker one to make."""
        distinct = set(queries)
        index = PersonIndex.of(database)
        if len(distinct) > SHEET_LOOKUP_ROWS or index.has(RegistryLookup):
            return cls.from_database(database)
        return cls(SheetLookup.load(database, distinct), index.lock)

    @property
    def size(self) -> int:
        return len(self._index)

    @_guarded
    def match(
        self,
        family: str,
        given: str = "",
        phone: str | None = None,
        organisation: str | int | None = None,
        birth_year: int | None = None,
        sex: str | None = None,
        email: str | None = None,
        limit: int = DEFAULT_LIMIT,
        min_score: int = DEFAULT_MATCH_SCORE,
        present: Collection[int] = (),
    ) -> list[Candidate]:
        """The best `limit` existing persons scoring at least `min_score`, best first.

        `organisation` is an organisation id or a name or acronym as typed. `present`: the
        persons already present at the activity that day (the check-in's): the one arriving
        is someone else, unless typed twice (dedup_score's `together`).
        """
        asked = MatchQuery(family, given, phone, organisation, birth_year, sex, email)
        query = query_record(asked, self._index.organisation_ids)
        index = self._index_for(query)
        scored: list[tuple[int, tuple[str, ...], PersonRecord]] = []
        for position in _positions(index, query):
            record = index.record(position)
            frequency = index.name_frequency(query.name_key, record.name_key)
            together = record.id in present
            size = index.shared_organisation_size(query, record)
            value, reasons = score(
                query,
                record,
                max(frequency, 1),
                min_score,
                together,
                size,
                word_carriers=index.word_carriers,
            )
            if value >= min_score:
                scored.append((value, reasons, record))
        scored.sort(key=lambda item: (-item[0], item[2].id))
        return [_candidate(record, value, reasons) for value, reasons, record in scored[:limit]]

    def _index_for(self, query: PersonRecord) -> Index:
        """The sheet's index when it knows the query's blocks, else the whole registry's."""
        index = self._index
        if isinstance(index, SheetLookup) and not index.covers(query):
            return index.whole()
        return index


def _positions(index: Index, query: PersonRecord) -> set[int]:
    found: set[int] = set()
    if query.phone_key:
        found.update(index.by_phone.get(query.phone_key, ()))
    if query.email_key:
        found.update(index.by_email.get(query.email_key, ()))
    if query.name_key:
        for key in index.similar_names(query.name_key):
            found.update(index.by_name.get(key, ()))
    found.update(index.parts.meeting(query.family_key, query.given_key, query.organisation_id))
    if query.organisation_id is not None and query.birth_year is not None:
        # The family name may sit in the given-name column of a sheet.
        for family in {query.family_key, *query.name_key.split()}:
            block = (family, query.organisation_id, query.birth_year)
            found.update(index.by_family_org_year.get(block, ()))
    return found


def _candidate(record: PersonRecord, value: int, reasons: tuple[str, ...]) -> Candidate:
    return Candidate(
        id=record.id,
        uuid=record.uuid,
        family_name=record.family_name,
        given_names=record.given_names,
        sex=record.sex,
        birth_year=record.birth_year,
        organisation=record.organisation,
        phone=record.phone,
        score=value,
        reasons=reasons,
    )


def cached_matcher(database: Database) -> PersonMatcher:
    """The matcher of the "already in the registry?" offers (check-in, person form), whichever
    asks: the person index's lookup, up to date (`PersonMatcher.from_database`)."""
    return PersonMatcher.from_database(database)


def likely_matches(
    database: Database,
    family: str,
    given: str = "",
    phone: str | None = None,
    organisation: str | int | None = None,
    birth_year: int | None = None,
    limit: int = DEFAULT_LIMIT,
    sex: str | None = None,
    email: str | None = None,
    excluding: int | None = None,
    present: Collection[int] = (),
) -> list[Candidate]:
    """Existing persons who may be the one typed, best first (`excluding`: a person being
    edited, never offered as their own duplicate; `present`: see `PersonMatcher.match`). The
    registry's index is the person index's, kept between calls and up to date."""
    found = cached_matcher(database).match(
        family,
        given,
        phone=phone,
        organisation=organisation,
        birth_year=birth_year,
        sex=sex,
        email=email,
        limit=limit + (excluding is not None),
        present=present,
    )
    return [candidate for candidate in found if candidate.id != excluding][:limit]


def likely_persons(
    database: Database,
    fields: PersonFields,
    excluding: int | None = None,
    limit: int = DEFAULT_LIMIT,
    present: Collection[int] = (),
) -> list[Candidate]:
    """`likely_matches` for what a person form holds ("Already in the registry?"): the
    organisation picked or typed, the birth year or the age given; `present`: the persons
    already checked in that day, at the check-in."""
    birth_year = fields.birth_year
    if birth_year is None and fields.age is not None and 0 <= fields.age <= MOST_YEARS:
        birth_year = birth_year_from_age(fields.age, fields.age_on)
    organisation = fields.organisation_id
    return likely_matches(
        database,
        fields.family_name,
        fields.given_names,
        phone=fields.phone,
        organisation=organisation if organisation is not None else fields.organisation_name,
        birth_year=birth_year,
        limit=limit,
        sex=fields.sex,
        email=fields.email,
        excluding=excluding,
        present=present,
    )
