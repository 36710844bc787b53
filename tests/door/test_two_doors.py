"""Two doors, one office: two laptops of the Niamey office check in the same activity and
merge their presences at the end of the day through the workbook sync: the badges printed on
one are scanned on the other, a person who came through both doors is one presence, nothing
conflicts, nothing is duplicated; HQ gets the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.activities.activities import create_activity
from desktop_app.activities.counting import activity_counts
from desktop_app.door.badges import issue_badges
from desktop_app.door.expected import add_expected, expected_day
from desktop_app.door.scans import check_in_scan
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, SyncConflict
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import ImportResult, import_workbooks, preview_import
from tests.factories import activity_fields
from tests.sync.hq_builders import site_database

DAY = dt.date(2022, 12, 5)


def _presences(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        rows = session.execute(
            select(Attendance.person_id, Attendance.day).where(~Attendance.deleted)
        ).all()
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict))
    assert conflicts == 0
    return sorted((str(person), str(day)) for person, day in rows)


def _clean(result: ImportResult) -> None:
    for summary in result.files:
        assert summary.invalid_rows == ()
        assert all(t.conflicts == 0 for t in summary.types)


def test_two_laptops_merge_their_presences(template_db: Path, tmp_path: Path) -> None:
    first = site_database(template_db, tmp_path / "a", "NE-NIA")  # the coordinator's laptop
    second = site_database(template_db, tmp_path / "b", "NE-NIA")  # the second door
    activity = create_activity(first, activity_fields(title="Forum des jeunes leaders"))
    persons = [
        create_person(first, PersonFields(f"JEUNE{n}", "Awa" if n % 2 else "Issa",
                                          sex="F" if n % 2 else "M", birth_year=2000))
        for n in range(10)
    ]  # fmt: skip
    add_expected(first, activity.id, [p.id for p in persons])
    codes = [b.token for b in issue_badges(first, [p.id for p in persons])]
    # The day before: the second laptop receives the activity, the list and the badges.
    before = export_workbook(first, tmp_path / "before.xlsx").path
    (warning,) = preview_import(second, [before]).files[0].office_warnings
    assert "this database's own site NE-NIA" in warning.render()  # asked once
    _clean(import_workbooks(second, [before], accept_office_change=True))
    with second.session() as session:
        on_second = session.scalars(select(Activity.id)).one()
    # The day: door A scans persons 0-5, door B persons 4-9 (4 and 5 came through both).
    for code in codes[:6]:
        check_in_scan(first, activity.id, DAY, code)
    for code in codes[4:]:
        check_in_scan(second, on_second, DAY, code)
    # The evening: each laptop's workbook goes to the other.
    from_a = export_workbook(first, tmp_path / "a1.xlsx").path
    from_b = export_workbook(second, tmp_path / "b1.xlsx").path
    (warning,) = preview_import(first, [from_b]).files[0].office_warnings  # B is new to A
    _clean(import_workbooks(first, [from_b], accept_office_change=True))
    assert preview_import(second, [from_a]).files[0].office_warnings == ()  # A is known to B
    _clean(import_workbooks(second, [from_a]))
    # By hand: 10 persons present on day 1, each once, on both laptops; 0 not yet.
    assert len(_presences(first)) == len(_presences(second)) == 10
    for database, activity_id in ((first, activity.id), (second, on_second)):
        assert activity_counts(database, activity_id).participants == 10
        day = expected_day(database, activity_id, DAY)
        assert (day.expected, day.arrived, len(day.not_yet)) == (10, 10, 0)
    # HQ receives every workbook of both laptops, in any order.
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    _clean(import_workbooks(hq, [from_b], accept_office_change=False))
    _clean(import_workbooks(hq, [from_a, before], accept_office_change=True))
    assert len(_presences(hq)) == 10
    with hq.session() as session:
        hq_activity = session.scalars(select(Activity.id)).one()
    assert activity_counts(hq, hq_activity).participants == 10
    again = export_workbook(second, tmp_path / "b2.xlsx", full=True).path
    assert preview_import(hq, [again]).files[0].office_warnings == ()  # a known computer now
    assert import_workbooks(hq, [again]).changes == 0
