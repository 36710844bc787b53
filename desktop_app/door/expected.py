"""The expected list of an activity: who is invited, and on a day, who has arrived and who not.

An expected person is a travelling record (`ExpectedPerson`) whose uuid is made from the
activity's and the person's: two computers of one office that invite the same person make the
same record, so that the workbook sync merges them as one. Removing is a tombstone; inviting
again revives it. A person merged into another (dedup) stands for the survivor.

Walk-ins (checked in that day, not on the list) are checked in as anyone is
(activities/attendance.py); the list only tells them apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.validation import Problems, not_found
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    Attendance,
    ExpectedPerson,
    Organisation,
    Person,
    PersonAlias,
)


def expected_uuid(activity_uuid: str, person_uuid: str) -> str:
    """The same on every computer for one activity and one person."""
    digest = hashlib.sha256(f"expected:{activity_uuid}:{person_uuid}".encode()).hexdigest()
    return digest[:32]


@dataclass(frozen=True)
class AddResult:
    added: tuple[int, ...]  # person ids newly on the list
    already: tuple[int, ...]  # on the list before


@dataclass(frozen=True)
class ExpectedRow:
    person_id: int
    family_name: str
    given_names: str
    sex: str | None
    organisation: str
    position: str
    arrived_at: dt.datetime | None  # checked in that day (UTC); None: not yet
    arrived: bool = False

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_names}".strip()


@dataclass(frozen=True)
class ExpectedDay:
    """The expected list of an activity on one day: who arrived, who not yet, the walk-ins."""

    activity_id: int
    day: dt.date
    rows: tuple[ExpectedRow, ...]  # every expected person, by name
    walk_ins: tuple[ExpectedRow, ...]  # checked in that day without being on the list, by name

    @property
    def expected(self) -> int:
        return len(self.rows)

    @property
    def arrived(self) -> int:
        return sum(1 for row in self.rows if row.arrived)

    @property
    def not_yet(self) -> tuple[ExpectedRow, ...]:
        return tuple(row for row in self.rows if not row.arrived)


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise not_found("activity", activity_id)
    return activity


def add_expected(database: Database, activity_id: int, person_ids: Iterable[int]) -> AddResult:
    """Put the persons on the activity's expected list (those already there stay as they are)."""
    wanted = list(dict.fromkeys(person_ids))
    with database.session() as session:
        activity = _activity(session, activity_id)
        if activity.status == "cancelled":
            problems = Problems()
            problems.add(
                "activity",
                QT_TRANSLATE_NOOP("Validation", "This activity is cancelled: nobody can attend."),
            )
            problems.raise_if_any()
        persons = {
            p.id: p for p in session.scalars(select(Person).where(Person.id.in_(wanted))) if p
        }
        missing = [pid for pid in wanted if pid not in persons or persons[pid].deleted]
        if missing:
            raise not_found("person", missing[0])
        uuids = {pid: expected_uuid(activity.uuid, persons[pid].uuid) for pid in wanted}
        stored = {
            e.uuid: e
            for e in session.scalars(
                select(ExpectedPerson).where(ExpectedPerson.uuid.in_(list(uuids.values())))
            )
        }
        added: list[int] = []
        already: list[int] = []
        for pid in wanted:
            record = stored.get(uuids[pid])
            if record is None:
                session.add(ExpectedPerson(uuid=uuids[pid], activity_id=activity.id, person_id=pid))
                added.append(pid)
            elif record.deleted:
                record.deleted = False
                added.append(pid)
            else:
                already.append(pid)
        session.flush()
        return AddResult(tuple(added), tuple(already))


def remove_expected(database: Database, activity_id: int, person_id: int) -> bool:
    """Take the person off the list; False when they were not on it."""
    with database.session() as session:
        _activity(session, activity_id)
        found = False
        for record in session.scalars(
            select(ExpectedPerson).where(
                ExpectedPerson.activity_id == activity_id,
                ExpectedPerson.person_id.in_(_standing_for(session, person_id)),
                ~ExpectedPerson.deleted,
            )
        ):
            record.deleted = True
            found = True
        return found


def _standing_for(session: Session, person_id: int) -> list[int]:
    """The person and those merged into them (their expected rows stand for the person)."""
    merged = select(Person.id).join(PersonAlias, PersonAlias.old_uuid == Person.uuid)
    return [person_id, *session.scalars(merged.where(PersonAlias.person_id == person_id))]


