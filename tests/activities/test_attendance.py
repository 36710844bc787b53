"""Check-in: days within the activity, twice is harmless, undo and revive, roles, signatures."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.activities.activities import cancel_activity, delete_activity
from desktop_app.activities.attendance import (
    AttendanceCell,
    attendance_grid,
    change_role,
    check_in,
    list_attendance,
    set_signed,
    undo_check_in,
    usual_roles,
)
from desktop_app.records.validation import NotFound, ValidationError
from desktop_app.registry.persons import delete_person
from desktop_app.store import Database
from desktop_app.store.models import Attendance, AuditEntry
from tests.factories import MakeActivity, MakePerson

DAY1, DAY2, DAY3 = dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7)


def _rows(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Attendance)) or 0)


def test_check_in_twice_returns_the_same_attendance(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity, person = make_activity(), make_person()
    first = check_in(db, activity.id, person.id, DAY1)
    assert (first.role, first.signed, first.already_present) == ("participant", False, False)
    assert first.checked_in_at is not None
    again = check_in(db, activity.id, person.id, DAY1, role="expert")
    assert again.id == first.id and again.already_present and again.role == "participant"
    assert _rows(db) == 1


def test_undo_then_check_in_revives_the_same_record(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity, person = make_activity(), make_person()
    first = check_in(db, activity.id, person.id, DAY2)
    undo_check_in(db, first.id)
    assert list_attendance(db, activity.id) == []
    with pytest.raises(NotFound):
        undo_check_in(db, first.id)
    revived = check_in(db, activity.id, person.id, DAY2, role="moderator")
    assert (revived.id, revived.role, revived.already_present) == (first.id, "moderator", False)
    assert _rows(db) == 1
    with db.session() as session:
        uuid = session.scalar(select(Attendance.uuid).where(Attendance.id == first.id))
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_uuid == uuid).order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "delete", "restore"]


def test_refusals_name_the_field(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity, person = make_activity(), make_person()
    cases = [
        ((activity.id, person.id, dt.date(2022, 12, 8)), "day"),
        ((activity.id, person.id, dt.date(2022, 12, 4)), "day"),
        ((999, person.id, DAY1), "activity"),
        ((activity.id, 999, DAY1), "person"),
    ]
    for arguments, field in cases:
        with pytest.raises(ValidationError) as caught:
            check_in(db, *arguments)
        assert list(caught.value.fields) == [field]
    with pytest.raises(ValidationError) as caught:
        check_in(db, activity.id, person.id, DAY1, role="dancer")
    assert list(caught.value.fields) == ["role"]
    assert _rows(db) == 0


def test_cancelled_or_deleted_activity_and_deleted_person_are_refused(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    cancelled, deleted, person = make_activity(), make_activity(), make_person()
    cancel_activity(db, cancelled.id)
    delete_activity(db, deleted.id)
    with pytest.raises(ValidationError, match="cancelled"):
        check_in(db, cancelled.id, person.id, DAY1)
    with pytest.raises(ValidationError, match="no activity"):
        check_in(db, deleted.id, person.id, DAY1)
    gone = make_person("GONE", "")
    delete_person(db, gone.id)
    with pytest.raises(ValidationError, match="no person"):
        check_in(db, make_activity().id, gone.id, DAY1)


def test_change_role_and_signed(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity, person = make_activity(), make_person()
    attendance = check_in(db, activity.id, person.id, DAY1)
    assert change_role(db, attendance.id, "facilitator").role == "facilitator"
    with pytest.raises(ValidationError):
        change_role(db, attendance.id, "king")
    assert set_signed(db, attendance.id).signed is True
    assert set_signed(db, attendance.id, False).signed is False
    [stored] = list_attendance(db, activity.id)
    assert (stored.role, stored.signed) == ("facilitator", False)
    with pytest.raises(NotFound):
        set_signed(db, 999)


def test_grid_is_persons_by_name_times_days(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    zoe, awa = make_person("ZONGO", "Zoé", sex="F"), make_person("ABDOU", "Awa", sex="F")
    first = check_in(db, activity.id, zoe.id, DAY1)
    check_in(db, activity.id, zoe.id, DAY3, role="speaker")
    awa_day2 = check_in(db, activity.id, awa.id, DAY2)
    set_signed(db, awa_day2.id)
    grid = attendance_grid(db, activity.id)
    assert grid.days == (DAY1, DAY2, DAY3)
    assert [row.display_name for row in grid.rows] == ["Awa ABDOU", "Zoé ZONGO"]
    assert grid.rows[0].cells == (None, AttendanceCell(awa_day2.id, "participant", True), None)
    assert grid.rows[1].cells[0] == AttendanceCell(first.id, "participant", False)
    assert grid.rows[1].cells[1] is None
    assert grid.rows[1].cells[2] is not None and grid.rows[1].cells[2].role == "speaker"
    with pytest.raises(NotFound):
        attendance_grid(db, 999)


def test_usual_role_is_the_nearest_earlier_day_then_the_nearest_later(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()  # 5 to 7 December
    facilitator, changed, later_only, participant, newcomer = (
        make_person(given_names=name) for name in ("Awa", "Bintou", "Chaibou", "Djibo", "Ema")
    )
    check_in(db, activity.id, facilitator.id, DAY1, "facilitator")
    check_in(db, activity.id, changed.id, DAY1, "facilitator")
    check_in(db, activity.id, changed.id, DAY2, "expert")
    check_in(db, activity.id, later_only.id, DAY3, "moderator")
    check_in(db, activity.id, participant.id, DAY1)
    grid = attendance_grid(db, activity.id)
    assert usual_roles(grid, DAY3) == {
        facilitator.id: "facilitator",  # day 1 carries over to day 3
        changed.id: "expert",  # the nearest earlier day wins
        participant.id: "participant",
    }
    assert usual_roles(grid, DAY1) == {changed.id: "expert", later_only.id: "moderator"}
    assert newcomer.id not in usual_roles(grid, DAY2)
    assert usual_roles(grid, DAY2)[later_only.id] == "moderator"
