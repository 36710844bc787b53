"""Export for HQ: one workbook holding every record changed since the last export (or all).

Written with xlsxwriter in constant-memory mode (rows streamed to disk: 100,000 attendance rows
stay far under 200 MB) into a temporary file next to the target, moved into place only when
complete (in a private folder beside it: nothing half-made lies beside the target). Cells
follow the rule of every Registre workbook (workbooks/cells.py): text is always text,
never a formula, number or link, and text a spreadsheet would take for a formula (= + - @ tab CR)
gets Excel's quote-prefix style, so it is shown as typed and cannot run, while its value stays
exactly the same.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy import Connection, select, update
from sqlalchemy.sql import func
from xlsxwriter.worksheet import Worksheet

from desktop_app import __version__, private_folder
from desktop_app.registry.sites import require_site
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    ExportLog,
    Organisation,
    Person,
    Site,
    new_uuid,
    utc_now,
)
from desktop_app.sync import photos as sheet_photos
from desktop_app.sync.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_KEYS,
    README,
    ROWS_PER_SHEET,
    SHEETS,
    SheetSpec,
    continuation_name,
    default_language,
)
from desktop_app.sync.progress import CancelCheck, ProgressCallback, Steps
from desktop_app.sync.readme import readme_lines
from desktop_app.sync.records import iter_stored
from desktop_app.sync.sheet_xml import SheetRows, Styles, stream_rows
from desktop_app.sync.unsendable import Unsent, find_unsendable
from desktop_app.workbooks import cells as workbook_cells
from desktop_app.workbooks import protection


@dataclass(frozen=True)
class ExportResult:
    path: Path
    export_id: str
    mode: str  # "changes" or "full"
    exported_at: dt.datetime
    row_counts: dict[str, int]
    # Records left out because HQ's import would refuse them (hq_unsendable): still unsent.
    unsent: tuple[Unsent, ...] = ()
    # Photos of signed sheets (sync/photos.py): written beside the workbook, or left out of
    # a protected one.
    photos: int = 0
    photos_path: Path | None = None
    photos_left_out: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


def last_export(database: Database) -> dt.datetime | None:
    with database.session() as session:
        return session.scalar(select(func.max(ExportLog.exported_at)))


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook, language: str) -> None:
        french = language.startswith("fr")
        self.cells = workbook_cells.CellWriter(book)
        self.header = self.cells.format(
            {"bold": True, "bg_color": "#DDE6F0", "text_wrap": True, "valign": "top"}
        )
        self.date = self.cells.format({"num_format": "dd/mm/yyyy" if french else "d mmm yyyy"})
        self.datetime = self.cells.format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.guarded = self.cells.guarded()  # the streamed rows' formula-like texts
        self.wrap = self.cells.format({"text_wrap": True, "valign": "top"})


class _Names:
    """Readable companions of references: activity titles, person and organisation names."""

    def __init__(self, connection: Connection) -> None:
        query = select(Organisation.uuid, Organisation.name)
        self.organisations = {uuid: name for uuid, name in connection.execute(query)}
        query = select(Activity.uuid, Activity.title)
        self.activities = {uuid: title for uuid, title in connection.execute(query)}
        self.persons = {
            uuid: f"{family} {given}".strip()
            for uuid, family, given in connection.execute(
                select(Person.uuid, Person.family_name, Person.given_names)
            )
        }


def _rows(
    connection: Connection, spec: SheetSpec, where: Any, names: _Names, unsent: set[str]
) -> Iterator[list[Any]]:
    """Each record as its sheet's cell values, in column order (but those left `unsent`)."""
    fields = [f.key for f in spec.record_type.fields]
    for uuid, stored in iter_stored(connection, spec.record_type, where):
        if unsent and uuid in unsent:
            continue
        values: dict[str, Any] = dict(zip(fields, stored.content, strict=True))
        values["uuid"] = uuid
        values.update(stored.travel._asdict())
        if "partner_uuids" in values:
            partners = sorted(values["partner_uuids"], key=lambda u: names.organisations.get(u, u))
            values["partner_uuids"] = partners
            values["partners"] = "; ".join(names.organisations.get(u, u) for u in partners)
        if "organisation_uuid" in values:
            values["organisation"] = names.organisations.get(values["organisation_uuid"])
        if "activity_uuid" in values:
            values["activity"] = names.activities.get(values["activity_uuid"])
        if "person_uuid" in values:
            values["person"] = names.persons.get(values["person_uuid"])
        yield [values.get(column.key) for column in spec.columns]


