"""Fast rows for the big sheets of the HQ workbook.

xlsxwriter writes the workbook's frame (styles, header rows, frozen panes, filters, widths,
manifest and read-me); the record rows, 100,000 and more, are then streamed into each record
sheet's XML by this module, which turns a row into XML about three times faster than
xlsxwriter's general cell writer. Texts go to a shared string table (each distinct text once),
numbers and dates (serial numbers with a date style) into the cells, as Excel itself writes
them; text a spreadsheet would take for a formula gets the quote-prefix style (the rule of
every Registre workbook, workbooks/cells.py). IDs are written in their cells (inline
strings): each is distinct, so a shared table would only hold all of them in memory, the
exporting program's and every reader's (1.3 million records: 130 MB each).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_col_to_name

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.sync import cells as hq_cells
from desktop_app.sync.format import EXCEL_MAX_TEXT, Column
from desktop_app.sync.types import to_second
from desktop_app.workbooks.cells import looks_like_formula

_EPOCH = dt.date(1899, 12, 30)
_EPOCH_TIME = dt.datetime(1899, 12, 30)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")  # CR too: XML readers would drop it
_ESCAPE_LIKE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ROW_BATCH = 2000


@dataclass(frozen=True)
class Styles:
    """xf indexes of the cell styles the rows use (assigned by xlsxwriter)."""

    date: int
    datetime: int
    guarded: int


@dataclass(frozen=True)
class SheetRows:
    """The rows to stream into one sheet part: `count` rows from `rows`."""

    part: str
    columns: tuple[Column, ...]
    sheet_name: str
    count: int
    rows: Iterator[list[Any]]
    first_row: int = 2


def _escape(text: str) -> str:
    if "_x" in text:
        text = _ESCAPE_LIKE.sub(r"_x005F_x\1_", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text


def _too_long(sheet: str, row: int, column: Column, language: str) -> RegistreError:
    return RegistreError(
        UserMessage(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "A text in {sheet} (row {row}, {column}) is longer than the 32,767 "
                "characters a spreadsheet cell can hold: shorten it and export again.",
            ),
            {"sheet": sheet, "row": row, "column": column.header(language)},
        )
    )


CellXml = Callable[[str, Any], str]


class SharedStrings:
    """The workbook's shared string table: each distinct text stored once (a site code, a
    label, an activity's ID repeat on thousands of rows), which also makes reading about
    twice as fast as inline strings."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.count = 0

    def add(self, text: str) -> int:
        self.count += 1
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.index)
        return found

    def xml_chunks(self) -> Iterator[str]:
        yield (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{self.count}" uniqueCount="{len(self.index)}">'
        )
        batch = []
        for text in self.index:  # dicts keep insertion order: the indexes
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            batch.append(f"<si><t{space}>{_escape(text)}</t></si>")
            if len(batch) == _ROW_BATCH:
                yield "".join(batch)
                batch.clear()
        yield "".join(batch) + "</sst>"


SHARED_STRINGS_PART = "xl/sharedStrings.xml"
_SHARED_STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_SHARED_STRINGS_RELATION = (
    '<Relationship Id="rIdSharedStrings" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
)


