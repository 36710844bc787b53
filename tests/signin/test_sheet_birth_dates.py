"""Dates of birth in sign-in sheets kept whole, however they are written; a year alone or an
age stays a year or an age."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sheet_fixtures import preview_file, write_ods
from sqlalchemy import select

from desktop_app.records.ages import age_from_year_only, is_youth
from desktop_app.signin import apply_preview
from desktop_app.signin.values import BadValue, Born, read_birth
from desktop_app.store import Database
from desktop_app.store.models import Person

ON = dt.date(2022, 12, 5)  # the workshop's first day
OUTSIDE = 'Date of birth "{}" is not between 1900 and the activity\'s start.'


@pytest.mark.parametrize(
    ("written", "born"),
    [
        ("12/03/1994", Born(1994, dt.date(1994, 3, 12))),
        ("12-03-94", Born(1994, dt.date(1994, 3, 12))),
        ("12.03.05", Born(2005, dt.date(2005, 3, 12))),
        ("1994-03-12", Born(1994, dt.date(1994, 3, 12))),
        ("12 mars 1994", Born(1994, dt.date(1994, 3, 12))),
        ("1er janvier 1980", Born(1980, dt.date(1980, 1, 1))),
        (dt.date(1992, 12, 12), Born(1992, dt.date(1992, 12, 12))),
        (dt.datetime(1992, 12, 12, 0, 0), Born(1992, dt.date(1992, 12, 12))),
        (34405, Born(1994, dt.date(1994, 3, 12))),  # a date cell that lost its format
        (34405.0, Born(1994, dt.date(1994, 3, 12))),
        ("34405", Born(1994, dt.date(1994, 3, 12))),
        (1994, Born(1994)),
        ("1994", Born(1994)),
        (1994.0, Born(1994)),
        ("03/1994", Born(1994)),
        ("1994.", Born(1994)),  # a year with a stray full stop
        ("１９９４", Born(1994)),  # typed with a full-width keyboard
        ("34 ans", Born(1988)),  # an age: at the activity's date, as in an age column
        (34, Born(1988)),
        ("18-29", Born(age_band="18-29")),
        ("", Born()),
        ("-", Born()),
    ],
)
def test_what_a_birth_column_understands(written: object, born: Born) -> None:
    assert read_birth(written, ON) == born


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("31/02/1990", 'Date or year of birth "31/02/1990" not understood.'),
        ("né en brousse", 'Date or year of birth "né en brousse" not understood.'),
        (2031, 'Date or year of birth "2031" not understood.'),
        ("1850", 'Date or year of birth "1850" not understood.'),
        ("2031.", 'Date or year of birth "2031." not understood.'),
        ("12/12/2094", OUTSIDE.format("12/12/2094")),
        ("06/12/2022", OUTSIDE.format("06/12/2022")),  # the day after the workshop began
        (dt.date(1899, 5, 1), OUTSIDE.format("01/05/1899")),
    ],
)  # fmt: skip
def test_a_date_of_birth_that_cannot_be_makes_the_row_invalid(written: object, reason: str) -> None:
    with pytest.raises(BadValue) as raised:
        read_birth(written, ON)
    assert raised.value.message.render() == reason


HEADERS = ("N°", "Nom", "Prénom(s)", "Sexe", "Date de naissance", "Structure", "Émargement")
# name -> (as written in the cell, date kept, year kept, young at the workshop of 05/12/2022)
WRITTEN: dict[str, tuple[object, dt.date | None, int | None, bool | None]] = {
    # 29 on the day (his birthday is a week later): young; "1992" alone would make him 30.
    "GUIDIMEY": (dt.date(1992, 12, 12), dt.date(1992, 12, 12), 1992, True),
    "ISSA": ("12/03/1994", dt.date(1994, 3, 12), 1994, True),
    "SANI": ("05-12-92", dt.date(1992, 12, 5), 1992, False),  # 30 that very day
    "KONATE": (31229, dt.date(1985, 7, 1), 1985, False),
    "ABDOU": ("1993", None, 1993, True),  # 29 by the year rule
    "MAIGA": ("1992", None, 1992, False),  # 30 by the year rule
    "DIALLO": ("34 ans", None, 1988, False),
    "ZERBO": ("", None, None, None),  # age unknown
}


def _sheet_rows() -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = [HEADERS]
    for number, (name, (written, *_rest)) in enumerate(WRITTEN.items(), start=1):
        rows.append((number, name, "Awa", "F", written, "CNDH", "x"))
    return rows


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jour 1"
    sheet.append(["FEUILLE DE PRÉSENCE – Atelier du 05/12/2022"])
    for row in _sheet_rows():
        sheet.append(list(row))
    for cell in sheet["E"]:
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "dd/mm/yyyy"  # as Excel shows a typed date
    book.save(path)
    return path


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_sheet_with_dates_of_birth_written_every_way(
    db: Database, one_day_activity_id: int, tmp_path: Path, kind: str
) -> None:
    path = (
        _xlsx(tmp_path / "liste.xlsx")
        if kind == "xlsx"
        else write_ods(tmp_path / "liste.ods", {"Jour 1": _sheet_rows()})
    )
    preview = preview_file(db, path, one_day_activity_id)
    assert [r.row.reasons for r in preview.rows] == [()] * len(WRITTEN)
    read = {r.row.person.family_name: r.row.person for r in preview.rows if r.row.person}
    assert {name: (p.birth_date, p.birth_year) for name, p in read.items()} == {
        name: (date, year) for name, (_written, date, year, _young) in WRITTEN.items()
    }
    apply_preview(db, preview)
    with db.session() as session:
        stored = {p.family_name: p for p in session.scalars(select(Person))}
    for name, (_written, date, year, young) in WRITTEN.items():
        person = stored[name]
        assert (person.birth_date, person.birth_year) == (date, year), name
        found = is_youth(person.birth_year, person.age_band, ON, birth_date=person.birth_date)
        assert found is young, name
    # Counted by hand: 3 young (GUIDIMEY, ISSA, ABDOU), 4 not, 1 unknown; the ages from a year
    # only are ABDOU's, MAIGA's and DIALLO's (an age gives a year, not a date).
    from_year = [n for n, p in stored.items() if age_from_year_only(p.birth_date, p.birth_year)]
    assert sorted(from_year) == ["ABDOU", "DIALLO", "MAIGA"]
