"""Sign-in sheets as partners send them, built by the tests: .xlsx (openpyxl, merged title
cells), .xls (xlwt) and .ods (written by hand: an .ods is a zip of XML)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
from sqlalchemy import func, select

from desktop_app.signin import SheetChoice, SheetPreview, load_sheets, preview_sheets
from desktop_app.store import Database
from desktop_app.store.models import Attendance, AuditEntry, Organisation, Person, SheetMapping

Rows = Sequence[Sequence[object]]
TITLE = "FEUILLE DE PRÉSENCE"
EVENT = "Atelier sur le contrôle parlementaire du secteur de la sécurité – Niamey, 5-7 déc. 2022"


def write_xlsx(path: Path, sheets: dict[str, Rows], *, titles: bool = True) -> Path:
    """One sheet per entry; with `titles`, a title and the event name in merged cells on top,
    then an empty row, then the rows given."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        width = max((len(r) for r in rows), default=1)
        if titles:
            sheet.append([TITLE])
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            sheet.append([EVENT])
            sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
            sheet.append([])
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, Rows]) -> Path:
    import xlwt

    workbook = xlwt.Workbook()
    for name, rows in sheets.items():
        sheet = workbook.add_sheet(name)
        sheet.write_merge(0, 0, 0, 4, TITLE)
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    workbook.save(str(path))
    return path


def _ods_cell(value: object) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, bool):
        raise TypeError("no booleans in these fixtures")
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if isinstance(value, dt.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value.isoformat()}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
        "</table:table-cell>"
    )


def write_ods(path: Path, sheets: dict[str, Rows]) -> Path:
    tables = []
    for name, rows in sheets.items():
        body = "".join(
            "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
            for row in [[TITLE], [], *rows]
        )
        tables.append(f'<table:table table:name="{escape(name)}">{body}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        + "".join(tables)
        + "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


FRENCH_HEADERS = (
    "N°", "Nom", "Prénom(s)", "Sexe", "Âge", "Structure", "Fonction", "Catégorie", "Région",
    "Téléphone", "E-mail", "Signature",
)  # fmt: skip

FRENCH_ROWS: Rows = (
    FRENCH_HEADERS,
    (1, "GUIDIMEY", "Célestin", "M", 52, "CNDH", "Expert", "OSC", "Niamey", "96 12 34 56",
     "c.guidimey@example.org", "signé"),
    (2, "DIALLO", "Aïssata", "F", "27 ans", "Médiateur de la République", "Juriste", "Justice",
     "Tillabéri", "+227 90 11 22 33", None, None),
    (3, "Moussa", "ABDOU", "Homme", None, "CNDH", "Chargé de mission", None, "Dosso",
     "0022791556677", None, "x"),
)  # fmt: skip


def preview_file(
    database: Database, path: Path, activity_id: int, day: dt.date | None = None, **options: Any
) -> SheetPreview:
    loaded = load_sheets(database, path, **options)
    choices = [SheetChoice(grid, layout, day) for grid, layout in loaded]
    return preview_sheets(database, activity_id, choices)


def table_sizes(database: Database) -> dict[str, int]:
    """Rows in every table an import may write: equal before and after means nothing changed."""
    with database.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Attendance, Organisation, AuditEntry, SheetMapping)
        }


def write_fast_xlsx(path: Path, name: str, rows: Rows) -> Path:
    """A bare .xlsx written as XML text (inline strings): a 50,000-row sheet in a second,
    where openpyxl or xlsxwriter take many."""

    def cell(value: object) -> str:
        if value is None:
            return "<c/>"
        if isinstance(value, int | float):
            return f"<c><v>{value}</v></c>"
        return f'<c t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'

    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join("<row>" + "".join(cell(v) for v in row) + "</row>" for row in rows)
        + "</sheetData></worksheet>"
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{relations}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" '
            f'xmlns:r="{relations}"><sheets><sheet name="{escape(name)}" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{relations}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    return path
