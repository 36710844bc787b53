"""Fast rows for the big sheets of the HQ workbook.

xlsxwriter writes the workbook's frame (styles, header rows, frozen panes, filters, widths,
manifest and read-me); the record rows, 100,000 and more, are then streamed into each record
sheet's XML by this module, which turns a row into XML about three times faster than
xlsxwriter's general cell writer. The cells are the same kinds xlsxwriter writes: inline
strings (optionally with the quote-prefix style), numbers, and dates as serial numbers with a
date style.
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

from desktop_app.exchange import hq_cells
from desktop_app.exchange.hq_format import EXCEL_MAX_TEXT, Column
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_EPOCH = dt.date(1899, 12, 30)
_EPOCH_TIME = dt.datetime(1899, 12, 30)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
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


def _cell_xml(column: Column, styles: Styles, language: str, sheet: str) -> CellXml:
    """A function (reference like "B2", value) -> the cell's XML ("" for an empty cell)."""
    kind = column.kind
    guarded = f' s="{styles.guarded}"'

    def text(ref: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        value = str(value)
        if len(value) > EXCEL_MAX_TEXT:
            raise _too_long(sheet, int(ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), column, language)
        style = guarded if value.startswith(FORMULA_STARTS) else ""
        space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
        return f'<c r="{ref}" t="inlineStr"{style}><is><t{space}>{_escape(value)}</t></is></c>'

    def number(ref: str, value: Any) -> str:
        return "" if value is None else f'<c r="{ref}"><v>{value}</v></c>'

    def date(ref: str, value: Any) -> str:
        if value is None:
            return ""
        return f'<c r="{ref}" s="{styles.date}"><v>{(value - _EPOCH).days}</v></c>'

    def datetime(ref: str, value: Any) -> str:
        if value is None:
            return ""
        serial = (value - _EPOCH_TIME) / dt.timedelta(days=1)
        return f'<c r="{ref}" s="{styles.datetime}"><v>{serial!r}</v></c>'

    def yes_no(ref: str, value: Any) -> str:
        return text(ref, hq_cells.bool_label(bool(value), language))

    def vocabulary(ref: str, value: Any) -> str:
        return text(ref, hq_cells.label(kind, value, language))

    def many(ref: str, value: Any) -> str:
        return text(ref, " ".join(value))

    if kind in ("int", "revision"):
        return number
    if kind == "date":
        return date
    if kind == "datetime":
        return datetime
    if kind == "bool":
        return yes_no
    if kind in ("sex", "status", "kind", "category", "role"):
        return vocabulary
    if kind == "refs":
        return many
    return text


def _rows_xml(sheet: SheetRows, styles: Styles, language: str) -> Iterator[str]:
    letters = [xl_col_to_name(i) for i in range(len(sheet.columns))]
    writers = [_cell_xml(c, styles, language, sheet.sheet_name) for c in sheet.columns]
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
    with (
        zipfile.ZipFile(frame) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            sheet = by_part.get(info.filename)
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
                for row in _rows_xml(sheet, styles, language):
                    batch.append(row)
                    if len(batch) == _ROW_BATCH:
                        part.write("".join(batch).encode("utf-8"))
                        advance(len(batch))
                        batch.clear()
                part.write("".join(batch).encode("utf-8"))
                advance(len(batch))
                part.write(("</sheetData>" + tail).encode("utf-8"))
