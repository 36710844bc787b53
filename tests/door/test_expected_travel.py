"""The expected list and the activity's door rules travel in the HQ workbook; a workbook of an
older Registre, without those sheets, still imports; a sheet deleted on the way is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import python_calamine
import xlsxwriter

from desktop_app.activities.activities import create_activity
from desktop_app.door.expected import add_expected, expected_list
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Activity
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.factories import activity_fields
from tests.sync.hq_builders import site_database

BEFORE = Path(__file__).parents[1] / "sync" / "data" / "niamey-before-dates-of-birth-1.xlsx"


def _office_with_a_list(office: Database) -> int:
    activity = create_activity(office, activity_fields(title="Formation des formateurs"))
    ids = [
        create_person(office, PersonFields(family_name=name, given_names=given)).id
        for name, given in (("DIALLO", "Awa"), ("KONÉ", "Moussa"), ("SOW", "Ibrahim"))
    ]
    add_expected(office, activity.id, ids)
    with office.session() as session:
        record = session.get(Activity, activity.id)
        assert record is not None
        record.completion_percent, record.late_after_minutes = 75, 8 * 60 + 30
    return activity.id


def test_the_expected_list_and_the_door_rules_reach_hq(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    _office_with_a_list(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="fr").path
    assert python_calamine.CalamineWorkbook.from_path(str(book)).sheet_names[-7:-4] == [
        "Attendus",
        "Badges",
        "États de paiement",
    ]
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_workbooks(hq, [book])
    shown = {t.type_name: t.new for t in result.files[0].types if t.shown}
    assert shown["expected_person"] == 3 and "badge" not in shown
    with hq.session() as session:
        activity = session.query(Activity).one()
        assert (activity.completion_percent, activity.late_after_minutes) == (75, 510)
        hq_activity = activity.id
    names = [row.display_name for row in expected_list(hq, hq_activity)]
    assert names == ["DIALLO Awa", "KONÉ Moussa", "SOW Ibrahim"]
    assert import_workbooks(hq, [book]).changes == 0  # again: nothing new


def test_a_workbook_of_an_older_registre_still_imports(template_db: Path, tmp_path: Path) -> None:
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    result = import_workbooks(hq, [BEFORE])
    assert result.files[0].invalid_rows == ()
    with hq.session() as session:
        activity = session.query(Activity).one()
        assert activity.completion_percent is None and activity.start_date == dt.date(2022, 12, 5)


def _without_sheet(path: Path, out: Path, dropped: str) -> Path:
    source = python_calamine.CalamineWorkbook.from_path(str(path))
    book = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False})
    for name in source.sheet_names:
        if name == dropped:
            continue
        sheet = book.add_worksheet(name)
        for r, row in enumerate(source.get_sheet_by_name(name).to_python()):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, value, book.add_format({"num_format": "yyyy-mm-dd"}))
                else:
                    sheet.write(r, c, value)
    source.close()
    book.close()
    return out


def test_an_expected_sheet_deleted_on_the_way_is_refused(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    _office_with_a_list(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="en").path
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    damaged = _without_sheet(book, tmp_path / "cut.xlsx", "Expected")
    with pytest.raises(RegistreError, match="Expected"):
        import_workbooks(hq, [damaged])
    with hq.session() as session:
        assert session.query(Activity).count() == 0  # nothing imported
