"""Reading workbooks (.xlsx, .xlsm, .xls, .ods) with python-calamine, a sheet at a time.

A sheet becomes a `SheetGrid`: every row from the sheet's first row, so that row numbers in
messages are the ones the user sees in Excel. Bad files raise `RegistreError` at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import python_calamine

from desktop_app.signin import problems
from desktop_app.signin.guard import check_sheet_file
from desktop_app.signin.mark import PrintedMark

Cell = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta
Progress = Callable[[int, int], None]  # (done, total); may raise to cancel

EXTENSIONS = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
PROGRESS_STEP = 500  # rows between two progress reports
SHARED_STRINGS = 20_000


@dataclass(frozen=True)
class SheetGrid:
    """The cells of one sheet; `rows[i]` is sheet row i + 1, all rows as wide as the widest."""

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    hidden: bool = False
    mark: PrintedMark | None = None  # the sheet Registre printed (signin/printed.py)

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


class Workbook:
    """An open workbook file; `read(name)` reads one sheet."""

    def __init__(self, path: Path, book: python_calamine.CalamineWorkbook) -> None:
        self.path = path
        self._book = book
        worksheets = [
            meta
            for meta in book.sheets_metadata
            if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
        ]
        self.sheet_names: tuple[str, ...] = tuple(meta.name for meta in worksheets)
        # Hidden sheets hold drop-down lists and workings, rarely a list of people.
        self.hidden: frozenset[str] = frozenset(
            meta.name
            for meta in worksheets
            if meta.visible != python_calamine.SheetVisibleEnum.Visible
        )

    def read(self, name: str, progress: Progress | None = None) -> SheetGrid:
        try:
            sheet = self._book.get_sheet_by_name(name)
            top, left = sheet.start or (0, 0)
            height = sheet.height
            empty_row: tuple[Cell, ...] = ("",) * (left + sheet.width)
            rows: list[tuple[Cell, ...]] = [empty_row] * top
            # One string object for the values a sheet repeats ("F", "CNDH", "signé"): a sheet
            # of 200,000 rows takes a sixth less memory. Names do not repeat: the cache is
            # emptied as it fills up.
            seen: dict[str, str] = {}
            keep = seen.setdefault
            for index, row in enumerate(sheet.iter_rows(), start=1):
                cells = [keep(v, v) if type(v) is str and len(v) <= 64 else v for v in row]
                rows.append(("",) * left + tuple(cells))
                if len(seen) > SHARED_STRINGS:
                    seen.clear()
                if progress is not None and index % PROGRESS_STEP == 0:
                    progress(index, height)
        except python_calamine.PasswordError as error:
            raise problems.password_protected(self.path) from error
        except python_calamine.CalamineError as error:
            raise problems.unreadable(self.path, str(error)) from error
        if progress is not None:
            progress(height, height)
        return SheetGrid(name, tuple(rows), name in self.hidden)

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _sniff(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except FileNotFoundError as error:
        raise problems.missing_file(path) from error
    except OSError as error:
        raise problems.unreadable(path, str(error)) from error


def _is_encrypted_ooxml(path: Path) -> bool:
    # Excel's "Encrypt with password" wraps the .xlsx in an OLE2 file with this stream.
    with path.open("rb") as handle:
        return "EncryptedPackage".encode("utf-16-le") in handle.read(64 * 1024)


def open_workbook(path: Path | str) -> Workbook:
    path = Path(path)
    head = _sniff(path)
    if not head:
        raise problems.empty_file(path)
    if path.suffix.lower() not in EXTENSIONS or head[:4] not in (_ZIP_MAGIC, _OLE2_MAGIC[:4]):
        raise problems.not_a_spreadsheet(path)
    if head == _OLE2_MAGIC and _is_encrypted_ooxml(path):
        raise problems.password_protected(path)
    if head[:4] == _ZIP_MAGIC:
        check_sheet_file(path)  # before python-calamine: bombs and sheets too big to hold
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise problems.password_protected(path) from error
    except (python_calamine.CalamineError, OSError) as error:
        raise problems.unreadable(path, str(error)) from error
    workbook = Workbook(path, book)
    if not workbook.sheet_names:
        workbook.close()
        raise problems.empty_file(path)
    return workbook
