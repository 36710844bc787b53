"""Import of HQ sync workbooks: a preview per file and record type, then all or nothing.

Every workbook is read (and refused as a whole on a file-level problem) before the database is
touched. The merge of all files then runs in one transaction, file after file; a preview (or
`--dry-run`) runs exactly the same merge and rolls it back, so what it shows is what Apply does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, insert, select

from desktop_app.exchange.hq_format import SHEETS
from desktop_app.exchange.hq_merge import MergeContext, TypeCounts, merge_type, pending_conflicts
from desktop_app.exchange.hq_reader import InvalidRow, WorkbookData, read_workbook
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.services import privacy_workbooks
from desktop_app.services.sync_progress import CancelCheck, ProgressCallback, Steps
from desktop_app.services.sync_records import load_stored, person_aliases
from desktop_app.store import Database
from desktop_app.store.models import ImportLog, utc_now

IMPORT_CACHE_KIB = 64 * 1024


@dataclass(frozen=True)
class TypeSummary:
    type_name: str
    new: int
    updated: int
    unchanged: int
    older: int
    conflicts: int
    invalid: int

    @property
    def changes(self) -> int:
        return self.new + self.updated + self.conflicts


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

    @property
    def changes(self) -> int:
        return sum(f.changes for f in self.files)


def _merge_file(
    connection: Connection, data: WorkbookData, now: dt.datetime, steps: Steps
) -> FileSummary:
    context = MergeContext(
        connection,
        now,
        aliases=person_aliases(connection),
        pending=pending_conflicts(connection),
    )
    types = []
    invalid_rows: list[InvalidRow] = []
    for spec in SHEETS:
        steps.check()
        record_type = spec.record_type
        counts = TypeCounts(record_type.name)
        invalid = list(data.invalid.get(record_type.name, ()))
        rows = data.records.get(record_type.name, [])
        stored = load_stored(connection, record_type)
        merge_type(context, record_type, rows, stored, counts, invalid)
        steps.advance(len(rows))
        counts.invalid = len(invalid)
        invalid_rows.extend(invalid)
        types.append(TypeSummary(*(getattr(counts, n) for n in ("type_name", *_COUNT_NAMES))))
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
    )
    connection.execute(
        insert(ImportLog),
        {
            "export_uuid": data.export_id,
            "source_site": data.site,
            "imported_at": now,
            "file_name": data.path.name[:260],
            "summary": {
                t.type_name: {n: getattr(t, n) for n in _COUNT_NAMES} for t in summary.types
            },
        },
    )
    return summary


def import_workbooks(
    database: Database,
    paths: Sequence[Path | str],
    *,
    apply: bool = True,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    password: str | None = None,
) -> ImportResult:
    """Merge the workbooks into the database in one transaction (rolled back unless `apply`).

    Password-protected workbooks are read from a decrypted copy in a private temporary folder.
    """
    if not paths:
        raise RegistreError(
            UserMessage("Sync", QT_TRANSLATE_NOOP("Sync", "No workbook to import."))
        )
    steps = Steps(0, progress, cancelled)
    with contextlib.ExitStack() as decrypted:
        readable = [
            decrypted.enter_context(privacy_workbooks.unprotected_copy(Path(path), password))
            for path in paths
        ]
        workbooks = [read_workbook(path, steps) for path in readable]
    steps.expect(sum(len(rows) for w in workbooks for rows in w.records.values()))
    now = utc_now()
    with database.session() as session:
        connection = session.connection()
        # A bigger page cache for this connection: inserting 100,000 rows under random uuids
        # touches index pages all over the file.
        connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        summaries = tuple(_merge_file(connection, data, now, steps) for data in workbooks)
        steps.check()
        if not apply:
            session.rollback()
    steps.finish()
    return ImportResult(summaries, apply)


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
