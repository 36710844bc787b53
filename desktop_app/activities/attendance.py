"""Attendance: check a person in to an activity for a day with a role, undo, roles, signatures.

Checking in twice is harmless: the existing attendance comes back (`already_present`). Undo is a
tombstone; checking the same person in again for that day revives it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.activities.activities import days_between
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.revisions import check_revision, refusing_stale
from desktop_app.records.validation import Problems, not_found
from desktop_app.registry import organisations
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Person, utc_now
from desktop_app.store.vocabulary import attendance_roles

DEFAULT_ROLE = "participant"


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    activity_id: int
    person_id: int
    day: dt.date
    role: str
    signed: bool
    checked_in_at: dt.datetime | None
    already_present: bool = False  # check_in found the person already checked in that day
    revision: int = 0


@dataclass(frozen=True)
class AttendanceCell:
    attendance_id: int
    role: str
    signed: bool
    # The stored revision, for `expected_revision=`; cells compare by what they show.
    revision: int = field(default=0, compare=False)
    checked_in_at: dt.datetime | None = field(default=None, compare=False)  # UTC


@dataclass(frozen=True)
class GridRow:
    """One person of an activity, with a cell per day of the activity (None: absent)."""

    person_id: int
    family_name: str
    given_names: str
    sex: str | None
    organisation: str | None
    cells: tuple[AttendanceCell | None, ...]

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()


@dataclass(frozen=True)
class AttendanceGrid:
    """Persons x days of one activity, persons by name."""

    activity_id: int
    days: tuple[dt.date, ...]
    rows: tuple[GridRow, ...]


def usual_roles(grid: AttendanceGrid, day: dt.date) -> dict[int, str]:
    """The role each person of the activity gets when checked in on `day`: the role held on
    the nearest earlier day (a facilitator of day 1 stays one on day 2 and 3), else on the
    nearest later day. Anyone not listed is a participant (`DEFAULT_ROLE`)."""
    before = [index for index, other in enumerate(grid.days) if other < day]
    after = [index for index, other in enumerate(grid.days) if other > day]
    order = [*reversed(before), *after]
    roles: dict[int, str] = {}
    for person in grid.rows:
        held = (person.cells[index] for index in order)
        role = next((cell.role for cell in held if cell is not None), None)
        if role is not None:
            roles[person.person_id] = role
    return roles


def row(attendance: Attendance, already_present: bool = False) -> AttendanceRow:
    return AttendanceRow(
        attendance.id,
        attendance.activity_id,
        attendance.person_id,
        attendance.day,
        attendance.role,
        attendance.signed,
        attendance.checked_in_at,
        already_present,
        attendance.revision,
    )


def _check_role(problems: Problems, role: str) -> None:
    if role not in {t.code for t in attendance_roles()}:
        problems.add("role", QT_TRANSLATE_NOOP("Validation", "Unknown role {value}."), value=role)


def check_in(
    database: Database,
    activity_id: int,
    person_id: int,
    day: dt.date,
    role: str = DEFAULT_ROLE,
) -> AttendanceRow:
    """Record the person present that day. Already there: the existing attendance, unchanged."""
    problems = Problems()
    _check_role(problems, role)
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            problems.add(
                "activity",
                QT_TRANSLATE_NOOP("Validation", "There is no activity with id {id}."),
                id=activity_id,
            )
        elif activity.status == "cancelled":
            problems.add(
                "activity",
                QT_TRANSLATE_NOOP("Validation", "This activity is cancelled: nobody can attend."),
            )
        elif not activity.start_date <= day <= activity.end_date:
            problems.add(
                "day",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The day must lie within the activity's dates ({start} to {end}).",
                ),
                start=activity.start_date.isoformat(),
                end=activity.end_date.isoformat(),
            )
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            problems.add(
                "person",
                QT_TRANSLATE_NOOP("Validation", "There is no person with id {id}."),
                id=person_id,
            )
        problems.raise_if_any()
        existing = session.scalars(
            select(Attendance).where(
                Attendance.activity_id == activity_id,
                Attendance.person_id == person_id,
                Attendance.day == day,
            )
        ).first()
        if existing is not None and not existing.deleted:
            return row(existing, already_present=True)
        if existing is None:
            existing = Attendance(activity_id=activity_id, person_id=person_id, day=day)
            session.add(existing)
        existing.deleted = False
        existing.role = role
        existing.signed = False
        existing.checked_in_at = utc_now()
        session.flush()
        return row(existing)


def _live(session: Session, attendance_id: int) -> Attendance:
    attendance = session.get(Attendance, attendance_id)
    if attendance is None or attendance.deleted:
        raise not_found("attendance", attendance_id)
    return attendance


def undo_check_in(
    database: Database, attendance_id: int, *, expected_revision: int | None = None
) -> None:
    with refusing_stale("attendance"), database.session() as session:
        attendance = _live(session, attendance_id)
        check_revision(attendance, expected_revision, "attendance")
        attendance.deleted = True


def change_role(
    database: Database, attendance_id: int, role: str, *, expected_revision: int | None = None
) -> AttendanceRow:
    """`expected_revision`: the revision the user saw (records/revisions.py)."""
    problems = Problems()
    _check_role(problems, role)
    problems.raise_if_any()
    with refusing_stale("attendance"), database.session() as session:
        attendance = _live(session, attendance_id)
        check_revision(attendance, expected_revision, "attendance")
        attendance.role = role
        session.flush()
        return row(attendance)


def set_signed(
    database: Database,
    attendance_id: int,
    signed: bool = True,
    *,
    expected_revision: int | None = None,
) -> AttendanceRow:
    with refusing_stale("attendance"), database.session() as session:
        attendance = _live(session, attendance_id)
        check_revision(attendance, expected_revision, "attendance")
        attendance.signed = signed
        session.flush()
        return row(attendance)


def list_attendance(database: Database, activity_id: int) -> list[AttendanceRow]:
    """Live attendance of an activity, by day then check-in order."""
    with database.session() as session:
        rows = session.scalars(
            select(Attendance)
            .where(Attendance.activity_id == activity_id, ~Attendance.deleted)
            .order_by(Attendance.day, Attendance.id)
        )
        return [row(a) for a in rows]


def attendance_grid(database: Database, activity_id: int) -> AttendanceGrid:
    """Every person checked in to the activity (any day, any role) x its days."""
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise not_found("activity", activity_id)
        days = days_between(activity.start_date, activity.end_date)
        column = {day: index for index, day in enumerate(days)}
        records = session.execute(
            select(Attendance, Person)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.activity_id == activity_id, ~Attendance.deleted)
            .order_by(Person.family_name, Person.given_names, Person.id)
        ).all()
        cells: dict[int, list[AttendanceCell | None]] = {}
        persons: dict[int, Person] = {}
        for attendance, person in records:
            persons[person.id] = person
            person_cells = cells.setdefault(person.id, [None] * len(days))
            index = column.get(attendance.day)
            if index is not None:
                person_cells[index] = AttendanceCell(
                    attendance.id,
                    attendance.role,
                    attendance.signed,
                    attendance.revision,
                    attendance.checked_in_at,
                )
        rows = tuple(
            GridRow(
                person.id,
                person.family_name,
                person.given_names,
                person.sex,
                organisations.info(person.organisation).label if person.organisation else None,
                tuple(cells[person.id]),
            )
            for person in persons.values()
        )
        return AttendanceGrid(activity_id, days, rows)
