"""The pseudonymised workbook holds no one's answers or status: with the setting on, only the
participants counted by status and sex (the hand count of tests/disability/sample.py), small
counts hidden."""

from __future__ import annotations

import zipfile
from pathlib import Path

from python_calamine import CalamineWorkbook

from desktop_app.disability.questions import ANSWERS
from desktop_app.privacy.pseudonymised import export_pseudonymised
from desktop_app.store import Database
from tests.disability import sample


def _sheets(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())


def _no_answer_anywhere(path: Path) -> None:
    xml = _xml(path)
    for english, french in ANSWERS.values():
        assert english not in xml and french.replace("'", "&apos;") not in xml, english
    assert "wg_" not in xml


def test_the_counts_by_status_and_sex(db: Database, tmp_path: Path) -> None:
    sample.build(db)
    out = export_pseudonymised(
        db, tmp_path / "shared.xlsx", with_disability=True, small_number_threshold=1
    )
    sheets = _sheets(out.path)
    table = sheets["Disability status"]
    assert table[0] == ["Disability status", "Women", "Men", "Sex not stated", "Participants"]
    # The facilitator (a lot of difficulty seeing) is of the team: not counted.
    assert table[1:] == [
        ["With disability", 1, 1, 0, 2],
        ["Without disability", 1, 2, 0, 3],
        ["Not recorded", 1, 1, 0, 2],
    ]
    assert out.row_counts["disability"] == 3
    _no_answer_anywhere(out.path)


def test_small_counts_are_hidden(db: Database, tmp_path: Path) -> None:
    sample.build(db)
    out = export_pseudonymised(
        db, tmp_path / "shared.xlsx", language="fr", with_disability=True, small_number_threshold=3
    )
    table = _sheets(out.path)["Situation de handicap"]
    assert table[1:] == [
        ["En situation de handicap", "< 3", "< 3", 0, "< 3"],
        ["Sans handicap", "< 3", "< 3", 0, 3],
        ["Non renseigné", "< 3", "< 3", 0, "< 3"],
    ]
    about = _sheets(out.path)["À propos"]
    assert any("«\u202f< 3\u202f»" in str(row[0]) for row in about)


def test_without_the_setting_no_sheet_and_no_answer(db: Database, tmp_path: Path) -> None:
    sample.build(db)
    out = export_pseudonymised(db, tmp_path / "shared.xlsx")
    sheets = _sheets(out.path)
    assert "Disability status" not in sheets and "disability" not in out.row_counts
    assert sheets["Persons"][0] == ["Pseudonym", "Sex", "Age band today", "Category", "Nationality"]
    assert len(sheets["Persons"]) == 1 + 8
    _no_answer_anywhere(out.path)
