"""Sign-in sheets as partners and Registre's users make them, written as workbooks: a title
block in merged cells with a logo, the table, a closing block; one sheet or one column per day;
Registre's own printed sheet, pre-filled, then signed (or not) at the door."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import xlsxwriter

from desktop_app.activities.attendance import check_in
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.signin.printing import load_signin_sheet, write_signin_xlsx
from desktop_app.store import Database

Row = Sequence[object]


def png(width: int = 48, height: int = 24) -> bytes:
    """A small logo (a coloured band) as a PNG file, written without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def partner_workbook(
    path: Path,
    sheets: dict[str, Sequence[Row]],
    *,
    titles: Sequence[str] = (),
    logo: bool = False,
) -> Path:
    """Each sheet: the titles merged across the table's width (a logo on the first), an empty
    row, then the rows as given (None: an empty cell; dates as real date cells)."""
    workbook = xlsxwriter.Workbook(str(path))
    bold = workbook.add_format({"bold": True, "align": "center"})
    day_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        width = max(len(row) for row in rows)
        for number, title in enumerate(titles):
            sheet.merge_range(number, 1 if logo else 0, number, width - 1, title, bold)
        if logo:
            sheet.insert_image(0, 0, "logo.png", {"image_data": io.BytesIO(png())})
        top = len(titles) + 1 if titles else 0
        for offset, row in enumerate(rows):
            for column, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, dt.date):
                    moment = dt.datetime.combine(value, dt.time())
                    sheet.write_datetime(top + offset, column, moment, day_format)
                else:
                    sheet.write(top + offset, column, value)
    workbook.close()
    return path


def check_in_all(
    database: Database,
    activity_id: int,
    people: Sequence[tuple[str, str, str, int, str, Sequence[dt.date]]],
) -> dict[str, int]:
    """(family, given, sex, birth year, role, days): registered and checked in; ids by family."""
    ids: dict[str, int] = {}
    for family, given, sex, born, role, days in people:
        person = create_person(
            database,
            PersonFields(family_name=family, given_names=given, sex=sex, birth_year=born),
        )
        ids[family] = person.id
        for day in days:
            check_in(database, activity_id, person.id, day, role=role)
    return ids


def printed_and_filled(
    database: Database,
    activity_id: int,
    day: dt.date,
    path: Path,
    language: str,
    signatures: dict[str, str],
    walk_ins: Sequence[Row],
) -> Path:
    """Registre's sheet for `day`, printed with 5 blank rows, then filled in as the assistant
    types it: the signature of some pre-filled persons (by family name), walk-ins below them
    (N° already printed; family, given, sex, organisation, position, phone, e-mail, signature)."""
    write_signin_xlsx(load_signin_sheet(database, activity_id, day, blank_rows=5), path, language)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value in ("N°", "No."))
    row = header + 1
    while sheet.cell(row, 2).value:
        family = str(sheet.cell(row, 2).value)
        if signatures.get(family):
            sheet.cell(row, 9).value = signatures[family]
        row += 1
    for offset, values in enumerate(walk_ins):
        for column, value in enumerate(values, start=2):
            sheet.cell(row + offset, column).value = value or None
    workbook.save(path)
    return path
