"""The sign-in sheet Registre prints as .xlsx comes back through the import with no mapping:
pre-filled persons are known, walk-ins written in the blank rows are new, signatures count, and a
pre-filled person who did not sign did not come."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sheet_fixtures import preview_file

from desktop_app.activities.attendance import check_in, list_attendance
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.signin import MATCHED, NEW, apply_preview, load_sheets
from desktop_app.signin import fields as f
from desktop_app.signin.printed import read_mark
from desktop_app.signin.printing import load_signin_sheet, write_signin_xlsx
from desktop_app.signin.rows import ABSENT
from desktop_app.store import Database

DEC5, DEC6 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_printed_sheet_comes_back_without_mapping(
    db: Database, tmp_path: Path, activity_id: int, language: str
) -> None:
    celestin = create_person(
        db,
        PersonFields(
            family_name="GUIDIMEY",
            given_names="Célestin",
            sex="M",
            organisation_name="CNDH",
            position="Expert",
            phone="96123456",
            email="c.guidimey@example.org",
        ),
    )
    awa = create_person(db, PersonFields(family_name="DIALLO", given_names="Awa", sex="F"))
    for person in (celestin, awa):
        check_in(db, activity_id, person.id, DEC5)
    path = tmp_path / f"emargement-{language}.xlsx"
    printed = load_signin_sheet(db, activity_id, DEC6, blank_rows=5)
    write_signin_xlsx(printed, path, language)
    mark = read_mark(path)  # what the file says of itself
    assert mark is not None and (mark.activity_uuid, mark.day, mark.prefilled) == (
        printed.activity_uuid,
        DEC6,
        2,
    )

    # At the door on day 2: Célestin signs, Awa does not come, a walk-in writes herself in.
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    header_row = next(r for r in range(1, 20) if sheet.cell(r, 1).value in ("N°", "No."))
    names = [sheet.cell(header_row + i, 2).value for i in (1, 2)]
    celestin_row = header_row + 1 + names.index("GUIDIMEY")
    sheet.cell(celestin_row, 9).value = "signé"
    walk_in = header_row + 3
    for column, value in enumerate(
        ["ISSA", "Mariama", "F", "OSC Alternative", "Juriste", "90 00 11 22", "", "signé"],
        start=2,
    ):
        sheet.cell(walk_in, column).value = value or None
    workbook.save(path)

    [(_grid, layout)] = load_sheets(db, path)
    assert layout.mapping == (
        f.NUMBER, f.FAMILY_NAME, f.GIVEN_NAMES, f.SEX, f.ORGANISATION, f.POSITION, f.PHONE,
        f.EMAIL, f.SIGNATURE,
    )  # fmt: skip
    preview = preview_file(db, path, activity_id)  # the day is read from the sheet itself
    outcomes = {r.row.person.family_name: r.outcome for r in preview.rows if r.row.person}
    assert outcomes == {"GUIDIMEY": MATCHED, "DIALLO": MATCHED, "ISSA": NEW}
    assert preview.days == (DEC6,)
    [awa_row] = [r.row for r in preview.rows if r.row.person and r.row.person.given_names == "Awa"]
    assert awa_row.attendance == ABSENT and awa_row.counted() == ()
    result = apply_preview(db, preview)
    assert (result.persons_created, result.persons_matched) == (1, 1)  # Awa is not recorded
    day_two = {a.person_id: a.signed for a in list_attendance(db, activity_id) if a.day == DEC6}
    # Awa was printed on the sheet and did not sign: she did not come that day.
    assert day_two[celestin.id] is True and awa.id not in day_two
    assert len(day_two) == 2
