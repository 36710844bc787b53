"""Writing a previewed sheet: all of it in one transaction, or nothing.

A row with a presence that counts is recorded (a row counted absent is not: its person is not
created either, so that importing the sheet again finds nobody to add). New persons and
organisations are created, every presence that counts becomes an attendance with
its row's role (tally.py: the sheet's, the user's choice for an unknown value, the role a known
person already holds in the activity, else participant) and `signed` from the sheet; a presence
already recorded is kept as it is, and marked signed when the sheet says so. Persons already in
the registry are not edited. The mappings used are remembered in the same transaction. Persons
and attendance are inserted with SQLAlchemy Core (50,000 rows through the ORM took minutes) and
get the travel fields and audit entries that the ORM would have given them; organisations and
edits go through the ORM session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.records.text import organisation_search_text, person_search_text
from desktop_app.records.validation import not_found
from desktop_app.registry import organisations
from desktop_app.registry.sites import require_site
from desktop_app.signin import fields as f
from desktop_app.signin import problems
from desktop_app.signin.finder import roles_held
from desktop_app.signin.layout import SheetLayout
from desktop_app.signin.preview import (
    DUPLICATE,
    INVALID,
    MATCHED,
    RowPreview,
    SheetPreview,
)
from desktop_app.signin.reading import Progress
from desktop_app.signin.rows import PersonData
from desktop_app.signin.tally import Choices, Tally, role_codes, row_role, tally
from desktop_app.signin.values import split_acronym
from desktop_app.store import Database
from desktop_app.store.audit import TRAVEL_COLUMNS, json_value
from desktop_app.store.models import (
    Activity,
    Attendance,
    AuditEntry,
    Organisation,
    Person,
    SheetMapping,
    new_uuid,
    utc_now,
)
from desktop_app.store.sql_dialect import insert_for

FLUSH_EVERY = 500
Presences = list[tuple[dt.date, bool, str]]  # (day, signed, role)


@dataclass(frozen=True)
class ImportResult:
    persons_created: int
    persons_matched: int
    organisations_created: int
    attendances_added: int
    attendances_signed: int  # already recorded, now marked signed
    invalid_rows_skipped: int
    # What the preview said, with the choices made: persons by role, rows not persons, rows
    # without signature (and whether they were counted), pre-filled rows not signed.
    tally: Tally | None = None
    unsigned_counted: bool = False


def store_mapping(session: Session, layout: SheetLayout) -> None:
    mapping = {str(i): field for i, field in enumerate(layout.mapping) if field != f.IGNORE}
    statement = insert_for(session)(SheetMapping).values(
        layout_key=layout.layout_key, mapping=mapping, updated_at=utc_now()
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["layout_key"],
            set_={
                "mapping": statement.excluded.mapping,
                "updated_at": statement.excluded.updated_at,
            },
        )
    )


class _Writer:
    """Persons and attendance written with SQLAlchemy Core in batches (50,000 rows must stay
    quick), each with the travel fields and the "create" audit entry an ORM save would give."""

    def __init__(self, session: Session, activity: Activity, site: str) -> None:
        self.session = session
        self.connection = session.connection()
        self.activity = activity
        self.site = site
        self.now = utc_now()
        self.organisations: dict[str, Organisation | None] = {}
        self.organisations_created = 0
        self.persons_created = 0
        self.added = 0
        self.signed = 0
        self.existing: dict[tuple[int, dt.date], Attendance] = {
            (a.person_id, a.day): a
            for a in session.scalars(
                select(Attendance).where(Attendance.activity_id == activity.id)
            )
        }
        self.held: dict[int, str] = roles_held(self.existing.values())
        self.new_attendance: set[tuple[int, dt.date]] = set()
        self.pending_persons: list[tuple[dict[str, Any], Presences]] = []
        self.pending_attendance: list[dict[str, Any]] = []

    def travel(self) -> dict[str, Any]:
        return {
            "uuid": new_uuid(),
            "origin_site": self.site,
            "revision": 1,
            "changed_at": self.now,
            "changed_by_site": self.site,
            "synced_revision": 0,
            "deleted": False,
        }

    def audit(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        changes = {
            key: [None, json_value(value)]
            for key, value in values.items()
            if key not in TRAVEL_COLUMNS
        }
        return {
            "table_name": table,
            "record_uuid": values["uuid"],
            "action": "create",
            "site_code": self.site,
            "changed_at": self.now,
            "revision": 1,
            "changes": changes,
        }

    def organisation(self, text: str | None) -> Organisation | None:
        if not text:
            return None
        if text not in self.organisations:
            name, acronym = split_acronym(text)
            found = next(
                (
                    match
                    for part in dict.fromkeys((text, acronym, name))
                    if part and (match := organisations.matching(self.session, part))
                ),
                None,
            )
            if found is None:
                found = Organisation(
                    name=name,
                    acronym=acronym,
                    country=self.activity.country,
                    search_text=organisation_search_text(name, acronym),
                )
                self.session.add(found)
                self.session.flush()
                self.organisations_created += 1
            self.organisations[text] = found
        return self.organisations[text]

    def add_person(self, data: PersonData, presences: Presences) -> int:
        """Queue a new person; returns its place in the queue until `flush` gives ids."""
        organisation = self.organisation(data.organisation)
        values = {
            **self.travel(),
            "family_name": data.family_name,
            "given_names": data.given_names,
            "sex": data.sex,
            "birth_year": data.birth_year,
            "birth_date": data.birth_date,
            "age_band": data.age_band,
            "organisation_id": organisation.id if organisation else None,
            "position": data.position,
            "category": data.category,
            "region": data.region,
            "nationality": None,
            "phone": data.phone,
            "email": data.email,
            "consent_contact": False,
            "search_text": person_search_text(
                data.family_name,
                data.given_names,
                organisation.name if organisation else None,
                organisation.acronym if organisation else None,
                data.phone,
                data.email,
            ),
        }
        self.pending_persons.append((values, presences))
        self.persons_created += 1
        return len(self.pending_persons) - 1

    def attend(self, person_id: int, day: dt.date, signed: bool, role: str) -> None:
        key = (person_id, day)
        existing = self.existing.get(key)
        if existing is None:
            if key in self.new_attendance:
                return
            self.new_attendance.add(key)
            self.pending_attendance.append(
                {
                    **self.travel(),
                    "activity_id": self.activity.id,
                    "person_id": person_id,
                    "day": day,
                    "role": role,
                    "checked_in_at": None,
                    "signed": signed,
                }
            )
            self.added += 1
        elif existing.deleted:
            existing.deleted = False
            existing.signed = signed
            self.added += 1
        elif signed and not existing.signed:
            existing.signed = True
            self.signed += 1

    def flush(self) -> list[int]:
        """Write the queued rows; the ids of the persons queued since the last flush."""
        self.session.flush()  # organisations and edited attendance, through the ORM
        ids: list[int] = []
        if self.pending_persons:
            rows = [values for values, _presences in self.pending_persons]
            # RETURNING in parameter order makes SQLite insert one row at a time: ask afterwards.
            self.connection.execute(insert(Person), rows)
            uuids = [values["uuid"] for values in rows]
            found = self.connection.execute(
                select(Person.uuid, Person.id).where(Person.uuid.in_(uuids))
            )
            id_of = {uuid: person_id for uuid, person_id in found}
            ids = [id_of[uuid] for uuid in uuids]
            self.connection.execute(insert(AuditEntry), [self.audit("person", r) for r in rows])
            for person_id, (_values, presences) in zip(ids, self.pending_persons, strict=True):
                for day, signed, role in presences:
                    self.attend(person_id, day, signed, role)
            self.pending_persons = []
        if self.pending_attendance:
            rows = self.pending_attendance
            self.connection.execute(insert(Attendance), rows)
            self.connection.execute(insert(AuditEntry), [self.audit("attendance", r) for r in rows])
            self.pending_attendance = []
        return ids


def _existing_person(
    row: RowPreview, index: int, decisions: Mapping[int, int | None]
) -> int | None:
    """The registry person a row is: the known one, or the confirmed duplicate."""
    if row.outcome == MATCHED and row.known is not None:
        return row.known.person_id
    if row.outcome == DUPLICATE:
        return decisions.get(index)  # None: refused or undecided, a new person
    return None


def _check_choices(preview: SheetPreview, choices: Choices) -> None:
    known = set(role_codes())
    wrong = sorted(set(choices.roles.values()) - known)
    if wrong:
        raise problems.unknown_field(wrong[0], ", ".join(role_codes()))
    undecided = tally(preview, choices).unknown_roles
    if undecided:
        raise problems.roles_to_choose([value.text for value in undecided])


def apply_preview(
    database: Database,
    preview: SheetPreview,
    decisions: Mapping[int, int | None] | None = None,
    *,
    skip_invalid: bool = False,
    choices: Choices | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the preview. `decisions` maps the index of a possible-duplicate row to the person it
    is (confirmed) or None (a new person); an undecided row becomes a new person. `choices`:
    whether rows without signature count, and the role of role values (all must be known)."""
    decisions = decisions or {}
    choices = choices or Choices()
    invalid = sum(1 for r in preview.rows if r.outcome == INVALID)
    if invalid and not skip_invalid:
        raise problems.invalid_rows(invalid)
    _check_choices(preview, choices)
    with database.session() as session:
        activity = session.get(Activity, preview.activity_id)
        if activity is None or activity.deleted:
            raise not_found("activity", preview.activity_id)
        writer = _Writer(session, activity, require_site(database).code)
        person_of_row: dict[int, int] = {}
        queued: dict[int, int] = {}  # row index -> place in the person queue
        matched: set[int] = set()
        total = len(preview.rows)

        def write_queue() -> None:
            ids = writer.flush()
            for index, place in queued.items():
                person_of_row[index] = ids[place]
            queued.clear()

        for index, row_preview in enumerate(preview.rows):
            if index % FLUSH_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise problems.cancelled()
                if progress is not None:
                    progress(index, total)
                write_queue()
            person = row_preview.row.person
            if row_preview.outcome == INVALID or person is None:
                continue
            counted = row_preview.row.counted(choices.unsigned_present)
            if not counted:
                continue  # absent (unsigned, no day ticked): not recorded, nor created
            # The person's first row stands for every row of the same person; it may have been
            # absent (unsigned on day 2, signed on day 3): then this row comes first.
            first = row_preview.same_as if row_preview.same_as is not None else index
            if first in queued:
                write_queue()
            person_id = person_of_row.get(first)
            if person_id is None:
                person_id = _existing_person(preview.rows[first], first, decisions)
                if person_id is not None:
                    matched.add(person_id)
            role = row_role(row_preview, choices, writer.held, person_id) or "participant"
            presences = [(p.day, p.signed, role) for p in counted]
            if person_id is None:
                queued[first] = writer.add_person(person, presences)
                continue
            person_of_row[first] = person_id
            for day, signed, role in presences:
                writer.attend(person_id, day, signed, role)
        write_queue()
        for layout in preview.layouts:
            store_mapping(session, layout)
        if progress is not None:
            progress(total, total)
        return ImportResult(
            persons_created=writer.persons_created,
            persons_matched=len(matched),
            organisations_created=writer.organisations_created,
            attendances_added=writer.added,
            attendances_signed=writer.signed,
            invalid_rows_skipped=invalid,
            tally=tally(preview, choices),
            unsigned_counted=choices.unsigned_present,
        )


def record_presences(
    session: Session, activity: Activity, site: str, presences: list[tuple[int, dt.date, bool]]
) -> tuple[int, int]:
    """Presences of persons already in the registry, as the sheet import writes them (a role
    the person holds in the activity, else participant; a presence already recorded kept and
    marked signed when it is): (attendances added, attendances now marked signed). In the
    caller's transaction: photographed sheets (photos/) write their evidence in the same one."""
    writer = _Writer(session, activity, site)
    for person_id, day, signed in presences:
        writer.attend(person_id, day, signed, writer.held.get(person_id) or "participant")
    writer.flush()
    return writer.added, writer.signed
