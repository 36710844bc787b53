"""Import of HQ sync workbooks: a preview per file and record type, then all or nothing.

Every workbook is read (and refused as a whole on a file-level problem) before the database is
touched, but for its persons and attendance: those sheets are read a chunk of rows at a time as
they are merged (hq_streamed; a big workbook's attendance by a reading process, hq_parallel),
and a refusal there rolls everything back. The merge of all files runs in one transaction, file
after file; a preview (or `--dry-run`) runs exactly the same merge and rolls it back, so what
it shows is what Apply does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, insert, select, text

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database
from desktop_app.store.models import ImportLog, utc_now
from desktop_app.sync.format import SHEETS
from desktop_app.sync.history import manifest_time
from desktop_app.sync.merge import MergeContext, TypeCounts, pending_conflicts
from desktop_app.sync.parallel import SheetReader, read_here, start_reader
from desktop_app.sync.photos import receive_photos
from desktop_app.sync.progress import CancelCheck, ProgressCallback, Steps
from desktop_app.sync.reader import SheetChunk, WorkbookData, check_row_count, read_workbook
from desktop_app.sync.records import BY_NAME, RECORD_TYPES, person_aliases
from desktop_app.sync.sheet_rows import InvalidRow
from desktop_app.sync.streamed import TypeMerge, merge_block, merge_streamed
from desktop_app.sync.trust import MassDeletion, is_mass, office_warnings, refusal
from desktop_app.workbooks import protection

OPTIONAL_TYPES = frozenset(spec.type_name for spec in SHEETS if spec.optional)
IMPORT_CACHE_KIB = 64 * 1024
# The record types read and merged a chunk of rows at a time (the reading process reads those
# it can): the big ones, whose rows would not all fit in memory at once.
IN_CHUNKS = ("person", "attendance")
# PostgreSQL: the advisory lock that serialises imports ("REGISTRE" in ASCII, a signed bigint).
IMPORT_LOCK_KEY = 0x5245_4749_5354_5245


@dataclass(frozen=True)
class TypeSummary:
    type_name: str
    new: int
    updated: int
    unchanged: int
    older: int
    conflicts: int
    invalid: int
    deletions: int = 0  # of the updated: records live here that the workbook deletes

    @property
    def changes(self) -> int:
        return self.new + self.updated + self.conflicts

    @property
    def shown(self) -> bool:
        """Worth a line in a summary: every type the first format had, and an expected list
        or badges only when the workbook brought some (most offices use neither)."""
        rows = self.new + self.updated + self.unchanged + self.older + self.conflicts
        return self.type_name not in OPTIONAL_TYPES or bool(rows + self.invalid)


@dataclass(frozen=True)
class FileSummary:
    path: Path
    site: str
    site_name: str
    export_id: str
    exported_at: str
    mode: str
    types: tuple[TypeSummary, ...]
    invalid_rows: tuple[InvalidRow, ...]
    imported_before: dt.datetime | None  # this very workbook was imported then
    # Needing a confirmation (hq_trust): why the office may not be the one it says, and the
    # deletions of many records.
    office_warnings: tuple[UserMessage, ...] = ()
    mass_deletions: tuple[MassDeletion, ...] = ()
    # Photos of signed sheets that came beside it (sync/photos.py): kept, and what was wrong.
    photos: int = 0
    photo_problems: tuple[UserMessage, ...] = ()

    @property
    def changes(self) -> int:
        return sum(t.changes for t in self.types)

    def totals(self) -> TypeSummary:
        return TypeSummary(
            "all",
            *(sum(getattr(t, name) for t in self.types) for name in _COUNT_NAMES),
        )


_COUNT_NAMES = ("new", "updated", "unchanged", "older", "conflicts", "invalid")


@dataclass(frozen=True)
class ImportResult:
    files: tuple[FileSummary, ...]
    applied: bool
    timings: Mapping[str, float] = field(default_factory=dict)  # seconds per phase

    @property
    def changes(self) -> int:
        return sum(f.changes for f in self.files)


def _merge_file(
    connection: Connection,
    data: WorkbookData,
    now: dt.datetime,
    steps: Steps,
    reader: SheetReader | None,
) -> FileSummary:
    attendance = BY_NAME["attendance"].table
    context = MergeContext(
        connection,
        now,
        aliases=person_aliases(connection),
        pending=pending_conflicts(connection),
        attendance_before=connection.execute(select(func.max(attendance.c.id))).scalar() or 0,
    )
    # What the database holds is asked for a block of rows at a time, by their uuids
    # (hq_lookup): the import's memory follows the block, not the database.
    live = {
        t.name: connection.execute(
            select(func.count()).select_from(t.table).where(t.table.c.deleted.is_(False))
        ).scalar_one()
        for t in RECORD_TYPES
    }
    source_id = data.manifest.get("site_id", "")[:32]
    warnings = office_warnings(connection, data.path.name, data.site, source_id)
    types = []
    mass: list[MassDeletion] = []
    invalid_rows: list[InvalidRow] = []
    for spec in SHEETS:
        steps.check()
        record_type = spec.record_type
        counts = TypeCounts(record_type.name)
        invalid = list(data.invalid.get(record_type.name, ()))
        if spec.type_name in IN_CHUNKS:
            tally = RowTally(functools.partial(read_here, data.path, (spec.type_name,)))
            by_reader = reader is not None and spec.type_name in reader.types
            merge_streamed(
                context,
                record_type,
                tally.counted(reader.chunks(data.path, spec.type_name))
                if reader is not None and by_reader
                else tally.read_again(),
                counts,
                invalid,
                steps,
                expected=data.manifest_count(record_type.name),
                read_here=tally.read_again,
                waiting="wait for the reading process" if by_reader else "read",
            )
            check_row_count(data, spec.type_name, tally.rows)
        else:
            sheets = data.sheets.get(record_type.name, [])
            merge_block(TypeMerge.start(context, record_type), sheets, counts, invalid, steps)
            steps.advance(sum(len(parsed.uuids) for parsed in sheets))
        counts.invalid = len(invalid)
        invalid_rows.extend(invalid)
        types.append(
            TypeSummary(
                counts.type_name,
                counts.new,
                counts.updated,
                counts.unchanged,
                counts.older,
                counts.conflicts,
                counts.invalid,
                counts.deletions,
            )
        )
        if is_mass(counts.deletions, live[record_type.name]):
            mass.append(MassDeletion(record_type.name, counts.deletions, live[record_type.name]))
    before = connection.execute(
        select(ImportLog.imported_at)
        .where(ImportLog.export_uuid == data.export_id)
        .order_by(ImportLog.imported_at)
    ).first()
    summary = FileSummary(
        path=data.path,
        site=data.site,
        site_name=data.manifest.get("site_name", ""),
        export_id=data.export_id,
        exported_at=data.manifest.get("exported_at", ""),
        mode=data.manifest.get("mode", ""),
        types=tuple(types),
        invalid_rows=tuple(invalid_rows),
        imported_before=before[0] if before else None,
        office_warnings=warnings,
        mass_deletions=tuple(mass),
    )
    connection.execute(
        insert(ImportLog),
        {
            "export_uuid": data.export_id,
            "source_site": data.site,
            "imported_at": now,
            "file_name": data.path.name[:260],
            "exported_at": manifest_time(summary.exported_at),
            "mode": summary.mode[:16] or None,
            "source_id": source_id or None,
            "summary": {
                t.type_name: {n: getattr(t, n) for n in _COUNT_NAMES} for t in summary.types
            },
        },
    )
    return summary


def _with_photos(
    connection: Connection, path: Path, data: WorkbookData, summary: FileSummary
) -> FileSummary:
    """The photos of signed sheets the workbook lists, kept from the file beside `path`."""
    received = receive_photos(connection, path, data.path)
    return dataclasses.replace(summary, photos=received.stored, photo_problems=received.problems)


def begin_import(connection: Connection) -> None:
    """Start the import's write transaction before anything stored is read, so that what the
    merge reads cannot change under it: concurrent imports run one after the other.

    SQLite: BEGIN IMMEDIATE takes the database's write lock now (a plain BEGIN would take it at
    the first write, after the reads). PostgreSQL: an advisory lock held until commit or
    rollback, so that two imports into one server database give the result of one after the
    other. Must be the transaction's first statement.
    """
    dialect = connection.dialect.name
    if dialect == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        # A bigger page cache for this connection: inserting 100,000 rows under random uuids
        # touches index pages all over the file.
        connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    elif dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


def import_workbooks(
    database: Database,
    paths: Sequence[Path | str],
    *,
    apply: bool = True,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    password: str | None = None,
    accept_office_change: bool = False,
    allow_mass_delete: bool = False,
) -> ImportResult:
    """Merge the workbooks into the database in one transaction (rolled back unless `apply`).

    Password-protected workbooks are read from a decrypted copy in the user's own private
    folder (privacy_workbooks.unprotected_copy), erased when the import ends.
    Applying a workbook whose office is in doubt, or that deletes many records (hq_trust),
    needs `accept_office_change` or `allow_mass_delete`; otherwise nothing is imported.
    """
    if not paths:
        raise RegistreError(
            UserMessage("Sync", QT_TRANSLATE_NOOP("Sync", "No workbook to import."))
        )
    confirmed = Confirmed(accept_office_change, allow_mass_delete)
    with without_cycle_collection():
        return _import(database, paths, apply, Steps(0, progress, cancelled), password, confirmed)


@dataclass(frozen=True)
class Confirmed:
    office_change: bool = False
    mass_delete: bool = False

    def check(self, summaries: Sequence[FileSummary]) -> None:
        office = [] if self.office_change else [w for s in summaries for w in s.office_warnings]
        deletions = (
            []
            if self.mass_delete
            else [(s.path.name, m) for s in summaries for m in s.mass_deletions]
        )
        if office or deletions:
            raise refusal(office, deletions)


class RowTally:
    """Rows of a record type received in chunks (all of them again when it is read anew)."""

    def __init__(self, read_here: Callable[[], Iterator[SheetChunk]]) -> None:
        self.rows = 0
        self._read_here = read_here

    def counted(self, chunks: Iterable[SheetChunk]) -> Iterator[SheetChunk]:
        for chunk in chunks:
            self.rows += len(chunk[1].uuids) + len(chunk[2])
            yield chunk

    def read_again(self) -> Iterator[SheetChunk]:
        self.rows = 0
        return self.counted(self._read_here())


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused during the import: the records are a few million
    tuples, strings and dates (no cycles), and the collector would walk them all again and
    again as they are made (measured: a quarter of the reading time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(
    database: Database,
    paths: Sequence[Path | str],
    apply: bool,
    steps: Steps,
    password: str | None,
    confirmed: Confirmed,
) -> ImportResult:
    with contextlib.ExitStack() as stack:  # decrypted copies live until the reader is done
        readable = [
            stack.enter_context(protection.unprotected_copy(Path(path), password)) for path in paths
        ]
        reader = start_reader(readable)
        if reader is not None:
            stack.callback(reader.close)
        skip = frozenset(IN_CHUNKS)  # read as they are merged
        with steps.phase("read"):
            workbooks = [read_workbook(path, steps, skip=skip) for path in readable]
        steps.expect(sum(data.manifest_rows for data in workbooks))
        now = utc_now()
        with database.session() as session:
            connection = session.connection()
            begin_import(connection)
            summaries = tuple(
                _with_photos(
                    connection,
                    Path(path),
                    data,
                    _merge_file(connection, data, now, steps, reader),
                )
                for path, data in zip(paths, workbooks, strict=True)
            )
            steps.check()
            if apply:
                confirmed.check(summaries)  # raises: the session rolls everything back
            else:
                session.rollback()
            commit_started = time.perf_counter()
        steps.timings["commit"] = time.perf_counter() - commit_started
    steps.finish()
    return ImportResult(summaries, apply, steps.timings)


def preview_import(
    database: Database,
    paths: Sequence[Path | str],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    password: str | None = None,
) -> ImportResult:
    """What `import_workbooks` would do, changing nothing."""
    return import_workbooks(
        database, paths, apply=False, progress=progress, cancelled=cancelled, password=password
    )
