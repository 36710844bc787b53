"""The workbook rule (text is text) in one place, and every workbook writer going through it.

LibreOffice reading the five workbooks back is in tests/reports/test_workbooks_in_libreoffice.py.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.workbooks.cells import CellWriter, looks_like_formula, new_workbook

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"


@pytest.mark.parametrize(
    ("text", "formula_like"),
    [
        ("=1+1", True),
        ("+227 90 12 34 56", True),
        ("-Chef de service", True),
        ("@SUM(A1)", True),
        ("\t=2", True),
        ("\r=2", True),
        ("Fatouma =1", False),
        (" =1", False),
        ("", False),
    ],
)
def test_what_looks_like_a_formula(text: str, formula_like: bool) -> None:
    assert looks_like_formula(text) is formula_like


def test_cells_keep_their_kind_and_formula_like_text_its_value(tmp_path: Path) -> None:
    path = tmp_path / "cells.xlsx"
    book = new_workbook(path)
    cells = CellWriter(book)
    bold = cells.format({"bold": True})
    day = cells.format({"num_format": "dd/mm/yyyy"})
    sheet = book.add_worksheet("S")
    values: list[str | int | float] = ["=cmd|' /C calc'!A0", "-2+3", "Awa", 12, 2.5]
    for row, value in enumerate(values):
        cells.write(sheet, row, 0, value, bold)
        cells.write(sheet, row, 1, value)
    cells.write(sheet, 5, 0, dt.date(2022, 12, 5), day)
    cells.write(sheet, 6, 0, None)
    cells.text(sheet, 7, 0, "")
    book.close()
    read = load_workbook(path)["S"]
    for row, value in enumerate(values, start=1):
        for column in (1, 2):
            cell = read.cell(row, column)
            assert cell.value == value
            assert cell.data_type == ("s" if isinstance(value, str) else "n")
            assert cell.quotePrefix is (isinstance(value, str) and looks_like_formula(value))
        assert read.cell(row, 1).font.b  # the quote-prefix twin keeps the format
    assert read.cell(6, 1).value == dt.datetime(2022, 12, 5)
    assert read.cell(7, 1).value is None and read.cell(8, 1).value is None


def test_a_format_made_elsewhere_and_a_yes_no_are_refused(tmp_path: Path) -> None:
    book = new_workbook(tmp_path / "refused.xlsx")
    cells = CellWriter(book)
    sheet = book.add_worksheet()
    with pytest.raises(ValueError):
        cells.text(sheet, 0, 0, "=1", book.add_format({"bold": True}))
    with pytest.raises(TypeError):
        cells.write(sheet, 0, 0, True)
    book.close()


def test_every_workbook_writer_uses_the_rule() -> None:
    """Only workbook_cells makes an xlsxwriter workbook: the other writers ask it."""
    makers = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(r"xlsxwriter\.Workbook\(|\bWorkbook\(\s*str\(", path.read_text("utf-8"))
    }
    assert makers == {"workbooks/cells.py"}
    users = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "new_workbook(" in path.read_text("utf-8")
    }
    assert {
        "reports/xlsx_book.py",
        "signin/printing.py",
        "sync/export.py",
        "privacy/pseudonymised.py",
    } <= users
