"""Each person once: find pairs of persons that are probably the same human.

`find_duplicates` compares only persons that share a block (dedup_index), scores each pair
(dedup_score) and returns those at or above `min_score`, best first. Pairs the user marked as
different people (`mark_distinct`, the NotDuplicate table) are never proposed again; deleted
persons are left out. It takes a few seconds on a big registry: it reports progress and can be
cancelled, without knowing anything of the window.

The persons are the person index's (registry/person_index.py), brought up to date; the blocks
over them are made for the search from those rows, not shared: the window may bring the shared
ones up to date while the search reads them for seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, combinations
from typing import Any

from sqlalchemy import func, select

from desktop_app.dedup.index import RegistryLookup
from desktop_app.dedup.records import PersonRecord, make_record, phone_parts, records_of
from desktop_app.dedup.score import (
    CONTEXT,
    DEFAULT_MIN_SCORE,
    NAME_ALONE_CEILING,
    score,
)
from desktop_app.dedup.words import initials_only
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.registry.person_index import PersonIndex
from desktop_app.store import Database
from desktop_app.store.models import Attendance, NotDuplicate, Person
from desktop_app.store.sql_dialect import insert_for

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
STEPS = 100


class DedupCancelled(RegistreError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(CONTEXT, QT_TRANSLATE_NOOP("Dedup", "The search for duplicates stopped."))
        )


@dataclass(frozen=True)
class PersonSummary:
    """One side of a candidate pair, as the user compares it."""

    id: int
    uuid: str
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    organisation: str
    phone: str | None
    email: str | None
    attendances: int

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_names}".strip()


@dataclass(frozen=True)
class DuplicatePair:
    first: PersonSummary
    second: PersonSummary
    score: int
    reasons: tuple[str, ...]  # codes of dedup_score.REASONS


def pair_key(first_uuid: str, second_uuid: str) -> tuple[str, str]:
    return (first_uuid, second_uuid) if first_uuid <= second_uuid else (second_uuid, first_uuid)


def distinct_pairs(database: Database) -> set[tuple[str, str]]:
    with database.session() as session:
        rows = session.execute(select(NotDuplicate.first_uuid, NotDuplicate.second_uuid)).all()
    return {(first, second) for first, second in rows}


def candidate_pairs(
    index: RegistryLookup,
    records: list[PersonRecord],
    check: Callable[[], None] | None = None,
    *,
    name_alone: bool = True,
) -> set[tuple[int, int]]:
    """Pairs of persons (ids, the smaller first) that share a block; `records` at their ids'
    places (`by_id`).

    Without `name_alone`, persons of the same or a similar name are paired only when they also
    share an organisation, a birth year, a position or a part of their phone numbers (a shared
    phone or e-mail has its own blocks): many namesakes are then never compared, none of whom
    could reach the score asked.
    """
    pairs: set[tuple[int, int]] = set()
    for count, members in enumerate(index.blocks(names=name_alone)):
        pairs.update(combinations(members, 2))
        if check and count % 5000 == 0:
            check()
    shared = SharedDetails.of(records)
    details = shared if not name_alone else None
    if details is not None:
        for count, members in enumerate(index.by_name.values()):
            if len(members) > 1:
                details.add_pairs(members, members, pairs)
            if check and count % 5000 == 0:
                check()
    similar = (
        (index.by_name[first_key], index.by_name[second_key])
        for first_key, second_key in index.similar_name_pairs()
    )
    for count, (firsts, seconds) in enumerate(chain(similar, index.parts.pairs())):
        if details is None:
            for first in firsts:
                for second in seconds:
                    if first != second:
                        pairs.add((first, second) if first < second else (second, first))
        else:
            details.add_pairs(firsts, seconds, pairs)
        if check and count % 5000 == 0:
            check()
    family_alone_pairs(records, shared, pairs)
    return pairs


def family_alone_pairs(
    records: list[PersonRecord], details: SharedDetails, pairs: set[tuple[int, int]]
) -> None:
    """Add the pairs of a family name alone (or with initials) and a person of that family
    name who shares with it a part of a phone number, or a position with a birth year: what
    can take such a pair to the finder's score without an organisation in common (those of
    one organisation are `PartBlocks`'). A family name alone says little: thousands of
    DIALLO. A spelling of the family name is met through a third person (`through_a_third`).
    """
    held = details.held
    wanted: dict[Detail | tuple[int, str], list[int]] = {}
    for record in records:
        given = record.given_key
        # Most given names have a second letter: the quick test first.
        if not record.family_key or (
            given and (given[1:2] not in ("", " ") or not initials_only(given))
        ):
            continue
        for detail in held[record.id]:
            if isinstance(detail, str) and detail[0] in "<>=":  # a part of the phone
                wanted.setdefault(detail, []).append(record.id)
        if record.position and record.birth_year is not None:
            wanted.setdefault((record.birth_year, record.position), []).append(record.id)
    if not wanted:
        return
    for record in records:
        second = record.id
        met = [first for detail in held[second] for first in wanted.get(detail, ())]
        if record.position and record.birth_year is not None:
            met += wanted.get((record.birth_year, record.position), ())
        family = record.family_key
        for first in met:
            if first != second and records[first].family_key == family:
                pairs.add((first, second) if first < second else (second, first))


Detail = int | str


@dataclass
class SharedDetails:
    """What pairs namesakes, for each record: its organisation (an id), birth year (its
    negative: one year apart counts as shared, an age was given instead of the year), position
    ("@" and the position) and the parts of its phone number a slip of one digit leaves
    unchanged (`phone_parts`)."""

    held: list[tuple[Detail, ...]]  # what each record has, by id
    sought: list[tuple[Detail, ...]]  # what it shares with: birth years one apart too

    @classmethod
    def of(cls, records: list[PersonRecord]) -> SharedDetails:
        held: list[tuple[Detail, ...]] = []
        sought: list[tuple[Detail, ...]] = []
        for record in records:
            details: list[Detail] = []
            if record.organisation_id is not None:
                details.append(record.organisation_id)
            if record.position:
                details.append("@" + record.position)
            if record.phone_key:
                details.extend(phone_parts(record.phone_key))
            year = record.birth_year
            if year is None:
                held.append(tuple(details))
                sought.append(held[-1])
            else:
                held.append((*details, -year))
                sought.append((*details, -year + 1, -year, -year - 1))
        return cls(held, sought)

    def add_pairs(self, firsts: list[int], seconds: list[int], pairs: set[tuple[int, int]]) -> None:
        """Add the pairs (one of `firsts`, one of `seconds`) that share a detail."""
        by_detail: dict[Detail, list[int]] = {}
        held = self.held
        for second in seconds:
            for detail in held[second]:
                by_detail.setdefault(detail, []).append(second)
        if not by_detail:
            return
        sought = self.sought
        for first in firsts:
            for detail in sought[first]:
                for second in by_detail.get(detail, ()):
                    if first != second:
                        pairs.add((first, second) if first < second else (second, first))


def find_duplicates(
    database: Database,
    min_score: int = DEFAULT_MIN_SCORE,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[DuplicatePair]:
    """Candidate pairs of live persons scoring at least `min_score`, best first."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise DedupCancelled()

    def report(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)
        check()

    report(0)
    person_index = PersonIndex.of(database)
    with database.session() as session:
        person_index.refresh(session)
    rows, organisations = person_index.snapshot()
    made = records_of(rows.values(), organisations)
    report(15)
    index = RegistryLookup.build(rows, organisations, made)
    records = by_id(made)
    report(30)
    positions = candidate_pairs(index, records, check, name_alone=min_score <= NAME_ALONE_CEILING)
    report(40)
    distinct = distinct_pairs(database)
    total = max(len(positions), 1)
    every = max(total // 60, 1)

    def step(count: int) -> None:
        if count % every == 0:
            report(40 + 60 * count // total)

    scoring = Scoring(index, records, distinct, min_score)
    found = scoring.apart_when_together(database, scoring.scored(positions, step))
    found += scoring.apart_when_together(database, scoring.through_a_third(found))
    found.sort(key=lambda item: (-item[0], item[2].family_name.casefold(), item[2].id, item[3].id))
    counts = attendance_counts(database, _ids(found))
    report(STEPS)
    return [
        DuplicatePair(summary(a, counts), summary(b, counts), value, reasons)
        for value, reasons, a, b in found
    ]


Found = list[tuple[int, tuple[str, ...], PersonRecord, PersonRecord]]
# A person linked to more persons than this is a shared detail's (an office phone), not one
# human typed again and again: its links are not followed.
MOST_LINKS = 6


@dataclass
class Scoring:
    """The finder's scoring of pairs of ids (`records` at their ids' places)."""

    index: RegistryLookup
    records: list[PersonRecord]
    distinct: set[tuple[str, str]]
    min_score: int

    def scored(
        self, pairs: Iterable[tuple[int, int]], step: Callable[[int], None] | None = None
    ) -> Found:
        """The pairs scoring at least `min_score`, but those marked distinct."""
        records, index, min_score = self.records, self.index, self.min_score
        by_name, sizes, carriers = index.by_name, index.organisation_sizes, index.word_carriers
        frequency: dict[str, int] = {}
        found: Found = []
        for count, (first, second) in enumerate(pairs):
            if step is not None:
                step(count)
            a, b = records[first], records[second]
            often = frequency.get(a.name_key)
            if often is None:
                often = frequency[a.name_key] = len(by_name.get(a.name_key, ()))
            other = frequency.get(b.name_key)
            if other is None:
                other = frequency[b.name_key] = len(by_name.get(b.name_key, ()))
            organisation = a.organisation_id
            size = (
                sizes.get(organisation, 0)
                if organisation is not None and organisation == b.organisation_id
                else 0
            )
            value, reasons = score(
                a, b, max(often, other), min_score, organisation_size=size, word_carriers=carriers
            )
            if value >= min_score and pair_key(a.uuid, b.uuid) not in self.distinct:
                found.append((value, reasons, a, b))
        return found

    def apart_when_together(self, database: Database, found: Found) -> Found:
        """`found` scored again for the pairs present at one activity on the same day (which
        only takes points away: the pairs still in are the only ones to look at)."""
        together = present_together(database, [(a.id, b.id) for _v, _r, a, b in found])
        if not together:
            return found
        index = self.index
        rescored: Found = []
        for value, reasons, a, b in found:
            if (a.id, b.id) in together:
                often = index.name_frequency(a.name_key, b.name_key)
                size = index.shared_organisation_size(a, b)
                value, reasons = score(
                    a, b, often, self.min_score, True, size, word_carriers=index.word_carriers
                )
                if value < self.min_score:
                    continue
            rescored.append((value, reasons, a, b))
        return rescored

    def through_a_third(self, found: Found) -> Found:
        """Pairs of persons that are each a pair with one same person, compared with each
        other.

        A human typed three times gives three records, each spelt otherwise: the second and
        the third may differ by two slips in one word ("Ahssata" and "Aïssatou" for Aïssata),
        which no block brings together, while each meets the first. Only the links at the
        finder's score are followed (at a lower one every namesake is a link)."""
        least = max(self.min_score, DEFAULT_MIN_SCORE)
        linked: dict[int, list[int]] = {}
        known: set[tuple[int, int]] = set()
        for value, _reasons, a, b in found:
            first, second = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            known.add((first, second))
            if value >= least:
                linked.setdefault(first, []).append(second)
                linked.setdefault(second, []).append(first)
        pairs = {
            (first, second)
            for others in linked.values()
            if 1 < len(others) <= MOST_LINKS
            for first, second in combinations(sorted(others), 2)
        }
        return self.scored(sorted(pairs - known))


NOBODY = make_record(id=0, uuid="", family_name="", given_names="")


def by_id(records: list[PersonRecord]) -> list[PersonRecord]:
    """The records (in id order) each at its id's place: a list reads quicker than a dict.
    The places of ids no live person has hold a record of nobody, which no block holds."""
    placed = [NOBODY] * (records[-1].id + 1 if records else 0)
    for record in records:
        placed[record.id] = record
    return placed


def _ids(found: Iterable[tuple[int, tuple[str, ...], PersonRecord, PersonRecord]]) -> set[int]:
    return {record.id for item in found for record in item[2:]}


WHOLE_TABLE = 5_000  # persons past which every presence is read at once


def present_together(database: Database, pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs of persons (as given) both present at one activity on the same day."""
    if not pairs:
        return set()
    wanted = sorted({person for pair in pairs for person in pair})
    days: dict[int, set[tuple[int, object]]] = {}
    presence = select(Attendance.person_id, Attendance.activity_id, Attendance.day).where(
        ~Attendance.deleted
    )
    with database.session() as session:
        if len(wanted) > WHOLE_TABLE:
            rows: Iterable[Any] = session.execute(presence)
        else:
            rows = chain.from_iterable(
                session.execute(presence.where(Attendance.person_id.in_(wanted[at : at + 500])))
                for at in range(0, len(wanted), 500)
            )
        for person_id, activity_id, day in rows:
            days.setdefault(person_id, set()).add((activity_id, day))
    return {
        (first, second)
        for first, second in pairs
        if not days.get(first, set()).isdisjoint(days.get(second, ()))
    }


def attendance_counts(database: Database, person_ids: set[int]) -> dict[int, int]:
    """Live attendance rows of each person (what a merge moves)."""
    counts: dict[int, int] = {}
    chosen = sorted(person_ids)
    with database.session() as session:
        for start in range(0, len(chosen), 500):
            statement = (
                select(Attendance.person_id, func.count())
                .where(Attendance.person_id.in_(chosen[start : start + 500]), ~Attendance.deleted)
                .group_by(Attendance.person_id)
            )
            counts.update({person_id: count for person_id, count in session.execute(statement)})
    return counts


def summary(record: PersonRecord, counts: dict[int, int]) -> PersonSummary:
    return PersonSummary(
        id=record.id,
        uuid=record.uuid,
        family_name=record.family_name,
        given_names=record.given_names,
        sex=record.sex,
        birth_year=record.birth_year,
        organisation=record.organisation,
        phone=record.phone,
        email=record.email,
        attendances=counts.get(record.id, 0),
    )


def mark_distinct(database: Database, first_id: int, second_id: int) -> None:
    """Remember that two persons are different people: the pair is never proposed again."""
    if first_id == second_id:
        raise RegistreError(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP("Dedup", "A person cannot be different from itself (id {id})."),
                {"id": first_id},
            )
        )
    with database.session() as session:
        uuids = []
        for person_id in (first_id, second_id):
            person = session.get(Person, person_id)
            if person is None:
                raise no_person(person_id)
            uuids.append(person.uuid)
        first, second = pair_key(uuids[0], uuids[1])
        session.execute(
            insert_for(session)(NotDuplicate)
            .values(first_uuid=first, second_uuid=second)
            .on_conflict_do_nothing()
        )


def no_person(person_id: int) -> RegistreError:
    return RegistreError(
        UserMessage(
            CONTEXT,
            QT_TRANSLATE_NOOP("Dedup", "There is no person with id {id}."),
            {"id": person_id},
        )
    )
