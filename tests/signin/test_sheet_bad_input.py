"""Bad files and bad mappings: a clear message, and nothing changed in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sheet_fixtures import FRENCH_ROWS, preview_file, table_sizes, write_xlsx

from desktop_app.signin import (
    Choices,
    SheetError,
    apply_preview,
    check_mapping,
    load_sheets,
    open_workbook,
    with_mapping,
)
from desktop_app.signin import fields as f
from desktop_app.store import Database


def test_text_file_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Nom;Prénom\nISSA;Mariama\n", encoding="utf-8")
    with pytest.raises(SheetError, match="is not a spreadsheet"):
        open_workbook(path)


def test_renamed_text_file_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_text("this is not a workbook", encoding="utf-8")
    with pytest.raises(SheetError, match="is not a spreadsheet"):
        open_workbook(path)


def test_truncated_workbook_cannot_be_read(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", {"Feuil1": FRENCH_ROWS}).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(SheetError, match="cannot be read as a spreadsheet"):
        open_workbook(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vide.xlsx"
    path.write_bytes(b"")
    with pytest.raises(SheetError, match="is empty"):
        open_workbook(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="does not exist"):
        open_workbook(tmp_path / "absent.xlsx")


def test_password_protected_workbook(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", {"Feuil1": FRENCH_ROWS})
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    with pytest.raises(SheetError, match="protected by a password"):
        open_workbook(locked)


def test_sheet_without_data(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "blank.xlsx", {"Feuil1": []}, titles=False)
    with pytest.raises(SheetError, match="No header row found in the sheet Feuil1"):
        load_sheets(db, path)


def test_no_header_row_found(db: Database, tmp_path: Path) -> None:
    rows = [("Liste des invités",), ("ISSA Mariama", "F", "CNDH"), ("SANI Ibrahim", "M", "OSC")]
    path = write_xlsx(tmp_path / "noheader.xlsx", {"Feuil1": rows})
    with pytest.raises(SheetError, match="No header row found"):
        load_sheets(db, path)


def test_header_row_chosen_by_hand(db: Database, tmp_path: Path, one_day_activity_id: int) -> None:
    rows = [("Participant", "S", "Orig."), ("ISSA Mariama", "F", "CNDH")]
    path = write_xlsx(tmp_path / "short.xlsx", {"Feuil1": rows}, titles=False)
    preview = preview_file(db, path, one_day_activity_id, header_row=1, overrides=["S=sex"])
    person = preview.rows[0].row.person
    assert person is not None and (person.family_name, person.sex) == ("ISSA", "F")


def test_column_mapped_twice(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    [(_grid, layout)] = load_sheets(db, path)
    twice = with_mapping(layout, {layout.headers.index("Région"): f.PHONE})
    with pytest.raises(SheetError, match='"Région" and "Téléphone" are both mapped to phone'):
        check_mapping(twice)


def test_map_option_mapping_a_second_column_to_a_taken_field(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    before = table_sizes(db)
    with pytest.raises(SheetError, match="both mapped to email"):
        preview_file(db, path, one_day_activity_id, overrides=["Fonction=email"])
    assert table_sizes(db) == before


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("Téléphone", "is not a column mapping"),
        ("Téléphone=fax", 'Unknown field "fax"'),
        ("Fax=phone", 'no column "Fax"'),
    ],
)
def test_bad_map_options(db: Database, tmp_path: Path, override: str, message: str) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    with pytest.raises(SheetError, match=message):
        load_sheets(db, path, overrides=[override])


def test_no_name_column(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    [(_grid, layout)] = load_sheets(db, path)
    unnamed = with_mapping(layout, {1: f.IGNORE, 2: f.IGNORE})
    with pytest.raises(SheetError, match="mapped to a name"):
        check_mapping(unnamed)


def test_unknown_sheet_name(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    with pytest.raises(SheetError, match="no sheet named Jour 9"):
        load_sheets(db, path, sheet_names=["Jour 9"])


def test_invalid_rows_stop_the_whole_import(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [*FRENCH_ROWS, (4, "SANI", "Ibrahim", "Z", None, None, None, None, None, None, None)]
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": rows})
    preview = preview_file(db, path, one_day_activity_id)
    before = table_sizes(db)
    with pytest.raises(SheetError, match="1 rows are invalid"):
        apply_preview(db, preview)
    assert table_sizes(db) == before
    result = apply_preview(db, preview, skip_invalid=True, choices=Choices(unsigned_present=True))
    assert (result.persons_created, result.invalid_rows_skipped) == (3, 1)


def test_day_column_outside_the_activity(db: Database, tmp_path: Path, activity_id: int) -> None:
    rows = [("Nom", "Prénom", "J1", "J4"), ("SANI", "Ibrahim", "x", "x")]
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": rows})
    with pytest.raises(SheetError, match="J4 stands for 2022-12-08, outside the activity"):
        preview_file(db, path, activity_id)


def test_failure_while_writing_leaves_nothing(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    preview = preview_file(db, path, one_day_activity_id)
    before = table_sizes(db)
    calls = 0

    def cancel_after_start() -> bool:
        nonlocal calls
        calls += 1
        return calls > 1

    # Cancelling at the second check (after rows were written in the session) rolls all back.
    import desktop_app.signin.apply as apply_module

    original = apply_module.FLUSH_EVERY
    apply_module.FLUSH_EVERY = 1
    try:
        with pytest.raises(SheetError, match="Cancelled"):
            apply_preview(db, preview, cancelled=cancel_after_start)
    finally:
        apply_module.FLUSH_EVERY = original
    assert table_sizes(db) == before


def test_map_option_given_twice_for_a_column_keeps_the_last(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    [(_grid, layout)] = load_sheets(db, path, overrides=["Région=email", "Région=ignore"])
    assert layout.mapping[layout.headers.index("Région")] == f.IGNORE
    check_mapping(layout)
