"""Opening a file of sign-in sheets, whatever it is: a workbook (.xlsx, .xls, .ods: reading.py)
or a CSV file (csv_reading.py). A sheet Registre printed comes with its mark (printed.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_app.signin.csv_reading import CSV_EXTENSIONS, CsvWorkbook, open_csv
from desktop_app.signin.printed import read_mark
from desktop_app.signin.reading import Progress, SheetGrid, Workbook, open_workbook


class SheetFile:
    """An open file of sheets: `sheet_names`, `hidden`, `read(name, progress)`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._source: Workbook | CsvWorkbook
        if path.suffix.lower() in CSV_EXTENSIONS:
            self._source = open_csv(path)
            self.mark = None
        else:
            self._source = open_workbook(path)
            self.mark = read_mark(path)
        self.sheet_names = self._source.sheet_names
        self.hidden = self._source.hidden

    def read(self, name: str, progress: Progress | None = None) -> SheetGrid:
        grid = self._source.read(name, progress)
        if self.mark is not None and (self.mark.sheet == name or len(self.sheet_names) == 1):
            grid = replace(grid, mark=self.mark)
        return grid

    def close(self) -> None:
        self._source.close()

    def __enter__(self) -> SheetFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_sheets(path: Path | str) -> SheetFile:
    """The file's sheets; a file that cannot be read raises `SheetError` at once."""
    return SheetFile(Path(path))
