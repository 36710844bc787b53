"""Two programs on one database change the same check-in, as the check-in screen and the
attendance grid do: with the revision the grid read, a change someone else saved since is
refused (also when it slips in between the check and the write), and the first one stays.

Runs on either engine through the `db` / `db_path` fixtures (two Database handles).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import (
    AttendanceCell,
    AttendanceRow,
    attendance_grid,
    change_role,
    check_in,
    list_attendance,
    set_signed,
    undo_check_in,
)
from desktop_app.records.validation import NotFound
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database, open_database
from desktop_app.store.errors import RecordChangedElsewhere

DAY1, DAY2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)


@pytest.fixture
def user_b(db: Database, db_path: Path | str) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def _activity(db: Database) -> int:
    fields = ActivityFields(
        title="Formation des journalistes",
        kind="training",
        start_date=DAY1,
        end_date=DAY2,
        country="NE",
        city="Niamey",
    )
    return create_activity(db, fields).id


def _check_in_persons(db: Database, activity_id: int, count: int) -> list[AttendanceRow]:
    rows = []
    for number in range(count):
        person = create_person(db, PersonFields(family_name=f"SANOGO{number}", given_names="Awa"))
        rows.append(check_in(db, activity_id, person.id, DAY1))
    return rows


def _cell(db: Database, activity_id: int, attendance_id: int) -> AttendanceCell:
    grid = attendance_grid(db, activity_id)
    cells = [cell for row in grid.rows for cell in row.cells if cell is not None]
    return next(cell for cell in cells if cell.attendance_id == attendance_id)


def _stored(db: Database, attendance: AttendanceRow) -> AttendanceRow | None:
    rows = list_attendance(db, attendance.activity_id)
    return next((row for row in rows if row.id == attendance.id), None)


def test_grid_cells_carry_the_stored_revision_in_one_read(db: Database) -> None:
    activity_id = _activity(db)
    (first, *others) = _check_in_persons(db, activity_id, 2)
    saved = change_role(db, first.id, "expert", expected_revision=first.revision)
    assert saved.revision == first.revision + 1
    assert _cell(db, activity_id, first.id).revision == saved.revision
    assert _cell(db, activity_id, others[0].id).revision == others[0].revision

    statements: list[str] = []

    def record(_conn: Connection, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        attendance_grid(db, activity_id)
        few = len(statements)
        _check_in_persons(db, activity_id, 6)
        statements.clear()
        attendance_grid(db, activity_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(statements) == few  # no query per row for the revisions


def test_untick_over_a_signature_given_elsewhere_is_refused_then_goes_through(
    db: Database, user_b: Database
) -> None:
    activity_id = _activity(db)
    (attendance,) = _check_in_persons(db, activity_id, 1)
    shown = _cell(db, activity_id, attendance.id)  # user A's grid
    set_signed(user_b, attendance.id, True, expected_revision=shown.revision)
    with pytest.raises(RecordChangedElsewhere):
        undo_check_in(db, attendance.id, expected_revision=shown.revision)
    kept = _stored(user_b, attendance)
    assert kept is not None and kept.signed  # B's signature stays, the check-in too
    again = _cell(db, activity_id, attendance.id)  # A's grid read again
    assert again.signed
    undo_check_in(db, attendance.id, expected_revision=again.revision)
    assert _stored(user_b, attendance) is None


def test_a_change_of_a_removed_check_in_is_refused(db: Database, user_b: Database) -> None:
    activity_id = _activity(db)
    (attendance,) = _check_in_persons(db, activity_id, 1)
    undo_check_in(user_b, attendance.id, expected_revision=attendance.revision)
    with pytest.raises(NotFound):
        set_signed(db, attendance.id, True, expected_revision=attendance.revision)
    assert _stored(db, attendance) is None


def _before_first_flush(database: Database, change: Callable[[], None]) -> Callable[[], None]:
    """Run `change` (the other program's save) at `database`'s next flush: after its read
    and revision check, before its UPDATE. Returns the function that removes the hook."""
    fired: list[bool] = []

    def before_flush(session: Session, *_args: object) -> None:
        if not fired and session.get_bind() is database.engine:
            fired.append(True)
            change()

    event.listen(Session, "before_flush", before_flush)
    return lambda: event.remove(Session, "before_flush", before_flush)


@pytest.mark.parametrize("write", ["role", "signature", "undo"])
def test_a_change_slipped_in_between_check_and_write_is_refused(
    db: Database, user_b: Database, write: str
) -> None:
    activity_id = _activity(db)
    (attendance,) = _check_in_persons(db, activity_id, 1)
    revision = attendance.revision

    def b_changes_the_role() -> None:
        change_role(user_b, attendance.id, "observer", expected_revision=revision)

    writes: dict[str, Callable[[], object]] = {
        "role": lambda: change_role(db, attendance.id, "expert", expected_revision=revision),
        "signature": lambda: set_signed(db, attendance.id, True, expected_revision=revision),
        "undo": lambda: undo_check_in(db, attendance.id, expected_revision=revision),
    }
    remove = _before_first_flush(db, b_changes_the_role)
    try:
        with pytest.raises(RecordChangedElsewhere):
            writes[write]()
    finally:
        remove()
    stored = _stored(db, attendance)
    assert stored is not None
    assert (stored.role, stored.signed, stored.revision) == ("observer", False, revision + 1)
