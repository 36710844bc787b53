"""Sign-in sheets: PDF pages, repeated headers, page x of y, and an .xlsx the import reads back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.messages import RegistreError
from desktop_app.reports.labels import SIGNIN_HEADERS
from desktop_app.signin import (
    DUPLICATE,
    MATCHED,
    NEW,
    SheetChoice,
    load_sheets,
    preview_sheets,
)
from desktop_app.signin.fields import field_for_header
from desktop_app.signin.layout import detect_layout
from desktop_app.signin.printing import (
    load_signin_sheet,
    write_signin_pdf,
    write_signin_xlsx,
)
from desktop_app.signin.reading import open_workbook
from desktop_app.store import Database
from tests.reports.report_samples import DAYS, Training, add_activity, add_person, attend


def page_texts(path: Path) -> list[str]:
    """Text of each page, whitespace collapsed (PDF extraction spaces words with tabs)."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def test_pre_filled_rows_are_the_activity_persons(db: Database, training: Training) -> None:
    sheet = load_signin_sheet(db, training.activity_id, DAYS[1], blank_rows=5)
    assert [p.family_name for p in sheet.persons] == [
        "CHAPPUIS",
        "COULIBALY",
        "DIARRA",
        "KONÉ",
        "SANOGO",
        "TRAORÉ",
    ]
    awa = sheet.persons[-1]
    assert (awa.organisation, awa.phone, awa.email) == ("ORTM", "+223 76 00 00 01", "awa@ortm.ml")
    assert sheet.place == "École de maintien de la paix, Bamako"
    assert sheet.organisers == "ML-BKO, Maison de la presse (MAIS)"  # no such site here


def test_pdf_in_french_one_page(db: Database, training: Training, tmp_path: Path) -> None:
    sheet = load_signin_sheet(db, training.activity_id, DAYS[0], blank_rows=4)
    path = tmp_path / "emargement.pdf"
    pages = write_signin_pdf(sheet, path, "fr", organisation="DCAF")
    texts = page_texts(path)
    assert pages == len(texts) == 1
    page = PdfReader(path).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    for header in SIGNIN_HEADERS["fr"]:
        assert header in texts[0]
    assert "Feuille d'émargement" in texts[0]
    assert "05/12/2022 (Jour 1/3)" in texts[0]
    assert "TRAORÉ" in texts[0] and "+223 76 00 00 01" in texts[0]
    assert "Page 1 sur 1" in texts[0]


def test_long_pdf_repeats_the_header_and_counts_pages(
    db: Database, training: Training, tmp_path: Path
) -> None:
    for n in range(40):
        person = add_person(db, f"NOM{n:02d}", "Prénom", sex="M")
        attend(db, training.activity_id, person, DAYS[0])
    sheet = load_signin_sheet(db, training.activity_id, DAYS[2], blank_rows=30)
    path = tmp_path / "sheet.pdf"
    pages = write_signin_pdf(sheet, path, "en")
    texts = page_texts(path)
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert (
            "No. Family name Given names Sex Organisation Position Phone E-mail Signature" in text
        )
    everything = " ".join(texts)
    assert "NOM39" in everything
    last_number = len(sheet.persons) + 30
    assert re.search(rf"\b{last_number}\b", texts[-1])


def test_xlsx_has_exact_headers_the_import_recognises(
    db: Database, training: Training, tmp_path: Path
) -> None:
    sheet = load_signin_sheet(db, training.activity_id, DAYS[0], blank_rows=3)
    for language in ("fr", "en"):
        path = tmp_path / f"sheet-{language}.xlsx"
        write_signin_xlsx(sheet, path, language)
        rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
        header_index = next(
            i for i, row in enumerate(rows) if row[0] == SIGNIN_HEADERS[language][0]
        )
        assert tuple(rows[header_index]) == SIGNIN_HEADERS[language]
        body = rows[header_index + 1 :]
        assert len(body) == len(sheet.persons) + 3
        assert body[0][:4] == (1, "CHAPPUIS", "Fairlie", "F")
        assert all(row[1] is None for row in body[-3:])
        recognised = [field_for_header(h) for h in SIGNIN_HEADERS[language]]
        assert None not in recognised
        assert len(set(recognised)) == len(recognised)
        # The sheet import finds the header row and maps every column by itself.
        with open_workbook(path) as workbook:
            layout = detect_layout(db, workbook.read(workbook.sheet_names[0]))
        assert layout.header_row == header_index + 1
        assert layout.mapping[:9] == tuple(recognised)


