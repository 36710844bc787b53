"""Merge two records of the same human into one, and find a person by an old uuid.

`merge_persons(db, survivor_id, merged_id)`, in one transaction:
- every live attendance of the merged person moves to the survivor; when both attended the same
  activity on the same day one row stays (the more telling role, signed if either signed, the
  earlier check-in) and the other becomes a tombstone;
- the survivor's empty fields are completed from the merged record; the answers on
  functioning travel whole, with their consent, when only the merged record has them;
- the merged person becomes a tombstone, and an alias (old uuid -> survivor) lets a workbook that
  still carries the old uuid land on the survivor (`resolve_person_uuid`);
- the audit trail gets a "merge" entry on both records, the merged one holding all its fields;
- persons said to be different from the merged one are now different from the survivor.
Head counts name nobody and are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from desktop_app.dedup.finder import no_person, pair_key
from desktop_app.dedup.score import CONTEXT
from desktop_app.disability import answers as disability_answers
from desktop_app.disability.questions import COLUMNS as DISABILITY_COLUMNS
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.text import person_search_text
from desktop_app.store import Database
from desktop_app.store.audit import snapshot
from desktop_app.store.models import (
    Attendance,
    AuditEntry,
    NotDuplicate,
    Organisation,
    Person,
    PersonAlias,
)
from desktop_app.store.sql_dialect import insert_for
from desktop_app.store.vocabulary import team_roles

# Filled on the survivor from the merged record when the survivor has none.
COMPLETED_FIELDS = (
    "given_names",
    "sex",
    "birth_year",
    "birth_date",  # after the year: a date is taken only in the survivor's birth year
    "age_band",
    "organisation_id",
    "position",
    "category",
    "region",
    "nationality",
    "phone",
    "email",
)


@dataclass(frozen=True)
class MergeResult:
    survivor_id: int
    merged_uuid: str
    moved: int  # attendance rows now on the survivor
    combined: int  # days both had attended: one row kept
    completed: tuple[str, ...]  # survivor fields filled from the merged record


def _role_rank(role: str) -> int:
    """Which role tells more about a person's part: the team, then participant, then observer."""
    if role in team_roles():
        return 2
    return 1 if role == "participant" else 0


def _live_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise no_person(person_id)
    return person


def merge_persons(database: Database, survivor_id: int, merged_id: int) -> MergeResult:
    """Merge `merged_id` into `survivor_id` (see the module's text). Nothing changes on error."""
    if survivor_id == merged_id:
        raise RegistreError(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP("Dedup", "A person cannot be merged with itself (id {id})."),
                {"id": survivor_id},
            )
        )
    with database.session() as session:
        survivor = _live_person(session, survivor_id)
        merged = _live_person(session, merged_id)
        merged_fields = snapshot(merged)
        moved, combined = _move_attendance(session, survivor, merged)
        completed = _complete(survivor, merged) + _complete_disability(survivor, merged)
        if completed:
            organisation = (
                session.get(Organisation, survivor.organisation_id)
                if survivor.organisation_id is not None
                else None
            )
            survivor.search_text = person_search_text(
                survivor.family_name,
                survivor.given_names,
                organisation.name if organisation else None,
                organisation.acronym if organisation else None,
                survivor.phone,
                survivor.email,
            )
        merged.deleted = True
        # Earlier aliases of the merged person now lead to the survivor too.
        session.execute(
            update(PersonAlias)
            .where(PersonAlias.person_id == merged.id)
            .values(person_id=survivor.id)
        )
        session.add(PersonAlias(old_uuid=merged.uuid, person_id=survivor.id))
        _carry_distinct(session, merged.uuid, survivor.uuid)
        session.flush()  # stamps revisions and writes the update and delete entries
        site = session.info.get("site_code") or ""
        session.add(
            AuditEntry(
                table_name="person",
                record_uuid=merged.uuid,
                action="merge",
                site_code=site,
                changed_at=merged.changed_at,
                revision=merged.revision,
                changes={
                    **{key: [value, None] for key, value in merged_fields.items()},
                    "merged_into": [None, survivor.uuid],
                },
            )
        )
        session.add(
            AuditEntry(
                table_name="person",
                record_uuid=survivor.uuid,
                action="merge",
                site_code=site,
                changed_at=survivor.changed_at,
                revision=survivor.revision,
                changes={"merged_from": [None, merged.uuid], "attendance_moved": [0, moved]},
            )
        )
        return MergeResult(survivor.id, merged.uuid, moved, combined, completed)