def _cell_xml(
    column: Column, styles: Styles, language: str, sheet: str, strings: SharedStrings
) -> CellXml:
    """A function (reference like "B2", value) -> the cell's XML ("" for an empty cell)."""
    kind = column.kind
    guarded = f' s="{styles.guarded}"'

    def text(ref: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        value = str(value)
        if len(value) > EXCEL_MAX_TEXT:
            raise _too_long(sheet, int(ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), column, language)
        style = guarded if looks_like_formula(value) else ""
        return f'<c r="{ref}" t="s"{style}><v>{strings.add(value)}</v></c>'

    def number(ref: str, value: Any) -> str:
        return "" if value is None else f'<c r="{ref}"><v>{value}</v></c>'

    def date(ref: str, value: Any) -> str:
        if value is None:
            return ""
        return f'<c r="{ref}" s="{styles.date}"><v>{(value - _EPOCH).days}</v></c>'

    def datetime(ref: str, value: Any) -> str:
        # The second itself (times travel to the second): a reader rounding the serial to the
        # millisecond first, as python-calamine does, would make 24.4996 s arrive as 25 s.
        second = to_second(value)
        if second is None:
            return ""
        serial = (second - _EPOCH_TIME) / dt.timedelta(days=1)
        return f'<c r="{ref}" s="{styles.datetime}"><v>{serial!r}</v></c>'

    def yes_no(ref: str, value: Any) -> str:
        return text(ref, hq_cells.bool_label(bool(value), language))

    def vocabulary(ref: str, value: Any) -> str:
        return text(ref, hq_cells.label(kind, value, language))

    def many(ref: str, value: Any) -> str:
        return inline(ref, " ".join(value))

    def inline(ref: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        return f'<c r="{ref}" t="inlineStr"><is><t>{_escape(str(value))}</t></is></c>'

    if kind in ("int", "revision", "year", "count", "percent", "minutes", "decimal"):
        return number
    if kind in ("words", "filters", "bands"):
        return lambda ref, value: text(ref, None if value is None else hq_cells.json_text(value))
    if kind == "date":
        return date
    if kind == "datetime":
        return datetime
    if kind == "bool":
        return yes_no
    if kind in ("sex", "status", "kind", "category", "role", "difficulty"):
        return vocabulary
    if kind == "refs":
        return many
    if kind == "tags":
        return lambda ref, value: text(ref, hq_cells.tags_text(value) if value else None)
    if kind in ("uuid", "ref"):
        return inline
    return text


def _rows_xml(
    sheet: SheetRows, styles: Styles, language: str, strings: SharedStrings
) -> Iterator[str]:
    letters = [xl_col_to_name(i) for i in range(len(sheet.columns))]
    writers = [_cell_xml(c, styles, language, sheet.sheet_name, strings) for c in sheet.columns]
    cells = list(zip(letters, writers, strict=True))
    for offset in range(sheet.count):
        values = next(sheet.rows)
        number = sheet.first_row + offset
        body = "".join(
            write(f"{letter}{number}", value)
            for (letter, write), value in zip(cells, values, strict=True)
        )
        yield f'<row r="{number}">{body}</row>'


def stream_rows(
    frame: Path,
    target: Path,
    sheets: Iterable[SheetRows],
    styles: Styles,
    language: str,
    advance: Callable[[int], None],
) -> None:
    """Copy the workbook `frame` to `target`, with each sheet's rows put into its XML."""
    by_part = {sheet.part: sheet for sheet in sheets}
    strings = SharedStrings()
    with (
        zipfile.ZipFile(frame) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out,
    ):
        names = set(source.namelist())
        if SHARED_STRINGS_PART in names:  # xlsxwriter wrote one: do not expect it in this mode
            raise ValueError("the workbook frame already has shared strings")
        for info in source.infolist():
            data = source.read(info)
            sheet = by_part.get(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", _SHARED_STRINGS_TYPE.encode() + b"</Types>")
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>", _SHARED_STRINGS_RELATION.encode() + b"</Relationships>"
                )
            if sheet is None:
                out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            xml = data.decode("utf-8")
            head, tail = xml.split("</sheetData>", 1)
            last_col = xl_col_to_name(len(sheet.columns) - 1)
            head = re.sub(
                r'<dimension ref="[^"]*"/>',
                f'<dimension ref="A1:{last_col}{sheet.count + 1}"/>',
                head,
                count=1,
            )
            with out.open(info.filename, "w", force_zip64=True) as part:
                part.write(head.encode("utf-8"))
                batch: list[str] = []
                for row in _rows_xml(sheet, styles, language, strings):
                    batch.append(row)
                    if len(batch) == _ROW_BATCH:
                        part.write("".join(batch).encode("utf-8"))
                        advance(len(batch))
                        batch.clear()
                part.write("".join(batch).encode("utf-8"))
                advance(len(batch))
                part.write(("</sheetData>" + tail).encode("utf-8"))
        with out.open(SHARED_STRINGS_PART, "w", force_zip64=True) as part:
            for chunk in strings.xml_chunks():
                part.write(chunk.encode("utf-8"))