@pytest.mark.parametrize(
    ("day", "blank_rows"),
    [(dt.date(2022, 12, 4), 5), (DAYS[0], -1), (DAYS[0], 10_000)],
)
def test_bad_day_or_blank_rows_are_refused(
    db: Database, training: Training, day: dt.date, blank_rows: int
) -> None:
    with pytest.raises(RegistreError):
        load_signin_sheet(db, training.activity_id, day, blank_rows)


def test_unknown_activity_is_refused(db: Database) -> None:
    with pytest.raises(RegistreError, match="no activity"):
        load_signin_sheet(db, 404, DAYS[0])


def test_unwritable_pdf_path_is_told(db: Database, training: Training, tmp_path: Path) -> None:
    sheet = load_signin_sheet(db, training.activity_id, DAYS[0])
    with pytest.raises(RegistreError, match="Cannot write"):
        write_signin_pdf(sheet, tmp_path / "missing" / "sheet.pdf", "fr")
    with pytest.raises(RegistreError, match="Cannot write"):
        write_signin_xlsx(sheet, tmp_path / "missing" / "sheet.xlsx", "fr")


def test_filled_in_xlsx_sheet_comes_back_through_the_import(
    db: Database, training: Training, tmp_path: Path
) -> None:
    sheet = load_signin_sheet(db, training.activity_id, DAYS[1], blank_rows=4)
    path = tmp_path / "filled.xlsx"
    write_signin_xlsx(sheet, path, "fr")
    workbook = load_workbook(path)
    worksheet = workbook.worksheets[0]
    header_row = next(r for r in range(1, 20) if worksheet.cell(r, 1).value == "N°")
    for row in range(header_row + 1, header_row + 1 + len(sheet.persons)):
        worksheet.cell(row, 9).value = "x"  # everyone signed
    walk_in = header_row + 1 + len(sheet.persons)
    for column, value in enumerate(
        ("OUSMANE", "Hawa", "F", "Radio Kledu", "Animatrice", "+223 76 11 22 33"), start=2
    ):
        worksheet.cell(walk_in, column).value = value
    worksheet.cell(walk_in, 9).value = "x"
    workbook.save(path)

    (grid, layout), *_ = load_sheets(db, path)
    preview = preview_sheets(db, training.activity_id, [SheetChoice(grid, layout, DAYS[1])])
    rows = {p.row.person.family_name: p for p in preview.rows if p.row.person is not None}
    assert len(preview.rows) == len(rows) == len(sheet.persons) + 1  # blank rows are no one
    assert rows["OUSMANE"].outcome == NEW
    # Name and phone or e-mail make a known person; a name alone is only a likely duplicate
    # (the import's rule), whose best candidate is the right person.
    assert rows["TRAORÉ"].outcome == MATCHED
    ids = {"TRAORÉ": "awa", "DIARRA": "ibrahim", "KONÉ": "mariam", "SANOGO": "x"}
    ids |= {"CHAPPUIS": "expert", "COULIBALY": "facilitator"}
    for family_name, nickname in ids.items():
        found = rows[family_name].known or rows[family_name].candidates[0]
        assert found.person_id == training.persons[nickname]
        assert rows[family_name].outcome in (MATCHED, DUPLICATE)


def test_organising_office_is_named_by_its_site(db: Database) -> None:
    activity = add_activity(db, office="NE-NIA", partner="Commission nationale des droits")
    sheet = load_signin_sheet(db, activity, dt.date(2022, 12, 5), blank_rows=0)
    assert sheet.organisers == "Niamey, Commission nationale des droits (COMM)"
    assert sheet.persons == ()
