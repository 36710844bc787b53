"""Sign-in sheet files made to hurt the reader, and honest heavy ones, written part by part (an
.xlsx or .ods is a zip archive of XML): for bench/bench_sheets.py and the sheet import's tests.

Bombs: a workbook whose shared strings or sheet XML unpack a thousand times larger; an .ods
whose content.xml does the same; millions of numbers that compress like real ones; one value at
A1 and one at XFD1048576 (17 billion cells between them); an .ods row of 16,384 repeated cells
repeated 1,048,576 times; one long shared string named by 100,000 cells. Honest: a sheet of
people, and the same with photos of the signed paper sheet in it (images do not compress: a
10 MB file holds little text).
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop_app.signin.layout import column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
XLSX_FRAME = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}">'
        f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
        '<sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}">'
        f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
}
SHEET_START = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
SHEET_END = "</sheetData></worksheet>"
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Prénoms</t></is></c></row>'
)
CHUNK = 1 << 20


def _write_xlsx(path: Path, sheet: Iterable[bytes], shared: Iterable[bytes] = ()) -> Path:
    """The frame, then the sheet and shared strings streamed into the archive."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in XLSX_FRAME.items():
            archive.writestr(name, text)
        for name, pieces in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared)):
            with archive.open(name, "w", force_zip64=True) as part:
                for piece in pieces:
                    part.write(piece)
    return path


def _repeated(piece: bytes, total: int) -> Iterable[bytes]:
    block = piece * max(CHUNK // len(piece), 1)
    for _ in range(-(-total // len(block))):
        yield block


def _shared(strings: Iterable[bytes]) -> Iterable[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode()
    yield from strings
    yield b"</sst>"


def shared_strings_bomb(path: Path, expanded: int) -> Path:
    """One shared string `expanded` bytes long, named by one cell: a few kilobytes on disk
    per megabyte (4 MB unpack to 4 GB)."""
    sheet = [(SHEET_START + HEADER_ROW).encode(), b'<row r="2"><c r="A2" t="s"><v>0</v></c></row>']
    text = (b"<si><t>", *_repeated(b"A", expanded), b"</t></si>")
    return _write_xlsx(path, [*sheet, SHEET_END.encode()], _shared(text))


def sheet_xml_bomb(path: Path, expanded: int) -> Path:
    """Sheet XML of `expanded` bytes: the same row over and over."""
    row = b'<row><c t="inlineStr"><is><t>NOM</t></is></c><c><v>1</v></c></row>'
    sheet = [(SHEET_START + HEADER_ROW).encode(), *_repeated(row, expanded), SHEET_END.encode()]
    return _write_xlsx(path, sheet, _shared([]))


def dense_cells(path: Path, cells: int) -> Path:
    """`cells` numbers, ten to a row, each different: it compresses like a real sheet."""

    def rows() -> Iterable[bytes]:
        for start in range(0, cells, 10):
            row = start // 10 + 2
            yield (
                b'<row r="%d">' % row
                + b"".join(
                    b'<c r="%s%d"><v>%d</v></c>'
                    % (b"ABCDEFGHIJ"[k : k + 1], row, (start + k) * 7919)
                    for k in range(10)
                )
                + b"</row>"
            )

    sheet = [(SHEET_START + HEADER_ROW).encode(), *rows(), SHEET_END.encode()]
    return _write_xlsx(path, sheet, _shared([]))


def far_cell(path: Path) -> Path:
    """A value at A1 and one at XFD1048576: 2 KB on disk, 17 billion cells between them."""
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return _write_xlsx(path, [(SHEET_START + HEADER_ROW + far + SHEET_END).encode()], _shared([]))


def amplified_shared_string(path: Path, cells: int = 100_000, length: int = 30_000) -> Path:
    """One shared string `length` characters long named by `cells` cells: copied into each."""
    rows = (
        b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (n, n) for n in range(2, cells + 2)
    )
    text = [b"<si><t>" + b"Fait a Niamey le 5 decembre 2022. " * (length // 34) + b"</t></si>"]
    sheet = [(SHEET_START + HEADER_ROW).encode(), *rows, SHEET_END.encode()]
    return _write_xlsx(path, sheet, _shared(text))


ODS_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Feuille1">'
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Nom</text:p>'
    '</table:table-cell><table:table-cell office:value-type="string"><text:p>Prénoms</text:p>'
    "</table:table-cell></table:table-row>"
)
ODS_END = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _write_ods(path: Path, content: Iterable[bytes]) -> Path:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        with archive.open(
            zipfile.ZipInfo("content.xml", (2022, 12, 5, 0, 0, 0)), "w", force_zip64=True
        ) as part:
            for piece in content:
                part.write(piece)
    return path


def _ods_deflated(path: Path) -> None:
    """content.xml compressed (ZipInfo defaults to stored)."""
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in parts:
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info.filename, data, method)


def ods_content_bomb(path: Path, expanded: int) -> Path:
    """content.xml of `expanded` bytes: the same row over and over."""
    row = (
        b'<table:table-row><table:table-cell office:value-type="string"><text:p>NOM</text:p>'
        b"</table:table-cell></table:table-row>"
    )
    _write_ods(path, [ODS_START.encode(), *_repeated(row, expanded), ODS_END.encode()])
    _ods_deflated(path)
    return path


def ods_repeated_rows(path: Path, rows: int = 1_048_576, columns: int = 16_384) -> Path:
    """One cell repeated `columns` times on a row repeated `rows` times: under a kilobyte."""
    row = (
        f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell '
        f'table:number-columns-repeated="{columns}" office:value-type="string"><text:p>x</text:p>'
        "</table:table-cell></table:table-row>"
    )
    _write_ods(path, [(ODS_START + row + ODS_END).encode()])
    _ods_deflated(path)
    return path


# Honest sheets ------------------------------------------------------------------------------


def people(count: int) -> list[list[object]]:
    return [
        [i + 1, f"NOM{column_letter(i)}",
         f"Prénom{column_letter(i % 997)} Deux{column_letter(i % 13)}", "FM"[i % 2], 1960 + i % 45,
         f"Direction régionale {i % 400}", f"Chargé de programme {i % 50}", f"9{i % 10}{i:06d}",
         f"p{i}@exemple.org", "x"]
        for i in range(count)
    ]  # fmt: skip


HEADERS = ["N°", "Nom", "Prénom(s)", "Sexe", "Année de naissance", "Structure", "Fonction",
           "Téléphone", "E-mail", "Signature"]  # fmt: skip


def noise_png(path: Path, side: int) -> Path:
    """A photo-like PNG of random pixels (as incompressible as a photo)."""
    raw = b"".join(b"\x00" + os.urandom(side * 3) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1))
    path.write_bytes(png + chunk(b"IEND", b""))
    return path


def honest_sheet(path: Path, rows: Sequence[Sequence[object]], photos: int = 0) -> Path:
    """A sign-in sheet as Excel would hold it (xlsxwriter), with `photos` photos of about
    2.4 MB each (the signed paper sheet, scanned) beside the table."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Jour 1")
    sheet.write_row(0, 0, ["LISTE DE PRÉSENCE – Atelier du 05/12/2022 à Niamey"])
    sheet.write_row(2, 0, HEADERS)
    for number, row in enumerate(rows, start=3):
        sheet.write_row(number, 0, row)
    for photo in range(photos):
        image = noise_png(path.with_name(f"{path.stem}-photo{photo}.png"), 900)
        sheet.insert_image(1, len(HEADERS) + 1 + photo * 8, str(image))
    book.close()
    return path