def _expected_ids_statement() -> Select[int]:
    """The live persons on a list, merged persons replaced by their survivor. Built once: an
    aliased entity made on each call is compiled again on each call (6 ms of the 8 a scan's
    count of a list of 900 took)."""
    listed = aliased(Person, name="listed")
    survivor = aliased(Person, name="survivor")
    live = case(
        (PersonAlias.person_id.is_not(None), ~survivor.deleted),  # a survivor erased since
        else_=~listed.deleted,
    )
    return (
        select(func.coalesce(PersonAlias.person_id, listed.id))
        .select_from(ExpectedPerson)
        .join(listed, listed.id == ExpectedPerson.person_id)
        .outerjoin(PersonAlias, PersonAlias.old_uuid == listed.uuid)
        .outerjoin(survivor, survivor.id == PersonAlias.person_id)
        .where(ExpectedPerson.activity_id == bindparam("activity_id"), ~ExpectedPerson.deleted)
        .where(live)
    )


_EXPECTED_IDS = _expected_ids_statement()


def expected_person_ids(session: Session, activity_id: int) -> set[int]:
    """The live persons on the list, merged persons replaced by their survivor."""
    return set(session.execute(_EXPECTED_IDS, {"activity_id": activity_id}).scalars())


def listed_ids(database: Database, activity_id: int) -> set[int]:
    """The ids of the persons on the list (merged persons replaced by their survivor)."""
    with database.session() as session:
        _activity(session, activity_id)
        return expected_person_ids(session, activity_id)


def expected_day(database: Database, activity_id: int, day: dt.date | None) -> ExpectedDay:
    """The list on `day`: each expected person with their check-in time that day, if any
    (`day` None: the list as invited, nobody arrived)."""
    with database.session() as session:
        activity = _activity(session, activity_id)
        ids = expected_person_ids(session, activity_id)
        present: dict[int, dt.datetime | None] = {}
        if day is not None:
            present = dict(
                session.execute(
                    select(Attendance.person_id, Attendance.checked_in_at).where(
                        Attendance.activity_id == activity_id,
                        Attendance.day == day,
                        ~Attendance.deleted,
                    )
                ).all()
            )
        rows = session.execute(
            select(
                Person.id,
                Person.family_name,
                Person.given_names,
                Person.sex,
                Organisation.acronym,
                Organisation.name,
                Person.position,
            )
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.id.in_(sorted(ids | set(present))))
            .order_by(Person.family_name, Person.given_names, Person.id)
        ).all()
        everyone = tuple(
            ExpectedRow(
                person_id=pid,
                family_name=family,
                given_names=given or "",
                sex=sex,
                organisation=acronym or name or "",
                position=position or "",
                arrived_at=present.get(pid),
                arrived=pid in present,
            )
            for pid, family, given, sex, acronym, name, position in rows
        )
        listed = tuple(row for row in everyone if row.person_id in ids)
        walk_ins = tuple(row for row in everyone if row.person_id not in ids)
        return ExpectedDay(activity_id, day or activity.start_date, listed, walk_ins)


@dataclass(frozen=True)
class ExpectedCounts:
    """The figures of `ExpectedDay` alone, without the names: what the check-in screen counts
    again after every scan (reading every name of a long list each time cost more than the
    check-in itself)."""

    expected: int
    arrived: int
    walk_ins: int

    @property
    def not_yet(self) -> int:
        return self.expected - self.arrived


def expected_counts(database: Database, activity_id: int, day: dt.date) -> ExpectedCounts:
    """`expected_day(…).expected`, `.arrived`, `len(.walk_ins)`, from ids only."""
    with database.session() as session:
        _activity(session, activity_id)
        ids = expected_person_ids(session, activity_id)
        if not ids:
            return ExpectedCounts(0, 0, 0)  # no list: nothing to tell apart
        present = set(
            session.scalars(
                select(Attendance.person_id).where(
                    Attendance.activity_id == activity_id,
                    Attendance.day == day,
                    ~Attendance.deleted,
                )
            )
        )
        arrived = len(ids & present)
        return ExpectedCounts(len(ids), arrived, len(present) - arrived)


def expected_list(database: Database, activity_id: int) -> tuple[ExpectedRow, ...]:
    """The expected persons, by name (the list as invited)."""
    return expected_day(database, activity_id, None).rows
