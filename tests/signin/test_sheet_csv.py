"""CSV files read as one sheet: encodings, separators, quoted separators and line breaks, the
"sep=" line Excel writes; a file that is no CSV is refused with a clear message."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop_app.signin import SheetError, load_sheets, open_sheets
from desktop_app.signin import fields as f
from desktop_app.store import Database

HEADER = ["N°", "Nom et prénoms", "Sexe", "Structure", "Observations"]
ROWS = [
    ["1", "DIALLO Aïssata", "F", "Médiateur, Niamey", "Arrivée à 10 h,\nrepartie à midi"],
    ["2", "GUIDIMEY Célestin", "M", "CNDH", ""],
]


def text(separator: str) -> str:
    def quoted(cell: str) -> str:
        return f'"{cell}"' if any(c in cell for c in (separator, "\n", '"')) else cell

    return "\r\n".join(separator.join(quoted(c) for c in row) for row in [HEADER, *ROWS])


def read(path: Path) -> tuple[tuple[object, ...], ...]:
    with open_sheets(path) as sheets:
        assert sheets.sheet_names == (path.stem,)
        return sheets.read(sheets.sheet_names[0]).rows


@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_and_separators(tmp_path: Path, separator: str, encoding: str) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(text(separator).encode(encoding))
    rows = read(path)
    assert rows[0] == tuple(HEADER)
    # The quoted line break and separator stay in their cell: a record is one row.
    assert rows[1] == tuple(ROWS[0]) and rows[2] == tuple(ROWS[1]) and len(rows) == 3


def test_excel_sep_line_and_short_rows(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(("sep=;\r\n" + "Nom;Prénom;Sexe\r\nSANI;Ibrahim\r\n").encode("cp1252"))
    assert read(path) == (("Nom", "Prénom", "Sexe"), ("SANI", "Ibrahim", ""))


def test_a_csv_maps_itself_like_a_workbook(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(codecs.BOM_UTF8 + text(";").encode("utf-8"))
    [(grid, layout)] = load_sheets(db, path)
    assert grid.name == "liste" and layout.header_row == 1
    assert layout.mapping == (f.NUMBER, f.FULL_NAME, f.SEX, f.ORGANISATION, f.IGNORE)


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "classeur.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200))
    with pytest.raises(SheetError, match="is not a spreadsheet"):
        read(path)


def test_an_empty_or_missing_csv_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    with pytest.raises(SheetError, match="is empty"):
        open_sheets(empty)
    with pytest.raises(SheetError, match="does not exist"):
        open_sheets(tmp_path / "absent.csv")
