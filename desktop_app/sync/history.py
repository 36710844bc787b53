"""Workbooks received: what HQ has imported, from which office, when.

Every applied import writes one import_log row per workbook (sync/importing.py); a preview
rolls back and leaves none. The log is small (a few workbooks per office and month), so it is
read whole and summed here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.store import Database
from desktop_app.store.models import ImportLog, Site

COUNT_NAMES = ("new", "updated", "unchanged", "older", "conflicts", "invalid")


@dataclass(frozen=True)
class TypeCounts:
    """What one workbook brought for one record type (or for all of them: type_name "all")."""

    type_name: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    invalid: int = 0

    @property
    def shown(self) -> bool:
        """Worth a line: an expected list or badges only when the workbook brought some."""
        rows = self.new + self.updated + self.unchanged + self.older + self.conflicts
        optional = ("expected_person", "badge", "payment_list")
        return self.type_name not in optional or bool(rows + self.invalid)


@dataclass(frozen=True)
class ImportReceived:
    id: int
    imported_at: dt.datetime  # UTC
    file_name: str
    site_code: str
    site_name: str  # "" when the office is not in the site table
    export_uuid: str
    exported_at: dt.datetime | None  # UTC; None for imports logged before it was recorded
    mode: str | None  # "changes" or "full"; None as above
    totals: TypeCounts
    types: tuple[TypeCounts, ...]


@dataclass(frozen=True)
class OfficeReceived:
    site_code: str
    site_name: str
    last_exported_at: dt.datetime | None  # the newest workbook received from it
    last_imported_at: dt.datetime
    workbooks: int  # distinct workbooks (the same one imported twice counts once)
    imports: int


def manifest_time(value: object) -> dt.datetime | None:
    """The manifest's exported_at (ISO text) as naive UTC, or None when it is not a time."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    else:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def imports_received(database: Database) -> tuple[ImportReceived, ...]:
    """Every workbook imported into this database, newest import first."""
    with database.session() as session:
        names: dict[str, str] = {
            code: name for code, name in session.execute(select(Site.code, Site.name))
        }
        rows = session.execute(
            select(
                ImportLog.id,
                ImportLog.imported_at,
                ImportLog.file_name,
                ImportLog.source_site,
                ImportLog.export_uuid,
                ImportLog.exported_at,
                ImportLog.mode,
                ImportLog.summary,
            ).order_by(ImportLog.imported_at.desc(), ImportLog.id.desc())
        ).all()
    received = []
    for row in rows:
        types = _type_counts(row.summary)
        received.append(
            ImportReceived(
                id=row.id,
                imported_at=row.imported_at,
                file_name=row.file_name,
                site_code=row.source_site,
                site_name=names.get(row.source_site, ""),
                export_uuid=row.export_uuid,
                exported_at=row.exported_at,
                mode=row.mode,
                totals=_sum("all", types),
                types=types,
            )
        )
    return tuple(received)


def offices_received(database: Database) -> tuple[OfficeReceived, ...]:
    """One line per office that sent workbooks: the office furthest behind (oldest newest
    workbook, unknown first) at the top."""
    by_site: dict[str, list[ImportReceived]] = {}
    for one in imports_received(database):
        by_site.setdefault(one.site_code, []).append(one)
    offices = []
    for code, received in by_site.items():
        exported = [r.exported_at for r in received if r.exported_at is not None]
        offices.append(
            OfficeReceived(
                site_code=code,
                site_name=received[0].site_name,
                last_exported_at=max(exported) if exported else None,
                last_imported_at=max(r.imported_at for r in received),
                workbooks=len({r.export_uuid for r in received}),
                imports=len(received),
            )
        )
    offices.sort(
        key=lambda o: (
            o.last_exported_at is not None,
            o.last_exported_at or o.last_imported_at,
            o.site_code,
        )
    )
    return tuple(offices)


def _type_counts(summary: object) -> tuple[TypeCounts, ...]:
    if not isinstance(summary, dict):
        return ()
    types = []
    for type_name, counts in summary.items():
        if isinstance(counts, dict):
            values = (_count(counts.get(name)) for name in COUNT_NAMES)
            types.append(TypeCounts(str(type_name), *values))
    return tuple(types)


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _sum(type_name: str, types: tuple[TypeCounts, ...]) -> TypeCounts:
    return TypeCounts(type_name, *(sum(getattr(t, n) for t in types) for n in COUNT_NAMES))