def _move_attendance(session: Session, survivor: Person, merged: Person) -> tuple[int, int]:
    kept = {
        (row.activity_id, row.day): row
        for row in session.scalars(select(Attendance).where(Attendance.person_id == survivor.id))
    }
    moved = combined = 0
    for row in session.scalars(
        select(Attendance).where(Attendance.person_id == merged.id, ~Attendance.deleted)
    ):
        existing = kept.get((row.activity_id, row.day))
        if existing is None:
            row.person_id = survivor.id
            moved += 1
            continue
        if existing.deleted:
            # The survivor's row for that day was undone: it comes back with the merged row's data.
            existing.deleted = False
            existing.role = row.role
            existing.signed = row.signed
            existing.checked_in_at = row.checked_in_at
            moved += 1
        else:
            if _role_rank(row.role) > _role_rank(existing.role):
                existing.role = row.role
            existing.signed = existing.signed or row.signed
            times = [t for t in (existing.checked_in_at, row.checked_in_at) if t is not None]
            existing.checked_in_at = min(times) if times else None
            combined += 1
        row.deleted = True
    return moved, combined


def _carry_distinct(session: Session, merged_uuid: str, survivor_uuid: str) -> None:
    """Someone said to be different from the merged person is different from the survivor."""
    others = {
        second if first == merged_uuid else first
        for first, second in session.execute(
            select(NotDuplicate.first_uuid, NotDuplicate.second_uuid).where(
                or_(NotDuplicate.first_uuid == merged_uuid, NotDuplicate.second_uuid == merged_uuid)
            )
        )
    }
    others.discard(survivor_uuid)
    for other in others:
        first, second = pair_key(survivor_uuid, other)
        session.execute(
            insert_for(session)(NotDuplicate)
            .values(first_uuid=first, second_uuid=second)
            .on_conflict_do_nothing()
        )


def _complete(survivor: Person, merged: Person) -> tuple[str, ...]:
    completed = []
    for name in COMPLETED_FIELDS:
        if (
            name == "birth_date"
            and merged.birth_date is not None
            and survivor.birth_year not in (None, merged.birth_date.year)
        ):
            continue  # the two records disagree on the year: the survivor's year stands
        if getattr(survivor, name) in (None, "") and getattr(merged, name) not in (None, ""):
            setattr(survivor, name, getattr(merged, name))
            completed.append(name)
    return tuple(completed)


def _complete_disability(survivor: Person, merged: Person) -> tuple[str, ...]:
    """The merged record's answers on functioning, when the survivor has no consent: all of
    them with their consent and its date, never mixed with the survivor's (one interview)."""
    if survivor.disability_consent or not merged.disability_consent:
        return ()
    carried = disability_answers.read(merged)
    disability_answers.write(survivor, carried)
    written = [DISABILITY_COLUMNS[domain] for domain in carried.answers]
    written.append("disability_consent")
    if carried.consent_date is not None:
        written.append("disability_consent_date")
    return tuple(written)


def resolve_person_uuid(source: Database | Session, uuid: str) -> int | None:
    """The id of the live person a uuid stands for, following merge aliases; None if unknown."""
    if isinstance(source, Database):
        with source.session() as session:
            return _resolve(session, uuid)
    return _resolve(source, uuid)


def _resolve(session: Session, uuid: str) -> int | None:
    person = session.scalars(select(Person).where(Person.uuid == uuid)).first()
    seen: set[int] = set()
    if person is None or person.deleted:
        alias = session.get(PersonAlias, uuid)
        if alias is None:
            return None
        person_id: int | None = alias.person_id
        # Merges of merges: follow until a live person (aliases are re-pointed, but be safe).
        while person_id is not None and person_id not in seen:
            seen.add(person_id)
            target = session.get(Person, person_id)
            if target is None:
                return None
            if not target.deleted:
                return target.id
            next_alias = session.get(PersonAlias, target.uuid)
            person_id = next_alias.person_id if next_alias else None
        return None
    return person.id
