"""What the duplicate finder and the person matcher know of each live person, and the blocking
keys that keep them from comparing every pair.

Two persons are compared only when they share a block: the same phone (its last 8 digits, so
"+227 90 12 34 56" and "90123456" agree), the same e-mail, the same name tokens in any order
(accents and case ignored), the same name but for one word one edit away (each word of the
registry's names is indexed by its symmetric deletions), or the same family name with the same
organisation and birth year (a missing given name).

Two indexes hold these blocks: `PersonIndex` with every person's record (the duplicate finder
compares them all) and `RegistryLookup`, the matcher's, which reads the keys straight from the
rows and makes a record only for the persons a query meets (check-in and the import wizard
build one: 102,000 persons in about a second of CPU instead of nearly three). A sheet import
that knows its rows uses dedup_sheet_lookup's `SheetLookup`, the same blocks for the persons
these rows can meet only.
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from desktop_app.services.text import normalise
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person

PHONE_KEY_DIGITS = 8  # Niger and Mali numbers have 8 national digits
SHORTEST_EDITED_WORD = 4  # shorter words one edit apart are different names (Ali, Ila)
BLOCK_LIMIT = 60  # a bigger block is a shared value (an office phone), not one person

_fold = lru_cache(maxsize=262_144)(normalise)
_NOT_DIGIT = re.compile(r"\D")


class PersonRecord(NamedTuple):
    id: int
    uuid: str
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    organisation_id: int | None
    organisation: str
    phone: str | None
    email: str | None
    region: str | None
    position: str | None
    name_key: str  # the name's normalised tokens, sorted: "celestin guidimey"
    family_key: str
    given_key: str
    token_count: int
    phone_key: str
    email_key: str
    organisation_keys: frozenset[str] = frozenset()


@lru_cache(maxsize=262_144)
def name_key(family: str | None, given: str | None) -> str:
    return " ".join(sorted(f"{_fold(family)} {_fold(given)}".split()))


def forget_normalised_names() -> None:
    """Empty the caches of normalised names, as in a program just started (for benches)."""
    name_key.cache_clear()
    _fold.cache_clear()
    normalise.cache_clear()


def phone_key(phone: str | None) -> str:
    if not phone:
        return ""
    # Stored phones are E.164: read them without the regular expression.
    digits = phone[1:] if phone[0] == "+" and phone[1:].isdigit() else _NOT_DIGIT.sub("", phone)
    return digits[-PHONE_KEY_DIGITS:] if len(digits) >= PHONE_KEY_DIGITS else ""


def organisation_keys(name: str | None, acronym: str | None) -> frozenset[str]:
    return frozenset(key for key in (_fold(name), _fold(acronym)) if key)


def make_record(
    *,
    id: int,
    uuid: str,
    family_name: str,
    given_names: str,
    sex: str | None = None,
    birth_year: int | None = None,
    organisation_id: int | None = None,
    organisation: str = "",
    organisation_keys: frozenset[str] = frozenset(),
    phone: str | None = None,
    email: str | None = None,
    region: str | None = None,
    position: str | None = None,
) -> PersonRecord:
    key = name_key(family_name, given_names)
    return PersonRecord(
        id=id,
        uuid=uuid,
        family_name=family_name,
        given_names=given_names,
        sex=sex,
        birth_year=birth_year,
        organisation_id=organisation_id,
        organisation=organisation,
        phone=phone,
        email=email,
        region=_fold(region) or None,
        position=_fold(position) or None,
        name_key=key,
        family_key=_fold(family_name),
        given_key=_fold(given_names),
        token_count=len(key.split()),
        phone_key=phone_key(phone),
        email_key=(email or "").strip().casefold(),
        organisation_keys=organisation_keys,
    )


class MatchQuery(NamedTuple):
    """A person to look up, as typed at check-in or read from a sheet row."""

    family: str
    given: str = ""
    phone: str | None = None
    organisation: str | int | None = None  # an id, or a name or acronym as typed
    birth_year: int | None = None
    sex: str | None = None
    email: str | None = None


def query_record(query: MatchQuery, organisation_ids: dict[str, int]) -> PersonRecord:
    """The record a query is scored as; a typed organisation is found by name or acronym."""
    organisation = query.organisation
    organisation_id = organisation if isinstance(organisation, int) else None
    keys: frozenset[str] = frozenset()
    if isinstance(organisation, str):
        keys = organisation_keys(organisation, None)
        organisation_id = organisation_ids.get(normalise(organisation))
    return make_record(
        id=0,
        uuid="",
        family_name=query.family or "",
        given_names=query.given or "",
        sex=(query.sex or "").upper() or None,
        birth_year=query.birth_year,
        organisation_id=organisation_id,
        organisation_keys=keys,
        phone=query.phone,
        email=query.email,
    )


def block_signature(query: PersonRecord) -> tuple[object, ...]:
    """What decides the blocks a query meets: two queries of the same signature meet the same
    persons."""
    return (
        query.name_key,
        query.phone_key,
        query.email_key,
        query.organisation_id,
        query.birth_year,
        query.family_key,
    )


Labels = dict[int | None, tuple[str, frozenset[str]]]  # organisation id -> label, keys
NO_ORGANISATION: tuple[str, frozenset[str]] = ("", frozenset())


def load_rows(database: Database) -> tuple[Sequence[Any], Labels]:
    """Every live person as a Core row (the columns `to_record` reads), in id order, and each
    organisation's label and keys."""
    persons = select(*PERSON_COLUMNS).where(~Person.deleted).order_by(Person.id)
    with database.session() as session:
        # Core rows: the ORM's row processing would double the load time. The few hundred
        # organisations are joined here rather than in SQL, where the join doubled the time.
        connection = session.connection()
        return connection.execute(persons).all(), load_labels(connection)


