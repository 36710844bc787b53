"""Reading an HQ sync workbook into plain records, with python-calamine.

Columns are found by their header in either language and any order; other columns are ignored.
A file-level problem (not a workbook, unknown or newer format, a column missing) raises
RegistreError; a row-level problem (a cell that cannot be understood) makes an invalid row with
its sheet, row number and reason, and the other rows still count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

import python_calamine

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.sync.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    SHEETS,
    SHEETS_BY_TYPE,
    SheetSpec,
    sheet_kind,
)
from desktop_app.sync.progress import Steps
from desktop_app.sync.safety import check_workbook_file
from desktop_app.sync.sheet_rows import Incoming, InvalidRow, ParsedSheet, parse_rows, refuse

CHUNK_ROWS = 10_000


@dataclass
class WorkbookData:
    path: Path
    manifest: dict[str, str]
    # the valid rows of each record type as read, as columns: one per sheet of the type
    sheets: dict[str, list[ParsedSheet]] = field(default_factory=dict)
    invalid: dict[str, list[InvalidRow]] = field(default_factory=dict)

    def add(self, type_name: str, parsed: ParsedSheet, invalid: list[InvalidRow]) -> None:
        self.sheets.setdefault(type_name, []).append(parsed)
        self.invalid.setdefault(type_name, []).extend(invalid)

    def rows_read(self, type_name: str) -> int:
        """The type's rows, valid or not (empty rows are no rows)."""
        parsed = sum(len(sheet.uuids) for sheet in self.sheets.get(type_name, ()))
        return parsed + len(self.invalid.get(type_name, ()))

    def records(self, type_name: str) -> list[Incoming]:
        """The type's valid rows one by one, in sheet order."""
        return [row for parsed in self.sheets.get(type_name, ()) for row in parsed.incoming()]

    @property
    def manifest_rows(self) -> int:
        """The record rows the manifest announces."""
        return sum(_count(v) for k, v in self.manifest.items() if k.startswith("rows_"))

    def manifest_count(self, type_name: str) -> int:
        """The rows of the type the manifest announces (0 when it does not say)."""
        return _count(self.manifest.get(f"rows_{type_name}", "0"))

    @property
    def site(self) -> str:
        return self.manifest.get("site", "")

    @property
    def export_id(self) -> str:
        return self.manifest.get("export_id", "")


def open_workbook(path: Path) -> python_calamine.CalamineWorkbook:
    check_workbook_file(path)
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise refuse(
            path, QT_TRANSLATE_NOOP("Sync", "{file} is encrypted (password-protected).")
        ) from None
    except (python_calamine.CalamineError, ValueError, OSError):
        raise refuse(
            path,
            QT_TRANSLATE_NOOP(
                "Sync", "{file} is damaged or incomplete (was it fully copied?). Ask for it again."
            ),
        ) from None


def _sheet(
    book: python_calamine.CalamineWorkbook, name: str, path: Path
) -> python_calamine.CalamineSheet:
    try:
        return book.get_sheet_by_name(name)
    except (python_calamine.CalamineError, ValueError):
        raise refuse(
            path,
            QT_TRANSLATE_NOOP("Sync", "{file}: the sheet {sheet} cannot be read."),
            sheet=name,
        ) from None


def _sheet_rows(book: python_calamine.CalamineWorkbook, name: str, path: Path) -> list[list[Any]]:
    rows: list[list[Any]] = _sheet(book, name, path).to_python(skip_empty_area=False)
    return rows


def read_manifest(rows: list[list[Any]], path: Path) -> dict[str, str]:
    manifest: dict[str, str] = {}
    for row in rows:
        if len(row) >= 2 and isinstance(row[0], str) and row[0].strip():
            value = row[1]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, dt.datetime):
                value = value.isoformat()
            manifest[row[0].strip()] = str(value).strip()
    if manifest.get("format") != FORMAT_NAME:
        raise refuse(
            path,
            QT_TRANSLATE_NOOP(
                "Sync",
                "{file} is not a Registre sync workbook (its manifest sheet is missing or "
                "names another format).",
            ),
        )
    try:
        version = int(manifest.get("format_version", ""))
    except ValueError:
        version = -1
    if version > FORMAT_VERSION:
        raise refuse(
            path,
            QT_TRANSLATE_NOOP(
                "Sync",
                "{file} was written by a newer version of Registre (format {version}): "
                "install the latest version to import it.",
            ),
            version=version,
        )
    if version < 1:
        raise refuse(
            path,
            QT_TRANSLATE_NOOP("Sync", "{file} has an unknown format version {version}."),
            version=manifest.get("format_version", ""),
        )
    return manifest


def _count(value: str) -> int:
    try:
        return max(int(float(value)), 0)
    except ValueError:
        return 0


def _language(data: WorkbookData) -> str:
    return data.manifest.get("language", "en")


def read_workbook(
    path: Path, steps: Steps | None = None, *, skip: frozenset[str] = frozenset()
) -> WorkbookData:
    """Every record of the workbook at `path`, with its invalid rows; the record types named
    in `skip` are left out (`read_sheets` reads them, in another process)."""
    book = open_workbook(path)
    try:
        names = list(book.sheet_names)
        manifest_names = [n for n in names if sheet_kind(n) == "manifest"]
        if not manifest_names:
            read_manifest([], path)  # raises: not one of ours
        data = WorkbookData(path, read_manifest(_sheet_rows(book, manifest_names[0], path), path))
        check_sheets(data, names)
        steps = steps or Steps(total=1)
        steps.expect(data.manifest_rows)
        for spec in SHEETS:
            if spec.type_name in skip:
                continue
            for parsed, invalid in _read_type(book, names, spec, path, _language(data)):
                data.add(spec.type_name, parsed, invalid)
                steps.advance(len(parsed.uuids) + len(invalid))
            check_row_count(data, spec.type_name, data.rows_read(spec.type_name))
    finally:
        book.close()
    return data


