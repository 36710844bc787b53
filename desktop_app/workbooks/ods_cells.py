"""The figures of an .ods workbook's sheets (workbooks/cell_budget.py): every row and cell of
content.xml with their repeat counts, since a row repeated 200,000 times is read 200,000 times."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from desktop_app.workbooks.cell_tally import SheetSize, Tally, chunks

_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s>/])([^>]*?)(/?)>"
)
_ODS_REPEAT = re.compile(rb"number-(?:rows|columns)-repeated\s*=\s*[\"']([0-9]{1,9})[\"']")
_ODS_NAME = re.compile(rb"table:name\s*=\s*[\"']([^\"']*)[\"']")
_ODS_TEXT = re.compile(rb">([^<]*)<")
_ODS_CELL_END = re.compile(rb"</table:(?:covered-)?table-cell>")


@dataclass
class _OdsRow:
    repeat: int = 1
    column: int = 0  # cells so far, repeats counted
    values: int = 0
    last: int = 0  # the column of the last cell with a value
    characters: int = 0


def _repeat(attributes: bytes) -> int:
    found = _ODS_REPEAT.search(attributes)
    return max(int(found.group(1)), 1) if found else 1


def ods_sizes(archive: zipfile.ZipFile, tally: Tally) -> None:
    sheet: SheetSize | None = None
    row = 0  # rows of the table so far, repeats counted
    current = _OdsRow()
    for chunk in chunks(archive, "content.xml", b"<table:table-row"):
        for match in _ODS_TAG.finditer(chunk):
            closing, tag, attributes, empty = match.groups()
            if tag == b"table":
                if closing and sheet is not None:
                    tally.finish(sheet)
                    sheet = None
                elif not closing:
                    name = _ODS_NAME.search(attributes)
                    sheet = SheetSize(name.group(1).decode("utf-8", "replace") if name else "")
                    row = 0
            elif sheet is None:
                continue
            elif tag == b"table-row":
                if empty:
                    row += _repeat(attributes)
                elif not closing:
                    current = _OdsRow(repeat=_repeat(attributes))
                else:
                    if current.values:  # a repeated row is read as many times
                        sheet.rows = row + current.repeat
                        sheet.columns = max(sheet.columns, current.last)
                        sheet.values += current.values * current.repeat
                        sheet.characters += current.characters * current.repeat
                        tally.check(sheet)
                    row += current.repeat
                    current = _OdsRow()
            elif not closing:
                repeat = _repeat(attributes)
                current.column += repeat
                if not empty:
                    end = _ODS_CELL_END.search(chunk, match.end())
                    inside = chunk[match.end() - 1 : end.start() + 1 if end else len(chunk)]
                    current.values += repeat
                    current.last = current.column
                    current.characters += sum(map(len, _ODS_TEXT.findall(inside))) * repeat
    if sheet is not None:
        tally.finish(sheet)