PERSON_COLUMNS = (
    Person.id,
    Person.uuid,
    Person.family_name,
    Person.given_names,
    Person.sex,
    Person.birth_year,
    Person.organisation_id,
    Person.phone,
    Person.email,
    Person.region,
    Person.position,
)


def load_labels(connection: Connection) -> Labels:
    """Each organisation's label and keys."""
    labels: Labels = {}
    organisations = select(Organisation.id, Organisation.name, Organisation.acronym)
    for organisation_id, name, acronym in connection.execute(organisations):
        label = f"{name} ({acronym})" if acronym else name or ""
        labels[organisation_id] = (label, organisation_keys(name, acronym))
    return labels


def to_record(row: Any, labels: Labels) -> PersonRecord:
    """The PersonRecord of a row of `load_rows`."""
    (person_id, uuid, family, given, sex, birth_year, organisation_id, phone, email, region,
     position) = row  # fmt: skip
    given = given or ""
    key = name_key(family, given)
    label, keys = labels.get(organisation_id, NO_ORGANISATION)
    return PersonRecord(
        person_id,
        uuid,
        family,
        given,
        sex,
        birth_year,
        organisation_id,
        label,
        phone,
        email,
        _fold(region) or None if region else None,
        _fold(position) or None if position else None,
        key,
        _fold(family),
        _fold(given),
        key.count(" ") + 1 if key else 0,
        phone_key(phone) if phone else "",
        email.strip().casefold() if email else "",
        keys,
    )


def load_records(database: Database) -> list[PersonRecord]:
    """Every live person, in id order."""
    with paused_garbage_collector():
        rows, labels = load_rows(database)
        return [to_record(row, labels) for row in rows]


