"""The sign-in sheet import holds persons to the registry's rules, as the forms do: control
characters and escape sequences gone, names in the registry's style, over-long texts an
invalid row with its reason."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter
from sqlalchemy import select

from desktop_app.signin import apply_preview
from desktop_app.store import Database
from desktop_app.store.models import Person
from tests.signin.sheet_fixtures import preview_file


def _written(path: Path, rows: list[tuple[object, ...]]) -> Path:
    """xlsxwriter keeps control characters (escaped as _x0007_), as some partners' tools do."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Liste")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.close()
    return path


def test_sheet_persons_are_cleaned_styled_and_capped(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [
        ("N°", "Nom", "Prénoms", "Sexe", "Structure"),
        (1, "n'diaye\x07", "aïssatou\x1b[31m", "F", "CNDH\x00"),
        (2, "ould abdallah", "mohamed", "M", "Assemblée nationale"),
        (3, "A" * 201, "Awa", "F", "OSC"),
        (4, "\x9bA", "Awa", "F", "OSC"),  # a one-byte escape sequence and nothing else
    ]
    path = _written(tmp_path / "liste.xlsx", rows)
    preview = preview_file(db, path, one_day_activity_id)
    people = [
        (r.row.person.family_name, r.row.person.given_names) for r in preview.rows if r.row.person
    ]
    assert people[:2] == [("N'DIAYE", "Aïssatou"), ("ould ABDALLAH", "Mohamed")]
    assert preview.rows[0].row.person is not None
    assert preview.rows[0].row.person.organisation == "CNDH"
    (too_long,) = preview.rows[2].row.reasons
    assert too_long.render() == (
        'The cell of the column "Nom" holds 201 characters, more than any value of a person (200):'
        " is it the right column?"
    )
    assert [r.render() for r in preview.rows[3].row.reasons] == ["No name on this row."]
    apply_preview(db, preview, skip_invalid=True)
    with db.session() as session:
        stored = set(session.execute(select(Person.family_name, Person.given_names)).all())
    assert {("N'DIAYE", "Aïssatou"), ("ould ABDALLAH", "Mohamed")} <= stored
    assert all(len(family) <= 200 for family, _given in stored)
