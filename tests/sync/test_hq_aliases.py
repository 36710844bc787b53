"""A workbook still carrying a merged person's uuid lands on the person kept at HQ."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop_app.dedup.merge import merge_persons, resolve_person_uuid
from desktop_app.store.models import Activity, Attendance, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import add_sample, person, site_database, totals


def test_attendance_of_a_merged_person_lands_on_the_survivor(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    uuids = add_sample(office, people=2)
    kept_uuid, merged_uuid = uuids["persons"]
    export_workbook(office, tmp_path / "first.xlsx", full=True)
    import_workbooks(hq, [tmp_path / "first.xlsx"])

    kept, merged = person(hq, kept_uuid), person(hq, merged_uuid)
    merge_persons(hq, kept.id, merged.id)
    assert resolve_person_uuid(hq, merged_uuid) == kept.id

    # Meanwhile the office, unaware of the merge, records the merged person on a third day.
    with office.session() as session:
        activity = session.scalars(select(Activity)).one()
        activity.end_date = dt.date(2022, 12, 7)
        office_person = session.scalars(select(Person).where(Person.uuid == merged_uuid)).one()
        session.add(
            Attendance(activity_id=activity.id, person_id=office_person.id, day=activity.end_date)
        )
    export_workbook(office, tmp_path / "second.xlsx")
    result = import_workbooks(hq, [tmp_path / "second.xlsx"])

    assert totals(result.files[0])["invalid"] == 0
    assert totals(result.files[0])["new"] == 1
    with hq.session() as session:
        third_day = session.scalars(
            select(Attendance).where(Attendance.day == dt.date(2022, 12, 7))
        ).all()
        merged_live = session.scalar(
            select(Attendance.id).where(
                Attendance.person_id == merged.id, Attendance.deleted.is_(False)
            )
        )
    assert [a.person_id for a in third_day] == [kept.id]
    assert merged_live is None
    assert person(hq, merged_uuid).deleted
