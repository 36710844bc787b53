"""The audit entries an import writes: one per record it creates, changes or sets aside.

An entry's site, time and revision are the incoming version's; its changes are the fields that
differ (empty for a created record, whose values are the record itself).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert, literal, select

from desktop_app.store.models import AuditEntry
from desktop_app.sync.bulk import Columns, indexes_made_after, insert_columns
from desktop_app.sync.records import RecordType, Travel
from desktop_app.sync.sheet_rows import Incoming, ParsedSheet

AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]
AUDIT_COLUMNS = ("record_uuid", "action", "site_code", "changed_at", "revision", "changes")


def audit_entry(
    record_type: RecordType, row: Incoming, action: str, changes: dict[str, list[Any]]
) -> tuple[Any, ...]:
    """An audit entry's AUDIT_COLUMNS (its table is the record type's)."""
    travel = row.travel
    return (row.uuid, action, travel.changed_by_site, travel.changed_at, travel.revision, changes)


def write_audit(connection: Connection, table_name: str, entries: list[tuple[Any, ...]]) -> None:
    """Audit entries in one executemany (one per imported record), in uuid order so that the
    index on record_uuid fills page after page."""
    if not entries:
        return
    entries.sort(key=itemgetter(0))
    columns: Columns = dict(zip(AUDIT_COLUMNS, zip(*entries, strict=True), strict=True))
    columns["table_name"] = [table_name] * len(entries)
    insert_columns(connection, AUDIT_TABLE, columns)


def created_entries(block: ParsedSheet) -> list[tuple[Any, ...]]:
    """The `import-create` entries of a block of new rows (see `audit_entry`)."""
    travel = dict(zip(Travel._fields, block.travel, strict=True))
    count = len(block.uuids)
    return list(
        zip(
            block.uuids,
            ["import-create"] * count,
            travel["changed_by_site"],
            travel["changed_at"],
            travel["revision"],
            [{}] * count,
            strict=True,
        )
    )


def audit_created_by_select(
    connection: Connection, record_type: RecordType, before: int, count: int
) -> None:
    """The `import-create` entries of the rows inserted above id `before`: the entry's site,
    time and revision are the record's own, its changes empty (see `audit_entry`)."""
    table = record_type.table
    rows = (
        select(
            literal(record_type.name),
            table.c.uuid,
            literal("import-create"),
            table.c.changed_by_site,
            table.c.changed_at,
            table.c.revision,
            literal("{}"),
        )
        .where(table.c.id > before)
        .order_by(table.c.uuid)
    )
    names = ["table_name", "record_uuid", "action", "site_code", "changed_at", "revision"]
    with indexes_made_after(connection, AUDIT_TABLE, count):
        connection.execute(insert(AUDIT_TABLE).from_select([*names, "changes"], rows))
