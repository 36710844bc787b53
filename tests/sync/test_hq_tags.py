"""An activity's tags travel in its row of the HQ workbook ("DDR; jeunes"); a workbook of a
Registre that did not know tags yet still imports, and does not erase the tags HQ holds."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from desktop_app.activities.activities import edit_activity, get_activity
from desktop_app.store import Database
from desktop_app.store.models import Activity
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import add_sample, column, rewrite, site_database, totals

DATA = Path(__file__).parent / "data"
BEFORE = DATA / "niamey-before-dates-of-birth-1.xlsx"  # no Tags column either


def _tags(database: Database, uuid: str) -> tuple[str, ...]:
    with database.session() as session:
        activity = session.scalars(select(Activity).where(Activity.uuid == uuid)).one()
        return tuple(t.tag for t in activity.tags)


def _activity_id(database: Database, uuid: str) -> int:
    with database.session() as session:
        return session.scalars(select(Activity.id).where(Activity.uuid == uuid)).one()


def _tag(database: Database, uuid: str, *tags: str) -> None:
    activity_id = _activity_id(database, uuid)
    details = get_activity(database, activity_id)
    edit_activity(database, activity_id, dataclasses.replace(details.fields(), tags=tags))


def test_tags_travel_with_the_activity_and_their_removal_too(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    _tag(office, uuids["activity"], "jeunes", "DDR")
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="fr").path
    sheet = openpyxl.load_workbook(book)["Activités"]
    headers = [cell.value for cell in sheet[1]]
    assert sheet.cell(2, headers.index("Étiquettes") + 1).value == "DDR; jeunes"
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [book])
    assert _tags(hq, uuids["activity"]) == ("DDR", "jeunes")
    assert import_workbooks(hq, [book]).changes == 0  # again: the same record

    _tag(office, uuids["activity"], "DDR")  # "jeunes" taken off at the office
    again = export_workbook(office, tmp_path / "niamey-2.xlsx", language="en").path
    result = import_workbooks(hq, [again])
    assert totals(result.files[0])["updated"] == 1
    assert _tags(hq, uuids["activity"]) == ("DDR",)


def test_a_workbook_made_before_tags_still_imports(template_db: Path, tmp_path: Path) -> None:
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    result = import_workbooks(hq, [BEFORE])
    assert totals(result.files[0])["invalid"] == 0
    assert totals(result.files[0])["new"] == 2 + 1 + 3 + 6
    with hq.session() as session:
        activity = session.scalars(select(Activity)).one()
        assert activity.tags == []


def test_an_older_workbook_does_not_erase_the_tags_hq_holds(
    template_db: Path, tmp_path: Path
) -> None:
    """HQ holds the activity with its tags; the office, on an older Registre, then changes its
    title and sends a workbook without the Tags column."""
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    _tag(office, uuids["activity"], "DDR", "cohort-A")
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "first.xlsx", language="en").path])
    with office.session() as session:
        activity = session.scalars(select(Activity)).one()
        activity.title = "Restitution de l'évaluation (corrigée)"
    newer = export_workbook(office, tmp_path / "second.xlsx", language="en").path

    def without_tags(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Activities":
            at = column(rows, "Tags")
            for row in rows:
                del row[at]

    older = rewrite(newer, tmp_path / "older.xlsx", without_tags)
    result = import_workbooks(hq, [older])
    assert totals(result.files[0])["updated"] == 1
    with hq.session() as session:
        activity = session.scalars(select(Activity)).one()
        assert activity.title == "Restitution de l'évaluation (corrigée)"
        assert sorted(t.tag for t in activity.tags) == ["DDR", "cohort-A"]