def _install_id(connection: Connection) -> str:
    """This installation, written in the manifest (hq_trust)."""
    found = connection.execute(select(Site.install_id).where(Site.is_local)).scalar()
    return found or ""


def _selection(spec: SheetSpec, changes_only: bool) -> Any:
    """Changes: records changed here since this site last sent them (revision above the one
    last exchanged). Records received from elsewhere travel on in a full export."""
    table = spec.record_type.table
    if not changes_only:
        return None
    return table.c.revision > table.c.synced_revision


def _start_sheet(
    book: xlsxwriter.Workbook, name: str, spec: SheetSpec, language: str, formats: _Formats
) -> Worksheet:
    sheet = book.add_worksheet(name)
    for col, column in enumerate(spec.columns):
        sheet.set_column(col, col, column.width)
        formats.cells.text(sheet, 0, col, column.header(language), formats.header)
    sheet.freeze_panes(1, 0)
    return sheet


def _frame_sheets(
    book: xlsxwriter.Workbook,
    spec: SheetSpec,
    count: int,
    language: str,
    formats: _Formats,
    max_rows: int,
) -> list[tuple[str, int]]:
    """The record sheets of one type with their header rows: (sheet name, rows to come)."""
    base = spec.name(language)
    sizes = [max_rows] * (count // max_rows) + ([count % max_rows] if count % max_rows else [])
    made = []
    for number, size in enumerate(sizes or [0], start=1):
        name = continuation_name(base, number)
        sheet = _start_sheet(book, name, spec, language, formats)
        sheet.autofilter(0, 0, max(size, 1), len(spec.columns) - 1)
        made.append((name, size))
    return made


def _write_manifest(
    book: xlsxwriter.Workbook, values: dict[str, Any], language: str, formats: _Formats
) -> None:
    french = language.startswith("fr")
    sheet = book.add_worksheet(MANIFEST[1] if french else MANIFEST[0])
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 36)
    sheet.set_column(2, 2, 44)
    headers = ("Clé", "Valeur", "Signification") if french else ("Key", "Value", "Meaning")
    for col, header in enumerate(headers):
        formats.cells.text(sheet, 0, col, header, formats.header)
    described = {key: (fr if french else en) for key, en, fr in MANIFEST_KEYS}
    for row, (key, value) in enumerate(values.items(), start=1):
        formats.cells.text(sheet, row, 0, key)
        formats.cells.write(sheet, row, 1, value if isinstance(value, int) else str(value))
        formats.cells.text(sheet, row, 2, described.get(key, ""))
    sheet.freeze_panes(1, 0)


def _write_readme(book: xlsxwriter.Workbook, language: str, formats: _Formats) -> None:
    french = language.startswith("fr")
    sheet = book.add_worksheet(README[1] if french else README[0])
    sheet.set_column(0, 0, 110, formats.wrap)
    for row, line in enumerate(readme_lines(language)):
        formats.cells.text(sheet, row, 0, line, formats.header if row == 0 else None)


def _fix_parts(book: xlsxwriter.Workbook, streamed: list[SheetRows]) -> None:
    """Sheet parts are numbered in creation order: name each stream's part by its sheet."""
    order = {sheet.get_name(): index for index, sheet in enumerate(book.worksheets(), start=1)}
    for position, sheet_rows in enumerate(streamed):
        part = f"xl/worksheets/sheet{order[sheet_rows.sheet_name]}.xml"
        streamed[position] = dataclasses.replace(sheet_rows, part=part)


def _discard(book: xlsxwriter.Workbook | None, temporary: Path) -> None:
    """Close a half-written workbook (its per-sheet temporary files) and remove it."""
    if book is not None:
        with contextlib.suppress(Exception):  # the workbook is thrown away anyway
            book.close()
        protection.release_workbook(book)  # what a failed close left open
    temporary.unlink(missing_ok=True)


