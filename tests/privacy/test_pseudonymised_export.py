"""The pseudonymised workbook holds no name, phone or e-mail of the database in any of its XML
parts; pseudonyms are stable; counts and ages survive as the profile promises."""

from __future__ import annotations

import datetime as dt
import html
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop_app.activities import activities, attendance
from desktop_app.privacy.pseudonymised import age_band, export_pseudonymised
from desktop_app.records.text import normalise
from desktop_app.registry import persons
from desktop_app.store import Database
from desktop_app.workbooks import protection

DAY = dt.date(2026, 3, 2)
BORN = dt.date(1990, 3, 12)
PEOPLE = (
    # Célestin's whole date of birth is known: 12/03/1990.
    ("GUIDIMEY", "Célestin", "+22790123456", "celestin.guidimey@example.ne", 1990, "M"),
    ("N'DIAYE", "Aïssata Binta", "+22376543210", "aissata@example.ml", 2001, "F"),
    ("OUSMANE", "Zeinabou", "+22791112233", None, None, "F"),
)


def _seed(db: Database) -> list[int]:
    activity = activities.create_activity(
        db,
        activities.ActivityFields(
            title="Atelier avec GUIDIMEY sur la redevabilité",
            kind="workshop",
            start_date=DAY,
            end_date=DAY + dt.timedelta(days=1),
            country="NE",
            city="Niamey",
            objectives="Présentation par Célestin Guidimey (+227 90 12 34 56).",
            outcomes="Contact : aissata@example.ml ; restitution par Mme N'Diaye.",
            notes="Zeinabou OUSMANE a apporté les feuilles.",
            partner_names=("CNDH",),
        ),
    )
    ids = []
    for family, given, phone, email, born, sex in PEOPLE:
        person = persons.create_person(
            db,
            persons.PersonFields(
                family_name=family,
                given_names=given,
                phone=phone,
                email=email,
                birth_year=born,
                birth_date=BORN if family == "GUIDIMEY" else None,
                sex=sex,
                organisation_name=f"Cabinet {family}",
                position="Conseiller",
                category="civil_society",
            ),
        )
        attendance.check_in(db, activity.id, person.id, DAY)
        ids.append(person.id)
    return ids


def _secrets() -> list[str]:
    found = []
    for family, given, phone, email, _born, _sex in PEOPLE:
        found += [family, given, phone, phone[4:]]
        found += given.split()
        if email:
            found.append(email)
    return found


def _xml_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())


def _assert_no_personal_data(xml: str) -> None:
    folded = normalise(html.unescape(xml))
    for secret in _secrets():
        assert secret not in xml, secret
        assert html.escape(secret) not in xml, secret
        assert normalise(secret) not in folded, secret


def test_no_name_phone_or_email_in_any_part(db: Database, tmp_path: Path) -> None:
    _seed(db)
    out = tmp_path / "share" / "pseudonymised.xlsx"
    result = export_pseudonymised(db, out, language="fr", today=dt.date(2026, 11, 26))
    assert result.row_counts == {"activities": 1, "persons": 3, "attendance": 3, "head_counts": 0}
    xml = _xml_text(out)
    _assert_no_personal_data(xml)
    # What the profile keeps is there: the place, the partner, age bands, the kind label.
    for kept in ("Niamey", "CNDH", "35-44", "25-29", "atelier", "redevabilité"):
        assert kept in html.unescape(xml), kept
    assert "Cabinet" not in xml and "Conseiller" not in xml
    assert not list(out.parent.glob("*.partial"))


def test_a_date_of_birth_never_leaves_in_a_pseudonymised_workbook(
    db: Database, tmp_path: Path
) -> None:
    """Only the age band goes, worked out from the birth year as for a person known by a year:
    Célestin, born 12/03/1990, is in 35-44 on 26/11/2026 and at the workshop of 02/03/2026
    (36 by the year rule; 35 exactly on the day, in the same band)."""
    _seed(db)
    out = tmp_path / "pseudonymised.xlsx"
    export_pseudonymised(db, out, language="fr", today=dt.date(2026, 11, 26))
    xml = _xml_text(out)
    serial = (BORN - dt.date(1899, 12, 30)).days  # the date as an Excel cell would hold it
    for written in ("1990-03-12", "12/03/1990", "03/12/1990", "12-03-1990", f">{serial}<"):
        assert written not in xml, written
    book = CalamineWorkbook.from_path(str(out))
    for sheet in book.sheet_names:
        for row in book.get_sheet_by_name(sheet).to_python():
            assert BORN not in row and dt.datetime(1990, 3, 12) not in row
    persons_rows = book.get_sheet_by_name("Personnes").to_python()
    assert [row[2] for row in persons_rows[1:]] == ["35-44", "25-29", ""]


def test_pseudonyms_are_stable_and_database_specific(
    db: Database, tmp_path: Path, template_db: Path
) -> None:
    _seed(db)
    first = export_pseudonymised(db, tmp_path / "one.xlsx")
    second = export_pseudonymised(db, tmp_path / "two.xlsx")
    assert first.row_counts == second.row_counts

    def pseudonyms(path: Path) -> list[str]:
        book = CalamineWorkbook.from_path(str(path))
        rows = book.get_sheet_by_name("Persons").to_python()
        return [str(row[0]) for row in rows[1:]]

    names = pseudonyms(first.path)
    assert names == pseudonyms(second.path)
    assert len(set(names)) == 3 and all(name.startswith("P-") for name in names)
    attendance_rows = CalamineWorkbook.from_path(str(first.path)).get_sheet_by_name("Attendance")
    assert {str(row[1]) for row in attendance_rows.to_python()[1:]} == set(names)


def test_protected_pseudonymised_workbook(db: Database, tmp_path: Path) -> None:
    _seed(db)
    out = tmp_path / "protected.xlsx"
    result = export_pseudonymised(db, out, password="Tillabéri-2026")
    assert result.protected and protection.is_protected(out)
    with protection.unprotected_copy(out, "Tillabéri-2026") as clear:
        _assert_no_personal_data(_xml_text(clear))
    with (
        pytest.raises(protection.WorkbookPasswordError),
        protection.unprotected_copy(out, "tillaberi"),
    ):
        pass


@pytest.mark.parametrize(
    ("birth_year", "band", "expected"),
    [
        (2012, None, "0-14"),
        (2009, None, "15-17"),
        (1997, None, "25-29"),
        (1996, None, "30-34"),
        (1950, None, "60+"),
        (None, "18 - 29", "18-29"),
        (None, None, ""),
    ],
)
def test_age_bands(birth_year: int | None, band: str | None, expected: str) -> None:
    assert age_band(birth_year, band, dt.date(2026, 6, 1)) == expected