@contextmanager
def paused_garbage_collector() -> Iterator[None]:
    """Building the index makes hundreds of thousands of small objects that live on: the cyclic
    garbage collector would walk them again and again meanwhile, for a third of the time, to
    free nothing. Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Move what was made into the old generation at once, as if it had survived young
        # collections: otherwise the next one walks it all (a quarter of a second).
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def deletions(word: str) -> Iterator[str]:
    """The word with each one character removed: two words one edit apart share one of these
    (or one is a deletion of the other)."""
    for at in range(len(word)):
        yield word[:at] + word[at + 1 :]


def edit_keys(word: str) -> list[str]:
    """The word itself and its deletions; none for words too short to edit safely."""
    if len(word) < SHORTEST_EDITED_WORD:
        return [word]
    return list(dict.fromkeys((word, *deletions(word))))


@dataclass
class Blocks:
    """The registry's blocks (positions of persons by key) and the lookups over them."""

    by_name: dict[str, list[int]]
    by_word_edit: dict[str, list[str]]
    by_phone: dict[str, list[int]]
    by_email: dict[str, list[int]]
    by_family_org_year: dict[tuple[str, int, int], list[int]]
    organisation_ids: dict[str, int]
    _similar_words: dict[str, frozenset[str]] = field(default_factory=dict, init=False)

    def name_frequency(self, *keys: str) -> int:
        """How many persons carry the most common of these name keys."""
        return max((len(self.by_name.get(key, ())) for key in keys), default=0)

    def similar_words(self, word: str) -> frozenset[str]:
        """Words of the registry's names one edit from `word`, itself excluded."""
        known = self._similar_words.get(word)
        if known is not None:
            return known
        found: set[str] = set()
        for variant in edit_keys(word):
            found.update(self.by_word_edit.get(variant, ()))
        found.discard(word)
        result = frozenset(found)
        if len(self._similar_words) < 100_000:  # typed words of many queries: keep it bounded
            self._similar_words[word] = result
        return result

    def name_variants(self, key: str) -> Iterator[str]:
        """`key`, then the keys equal to it but for one word replaced by a word of the
        registry's names one edit away (present in the index or not)."""
        yield key
        words = key.split()
        for at, word in enumerate(words):
            for other in self.similar_words(word):
                yield " ".join(sorted([*words[:at], other, *words[at + 1 :]]))

    def similar_names(self, key: str) -> set[str]:
        """Name keys of the index equal to `key` but for one word one edit away (and `key`
        itself when present)."""
        return {candidate for candidate in self.name_variants(key) if candidate in self.by_name}

    def blocks(self, names: bool = True) -> Iterable[list[int]]:
        """Groups of positions whose every pair must be compared (`names`: with the groups of
        persons of the same name)."""
        indexes: list[dict[Any, list[int]]] = [
            self.by_phone,
            self.by_email,
            self.by_family_org_year,
        ]
        if names:
            indexes.append(self.by_name)
        for index in indexes:
            for members in index.values():
                if 1 < len(members) <= BLOCK_LIMIT:
                    yield members

    def similar_name_pairs(self) -> Iterable[tuple[str, str]]:
        """Pairs of distinct name keys one word-edit apart (each pair once)."""
        for key in self.by_name:
            for other in self.similar_names(key):
                if key < other:
                    yield key, other


@dataclass
class PersonIndex(Blocks):
    """Blocks of the registry with every person's record: the duplicate finder's index."""

    records: list[PersonRecord]

    @classmethod
    def build(cls, records: list[PersonRecord]) -> PersonIndex:
        with paused_garbage_collector():
            return cls(
                by_name=_positions_by(records, NAME_KEY),
                by_word_edit=words_by_edit(dict.fromkeys(map(itemgetter(NAME_KEY), records))),
                by_phone=_positions_by(records, PHONE_KEY),
                by_email=_positions_by(records, EMAIL_KEY),
                by_family_org_year=_family_org_year_blocks(records),
                organisation_ids=_organisation_ids(records),
                records=records,
            )

    def __len__(self) -> int:
        return len(self.records)

    def record(self, position: int) -> PersonRecord:
        return self.records[position]


@dataclass
class RegistryLookup(Blocks):
    """The matcher's index: the same blocks as PersonIndex's, made in one pass over the rows;
    a row becomes a PersonRecord only when a query meets it (most rows never are)."""

    rows: Sequence[Any]
    labels: Labels
    _records: dict[int, PersonRecord] = field(default_factory=dict, init=False)

    @classmethod
    def load(cls, database: Database) -> RegistryLookup:
        with paused_garbage_collector():
            rows, labels = load_rows(database)
            blocks = row_blocks(rows, labels)
            return cls(
                by_name=blocks.by_name,
                by_word_edit=words_by_edit(blocks.by_name),
                by_phone=blocks.by_phone,
                by_email=blocks.by_email,
                by_family_org_year=blocks.by_family_org_year,
                organisation_ids=blocks.organisation_ids,
                rows=rows,
                labels=labels,
            )

    def __len__(self) -> int:
        return len(self.rows)

    def record(self, position: int) -> PersonRecord:
        found = self._records.get(position)
        if found is None:
            found = self._records[position] = to_record(self.rows[position], self.labels)
        return found