def export_workbook(
    database: Database,
    out_path: Path | str,
    *,
    full: bool = False,
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    max_rows_per_sheet: int = ROWS_PER_SHEET,
    password: str | None = None,
    photos: bool = False,
) -> ExportResult:
    """Write the workbook for HQ at `out_path`; record the export; return what was written.

    With a password the workbook is protected by standard Office encryption. With `photos`
    the photos of signed sheets kept since the last export (all in a full one) travel in a
    zip beside it (sync/photos.py), but not beside a protected workbook."""
    out = Path(out_path)
    language = language or default_language()
    site = require_site(database)
    previous = last_export(database)
    changes_only = not full and previous is not None
    photos_since = previous if changes_only else None
    mode = "changes" if changes_only else "full"
    export_id, exported_at = new_uuid(), utc_now().replace(microsecond=0)
    with database.session() as session:
        connection = session.connection()
        selections = {spec.type_name: _selection(spec, changes_only) for spec in SHEETS}
        unsendable = find_unsendable(connection, selections)
        counts: dict[str, int] = {}
        for spec in SHEETS:
            table = spec.record_type.table
            query = select(func.count()).select_from(table)
            where = selections[spec.type_name]
            counts[spec.type_name] = connection.execute(
                query if where is None else query.where(where)
            ).scalar_one() - unsendable.count(spec.type_name)
        steps = Steps(sum(counts.values()) or 1, progress, cancelled)
        manifest: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "program_version": __version__,
            "site": site.code,
            "site_name": site.name,
            "site_id": _install_id(connection),
            "export_id": export_id,
            "exported_at": exported_at.isoformat(),
            "mode": mode,
            "language": "fr" if language.startswith("fr") else "en",
        }
        manifest.update({f"rows_{name}": count for name, count in counts.items()})
        names = _Names(connection)
        withheld = (
            sum(1 for _ in sheet_photos.selected(connection, photos_since))
            if photos and password
            else 0
        )
        # Written in a private folder beside `out` (private_folder.py): a killed export leaves
        # nothing beside it, and a protected one is encrypted there before it is moved in place.
        with private_folder.workspace(out) as run:
            temporary = run / out.name
            frame = run / f"{out.stem}.frame.xlsx"
            zipped = run / sheet_photos.photos_path(out).name
            book = None
            try:
                listed = (
                    sheet_photos.write_photos(connection, zipped, photos_since)
                    if photos and not password
                    else None
                )
                if listed is not None:
                    manifest["photos"] = len(listed)
                    manifest["photos_file"] = zipped.name
                book = workbook_cells.new_workbook(frame, constant_memory=True)
                formats = _Formats(book, language)
                # xf indexes of the styles the streamed rows use (xlsxwriter numbers used styles)
                styles = Styles(
                    formats.date._get_xf_index(),
                    formats.datetime._get_xf_index(),
                    formats.guarded._get_xf_index(),
                )
                _write_readme(book, language, formats)
                _write_manifest(book, manifest, language, formats)
                streamed: list[SheetRows] = []
                for spec in SHEETS:
                    rows = _rows(
                        connection,
                        spec,
                        selections[spec.type_name],
                        names,
                        unsendable.uuids.get(spec.type_name, set()),
                    )
                    made = _frame_sheets(
                        book, spec, counts[spec.type_name], language, formats, max_rows_per_sheet
                    )
                    for name, size in made:
                        streamed.append(SheetRows("", spec.columns, name, size, rows))
                if listed is not None:
                    sheet = book.add_worksheet(sheet_photos.sheet_name(language))
                    sheet_photos.write_listing(
                        sheet, listed, language, formats.cells, formats.header
                    )
                _fix_parts(book, streamed)
                book.close()
                book = None
                stream_rows(frame, temporary, streamed, styles, language, steps.advance)
                frame.unlink()
                steps.check()
                for spec in SHEETS:
                    table = spec.record_type.table
                    statement = update(table).values(synced_revision=table.c.revision)
                    where = selections[spec.type_name]
                    if where is not None:
                        statement = statement.where(where)
                    left_out = unsendable.ids.get(spec.type_name)
                    if left_out:  # not written, so not sent: they wait for a correction
                        statement = statement.where(table.c.id.not_in(sorted(left_out)))
                    connection.execute(statement)
                session.add(
                    ExportLog(
                        export_uuid=export_id, exported_at=exported_at, mode=mode, row_counts=counts
                    )
                )
                session.flush()
                if password:
                    protection.protect(temporary, out, password)
                else:
                    if listed is not None:  # first: a workbook never lists what is not there
                        os.replace(zipped, sheet_photos.photos_path(out))
                    os.replace(temporary, out)
            except BaseException as error:
                _discard(book, temporary)
                failure = protection.failed_write(error, out)
                if failure is not error:
                    raise failure from error
                raise
    steps.finish()
    return ExportResult(
        out,
        export_id,
        mode,
        exported_at,
        counts,
        tuple(unsendable.records),
        photos=len(listed or ()),
        photos_path=sheet_photos.photos_path(out) if listed is not None else None,
        photos_left_out=withheld,
    )
