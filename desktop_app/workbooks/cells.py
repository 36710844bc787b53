"""The one rule for every cell Registre writes into a workbook: text is text.

Every .xlsx Registre writes (report, activity report, sign-in sheet, HQ export, pseudonymised
export) is made by `new_workbook` and filled through `CellWriter`, so that:
- a text is always a text cell, never a formula, a number or a link, whatever it looks like
  (`strings_to_formulas` and its siblings off, `write_string` for every text): a person named
  `=cmd|' /C calc'!A0` or an activity titled `=1+1` is shown as typed and runs nothing;
- a text a spreadsheet would take for a formula or DDE when someone edits the cell (starting
  with = + - @, tab or CR) also gets Excel's quote-prefix style, so that it stays text after an
  edit too; the value itself stays exactly as typed (no visible quote added);
- numbers stay numbers and dates are dates (serial numbers with a date format).
The only formulas in our workbooks are the ones the writers build on purpose (the totals of a
report table, over numeric cells) with `write_formula` and their computed value.

xlsxwriter's own temporary files (each part of the workbook, and in constant-memory mode each
sheet's rows) hold the names in clear, and by default go to the system's temporary folder, where
a killed run would leave them: here a workbook is assembled in memory, and a constant-memory one
(big exports, always written in a private folder, private_folder.py) keeps its temporary files
beside it, in that private folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from desktop_app import private_folder

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What xlsxwriter would otherwise guess from a text: nothing is guessed.
TEXT_IS_TEXT = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}

Cell = str | int | float | dt.date | None


def looks_like_formula(text: str) -> bool:
    """True for a text a spreadsheet would read as a formula or DDE if it were typed in."""
    return text.startswith(FORMULA_STARTS)


def new_workbook(path: Path | str, *, constant_memory: bool = False) -> Workbook:
    """An xlsxwriter workbook that writes texts as texts and leaves no temporary file outside
    a private folder (see the module docstring). A `constant_memory` one must be written in a
    private folder (`private_folder.workspace`)."""
    options: dict[str, Any] = dict(TEXT_IS_TEXT)
    if constant_memory:
        folder = Path(path).parent
        if folder.parent.name != private_folder.FOLDER_NAME:
            raise ValueError(f"a constant-memory workbook outside a private folder: {path}")
        options["constant_memory"] = True
        options["tmpdir"] = str(folder)
    else:
        options["in_memory"] = True
    return xlsxwriter.Workbook(str(path), options)


class CellWriter:
    """Writes cells of one workbook by the rule; makes the formats it needs.

    Formats are made through `format` so that each has a quote-prefix twin for formula-like
    texts (xlsxwriter formats cannot be copied once made)."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self._properties: dict[int, dict[str, Any]] = {}
        self._guarded: dict[int | None, Format] = {}

    def format(self, properties: Mapping[str, Any]) -> Format:
        made = self.workbook.add_format(dict(properties))
        self._properties[id(made)] = dict(properties)
        return made

    def guarded(self, cell_format: Format | None = None) -> Format:
        """`cell_format` with Excel's quote prefix (a format of this writer, or none)."""
        key = None if cell_format is None else id(cell_format)
        found = self._guarded.get(key)
        if found is None:
            if key is not None and key not in self._properties:
                raise ValueError("a format not made by CellWriter.format")
            properties = self._properties.get(key, {}) if key is not None else {}
            found = self._guarded[key] = self.workbook.add_format(
                {**properties, "quote_prefix": True}
            )
        return found

    def text(
        self, sheet: Worksheet, row: int, column: int, text: str, cell_format: Format | None = None
    ) -> None:
        if text == "":
            if cell_format is not None:
                sheet.write_blank(row, column, None, cell_format)
            return
        if looks_like_formula(text):
            cell_format = self.guarded(cell_format)
        sheet.write_string(row, column, text, cell_format)

    def write(
        self,
        sheet: Worksheet,
        row: int,
        column: int,
        value: Cell,
        cell_format: Format | None = None,
    ) -> None:
        """Any value by its type: a number, a date (give a date format), a text, or nothing."""
        if value is None:
            if cell_format is not None:
                sheet.write_blank(row, column, None, cell_format)
        elif isinstance(value, bool):
            raise TypeError("a yes/no is written as the words the reader reads")
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value, cell_format)
        elif isinstance(value, dt.datetime):
            sheet.write_datetime(row, column, value, cell_format)
        elif isinstance(value, dt.date):
            sheet.write_datetime(
                row, column, dt.datetime(value.year, value.month, value.day), cell_format
            )
        else:
            self.text(sheet, row, column, str(value), cell_format)
