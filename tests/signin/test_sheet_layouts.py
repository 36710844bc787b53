"""Every layout partners send: titles in merged cells, French and English headers, one sheet per
day, one column per day, empty rows, a total row, .xls and .ods."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sheet_fixtures import (
    FRENCH_ROWS,
    preview_file,
    write_ods,
    write_xls,
    write_xlsx,
)

from desktop_app.activities.attendance import list_attendance
from desktop_app.signin import (
    INVALID,
    NEW,
    Choices,
    SheetPreview,
    apply_preview,
    load_sheets,
)
from desktop_app.signin import fields as f
from desktop_app.signin.rows import PRESENT, UNSIGNED
from desktop_app.store import Database

DEC5, DEC6, DEC7 = dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7)


def people(preview: SheetPreview) -> list[tuple[str, str]]:
    return [
        (r.row.person.family_name, r.row.person.given_names)
        for r in preview.rows
        if r.row.person is not None and r.same_as is None
    ]


def test_header_row_found_below_merged_title_and_event(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    [(_grid, layout)] = load_sheets(db, path)
    assert layout.header_row == 4
    assert layout.mapping == (
        f.NUMBER, f.FAMILY_NAME, f.GIVEN_NAMES, f.SEX, f.AGE, f.ORGANISATION, f.POSITION,
        f.CATEGORY, f.REGION, f.PHONE, f.EMAIL, f.SIGNATURE,
    )  # fmt: skip


def test_french_sheet_values_are_normalised(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    preview = preview_file(db, path, one_day_activity_id)
    assert [r.outcome for r in preview.rows] == [NEW, NEW, NEW]
    first, second, third = (r.row for r in preview.rows)
    assert first.person is not None and second.person is not None and third.person is not None
    assert (first.row, second.row, third.row) == (5, 6, 7)
    assert first.person.birth_year == 1970 and first.person.phone == "+22796123456"
    assert first.person.category == "civil_society" and first.person.email == (
        "c.guidimey@example.org"
    )
    assert second.person.birth_year == 1995 and second.person.sex == "F"
    assert second.person.category == "justice"
    # Family and given names typed in each other's column: the capitals tell.
    assert (third.person.family_name, third.person.given_names) == ("ABDOU", "Moussa")
    assert third.person.phone == "+22791556677" and third.person.sex == "M"
    assert [p.signed for r in (first, second, third) for p in r.presences] == [True, False, True]
    assert {p.day for r in (first, second, third) for p in r.presences} == {DEC5}


def test_english_headers_map_themselves(db: Database, tmp_path: Path) -> None:
    rows = (
        ("No.", "Last name", "First name", "Gender", "Year of birth", "Organization",
         "Job title", "Phone number", "Email address", "Signed"),
        (1, "CHAPPUIS", "Fairlie", "Female", 1980, "DCAF", "Expert", "+41 22 730 94 00",
         "f.chappuis@example.org", "yes"),
    )  # fmt: skip
    path = write_xlsx(tmp_path / "english.xlsx", {"Sheet1": rows})
    [(_grid, layout)] = load_sheets(db, path)
    assert layout.mapping == (
        f.NUMBER, f.FAMILY_NAME, f.GIVEN_NAMES, f.SEX, f.BIRTH_YEAR, f.ORGANISATION, f.POSITION,
        f.PHONE, f.EMAIL, f.SIGNATURE,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("header", "cell", "expected"),
    [
        ("Nom et prénoms", "GUIDIMEY Célestin", ("GUIDIMEY", "Célestin")),
        ("Nom et prénoms", "Célestin GUIDIMEY", ("GUIDIMEY", "Célestin")),
        # Split as typed, stored in the registry's style (family name in capitals).
        ("Nom et prénoms", "Guidimey Célestin Koffi", ("GUIDIMEY", "Célestin Koffi")),
        ("Prénom et nom", "Célestin Guidimey", ("GUIDIMEY", "Célestin")),
        ("Nom", "ABDOU Moussa", ("ABDOU", "Moussa")),
        ("Name", "Fairlie Chappuis", ("CHAPPUIS", "Fairlie")),
    ],
)
def test_full_name_columns_are_split(
    db: Database,
    tmp_path: Path,
    one_day_activity_id: int,
    header: str,
    cell: str,
    expected: tuple[str, str],
) -> None:
    path = write_xlsx(tmp_path / "names.xlsx", {"Liste": [("N°", header, "Sexe"), (1, cell, "M")]})
    assert people(preview_file(db, path, one_day_activity_id)) == [expected]


def test_empty_rows_and_total_row_are_skipped(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [
        ("N°", "Nom et prénoms", "Sexe", "Contact", "Émargement"),
        (1, "ISSA Mariama", "F", "96 00 00 01", "signé"),
        (),
        (2, None, None, None, None),  # a numbered blank line of a printed sheet
        (),
        (3, "SANI Ibrahim", "M", "96 00 00 02", None),
        ("N°", "Nom et prénoms", "Sexe", "Contact", "Émargement"),  # header of printed page 2
        (4, "KANE Fatou", "féminin", "96 00 00 03", "signé"),
        (),
        ("TOTAL", None, "2 F / 1 M", None, 2),
    ]
    path = write_xlsx(tmp_path / "gaps.xlsx", {"Feuil1": rows})
    preview = preview_file(db, path, one_day_activity_id)
    assert people(preview) == [("ISSA", "Mariama"), ("SANI", "Ibrahim"), ("KANE", "Fatou")]
    assert [r.row.row for r in preview.rows] == [5, 9, 11]
    assert preview.total_rows_skipped == 1


def test_one_sheet_per_day_makes_one_person_present_on_each_day(
    db: Database, tmp_path: Path, activity_id: int
) -> None:
    header = ("N°", "Nom", "Prénoms", "Sexe", "Tél", "Signature")
    path = write_xlsx(
        tmp_path / "days.xlsx",
        {
            "Jour 1": [header, (1, "GUIDIMEY", "Célestin", "M", "96123456", "signé")],
            "Jour 2": [header, (1, "Guidimey", "Célestin", "M", "+227 96 12 34 56", "signé"),
                       (2, "DIALLO", "Awa", "F", None, None)],
            "06-12-2022 (J3)": [header, (1, "Célestin", "GUIDIMEY", "M", None, "signé")],
            "Synthèse": [("Structure", "Sexe", "Nombre"), ("CNDH", "M", 1)],
            "Notes": [("Liste arrêtée par le rapporteur",)],
        },
    )  # fmt: skip
    preview = preview_file(db, path, activity_id)
    assert people(preview) == [("GUIDIMEY", "Célestin"), ("DIALLO", "Awa")]
    assert [p.day for r in preview.rows for p in r.row.presences] == [DEC5, DEC6, DEC6, DEC6]
    # Awa did not sign "Jour 2", where Célestin did: absent unless the user counts her.
    assert [r.row.attendance for r in preview.rows] == [PRESENT, PRESENT, UNSIGNED, PRESENT]
    result = apply_preview(db, preview)
    assert result.persons_created == 1  # Awa, absent, is not recorded
    # The third sheet's day is written in its name (6 December): no second attendance that day.
    assert result.attendances_added == 2
    days = sorted(a.day for a in list_attendance(db, activity_id))
    assert days == [DEC5, DEC6]


def test_one_sheet_per_day_with_unsigned_rows_counted(
    db: Database, tmp_path: Path, activity_id: int
) -> None:
    header = ("N°", "Nom", "Prénoms", "Sexe", "Signature")
    path = write_xlsx(
        tmp_path / "days.xlsx",
        {
            "Jour 1": [header, (1, "GUIDIMEY", "Célestin", "M", "signé")],
            "Jour 2": [header, (1, "GUIDIMEY", "Célestin", "M", "signé"),
                       (2, "DIALLO", "Awa", "F", None)],
        },
    )  # fmt: skip
    result = apply_preview(
        db, preview_file(db, path, activity_id), choices=Choices(unsigned_present=True)
    )
    assert result.attendances_added == 3 and result.unsigned_counted
    days = sorted((a.day, a.signed) for a in list_attendance(db, activity_id))
    assert days == [(DEC5, True), (DEC6, False), (DEC6, True)]


def test_one_column_per_day(db: Database, tmp_path: Path, activity_id: int) -> None:
    rows = [
        ("N°", "Nom et prénoms", "Sexe", "Structure", "J1", "J2", "J3"),
        (1, "GUIDIMEY Célestin", "M", "CNDH", "signé", "x", None),
        (2, "DIALLO Awa", "F", "CNDH", "signé", None, "P"),
    ]
    path = write_xlsx(tmp_path / "columns.xlsx", {"Présence": rows})
    preview = preview_file(db, path, activity_id)
    presences = [[(p.day, p.signed) for p in r.row.presences] for r in preview.rows]
    assert presences == [[(DEC5, True), (DEC6, True)], [(DEC5, True), (DEC7, True)]]


@pytest.mark.parametrize(
    "day_headers",
    [("05/12", "06/12", "07/12"), ("5 déc.", "6 déc.", "7 déc."), (DEC5, DEC6, DEC7),
     ("Lundi 05/12/2022", "Mardi 06/12/2022", "Mercredi 07/12/2022")],
)  # fmt: skip
def test_day_columns_written_as_dates(
    db: Database, tmp_path: Path, activity_id: int, day_headers: tuple[object, ...]
) -> None:
    rows = [("N°", "Nom", "Prénom", *day_headers), (1, "SANI", "Ibrahim", None, "x", "x")]
    path = write_xlsx(tmp_path / "dates.xlsx", {"Feuil1": rows})
    preview = preview_file(db, path, activity_id)
    assert [p.day for p in preview.rows[0].row.presences] == [DEC6, DEC7]


def test_several_day_sheet_without_a_day_is_refused(
    db: Database, tmp_path: Path, activity_id: int
) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    with pytest.raises(Exception, match="say which day"):
        preview_file(db, path, activity_id)
    assert preview_file(db, path, activity_id, day=DEC6).days == (DEC6,)


def test_xls_file_is_read(db: Database, tmp_path: Path, one_day_activity_id: int) -> None:
    path = write_xls(tmp_path / "old.xls", {"Feuil1": FRENCH_ROWS})
    preview = preview_file(db, path, one_day_activity_id)
    assert people(preview) == [("GUIDIMEY", "Célestin"), ("DIALLO", "Aïssata"),
                               ("ABDOU", "Moussa")]  # fmt: skip
    assert preview.rows[0].row.person is not None
    assert preview.rows[0].row.person.phone == "+22796123456"


def test_ods_file_is_read(db: Database, tmp_path: Path, activity_id: int) -> None:
    rows = [("N°", "Nom et prénoms", "Sexe", "Âge", DEC5, DEC6), (1, "ISSA Mariama", "F", 24,
            "signé", None)]  # fmt: skip
    path = write_ods(tmp_path / "libre.ods", {"Feuille1": rows})
    preview = preview_file(db, path, activity_id)
    assert people(preview) == [("ISSA", "Mariama")]
    assert preview.rows[0].row.person is not None
    assert preview.rows[0].row.person.birth_year == 1998
    assert [p.day for p in preview.rows[0].row.presences] == [DEC5]


def test_invalid_rows_say_why_with_sheet_and_row(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [
        ("N°", "Nom", "Prénoms", "Sexe", "Âge", "Téléphone", "E-mail"),
        (1, "ISSA", "Mariama", "X", "vingt", "12", "pas-un-mail"),
        (2, None, None, "F", 30, None, None),
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", {"Jour 1": rows})
    preview = preview_file(db, path, one_day_activity_id)
    assert [r.outcome for r in preview.rows] == [INVALID, INVALID]
    reasons = [[m.render() for m in r.row.reasons] for r in preview.rows]
    assert reasons == [
        ['Sex "X" not understood (F or M).', 'Age "vingt" not understood.',
         'Phone "12" not understood.', 'E-mail "pas-un-mail" not understood.'],
        ["No name on this row."],
    ]  # fmt: skip
    assert [(r.row.sheet, r.row.row) for r in preview.rows] == [("Jour 1", 5), ("Jour 1", 6)]


def test_two_level_headers_under_merged_cells(
    db: Database, tmp_path: Path, activity_id: int
) -> None:
    # "Contact" merged over Tél and E-mail, "Présence" over the days; Nom spans both rows.
    rows = [
        ("N°", "Nom et prénoms", "Sexe", "Contact", None, "Présence", None, None),
        (None, None, None, "Tél", "E-mail", "J1", "J2", "J3"),
        (1, "GUIDIMEY Célestin", "M", "96123456", "c.guidimey@example.org", "x", None, "x"),
    ]
    path = write_xlsx(tmp_path / "two-levels.xlsx", {"Feuil1": rows})
    workbook = openpyxl.load_workbook(path)
    for cells in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:H4"):
        workbook["Feuil1"].merge_cells(cells)
    workbook.save(path)
    [(_grid, layout)] = load_sheets(db, path)
    assert (layout.header_row, layout.data_start) == (4, 5)
    assert layout.mapping == (
        f.NUMBER, f.FULL_NAME, f.SEX, f.PHONE, f.EMAIL, f.DAY, f.DAY, f.DAY,
    )  # fmt: skip
    preview = preview_file(db, path, activity_id)
    [row] = preview.rows
    assert row.row.row == 6 and row.row.person is not None
    assert row.row.person.email == "c.guidimey@example.org"
    assert [p.day for p in row.row.presences] == [DEC5, DEC7]


def test_hidden_sheets_are_left_alone(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "hidden.xlsx",
        {
            "Liste": [("Nom", "Prénom"), ("SANI", "Ibrahim")],
            "Brouillon": [("Nom", "Prénom"), ("ESSAI", "Test")],
        },
    )
    workbook = openpyxl.load_workbook(path)
    workbook["Brouillon"].sheet_state = "hidden"
    workbook.save(path)
    assert [layout.sheet for _grid, layout in load_sheets(db, path)] == ["Liste"]
    [(grid, _layout)] = load_sheets(db, path, sheet_names=["Brouillon"])  # asked by name
    assert grid.hidden


def test_civilities_leave_the_name_and_state_the_sex(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [
        ("N°", "Nom et prénoms", "Sexe"),
        (1, "Mme DIALLO Aïssata", None),
        (2, "M. Célestin GUIDIMEY", None),
        (3, "Dr SANI Ibrahim", "M"),
        (4, "Mlle Fatou KANE", "F"),
        (5, "Drissa TRAORE", None),
    ]
    path = write_xlsx(tmp_path / "civilities.xlsx", {"Feuil1": rows})
    preview = preview_file(db, path, one_day_activity_id)
    found = [
        (r.row.person.family_name, r.row.person.given_names, r.row.person.sex)
        for r in preview.rows
        if r.row.person is not None
    ]
    assert found == [
        ("DIALLO", "Aïssata", "F"),
        ("GUIDIMEY", "Célestin", "M"),
        ("SANI", "Ibrahim", "M"),
        ("KANE", "Fatou", "F"),
        ("TRAORE", "Drissa", None),
    ]
