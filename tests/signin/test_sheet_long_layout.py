"""One row per person per day (a date column, as forms export a repeat): each row is a presence
on its day; a row without a date takes the sheet's day; a date column beside day columns is
refused with a clear message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sheet_fixtures import preview_file, write_xlsx

from desktop_app.signin import INVALID, SheetError, load_sheets
from desktop_app.signin import fields as f
from desktop_app.store import Database

DEC5, DEC6, DEC7 = dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7)


def test_each_row_is_a_presence_on_its_date(db: Database, tmp_path: Path, activity_id: int) -> None:
    rows = [
        ("Date", "Nom", "Prénom", "Sexe"),
        (DEC5, "ISSA", "Mariama", "F"),
        ("06/12/2022", "ISSA", "Mariama", "F"),
        ("J3", "SANI", "Ibrahim", "M"),
        (None, "KANE", "Fatou", "F"),
        ("2022-12-09", "ALI", "Moussa", "M"),
        ("le lendemain", "GARBA", "Oumar", "M"),
    ]
    path = write_xlsx(tmp_path / "long.xlsx", {"Jour 2": rows})
    [(_grid, layout)] = load_sheets(db, path)
    assert layout.mapping[0] == f.DATE
    preview = preview_file(db, path, activity_id)
    days = [[p.day for p in r.row.presences] for r in preview.rows if r.outcome != INVALID]
    # KANE's date is empty: the sheet's name says "Jour 2".
    assert days == [[DEC5], [DEC6], [DEC7], [DEC6]]
    assert preview.rows[1].same_as == 0  # one person, two days
    reasons = [m.render() for r in preview.rows if r.outcome == INVALID for m in r.row.reasons]
    assert reasons == [
        "Date 2022-12-09 is outside the activity (2022-12-05 to 2022-12-07).",
        'Date "le lendemain" not understood.',
    ]


def test_a_date_column_beside_day_columns_is_refused(
    db: Database, tmp_path: Path, activity_id: int
) -> None:
    rows = [("Date", "Nom", "Prénom", "J1", "J2"), (DEC5, "ISSA", "Mariama", "x", "x")]
    path = write_xlsx(tmp_path / "both.xlsx", {"Feuil1": rows})
    [(_grid, layout)] = load_sheets(db, path)
    assert layout.mapping == (f.IGNORE, f.FAMILY_NAME, f.GIVEN_NAMES, f.DAY, f.DAY)
    with pytest.raises(SheetError, match='The column "Date" gives each row its date'):
        preview_file(db, path, activity_id, overrides=["Date=date"])
