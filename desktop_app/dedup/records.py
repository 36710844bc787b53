"""What duplicate matching knows of a person and of a query, and how it reads the registry.

`PersonRecord` is a person as matching compares it, with its keys already made (name tokens
sorted, accents and case ignored; the phone's last 8 digits; the e-mail folded); `MatchQuery` is a
person to look up, scored as the record `query_record` makes of it. `to_record` turns a row of
the person index (registry/person_index.py) into a record, so that an index can make records
only for the persons a query meets. The blocks over these records are in dedup_index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from desktop_app.records.text import normalise
from desktop_app.registry.person_index import (
    Organisations,
    PersonIndex,
    paused_garbage_collector,
)
from desktop_app.store import Database

PHONE_KEY_DIGITS = 8  # Niger and Mali numbers have 8 national digits

# The same names come back row after row: normalise them once.
fold = lru_cache(maxsize=262_144)(normalise)
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
    return " ".join(sorted(f"{fold(family)} {fold(given)}".split()))


def forget_normalised_names() -> None:
    """Empty the caches of normalised names, as in a program just started (for benches)."""
    name_key.cache_clear()
    fold.cache_clear()
    normalise.cache_clear()


def phone_key(phone: str | None) -> str:
    if not phone:
        return ""
    # Stored phones are E.164: read them without the regular expression.
    digits = phone[1:] if phone[0] == "+" and phone[1:].isdigit() else _NOT_DIGIT.sub("", phone)
    return digits[-PHONE_KEY_DIGITS:] if len(digits) >= PHONE_KEY_DIGITS else ""


def phones_one_digit_apart(key: str, other: str) -> bool:
    """Whether two phone keys differ by one digit, or by two neighbouring digits swapped: the
    same number mistyped ("90 12 34 56" / "90 12 34 65"). Two people's numbers are this close
    by chance about once in a million pairs."""
    if len(key) != len(other) or key == other:
        return False
    differ = [at for at, (one, two) in enumerate(zip(key, other, strict=True)) if one != two]
    if len(differ) == 1:
        return True
    first = differ[0]
    return (
        len(differ) == 2
        and differ[1] == first + 1
        and key[first] == other[first + 1]
        and key[first + 1] == other[first]
    )


def phone_parts(key: str) -> tuple[str, str, str]:
    """Parts of a phone key of which a number mistyped by one digit or two swapped keeps one
    unchanged: its first half, its second half, its ends (a swap across the middle)."""
    half = len(key) // 2
    return ("<" + key[:half], ">" + key[half:], "=" + key[: half - 1] + key[half + 1 :])


def stored_phone_key(phone: str) -> str:
    """phone_key of a stored phone, quicker for the E.164 form phones are stored in."""
    stored = phone[0] == "+" and len(phone) > PHONE_KEY_DIGITS and phone[1:].isdigit()
    return phone[-PHONE_KEY_DIGITS:] if stored else phone_key(phone)


def organisation_keys(name: str | None, acronym: str | None) -> frozenset[str]:
    return frozenset(key for key in (fold(name), fold(acronym)) if key)


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
        region=fold(region) or None,
        position=fold(position) or None,
        name_key=key,
        family_key=fold(family_name),
        given_key=fold(given_names),
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


Labels = dict[int | None, tuple[str, frozenset[str]]]  # organisation id -> label, keys
NO_ORGANISATION: tuple[str, frozenset[str]] = ("", frozenset())


def labels_of(organisations: Organisations) -> Labels:
    """Each organisation's label and keys."""
    labels: Labels = {}
    for organisation_id, (name, acronym) in organisations.items():
        label = f"{name} ({acronym})" if acronym else name or ""
        labels[organisation_id] = (label, organisation_keys(name, acronym))
    return labels


def to_record(row: Any, labels: Labels) -> PersonRecord:
    """The PersonRecord of a row of the person index (`INDEX_COLUMNS`)."""
    (person_id, uuid, family, given, sex, birth_year, organisation_id, phone, email, region,
     position, _search_text) = row  # fmt: skip
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
        fold(region) or None if region else None,
        fold(position) or None if position else None,
        key,
        fold(family),
        fold(given),
        key.count(" ") + 1 if key else 0,
        phone_key(phone) if phone else "",
        email.strip().casefold() if email else "",
        keys,
    )


def load_records(database: Database) -> list[PersonRecord]:
    """Every live person, in id order, as the person index holds them now."""
    index = PersonIndex.of(database)
    with database.session() as session:
        index.refresh(session)
    rows, organisations = index.snapshot()
    return records_of(rows.values(), organisations)


def records_of(rows: Iterable[Any], organisations: Organisations) -> list[PersonRecord]:
    """The records of these rows of the person index, in their order."""
    labels = labels_of(organisations)
    with paused_garbage_collector():
        return [to_record(row, labels) for row in rows]
