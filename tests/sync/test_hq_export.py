"""The exported workbook: readable by a person, exact enough to merge, safe to open."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, ExportLog, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from desktop_app.sync.progress import Cancelled
from desktop_app.sync.types import to_second
from tests.sync.hq_builders import add_sample, edit_person, site_database


@pytest.fixture
def office(template_db: Path, tmp_path: Path) -> Database:
    database = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(database)
    return database


def test_sheets_headers_and_layout_for_a_person(office: Database, tmp_path: Path) -> None:
    path = export_workbook(office, tmp_path / "fr.xlsx", language="fr").path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Lisez-moi",
        "Manifeste",
        "Organisations",
        "Activités",
        "Personnes",
        "Présences",
        "Effectifs",
        "Attendus",
        "Badges",
        "États de paiement",
        "Projets",
        "Tranches d'âge",
        "Indicateurs",
        "Cibles",
    ]
    persons = book["Personnes"]
    headers = [cell.value for cell in persons[1]]
    assert headers[:4] == ["Identifiant", "Nom", "Prénoms", "Sexe"]
    assert {"Site d'origine", "Révision", "Modifié le (UTC)", "Supprimé"} <= set(headers)
    assert persons.freeze_panes == "A2"
    # 29 columns, the date of birth and the six answers on functioning among them
    assert persons.auto_filter.ref == "A1:AC4"
    assert persons.column_dimensions["B"].width > 15
    attendance = book["Présences"]
    day = attendance.cell(2, 6)
    assert day.is_date and day.value.date() == dt.date(2022, 12, 5)
    assert day.number_format == "dd/mm/yyyy"
    activity = [cell.value for cell in book["Activités"][2]]
    assert "restitution" in activity and "tenue" in activity
    assert "Commission Défense et Sécurité" in activity  # partners in the activity's row
    sexes = {row[3].value for row in persons.iter_rows(min_row=2)}
    assert sexes == {"Femme", "Homme"}
    manifest = {row[0].value: row[1].value for row in book["Manifeste"].iter_rows(min_row=2)}
    assert manifest["format"] == "registre-hq-sync"
    assert manifest["format_version"] == 1
    assert manifest["site"] == "NE-NIA"
    assert manifest["mode"] == "full"
    assert manifest["rows_person"] == 3 and manifest["rows_attendance"] == 6
    assert manifest["program_version"] and manifest["export_id"] and manifest["exported_at"]
    readme = book["Lisez-moi"]["A1"].value
    assert readme.startswith("Registre : classeur")


def test_english_labels_and_headers(office: Database, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export_workbook(office, tmp_path / "en.xlsx", language="en").path)
    names = [
        "Organisations",
        "Activities",
        "Persons",
        "Attendance",
        "Head counts",
        "Expected",
        "Badges",
        "Payment lists",
        "Projects",
        "Age bands",
        "Indicators",
        "Targets",
    ]
    assert book.sheetnames[2:] == names
    row = [cell.value for cell in book["Activities"][2]]
    assert "held" in row and "restitution" in row
    categories = {row[10].value for row in book["Persons"].iter_rows(min_row=2)}
    assert categories == {"Defence and security forces"}


def test_text_that_looks_like_a_formula_stays_text(office: Database, tmp_path: Path) -> None:
    with office.session() as session:
        person = session.scalars(select(Person)).first()
        assert person is not None
        person.position = '=HYPERLINK("http://x.example","clic")'
        person.region = "@SUM(A1)"
        person.email = "-2+3"
        person.phone = "+227 90 12 34 56"
    path = export_workbook(office, tmp_path / "f.xlsx", language="en").path
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
        styles = archive.read("xl/styles.xml")
    assert not any(b"<f>" in xml for xml in sheets)
    assert b'quotePrefix="1"' in styles
    book = openpyxl.load_workbook(path)
    values = {cell.value for row in book["Persons"].iter_rows(min_row=2) for cell in row}
    link = '=HYPERLINK("http://x.example","clic")'
    assert {link, "@SUM(A1)", "-2+3", "+227 90 12 34 56"} <= values
    guarded = [c for row in book["Persons"].iter_rows(min_row=2) for c in row if c.value == "-2+3"]
    assert guarded[0].data_type == "s" and guarded[0].quotePrefix


def test_a_long_sheet_continues_on_a_second_sheet(
    office: Database, template_db: Path, tmp_path: Path
) -> None:
    path = export_workbook(
        office, tmp_path / "split.xlsx", language="en", max_rows_per_sheet=4
    ).path
    book = openpyxl.load_workbook(path)
    assert "Attendance 2" in book.sheetnames
    assert book["Attendance"].max_row == 5 and book["Attendance 2"].max_row == 3
    assert book["Attendance 2"]["A1"].value == "ID"
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_workbooks(hq, [path])
    assert result.files[0].types[3].new == 6
    assert result.files[0].invalid_rows == ()


def test_by_default_only_changes_since_the_last_export(office: Database, tmp_path: Path) -> None:
    first = export_workbook(office, tmp_path / "1.xlsx")
    assert first.mode == "full" and first.row_counts["attendance"] == 6
    with office.session() as session:
        uuid = session.scalars(select(Person.uuid)).first()
    assert uuid is not None
    edit_person(office, uuid, position="Directrice")
    second = export_workbook(office, tmp_path / "2.xlsx")
    assert second.mode == "changes"
    assert second.row_counts == {
        "organisation": 0,
        "activity": 0,
        "person": 1,
        "attendance": 0,
        "head_count": 0,
        "expected_person": 0,
        "badge": 0,
        "payment_list": 0,
        "project": 0,
        "age_band_set": 0,
        "indicator": 0,
        "target": 0,
    }
    full = export_workbook(office, tmp_path / "3.xlsx", full=True)
    assert full.mode == "full" and full.row_counts["person"] == 3
    with office.session() as session:
        assert len(session.scalars(select(ExportLog)).all()) == 3


def test_a_failed_export_leaves_no_half_workbook(office: Database, tmp_path: Path) -> None:
    target = tmp_path / "out" / "niamey.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the previous workbook")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        export_workbook(office, target, progress=lambda done, total: None, cancelled=cancel)
    assert target.read_bytes() == b"the previous workbook"
    assert list(target.parent.iterdir()) == [target]
    with office.session() as session:
        assert session.scalars(select(ExportLog)).all() == []
        assert set(session.scalars(select(Activity.synced_revision))) == {0}


def test_a_text_too_long_is_left_out_named_and_kept_unsent(
    office: Database, tmp_path: Path
) -> None:
    """It used to stop every export; now the rest goes and the activity waits, named."""
    with office.session() as session:
        activity = session.scalars(select(Activity)).one()
        activity.notes = "x" * 40_000
    result = export_workbook(office, tmp_path / "long.xlsx", language="en")
    unsent = [u for u in result.unsent if u.type_name == "activity"]
    assert [u.reason.render() for u in unsent] == ["Notes: text longer than 32,767 characters."]
    assert result.row_counts["activity"] == 0 and result.row_counts["organisation"] == 1
    with office.session() as session:
        assert session.scalars(select(Activity.synced_revision)).one() == 0


def test_ids_are_written_in_their_cells_not_in_the_shared_strings(
    office: Database, tmp_path: Path
) -> None:
    """Each ID is distinct: a shared string table would only hold them all in memory, the
    export's and every reader's. Excel and openpyxl read them as the same text."""
    path = export_workbook(office, tmp_path / "ids.xlsx", language="en").path
    with office.session() as session:
        person_ids = list(session.scalars(select(Person.uuid)))
        activity_id = session.scalars(select(Activity.uuid)).one()
    with zipfile.ZipFile(path) as book:
        shared = book.read("xl/sharedStrings.xml").decode()
        attendance = book.read("xl/worksheets/sheet6.xml").decode()
    assert not any(uuid in shared for uuid in [*person_ids, activity_id])
    assert f"<is><t>{person_ids[0]}</t></is>" in attendance
    assert "Restitution" in shared  # the activity's title repeats: shared
    rows = list(openpyxl.load_workbook(path)["Attendance"].iter_rows(values_only=True))
    ids = {row[rows[0].index("Person ID")] for row in rows[1:]}
    assert ids == set(person_ids)


def test_times_reach_hq_rounded_to_the_second_as_the_office_rounds_them(
    office: Database, template_db: Path, tmp_path: Path
) -> None:
    """Times travel to the nearest second (sync_types.to_second). The workbook holds that second
    itself: a reader rounding to the millisecond first (python-calamine reads 24.4996 s as
    24.500 s) would otherwise move a time a second later than the office's own rounding."""
    almost_half = dt.datetime(2026, 3, 2, 8, 14, 24, 499_600)
    with office.session() as session:
        session.execute(update(Person).values(changed_at=almost_half))
        session.execute(update(Attendance).values(checked_in_at=almost_half))
    path = export_workbook(office, tmp_path / "office.xlsx", full=True).path
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    assert import_workbooks(hq, [path]).files[0].totals().invalid == 0
    with hq.session() as session:
        times = set(session.scalars(select(Person.changed_at))) | set(
            session.scalars(select(Attendance.checked_in_at))
        )
    assert times == {to_second(almost_half)} == {dt.datetime(2026, 3, 2, 8, 14, 24)}
    hq.close()
