"""CSV files as one sheet: what Google Forms, KoboToolbox and ODK Central export, and what Excel
writes when told to ("CSV (séparateur : point-virgule)").

- Encoding: UTF-8 with or without its byte-order mark (the forms, LibreOffice), else
  Windows-1252 (Excel on a French Windows); UTF-16 when its mark says so.
- Separator: Excel's "sep=;" first line when there is one; otherwise the one of comma,
  semicolon and tab that splits the header line most (outside quotes). csv.Sniffer guesses from
  the whole sample and is fooled by commas in names and organisations ("Diallo, Awa"); the header
  line of an export is made of column names and never breaks across lines, so it tells surely.
- Quoted cells may hold separators and line breaks (a comment on two lines): the stdlib csv
  module reads them, and a record is one row, numbered as the spreadsheet shows it.
Every cell stays text; the value readers understand "96123456", "34" or "2022-12-05".
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from desktop_app.signin import problems
from desktop_app.signin.reading import PROGRESS_STEP, Cell, Progress, SheetGrid

CSV_EXTENSIONS = (".csv", ".tsv")
SEPARATORS = (",", ";", "\t")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """The text of the file: its byte-order mark's encoding, UTF-8, else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _outside_quotes(line: str) -> str:
    kept, quoted = [], False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            kept.append(char)
    return "".join(kept)


def separator(text: str) -> tuple[str, str]:
    """(separator, text without Excel's "sep=" line)."""
    first, _newline, rest = text.partition("\n")
    declared = first.strip()
    if declared.lower().startswith("sep=") and len(declared) == 5:
        return declared[4], rest
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: _outside_quotes(header).count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return (best if counts[best] else ","), text


class CsvWorkbook:
    """A CSV file with the reading interface of `reading.Workbook`: one sheet, named after the
    file."""

    hidden: frozenset[str] = frozenset()

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sheet_names: tuple[str, ...] = (path.stem or "CSV",)

    def read(self, name: str, progress: Progress | None = None) -> SheetGrid:
        try:
            data = self.path.read_bytes()
        except OSError as error:
            raise problems.unreadable(self.path, str(error)) from error
        utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if b"\x00" in data[:4096] and not utf16:
            raise problems.not_a_spreadsheet(self.path)  # a binary file named .csv
        sep, text = separator(decode(data))
        records: list[tuple[Cell, ...]] = []
        total = max(text.count("\n"), 1)
        try:
            for number, record in enumerate(csv.reader(io.StringIO(text), delimiter=sep), 1):
                records.append(tuple(cell.strip() for cell in record))
                if progress is not None and number % PROGRESS_STEP == 0:
                    progress(min(number, total), total)
        except csv.Error as error:
            raise problems.unreadable(self.path, str(error)) from error
        width = max((len(record) for record in records), default=0)
        rows = tuple(record + ("",) * (width - len(record)) for record in records)
        if progress is not None:
            progress(total, total)
        return SheetGrid(name, rows)

    def close(self) -> None:
        """Nothing stays open between reads."""

    def __enter__(self) -> CsvWorkbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_csv(path: Path) -> CsvWorkbook:
    if not path.exists():
        raise problems.missing_file(path)
    if path.stat().st_size == 0:
        raise problems.empty_file(path)
    return CsvWorkbook(path)
