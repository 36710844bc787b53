"""What the duplicate finder and the person matcher know of each live person, and the blocking
keys that keep them from comparing every pair.

Two persons are compared only when they share a block: the same phone (its last 8 digits, so
"+227 90 12 34 56" and "90123456" agree), the same e-mail, the same name tokens in any order
(accents and case ignored), the same name but for one word one edit away (each word of the
registry's names is indexed by its symmetric deletions), or the same family name with the same
organisation and birth year (a missing given name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import select

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


def load_records(database: Database) -> list[PersonRecord]:
    """Every live person, in id order."""
    statement = (
        select(
            Person.id,
            Person.uuid,
            Person.family_name,
            Person.given_names,
            Person.sex,
            Person.birth_year,
            Person.organisation_id,
            Organisation.name,
            Organisation.acronym,
            Person.phone,
            Person.email,
            Person.region,
            Person.position,
        )
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(~Person.deleted)
        .order_by(Person.id)
    )
    with database.session() as session:
        # Core rows: the ORM's row processing would double the load time.
        rows = session.connection().execute(statement).all()
    records = []
    for (
        person_id,
        uuid,
        family,
        given,
        sex,
        birth_year,
        organisation_id,
        organisation_name,
        acronym,
        phone,
        email,
        region,
        position,
    ) in rows:
        given = given or ""
        key = name_key(family, given)
        label = f"{organisation_name} ({acronym})" if acronym else organisation_name or ""
        records.append(
            PersonRecord(
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
                _fold(region) or None,
                _fold(position) or None,
                key,
                _fold(family),
                _fold(given),
                key.count(" ") + 1 if key else 0,
                phone_key(phone),
                email.strip().casefold() if email else "",
                _organisation_keys_cached(organisation_name, acronym),
            )
        )
    return records


_organisation_keys_cached = lru_cache(maxsize=4096)(organisation_keys)


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
class PersonIndex:
    """Blocks of the registry, built once, read by the finder and by the matcher."""

    records: list[PersonRecord]
    by_name: dict[str, list[int]]
    by_word_edit: dict[str, list[str]]
    by_phone: dict[str, list[int]]
    by_email: dict[str, list[int]]
    by_family_org_year: dict[tuple[str, int, int], list[int]]
    organisation_ids: dict[str, int]
    _similar_words: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, records: list[PersonRecord]) -> PersonIndex:
        by_name: defaultdict[str, list[int]] = defaultdict(list)
        by_phone: defaultdict[str, list[int]] = defaultdict(list)
        by_email: defaultdict[str, list[int]] = defaultdict(list)
        by_family_org_year: defaultdict[tuple[str, int, int], list[int]] = defaultdict(list)
        organisation_ids: dict[str, int] = {}
        for position, record in enumerate(records):
            if record.name_key:
                by_name[record.name_key].append(position)
            if record.phone_key:
                by_phone[record.phone_key].append(position)
            if record.email_key:
                by_email[record.email_key].append(position)
            if record.organisation_id is not None:
                for key in record.organisation_keys:
                    organisation_ids.setdefault(key, record.organisation_id)
                if record.birth_year is not None and record.family_key:
                    block = (record.family_key, record.organisation_id, record.birth_year)
                    by_family_org_year[block].append(position)
        words = {word for key in by_name for word in key.split()}
        by_word_edit: defaultdict[str, list[str]] = defaultdict(list)
        for word in words:
            for variant in edit_keys(word):
                by_word_edit[variant].append(word)
        return cls(
            records,
            dict(by_name),
            dict(by_word_edit),
            dict(by_phone),
            dict(by_email),
            dict(by_family_org_year),
            organisation_ids,
        )

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

    def similar_names(self, key: str) -> set[str]:
        """Name keys of the index equal to `key` but for one word one edit away (and `key`
        itself when present)."""
        found = {key} if key in self.by_name else set()
        words = key.split()
        for at, word in enumerate(words):
            for other in self.similar_words(word):
                candidate = " ".join(sorted([*words[:at], other, *words[at + 1 :]]))
                if candidate in self.by_name:
                    found.add(candidate)
        return found

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
