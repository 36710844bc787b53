"""The blocks that keep the duplicate finder and the person matcher from comparing every pair of
live persons, and the index that holds them (the records they index are dedup_records').

Two persons are compared only when they share a block: the same phone (its last 8 digits, so
"+227 90 12 34 56" and "90123456" agree), the same e-mail, the same name tokens in any order
(accents and case ignored), the same name but for one word one edit away (each word of the
registry's names is indexed by its symmetric deletions), or the same family name with the same
organisation and birth year (a missing given name). A block lists person ids, in order.

`RegistryLookup` holds them for the whole registry: a part of the database's one person index
(registry/person_index.py), made from its rows (the keys straight from the rows: a person's
record is made only when a query meets them) and brought up to date in place for the persons
that changed. The matcher asks it at check-in, in the person form and for a sign-in sheet; the
duplicate finder makes a copy of its own from the same rows (it reads the blocks for seconds,
while the window may be changing the shared one). A sheet import that knows its rows and finds
no index in memory uses dedup_sheet_lookup's `SheetLookup`, the same blocks for the persons
these rows can meet only.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from itertools import combinations
from operator import attrgetter
from typing import Any, NamedTuple, Self

from desktop_app.dedup.name_parts import PartBlocks, given_keys
from desktop_app.dedup.records import (
    NO_ORGANISATION,
    Labels,
    PersonRecord,
    fold,
    labels_of,
    name_key,
    stored_phone_key,
    to_record,
)
from desktop_app.dedup.words import initials_only, similar, word_keys, words_by_key
from desktop_app.registry.person_index import (
    Organisations,
    PersonRow,
    Rows,
    paused_garbage_collector,
)

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
    """The registry's blocks (ids of persons by key, in order) and the lookups over them."""

    by_name: dict[str, list[int]]
    by_word_edit: dict[str, list[str]]
    by_phone: dict[str, list[int]]
    by_email: dict[str, list[int]]
    by_family_org_year: dict[tuple[str, int, int], list[int]]
    organisation_ids: dict[str, int]
    parts: PartBlocks  # a given name fewer, or none
    organisation_sizes: dict[int, int] = field(default_factory=dict, kw_only=True)  # live persons
    # How many live persons' names hold each word (dedup_score: a slip of the pen).
    word_carriers: dict[str, int] = field(default_factory=dict, kw_only=True)
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
        """Groups of persons whose every pair must be compared (`names`: with the groups of
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


class PersonKeys(NamedTuple):
    """Where one person sits in the blocks: the keys `to_record` makes, without the record."""

    id: int
    name: str
    phone: str
    email: str
    family: str
    given: str
    organisation_id: int | None
    birth_year: int | None


def keys_of_rows(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    """The fields of `PersonKeys` of rows of the person index."""
    for row in rows:
        person_id, _uuid, family, given, _sex, birth_year, organisation_id, phone, email = row[:9]
        yield (
            person_id,
            name_key(family, given or ""),
            stored_phone_key(phone) if phone else "",
            email.strip().casefold() if email else "",
            fold(family),
            fold(given),
            organisation_id,
            birth_year,
        )


RECORD_KEYS = attrgetter(
    "id",
    "name_key",
    "phone_key",
    "email_key",
    "family_key",
    "given_key",
    "organisation_id",
    "birth_year",
)


def person_keys(row: Sequence[Any]) -> PersonKeys:
    return PersonKeys._make(next(keys_of_rows([row])))


@dataclass
class RegistryLookup(Blocks):
    """The matcher's index of the registry: a part of the person index (`build`, `update`);
    a row becomes a PersonRecord only when a query meets it (most rows never are)."""

    rows: dict[int, PersonRow]  # the persons indexed, by id
    labels: Labels
    organisations: Organisations  # as the person index gave them
    _records: dict[int, PersonRecord] = field(default_factory=dict, init=False)
    # Kept up to date once a first update needs them: the name keys holding each word (a word
    # is in `by_word_edit` while one holds it), and each organisation's first live person.
    _word_uses: Counter[str] | None = field(default=None, init=False)
    _first_persons: dict[int, int] | None = field(default=None, init=False)

    @classmethod
    def build(
        cls,
        rows: Rows,
        organisations: Organisations,
        records: Iterable[PersonRecord] | None = None,
    ) -> Self:
        """From the rows by id in id order (kept), in one pass: the keys of `person_keys`
        (from `records` of these rows when made already: the finder's) put in the blocks of
        `_blocks_of` (written out here for speed; a test keeps the two ways equal)."""
        with paused_garbage_collector():
            by_name: defaultdict[str, list[int]] = defaultdict(list)
            by_phone: defaultdict[str, list[int]] = defaultdict(list)
            by_email: defaultdict[str, list[int]] = defaultdict(list)
            by_year: defaultdict[tuple[str, int, int], list[int]] = defaultdict(list)
            by_given: defaultdict[str, list[int]] = defaultdict(list)
            by_fewer_given: defaultdict[str, list[int]] = defaultdict(list)
            by_family_organisation: defaultdict[tuple[str, int], list[int]] = defaultdict(list)
            by_bare: defaultdict[tuple[str, int], list[int]] = defaultdict(list)
            first_persons: dict[int, int] = {}
            sizes: dict[int, int] = {}
            # The blocks hold ids made here one after the other, not the rows' own (made among
            # each row's texts): the finder reads them by the million, a tenth quicker so.
            ids = list(range(next(reversed(rows)) + 1 if rows else 0))
            items: Iterable[Any] = rows.values() if records is None else records
            for item in items:
                if records is None:  # the keys of `keys_of_rows`, without a generator's cost
                    person_id, _uuid, family, given, _sex, year, organisation_id, phone, email = (
                        item[:9]
                    )
                    key = name_key(family, given or "")
                    phone = stored_phone_key(phone) if phone else ""
                    email = email.strip().casefold() if email else ""
                    family, given = fold(family), fold(given)
                else:  # the same keys, made by `to_record` already
                    person_id, key, phone, email, family, given, organisation_id, year = (
                        RECORD_KEYS(item)
                    )
                person_id = ids[person_id]
                if key:
                    by_name[key].append(person_id)
                if phone:
                    by_phone[phone].append(person_id)
                if email:
                    by_email[email].append(person_id)
                own, shorter = given_keys(family, given)
                if own:
                    by_given[own].append(person_id)
                for key in shorter:
                    by_fewer_given[key].append(person_id)
                if organisation_id is None:
                    continue
                if organisation_id in sizes:
                    sizes[organisation_id] += 1
                else:
                    sizes[organisation_id] = 1
                    first_persons[organisation_id] = person_id
                if family:
                    block = (family, organisation_id)
                    by_family_organisation[block].append(person_id)
                    if initials_only(given):
                        by_bare[block].append(person_id)
                    if year is not None:
                        by_year[family, organisation_id, year].append(person_id)
            lookup = cls(
                by_name=dict(by_name),
                by_word_edit=words_by_edit(by_name),
                by_phone=dict(by_phone),
                by_email=dict(by_email),
                by_family_org_year=dict(by_year),
                organisation_ids={},
                parts=PartBlocks(
                    dict(by_given),
                    dict(by_fewer_given),
                    dict(by_family_organisation),
                    dict(by_bare),
                ),
                organisation_sizes=sizes,
                word_carriers=word_carriers(by_name.items()),
                rows=rows,
                labels=labels_of(organisations),
                organisations=organisations,
            )
            lookup._first_persons = first_persons
            lookup.organisation_ids = lookup._organisation_ids()
            return lookup

    def update(self, changed: Mapping[int, PersonRow | None], organisations: Organisations) -> None:
        """The persons of `changed` are now these rows (None: gone), in place: each block
        keeps its ids in order, so that the lookup equals one built afresh."""
        if self._word_uses is None:
            self._word_uses = Counter(word for key in self.by_name for word in set(key.split()))
        if organisations != self.organisations:
            self.organisations = organisations
            self.labels = labels_of(organisations)
            self._records.clear()
        for person_id, row in changed.items():
            old = self.rows.pop(person_id, None)
            if old is not None:
                self._remove(person_id, person_keys(old))
            if row is not None:
                self.rows[person_id] = row
                self._add(person_id, person_keys(row))
            self._records.pop(person_id, None)
        self.organisation_ids = self._organisation_ids()

    def __len__(self) -> int:
        return len(self.rows)

    def record(self, person_id: int) -> PersonRecord:
        found = self._records.get(person_id)
        if found is None:
            found = self._records[person_id] = to_record(self.rows[person_id], self.labels)
        return found

    def _blocks_of(self, keys: PersonKeys) -> Iterator[tuple[dict[Any, list[int]], Any]]:
        """The blocks a person of these keys is in, and the person's key in each."""
        if keys.name:
            yield self.by_name, keys.name
        if keys.phone:
            yield self.by_phone, keys.phone
        if keys.email:
            yield self.by_email, keys.email
        organisation_id = keys.organisation_id
        if organisation_id is not None and keys.birth_year is not None and keys.family:
            yield self.by_family_org_year, (keys.family, organisation_id, keys.birth_year)
        yield from self.parts.blocks_of(keys.family, keys.given, organisation_id)

    def _add(self, person_id: int, keys: PersonKeys) -> None:
        assert self._word_uses is not None
        carriers = self.word_carriers
        for word in set(keys.name.split()):
            carriers[word] = carriers.get(word, 0) + 1
        if keys.name and keys.name not in self.by_name:
            for word in set(keys.name.split()):
                self._word_uses[word] += 1
                if self._word_uses[word] == 1:
                    for key in word_keys(word):
                        self.by_word_edit.setdefault(key, []).append(word)
                    self._similar_words.clear()
        for block, key in self._blocks_of(keys):
            insort(block.setdefault(key, []), person_id)
        organisation_id = keys.organisation_id
        if organisation_id is not None:
            sizes = self.organisation_sizes
            sizes[organisation_id] = sizes.get(organisation_id, 0) + 1
            first = self._first_persons_by_organisation()
            if person_id < first.get(organisation_id, person_id + 1):
                first[organisation_id] = person_id

    def _remove(self, person_id: int, keys: PersonKeys) -> None:
        assert self._word_uses is not None
        carriers = self.word_carriers
        for word in set(keys.name.split()):
            carriers[word] -= 1
            if not carriers[word]:
                del carriers[word]
        for block, key in self._blocks_of(keys):
            members = block[key]
            members.remove(person_id)
            if not members:
                del block[key]
        if keys.name and keys.name not in self.by_name:
            for word in set(keys.name.split()):
                self._word_uses[word] -= 1
                if not self._word_uses[word]:
                    del self._word_uses[word]
                    for key in word_keys(word):
                        words = self.by_word_edit[key]
                        words.remove(word)
                        if not words:
                            del self.by_word_edit[key]
                    self._similar_words.clear()
        organisation_id = keys.organisation_id
        if organisation_id is not None:
            sizes = self.organisation_sizes
            sizes[organisation_id] -= 1
            if not sizes[organisation_id]:
                del sizes[organisation_id]
            first = self._first_persons_by_organisation()
            if first.get(organisation_id) == person_id:
                members = [i for i, row in self.rows.items() if row[6] == organisation_id]
                if members:
                    first[organisation_id] = min(members)
                else:
                    del first[organisation_id]

    def _first_persons_by_organisation(self) -> dict[int, int]:
        if self._first_persons is None:
            first: dict[int, int] = {}
            for person_id in sorted(self.rows):
                organisation_id = self.rows[person_id][ROW_ORGANISATION_ID]
                if organisation_id is not None:
                    first.setdefault(organisation_id, person_id)
            self._first_persons = first
        return self._first_persons

    def _organisation_ids(self) -> dict[str, int]:
        """The organisation of each normalised name and acronym; on a clash, the one whose
        first live person came first."""
        first = self._first_persons_by_organisation()
        organisation_ids: dict[str, int] = {}
        for organisation_id in sorted(first, key=first.__getitem__):
            for key in self.labels.get(organisation_id, NO_ORGANISATION)[1]:
                organisation_ids.setdefault(key, organisation_id)
        return organisation_ids


ROW_ORGANISATION_ID = 6  # in a row of the person index


def words_by_edit(name_keys: Iterable[str]) -> dict[str, list[str]]:
    """Each distinct word of the name keys under its keys (dedup_words.word_keys)."""
    return words_by_key(sorted({word for key in name_keys for word in key.split()}))


def word_carriers(names: Iterable[tuple[str, Sized]]) -> dict[str, int]:
    """How many persons' names hold each word, from (name key, its persons)."""
    carriers: Counter[str] = Counter()
    for key, persons in names:
        for word in set(key.split()):
            carriers[word] += len(persons)
    return dict(carriers)
