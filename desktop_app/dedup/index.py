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

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from operator import itemgetter
from typing import Any, NamedTuple, cast

from desktop_app.dedup.name_parts import PartBlocks
from desktop_app.dedup.records import (
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
from desktop_app.dedup.words import similar, word_keys, words_by_key
from desktop_app.store import Database

BLOCK_LIMIT = 60  # a bigger block is a shared value (an office phone), not one person
CHANGED_WORDS = 2  # name keys that differ in this many words at most are compared
MOST_VARIED_WORDS = 6  # a longer name key is matched as it is


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
        query.given_key,
    )


@dataclass
class Blocks:
    """The registry's blocks (positions of persons by key) and the lookups over them."""

    by_name: dict[str, list[int]]
    by_word_edit: dict[str, list[str]]
    by_phone: dict[str, list[int]]
    by_email: dict[str, list[int]]
    by_family_org_year: dict[tuple[str, int, int], list[int]]
    organisation_ids: dict[str, int]
    parts: PartBlocks  # a given name fewer, or none
    organisation_sizes: dict[int, int] = field(default_factory=dict, kw_only=True)  # live persons
    _similar_words: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False)

    def name_frequency(self, *keys: str) -> int:
        """How many persons carry the most common of these name keys."""
        return max((len(self.by_name.get(key, ())) for key in keys), default=0)

    def shared_organisation_size(self, a: PersonRecord, b: PersonRecord) -> int:
        """How many live persons the organisation of both has (0: not the same one)."""
        if a.organisation_id is None or a.organisation_id != b.organisation_id:
            return 0
        return self.organisation_sizes.get(a.organisation_id, 0)

    def similar_words(self, word: str) -> tuple[str, ...]:
        """Words of the registry's names that are spellings of `word` (dedup_words: one edit,
        vowels, a shortened given name), itself excluded, in order."""
        known = self._similar_words.get(word)
        if known is not None:
            return known
        found: set[str] = set()
        for key in word_keys(word):
            found.update(similar(word, key, self.by_word_edit.get(key, ())))
        found.discard(word)
        result = tuple(sorted(found))
        if len(self._similar_words) < 100_000:  # typed words of many queries: keep it bounded
            self._similar_words[word] = result
        return result

    def name_variants(self, key: str) -> Iterator[str]:
        """`key`, then the keys equal to it but for one or two words replaced by spellings of
        them found in the registry's names (the keys present in the index or not; some twice).
        Two, so that a typo in the family name and another in a given name still meet; not
        more, so that the number of variants stays a product of two words' spellings. A key of
        more than `MOST_VARIED_WORDS` words is pasted text, not a name: it has no variants."""
        yield key
        words = key.split()
        if len(words) > MOST_VARIED_WORDS:
            return
        spellings = [self.similar_words(word) for word in words]
        for at, others in enumerate(spellings):
            rest = words[:at] + words[at + 1 :]
            for other in others:
                yield " ".join(sorted([*rest, other]))
        for first, second in combinations(range(len(words)), CHANGED_WORDS):
            if not spellings[first] or not spellings[second]:
                continue
            rest = [word for at, word in enumerate(words) if at != first and at != second]
            for one in spellings[first]:
                for two in spellings[second]:
                    yield " ".join(sorted([*rest, one, two]))

    def similar_names(self, key: str) -> set[str]:
        """Name keys of the index equal to `key` but for one or two words spelt otherwise
        (and `key` itself when present). A word replaced twice over ("kani" by "sani", that
        "sani" by "sali") is not a spelling: the pairs of `similar_name_pairs` exactly."""
        by_name = self.by_name
        return {
            candidate
            for candidate in self.name_variants(key)
            if candidate in by_name and (candidate == key or self._spelt_alike(key, candidate))
        }

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
        """Pairs of distinct name keys of the index one or two words spelt otherwise (each
        pair once, the smaller key first).

        Not by each key's variants (a key of three common words has hundreds of them, and
        the whole registry millions): two keys two words apart are both one word away from
        a key between them (the first's word replaced), so each key is put under itself and
        its variants of one word, and the keys met under one of these are checked."""
        meeting: dict[str, str | list[str]] = {}
        for key in self.by_name:
            for variant in self._one_word_variants(key):
                met = meeting.get(variant)
                if met is None:
                    meeting[variant] = key
                elif isinstance(met, str):
                    meeting[variant] = [met, key]
                else:
                    met.append(key)
        found: set[tuple[str, str]] = set()
        for met in meeting.values():
            if isinstance(met, list):
                for first, second in combinations(met, 2):
                    pair = (first, second) if first < second else (second, first)
                    if pair not in found and self._spelt_alike(*pair):
                        found.add(pair)
        return sorted(found)

    def _one_word_variants(self, key: str) -> set[str]:
        """The key and its variants with one word spelt otherwise."""
        words = key.split()
        variants = {key}
        if len(words) <= MOST_VARIED_WORDS:
            for at, word in enumerate(words):
                rest = words[:at] + words[at + 1 :]
                variants.update(
                    " ".join(sorted([*rest, other])) for other in self.similar_words(word)
                )
        return variants

    def _spelt_alike(self, first: str, second: str) -> bool:
        """Whether the keys differ in one or two words, each a spelling of the other's."""
        left, right = Counter(first.split()), Counter(second.split())
        only_left = list((left - right).elements())
        only_right = list((right - left).elements())
        if len(only_left) != len(only_right) or not 0 < len(only_left) <= CHANGED_WORDS:
            return False
        if len(only_left) == 1:
            return only_right[0] in self.similar_words(only_left[0])
        (one, two), (three, four) = only_left, only_right
        alike_one, alike_two = self.similar_words(one), self.similar_words(two)
        return (three in alike_one and four in alike_two) or (
            four in alike_one and three in alike_two
        )


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
                parts=PartBlocks.build(
                    (r.family_key, r.given_key, r.organisation_id) for r in records
                ),
                organisation_sizes=_sizes(r.organisation_id for r in records),
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
                parts=blocks.parts,
                organisation_sizes=_sizes(row[ROW_ORGANISATION_ID] for row in rows),
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
    parts: PartBlocks


def row_blocks(rows: Sequence[Any], labels: Labels) -> RowBlocks:
    """The blocks of PersonIndex.build (but the words' edits), read from the rows: the keys as
    `to_record` makes them, without making the records."""
    by_name: defaultdict[str, list[int]] = defaultdict(list)
    by_phone: defaultdict[str, list[int]] = defaultdict(list)
    by_email: defaultdict[str, list[int]] = defaultdict(list)
    by_family_org_year: defaultdict[tuple[str, int, int], list[int]] = defaultdict(list)
    organisation_ids: dict[str, int] = {}
    met: set[int] = set()
    parts: list[tuple[str, str, int | None]] = []
    for position, row in enumerate(rows):
        _id, _uuid, family, given, _sex, birth_year, organisation_id, phone, email = row[:9]
        key = name_key(family, given or "")
        if key:
            by_name[key].append(position)
        parts.append((fold(family), fold(given), organisation_id))
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
        PartBlocks.build(parts),
    )


ROW_ORGANISATION_ID = 6  # in a row of load_rows (PERSON_COLUMNS)
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
    """Each distinct word of the name keys under its keys (dedup_words.word_keys)."""
    return words_by_key(sorted({word for key in name_keys for word in key.split()}))


def _sizes(organisation_ids: Iterable[int | None]) -> dict[int, int]:
    sizes = Counter(organisation_ids)
    sizes.pop(None, None)
    return cast(dict[int, int], dict(sizes))


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
