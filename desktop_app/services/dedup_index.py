"""The blocks that keep the duplicate finder and the person matcher from comparing every pair of
live persons, and the indexes that hold them (the records they index are dedup_records').

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

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

from desktop_app.services.dedup_records import (
    NO_ORGANISATION,
    Labels,
    PersonRecord,
    fold,
    load_rows,
    name_key,
    paused_garbage_collector,
    stored_phone_key,
    to_record,
)
from desktop_app.store import Database

SHORTEST_EDITED_WORD = 4  # shorter words one edit apart are different names (Ali, Ila)
BLOCK_LIMIT = 60  # a bigger block is a shared value (an office phone), not one person


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
        key = fold(family) if birth_year is not None else ""
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