class RowBlocks(NamedTuple):
    by_name: dict[str, list[int]]
    by_phone: dict[str, list[int]]
    by_email: dict[str, list[int]]
    by_family_org_year: dict[tuple[str, int, int], list[int]]
    organisation_ids: dict[str, int]


def stored_phone_key(phone: str) -> str:
    """phone_key of a stored phone, quicker for the E.164 form phones are stored in."""
    stored = phone[0] == "+" and len(phone) > PHONE_KEY_DIGITS and phone[1:].isdigit()
    return phone[-PHONE_KEY_DIGITS:] if stored else phone_key(phone)


def row_blocks(rows: Sequence[Any], labels: Labels) -> RowBlocks:
    """The blocks of PersonIndex.build (but the words' edits), read from the rows: the keys as
    `to_record` makes them, without making the records."""
    by_name: defaultdict[str, list[int]] = defaultdict(list)
    by_phone: defaultdict[str, list[int]] = defaultdict(list)
    by_email: defaultdict[str, list[int]] = defaultdict(list)
    by_family_org_year: defaultdict[tuple[str, int, int], list[int]] = defaultdict(list)
    organisation_ids: dict[str, int] = {}
    met: set[int] = set()
    for position, row in enumerate(rows):
        _id, _uuid, family, given, _sex, birth_year, organisation_id, phone, email = row[:9]
        key = name_key(family, given or "")
        if key:
            by_name[key].append(position)
        if phone:
            key = stored_phone_key(phone)
            if key:
                by_phone[key].append(position)
        if email:
            key = email.strip().casefold()
            if key:
                by_email[key].append(position)
        if organisation_id is None:
            continue
        if organisation_id not in met:
            met.add(organisation_id)
            for key in labels.get(organisation_id, NO_ORGANISATION)[1]:
                organisation_ids.setdefault(key, organisation_id)
        key = _fold(family) if birth_year is not None else ""
        if key:
            by_family_org_year[key, organisation_id, birth_year].append(position)
    return RowBlocks(
        dict(by_name),
        dict(by_phone),
        dict(by_email),
        dict(by_family_org_year),
        organisation_ids,
    )


NAME_KEY = PersonRecord._fields.index("name_key")
PHONE_KEY = PersonRecord._fields.index("phone_key")
EMAIL_KEY = PersonRecord._fields.index("email_key")


def _positions_by(records: list[PersonRecord], field_at: int) -> dict[str, list[int]]:
    """Positions of the records by one of their keys (a str field), empty keys left out."""
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for position, key in enumerate(map(itemgetter(field_at), records)):
        if key:
            positions[key].append(position)
    return dict(positions)


def words_by_edit(name_keys: Iterable[str]) -> dict[str, list[str]]:
    """Each distinct word of the name keys under itself and its deletions."""
    words = {word for key in name_keys for word in key.split()}
    by_edit: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        for variant in edit_keys(word):
            by_edit[variant].append(word)
    return dict(by_edit)


def _family_org_year_blocks(records: list[PersonRecord]) -> dict[tuple[str, int, int], list[int]]:
    blocks: defaultdict[tuple[str, int, int], list[int]] = defaultdict(list)
    for position, record in enumerate(records):
        organisation_id, birth_year = record.organisation_id, record.birth_year
        if organisation_id is not None and birth_year is not None and record.family_key:
            blocks[record.family_key, organisation_id, birth_year].append(position)
    return dict(blocks)


def _organisation_ids(records: list[PersonRecord]) -> dict[str, int]:
    """The organisation of each normalised name and acronym; on a clash, the first one met."""
    first_met = dict.fromkeys(
        (record.organisation_id, record.organisation_keys)
        for record in records
        if record.organisation_id is not None
    )
    organisation_ids: dict[str, int] = {}
    for organisation_id, keys in first_met:
        for key in keys:
            organisation_ids.setdefault(key, organisation_id)
    return organisation_ids
