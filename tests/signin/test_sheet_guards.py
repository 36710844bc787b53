"""Files made to hurt the reader are refused before it opens them, with a clear message and
nothing changed; honest heavy sheets still import; an over-long cell makes its row invalid."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sheet_fixtures import FRENCH_HEADERS, preview_file, table_sizes, write_fast_xlsx, write_xlsx

from bench import sheet_bombs
from desktop_app.signin import INVALID, NEW, SheetError, load_sheets, read_workbook
from desktop_app.store import Database
from desktop_app.workbooks.cell_budget import OverBudget, check_budget

ABNORMAL = "would expand to an abnormal size when opened"
TOO_LARGE = "is too large to import as a sign-in sheet"


@pytest.mark.parametrize(
    ("make", "part"),
    [
        (lambda p: sheet_bombs.shared_strings_bomb(p / "b.xlsx", 48 << 20), "xl/sharedStrings.xml"),
        (lambda p: sheet_bombs.sheet_xml_bomb(p / "b.xlsx", 48 << 20), "xl/worksheets/sheet1.xml"),
        (lambda p: sheet_bombs.ods_content_bomb(p / "b.ods", 48 << 20), "content.xml"),
    ],
    ids=["xlsx shared strings", "xlsx sheet", "ods content"],
)
def test_a_zip_bomb_is_refused_before_it_is_opened(
    db: Database, one_day_activity_id: int, tmp_path: Path, make: Callable[[Path], Path], part: str
) -> None:
    path = make(tmp_path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
        assert info.file_size >= 48 << 20 and info.file_size / info.compress_size > 200
    before = table_sizes(db)
    with pytest.raises(SheetError) as refused:
        load_sheets(db, path)
    assert f"{ABNORMAL} ({part}): it was not opened." in str(refused.value)
    assert table_sizes(db) == before


@pytest.mark.parametrize(
    ("make", "shape"),
    [
        (sheet_bombs.far_cell, "at least 1048576 rows × 16384 columns, 3 cells with a value"),
        (sheet_bombs.ods_repeated_rows, "at least 1048577 rows × 16384 columns"),
    ],
    ids=["xlsx value at XFD1048576", "ods row repeated a million times"],
)
def test_a_tiny_file_that_would_fill_the_memory_is_refused(
    db: Database, tmp_path: Path, make: Callable[[Path], Path], shape: str
) -> None:
    """Under 2 KB each: no archive check sees them, the reader would take terabytes (the
    .xlsx made it abort the program)."""
    path = make(tmp_path / ("far.ods" if make is sheet_bombs.ods_repeated_rows else "far.xlsx"))
    assert path.stat().st_size < 2048
    before = table_sizes(db)
    started = time.monotonic()
    with pytest.raises(SheetError) as refused:
        read_workbook(path)
    assert time.monotonic() - started < 30  # refused from the XML alone, never read
    assert TOO_LARGE in str(refused.value) and shape in str(refused.value)
    assert table_sizes(db) == before


def test_one_long_shared_string_named_by_every_cell_is_refused(tmp_path: Path) -> None:
    """500 KB on disk and within every archive limit, but 100,000 copies of a 30,000-character
    text once read (3 billion characters)."""
    path = sheet_bombs.amplified_shared_string(tmp_path / "copies.xlsx")
    with pytest.raises(SheetError, match=TOO_LARGE):
        read_workbook(path)


def test_an_honest_ten_megabyte_sheet_is_read(
    db: Database, one_day_activity_id: int, tmp_path: Path
) -> None:
    """2,000 people and four photos of the signed paper sheets: 10 MB that do not compress."""
    path = sheet_bombs.honest_sheet(tmp_path / "liste.xlsx", sheet_bombs.people(2000), photos=4)
    assert path.stat().st_size > 9_500_000
    preview = preview_file(db, path, one_day_activity_id)
    assert preview.count(NEW) == 2000 and preview.count(INVALID) == 0


@pytest.mark.parametrize("references", [True, False], ids=["with references", "without"])
def test_the_estimate_follows_the_cells(tmp_path: Path, references: bool) -> None:
    rows = [("Nom", "Prénoms", "Structure"), *((f"ISSA{i}", "Mariama", "CNDH") for i in range(999))]
    if references:
        path = write_xlsx(tmp_path / "liste.xlsx", {"Liste": rows}, titles=False)
    else:
        path = write_fast_xlsx(tmp_path / "liste.xlsx", "Liste", rows)
    (size,) = check_budget(str(path), 1 << 30)
    assert (size.name, size.rows, size.columns, size.values) == ("Liste", 1000, 3, 3000)
    # ISSA0 to ISSA998 (6,883 bytes), Mariama and CNDH 999 times (10,989), the headers (20):
    # counted, or bounded by the XML's size, never fewer.
    assert size.characters >= 6_883 + 10_989 + 20
    with pytest.raises(OverBudget):
        check_budget(str(path), 100_000)


def test_a_three_hundred_character_name_makes_its_row_invalid(
    db: Database, one_day_activity_id: int, tmp_path: Path
) -> None:
    long_name = "ABDOU" * 60  # 300 characters
    rows = [
        FRENCH_HEADERS,
        (1, "GUIDIMEY", "Célestin", "M", 52, "CNDH", "Expert", "OSC", "Niamey", None, None, "x"),
        (2, long_name, "Moussa", "M", 40, "CNDH", "Juriste", None, "Dosso", None, None, "x"),
        (3, "SANI", "Ibrahim", "M", 33, "x" * 32_000, None, None, "Tahoua", None, None, "x"),
    ]
    path = write_xlsx(tmp_path / "liste.xlsx", {"Jour 1": rows})
    started = time.monotonic()
    preview = preview_file(db, path, one_day_activity_id)
    assert time.monotonic() - started < 30  # no 32,000-character matching keys
    outcomes = [(r.row.row, r.outcome) for r in preview.rows]
    assert outcomes == [(5, NEW), (6, INVALID), (7, INVALID)]
    assert [m.render() for m in preview.rows[1].row.reasons] == [
        'The cell of the column "Nom" holds 300 characters, more than any value of a person '
        "(200): is it the right column?"
    ]
    assert [m.render() for m in preview.rows[2].row.reasons] == [
        'The cell of the column "Structure" holds 32000 characters, more than any value of a '
        "person (200): is it the right column?"
    ]
    shown = preview.rows[1].row.person
    assert shown is not None and len(shown.family_name) <= 200
