"""Bad workbooks: a clear message or clear invalid rows, and the database unchanged."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
import python_calamine

from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import ImportResult, import_workbooks
from tests.sync.hq_builders import (
    SHEET_PARTS,
    Formula,
    add_sample,
    column,
    dump,
    edit_part,
    person,
    rewrite,
    site_database,
)


@pytest.fixture(scope="module")
def office_book(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    """One office workbook for the whole module (tests only read it)."""
    tmp_path = tmp_path_factory.mktemp("office")
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    uuids = add_sample(office)
    path = export_workbook(office, tmp_path / "niamey.xlsx", language="en").path
    office.close()
    return path, uuids


@pytest.fixture
def hq(template_db: Path, tmp_path: Path) -> Database:
    return site_database(template_db, tmp_path / "hq", "HQ-GVA")


def refused(hq: Database, path: Path) -> str:
    before = dump(hq)
    with pytest.raises(RegistreError) as raised:
        import_workbooks(hq, [path])
    assert dump(hq) == before
    return str(raised.value)


def test_not_an_xlsx_file(hq: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("Liste des participants\n", encoding="utf-8")
    assert "is not an Excel workbook (.xlsx)" in refused(hq, path)


def test_a_truncated_file(hq: Database, office_book: tuple[Path, Any], tmp_path: Path) -> None:
    data = office_book[0].read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "damaged or incomplete" in refused(hq, path)


def test_a_password_protected_file(hq: Database, tmp_path: Path) -> None:
    path = tmp_path / "protected.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    assert "encrypted (password-protected)" in refused(hq, path)


def test_a_zip_bomb_is_refused_before_parsing(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    path = tmp_path / "bomb.xlsx"
    bomb = b"<x>" + b" " * (8 << 20) + b"</x>"
    edit_part(office_book[0], path, SHEET_PARTS["person"], lambda _old: bomb)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET_PARTS["person"])
        assert info.file_size / info.compress_size > 200
    assert "abnormal size" in refused(hq, path)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    b"</sheetData></worksheet>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["expansion", "external"])
def test_xml_entities_are_refused_and_never_expanded(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path, xml: bytes
) -> None:
    path = edit_part(
        office_book[0], tmp_path / "entities.xlsx", SHEET_PARTS["person"], lambda _: xml
    )
    assert "XML declarations" in refused(hq, path)
    # and the reader underneath would not expand them either
    started = time.monotonic()
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        rows = book.get_sheet_by_name("Persons").to_python()
        text = "".join(str(cell) for row in rows for cell in row)
    except python_calamine.CalamineError:
        text = ""
    finally:
        book.close()
    assert time.monotonic() - started < 5
    assert "lollol" not in text and "root:" not in text


def test_an_unknown_or_newer_format_is_refused(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    def newer(sheet: str, rows: list[list[Any]]) -> None:
        for row in rows:
            if sheet == "Manifest" and row[0] == "format_version":
                row[1] = 2

    def other(sheet: str, rows: list[list[Any]]) -> None:
        for row in rows:
            if sheet == "Manifest" and row[0] == "format":
                row[1] = "someone-else"

    assert "newer version of Registre" in refused(
        hq, rewrite(office_book[0], tmp_path / "newer.xlsx", newer)
    )
    assert "not a Registre sync workbook" in refused(
        hq, rewrite(office_book[0], tmp_path / "other.xlsx", other)
    )


def test_a_required_column_missing(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    def drop_sex(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            at = column(rows, "Sex")
            for row in rows:
                del row[at]

    message = refused(hq, rewrite(office_book[0], tmp_path / "nosex.xlsx", drop_sex))
    assert "the sheet Persons has no column Sex (Sexe)" in message


def import_edited(hq: Database, book: Path, out: Path, change: Any) -> ImportResult:
    return import_workbooks(hq, [rewrite(book, out, change)])


def test_wrong_types_make_invalid_rows_and_the_rest_imports(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    def change(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            sex = column(rows, "Sex")
            rows[1][sex], rows[2][sex], rows[3][sex] = "Femme", "xyz", "féminin"
        if sheet == "Attendance":
            rows[1][column(rows, "Day")] = "le cinq décembre"
        if sheet == "Head counts":
            rows[1][column(rows, "Total")] = "beaucoup"

    result = import_edited(hq, office_book[0], tmp_path / "types.xlsx", change)
    invalid = {(r.sheet, r.row): r.reason.render() for r in result.files[0].invalid_rows}
    expected = {
        ("Persons", 3): "Sex: xyz is not a sex (F, M or empty).",
        ("Attendance", 2): "Day: le cinq décembre is not a date.",
        ("Head counts", 2): "Total: beaucoup is not a whole number.",
    }
    assert expected.items() <= invalid.items()
    uuids = office_book[1]["persons"]
    assert person(hq, uuids[0]).sex == "F"
    assert person(hq, uuids[2]).sex == "F"
    # the other attendance rows of the invalid person refer to nobody known: invalid too
    others = [reason for key, reason in invalid.items() if key not in expected]
    assert len(others) in (1, 2)
    assert all(uuids[1] in reason and "neither in the database" in reason for reason in others)


@pytest.mark.parametrize("word", ["F", "Femme", "female", "féminin", "FEMININ", " f "])
def test_sex_words_are_understood(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path, word: str
) -> None:
    def change(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            rows[2][column(rows, "Sex")] = word

    result = import_edited(hq, office_book[0], tmp_path / "sex.xlsx", change)
    assert result.files[0].invalid_rows == ()
    assert person(hq, office_book[1]["persons"][1]).sex == "F"


def test_control_characters_and_over_long_cells_are_invalid_rows(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    def change(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            rows[1][column(rows, "Position")] = "Chef\x07 de service"

    step = rewrite(office_book[0], tmp_path / "control.xlsx", change)
    path = edit_part(
        step,
        tmp_path / "long.xlsx",
        "xl/sharedStrings.xml",
        lambda xml: xml.replace(b">NOM1<", b">" + b"L" * 40_000 + b"<"),
    )
    result = import_workbooks(hq, [path])
    invalid = {(r.sheet, r.row): r.reason.render() for r in result.files[0].invalid_rows}
    assert invalid[("Persons", 2)] == "Position: contains control characters."
    assert invalid[("Persons", 3)] == "Family name: text longer than 32,767 characters."
    assert result.files[0].types[2].new == 1


def test_formula_cells_give_their_values_and_nothing_is_evaluated(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    def change(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            rows[1][column(rows, "Birth year")] = Formula("=1990+5", 1995)
            rows[1][column(rows, "Position")] = Formula(
                '=HYPERLINK("http://x.example","a")', "Chef"
            )

    result = import_edited(hq, office_book[0], tmp_path / "formula.xlsx", change)
    assert result.files[0].invalid_rows == ()
    imported = person(hq, office_book[1]["persons"][0])
    assert imported.birth_year == 1995
    assert imported.position == "Chef"


def test_a_row_referring_to_an_unknown_person_is_invalid_not_a_crash(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    def change(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Attendance":
            rows[1][column(rows, "Person ID")] = "0" * 32

    result = import_edited(hq, office_book[0], tmp_path / "ref.xlsx", change)
    (row,) = result.files[0].invalid_rows
    assert (row.sheet, row.row) == ("Attendance", 2)
    assert "a person (" + "0" * 32 + ") that is neither in the database" in row.reason.render()
    assert result.files[0].types[3].new == 5


def test_one_bad_file_among_several_applies_nothing(
    hq: Database, office_book: tuple[Path, Any], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert "damaged or incomplete" in refused_many(hq, [office_book[0], bad])


def refused_many(hq: Database, paths: list[Path]) -> str:
    before = dump(hq)
    with pytest.raises(RegistreError) as raised:
        import_workbooks(hq, paths)
    assert dump(hq) == before
    return str(raised.value)
