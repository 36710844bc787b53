"""Dates of birth in the HQ workbook: a real date cell both ways, and the workbooks of a
Registre that did not know them yet (tests/sync/data, exported by it) still import
without erasing a date HQ holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select, update

from desktop_app.store import Database
from desktop_app.store.models import Attendance, Person
from desktop_app.sync.conflicts import list_conflicts, resolve_conflict
from desktop_app.sync.export import export_workbook
from desktop_app.sync.format import SHEETS_BY_TYPE
from desktop_app.sync.importing import import_workbooks
from desktop_app.sync.sheet_rows import InvalidRow, parse_rows
from desktop_app.sync.types import PERSON
from tests.sync.hq_builders import add_sample, edit_person, person, site_database, totals

DATA = Path(__file__).parent / "data"
# Niamey's workbooks from before: 3 persons at a two-day workshop, then GUIDIMEY's new phone.
BEFORE_1 = DATA / "niamey-before-dates-of-birth-1.xlsx"
BEFORE_2 = DATA / "niamey-before-dates-of-birth-2.xlsx"
BORN = dt.date(1992, 12, 12)


def _persons(database: Database) -> dict[str, Person]:
    with database.session() as session:
        return {p.family_name: p for p in session.scalars(select(Person))}


def test_a_date_of_birth_travels_as_a_real_date(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    edit_person(office, uuids["persons"][0], birth_date=BORN, birth_year=1992)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="fr").path
    sheet = openpyxl.load_workbook(book)["Personnes"]
    headers = [cell.value for cell in sheet[1]]
    at = headers.index("Date de naissance")
    assert headers[at - 1] == "Année de naissance"
    cells = {row[1].value: row[at] for row in sheet.iter_rows(min_row=2)}
    assert cells["NOM0"].is_date and cells["NOM0"].value.date() == BORN
    assert cells["NOM0"].number_format == "dd/mm/yyyy"
    assert cells["NOM1"].value is None
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [book])
    received = person(hq, uuids["persons"][0])
    assert (received.birth_date, received.birth_year) == (BORN, 1992)
    assert person(hq, uuids["persons"][1]).birth_date is None


def test_a_workbook_made_before_dates_of_birth_still_imports(
    template_db: Path, tmp_path: Path
) -> None:
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    result = import_workbooks(hq, [BEFORE_1])
    # 2 organisations, the workshop, 3 persons, 6 attendances; no head count
    assert totals(result.files[0]) == {
        "new": 2 + 1 + 3 + 6, "updated": 0, "unchanged": 0, "older": 0, "conflicts": 0,
        "invalid": 0,
    }  # fmt: skip
    persons = _persons(hq)
    assert {name: (p.birth_year, p.birth_date) for name, p in persons.items()} == {
        "GUIDIMEY": (1992, None),
        "ISSA": (1996, None),
        "SANI": (1970, None),
    }
    with hq.session() as session:
        assert len(session.scalars(select(Attendance)).all()) == 6
    assert import_workbooks(hq, [BEFORE_1]).changes == 0  # again: nothing new


def test_an_older_workbook_does_not_erase_the_date_hq_holds(
    template_db: Path, tmp_path: Path
) -> None:
    """GUIDIMEY's date reached HQ from an office that knows dates of birth, while Niamey, not
    updated yet, kept the same revision without it; then Niamey changed his phone."""
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [BEFORE_1])
    with hq.session() as session:
        session.execute(
            update(Person).where(Person.family_name == "GUIDIMEY").values(birth_date=BORN)
        )
    result = import_workbooks(hq, [BEFORE_2])
    assert totals(result.files[0])["updated"] == 1
    guidimey = _persons(hq)["GUIDIMEY"]
    assert guidimey.phone == "+22790998877" and guidimey.revision == 2
    assert (guidimey.birth_date, guidimey.birth_year) == (BORN, 1992)
    again = import_workbooks(hq, [BEFORE_2])
    assert again.changes == 0 and totals(again.files[0])["unchanged"] == 1


def test_a_conflict_on_a_date_of_birth_is_resolved_either_way(
    template_db: Path, tmp_path: Path
) -> None:
    """HQ and Niamey both corrected the same person's date of birth since they exchanged it."""
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuid = add_sample(office)["persons"][0]
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(hq, uuid, birth_date=dt.date(1990, 3, 12))
    edit_person(office, uuid, birth_date=BORN, birth_year=1992)
    import_workbooks(hq, [export_workbook(office, tmp_path / "2.xlsx").path])
    (conflict,) = list_conflicts(hq)
    assert [(f.key, f.local, f.incoming) for f in conflict.differing] == [
        ("birth_year", 1990, 1992),
        ("birth_date", "1990-03-12", "1992-12-12"),
    ]
    resolve_conflict(hq, conflict.id, "incoming")
    assert (person(hq, uuid).birth_date, person(hq, uuid).birth_year) == (BORN, 1992)


def test_an_older_sheet_with_a_bad_row_is_read_row_by_row(tmp_path: Path) -> None:
    """The row-by-row reading (a row that needs a closer look) leaves the missing column empty
    too, and says which fields the sheet lacks."""
    spec = SHEETS_BY_TYPE["person"]
    headers = [c.fr for c in spec.columns if c.key != "birth_date"]
    good = dict.fromkeys(headers, "")
    good.update(
        {
            "Identifiant": "a" * 32, "Nom": "ISSA", "Sexe": "Femme", "Année de naissance": 1996,
            "Supprimé": "Non", "Site d'origine": "NE-NIA", "Révision": 1,
            "Modifié le (UTC)": dt.datetime(2022, 12, 5, 10), "Modifié par le site": "NE-NIA",
            "Accord pour être contacté": "Non",
        }
    )  # fmt: skip
    bad = {**good, "Identifiant": "b" * 32, "Révision": "beaucoup"}
    invalid: list[InvalidRow] = []
    rows = [headers, [good[h] for h in headers], [bad[h] for h in headers]]
    parsed = parse_rows(spec, "Personnes", rows, tmp_path / "old.xlsx", "fr", invalid)
    assert [row.row for row in invalid] == [3]
    (row,) = parsed.incoming()
    assert row.content[PERSON.index("birth_date")] is None
    assert row.content[PERSON.index("birth_year")] == 1996
    assert parsed.absent == (PERSON.index("birth_date"),)


def test_the_workbooks_from_before_have_no_date_of_birth_column() -> None:
    for path in (BEFORE_1, BEFORE_2):
        sheet = openpyxl.load_workbook(path)["Personnes"]
        headers = [cell.value for cell in sheet[1]]
        assert "Année de naissance" in headers and "Date de naissance" not in headers