def check_sheets(data: WorkbookData, names: list[str]) -> None:
    """Every record type has its sheet: a workbook with a sheet renamed or deleted on the way
    would be applied in part (its head counts silently 0)."""
    present = {sheet_kind(name) for name in names}
    for spec in SHEETS:
        if spec.type_name not in present and not _older_format(data, spec):
            raise refuse(
                data.path,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{file}: the sheet {sheet} ({other}) is missing: it was renamed or deleted "
                    "after the export. Nothing was imported; ask for a new export.",
                ),
                sheet=spec.en,
                other=spec.fr,
            )


def _older_format(data: WorkbookData, spec: SheetSpec) -> bool:
    """A sheet added after the format's first version, which the workbook does not know of
    (no row count for it in its manifest): an older Registre's, bringing no such record."""
    return spec.optional and f"rows_{spec.type_name}" not in data.manifest


def check_row_count(data: WorkbookData, type_name: str, found: int) -> None:
    """The rows of a type are as many as the manifest says, or the workbook is refused."""
    expected = data.manifest_count(type_name) if f"rows_{type_name}" in data.manifest else -1
    if expected == -1 and _older_format(data, SHEETS_BY_TYPE[type_name]):
        expected = 0
    if found != expected:
        spec = SHEETS_BY_TYPE[type_name]
        raise refuse(
            data.path,
            QT_TRANSLATE_NOOP(
                "Sync",
                "{file}: the sheet {sheet} holds {found} rows but the manifest says {expected}: "
                "rows were added or removed after the export. Nothing was imported; ask for a "
                "new export.",
            ),
            sheet=spec.name(_language(data)),
            found=found,
            expected=max(expected, 0),
        )


def _read_type(
    book: python_calamine.CalamineWorkbook,
    names: list[str],
    spec: SheetSpec,
    path: Path,
    language: str,
) -> Iterator[tuple[ParsedSheet, list[InvalidRow]]]:
    """Each sheet of the type whole, with its invalid rows."""
    sheets: dict[str, list[tuple[ParsedSheet, list[InvalidRow]]]] = {}
    for parsed, invalid in read_chunks(book, names, spec, path, language):
        sheets.setdefault(parsed.sheet, []).append((parsed, invalid))
    for parts in sheets.values():
        yield _joined([parsed for parsed, _ in parts]), [row for _, rows in parts for row in rows]


def read_chunks(
    book: python_calamine.CalamineWorkbook,
    names: list[str],
    spec: SheetSpec,
    path: Path,
    language: str,
) -> Iterator[tuple[ParsedSheet, list[InvalidRow]]]:
    """Each sheet of the type CHUNK_ROWS rows at a time, each chunk with its invalid rows: the
    Python values of one chunk's cells only in memory, and a reading process can send a chunk
    as soon as it is read. A sheet without rows gives one empty chunk (its header checked)."""
    for name in (n for n in names if sheet_kind(n) == spec.type_name):
        rows = _sheet(book, name, path).iter_rows()
        header = next(rows, None)
        if header is None:
            yield ParsedSheet(name, (), (), [], []), []
            continue
        first = 2
        while True:
            chunk = list(islice(rows, CHUNK_ROWS))
            if chunk or first == 2:
                invalid: list[InvalidRow] = []
                parsed = parse_rows(spec, name, [header, *chunk], path, language, invalid, first)
                yield parsed, invalid
            if len(chunk) < CHUNK_ROWS:
                break
            first += CHUNK_ROWS


def _joined(parts: list[ParsedSheet]) -> ParsedSheet:
    if len(parts) == 1:
        return parts[0]
    numbers: Sequence[int] = list(chain.from_iterable(part.numbers for part in parts))
    if all(isinstance(part.numbers, range) for part in parts):
        numbers = range(numbers[0], numbers[-1] + 1) if numbers else ()
    non_empty = [part for part in parts if part.uuids]
    return ParsedSheet(
        parts[0].sheet,
        numbers,
        list(chain.from_iterable(part.uuids for part in parts)),
        [list(chain.from_iterable(c)) for c in zip(*(p.travel for p in non_empty), strict=True)],
        [list(chain.from_iterable(c)) for c in zip(*(p.content for p in non_empty), strict=True)],
        parts[0].absent,
    )


SheetChunk = tuple[str, ParsedSheet, list[InvalidRow]]  # record type, rows, invalid rows


def read_sheets(path: Path, type_names: tuple[str, ...]) -> Iterator[SheetChunk]:
    """The sheets of the given record types, chunk by chunk (run in a reading process, which
    sends each chunk as soon as it is read); a file-level problem raises RegistreError."""
    book = open_workbook(path)
    try:
        names = list(book.sheet_names)
        manifest = [n for n in names if sheet_kind(n) == "manifest"]
        language = (
            read_manifest(_sheet_rows(book, manifest[0], path), path).get("language", "en")
            if manifest
            else "en"
        )
        for spec in SHEETS:
            if spec.type_name in type_names:
                for parsed, invalid in read_chunks(book, names, spec, path, language):
                    yield spec.type_name, parsed, invalid
    finally:
        book.close()
