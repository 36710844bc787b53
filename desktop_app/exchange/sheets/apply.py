"""Writing a previewed sheet: all of it in one transaction, or nothing.

New persons and organisations are created, every presence becomes an attendance (role
participant) with `signed` from the sheet; a presence already recorded is kept, and marked signed
when the sheet says so. Persons already in the registry are not edited. The mappings used are
remembered in the same transaction. Records go through the ORM session so that each gets its
revision and audit entry like any other change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop_app.exchange.sheets import fields as f
from desktop_app.exchange.sheets import problems
from desktop_app.exchange.sheets.layout import SheetLayout
from desktop_app.exchange.sheets.preview import DUPLICATE, INVALID, MATCHED, SheetPreview
from desktop_app.exchange.sheets.reading import Progress
from desktop_app.exchange.sheets.rows import PersonData
from desktop_app.services import organisations
from desktop_app.services.text import person_search_text
from desktop_app.services.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    Attendance,
    Organisation,
    Person,
    SheetMapping,
    utc_now,
)

FLUSH_EVERY = 500
PARTICIPANT = "participant"


@dataclass(frozen=True)
class ImportResult:
    persons_created: int
    persons_matched: int
    organisations_created: int
    attendances_added: int
    attendances_signed: int  # already recorded, now marked signed
    invalid_rows_skipped: int


def store_mapping(session: Session, layout: SheetLayout) -> None:
    mapping = {str(i): field for i, field in enumerate(layout.mapping) if field != f.IGNORE}
    statement = insert(SheetMapping).values(
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
    def __init__(self, session: Session, activity: Activity) -> None:
        self.session = session
        self.activity = activity
        self.organisations: dict[str, Organisation] = {}
        self.organisations_created = 0
        self.persons_created = 0
        self.added = 0
        self.signed = 0
        self.attendance: dict[tuple[Person | int, dt.date], Attendance] = {
            (a.person_id, a.day): a
            for a in session.scalars(
                select(Attendance).where(Attendance.activity_id == activity.id)
            )
        }

    def organisation(self, text: str | None) -> Organisation | None:
        if not text:
            return None
        if text not in self.organisations:
            found = organisations.matching(self.session, text)
            if found is None:
                found = organisations.found_or_created(self.session, text, self.activity.country)
                self.organisations_created += 1
            self.organisations[text] = found
        return self.organisations[text]

    def create_person(self, data: PersonData) -> Person:
        organisation = self.organisation(data.organisation)
        person = Person(
            family_name=data.family_name,
            given_names=data.given_names,
            sex=data.sex,
            birth_year=data.birth_year,
            age_band=data.age_band,
            organisation=organisation,
            position=data.position,
            category=data.category,
            region=data.region,
            phone=data.phone,
            email=data.email,
            search_text=person_search_text(
                data.family_name,
                data.given_names,
                organisation.name if organisation else None,
                organisation.acronym if organisation else None,
                data.phone,
                data.email,
            ),
        )
        self.session.add(person)
        self.persons_created += 1
        return person

    def attend(self, person: Person | int, day: dt.date, signed: bool) -> None:
        # New persons have no id before the flush: they are keyed by the object itself.
        key = (person, day)
        existing = self.attendance.get(key)
        if existing is None:
            attendance = Attendance(activity_id=self.activity.id, day=day, role=PARTICIPANT)
            if isinstance(person, Person):
                attendance.person = person
            else:
                attendance.person_id = person
            attendance.signed = signed
            self.session.add(attendance)
            self.attendance[key] = attendance
            self.added += 1
        elif existing.deleted:
            existing.deleted = False
            existing.signed = signed
            self.added += 1
        elif signed and not existing.signed:
            existing.signed = True
            self.signed += 1


def apply_preview(
    database: Database,
    preview: SheetPreview,
    decisions: Mapping[int, int | None] | None = None,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the preview. `decisions` maps the index of a possible-duplicate row to the person it
    is (confirmed) or None (a new person); an undecided row becomes a new person."""
    decisions = decisions or {}
    invalid = sum(1 for r in preview.rows if r.outcome == INVALID)
    if invalid and not skip_invalid:
        raise problems.invalid_rows(invalid)
    with database.session() as session:
        activity = session.get(Activity, preview.activity_id)
        if activity is None or activity.deleted:
            raise not_found("activity", preview.activity_id)
        writer = _Writer(session, activity)
        person_of_row: dict[int, Person | int] = {}
        matched: set[int] = set()
        total = len(preview.rows)
        for index, row_preview in enumerate(preview.rows):
            if index % FLUSH_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise problems.cancelled()
                if progress is not None:
                    progress(index, total)
                session.flush()
            person = row_preview.row.person
            if row_preview.outcome == INVALID or person is None:
                continue
            person_id: Person | int
            if row_preview.same_as is not None:
                person_id = person_of_row[row_preview.same_as]
            elif row_preview.outcome == MATCHED and row_preview.known is not None:
                person_id = row_preview.known.person_id
                matched.add(person_id)
            elif row_preview.outcome == DUPLICATE and decisions.get(index) is not None:
                person_id = int(decisions[index])  # type: ignore[arg-type]
                matched.add(person_id)
            else:
                person_id = writer.create_person(person)
            person_of_row[index] = person_id
            for presence in row_preview.row.presences:
                writer.attend(person_id, presence.day, presence.signed)
        for layout in preview.layouts:
            store_mapping(session, layout)
        session.flush()
        if progress is not None:
            progress(total, total)
        return ImportResult(
            persons_created=writer.persons_created,
            persons_matched=len(matched),
            organisations_created=writer.organisations_created,
            attendances_added=writer.added,
            attendances_signed=writer.signed,
            invalid_rows_skipped=invalid,
        )
