"""Records stored before the field rules, brought in line once (by revision 0005 of the schema):
names in the registry's style, control characters and escape sequences removed from texts.

Each fix is a change like any other: revision bumped, stamped with this site and the time, an
audit entry "restyle" with the old and new values, so that it travels in the next export. Only
the records this site created are fixed here: every office fixes its own, and HQ receives the
fixes with their new revisions (fixing another office's record here would make both sides
change it, a conflict when the office's next change arrives).

Plain SQL through a Connection, for the migration (no ORM session, no audit hook).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, MetaData, Table, bindparam, insert, select, update

from desktop_app.records.field_rules import MULTILINE, TEXT_LIMITS, clean_text
from desktop_app.records.text import person_search_text
from desktop_app.registry.name_style import registry_names

_TEXTS = {
    type_name: tuple(limits) for type_name, limits in TEXT_LIMITS.items() if type_name != "site"
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _fixed(type_name: str, row: Any) -> dict[str, Any]:
    """The fields whose stored value the rules change: {field: new value}."""
    changes: dict[str, Any] = {}
    for key in _TEXTS[type_name]:
        value = getattr(row, key)
        if value is None:
            continue
        cleaned = clean_text(value, multiline=key in MULTILINE)
        if key in ("family_name", "given_names"):
            continue
        if cleaned != value:
            changes[key] = cleaned or None
    if type_name == "person":
        family, given = registry_names(
            clean_text(row.family_name), clean_text(row.given_names or "")
        )
        if family and family != row.family_name:
            changes["family_name"] = family
        if given != (row.given_names or ""):
            changes["given_names"] = given
    return changes


def restyle_local_records(connection: Connection) -> dict[str, int]:
    """Fix the local site's records; returns how many records of each type were changed."""
    metadata = MetaData()
    site = Table("site", metadata, autoload_with=connection)
    code = connection.execute(select(site.c.code).where(site.c.is_local)).scalar()
    if code is None:
        return {}
    audit = Table("audit_entry", metadata, autoload_with=connection)
    now = _now()
    counts: dict[str, int] = {}
    for type_name in _TEXTS:
        table = Table(type_name, metadata, autoload_with=connection)
        columns = [table.c[key] for key in _TEXTS[type_name]]
        extra = (
            [table.c.organisation_id, table.c.phone, table.c.email] if type_name == "person" else []
        )
        rows = connection.execute(
            select(table.c.id, table.c.uuid, table.c.revision, *columns, *extra).where(
                table.c.origin_site == code
            )
        ).all()
        updates, entries = [], []
        for row in rows:
            changes = _fixed(type_name, row)
            if not changes:
                continue
            values = {"b_id": row.id, "revision": row.revision + 1, **changes}
            if type_name == "person":
                values["search_text"] = _person_search_text(connection, metadata, row, changes)
            updates.append(values)
            entries.append(
                {
                    "table_name": type_name,
                    "record_uuid": row.uuid,
                    "action": "restyle",
                    "site_code": code,
                    "changed_at": now,
                    "revision": row.revision + 1,
                    "changes": {k: [getattr(row, k), v] for k, v in changes.items()},
                }
            )
        # One statement per set of changed fields: an executemany needs the same keys per row.
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for values in updates:
            by_keys.setdefault(tuple(sorted(values)), []).append(values)
        for keys, group in by_keys.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    {k: bindparam(k) for k in keys if k != "b_id"}
                    | {"changed_at": now, "changed_by_site": code}
                )
            )
            connection.execute(statement, group)
        if entries:
            connection.execute(insert(audit), entries)
            counts[type_name] = len(entries)
    return counts


def _person_search_text(
    connection: Connection, metadata: MetaData, row: Any, changes: dict[str, Any]
) -> str:
    organisation = metadata.tables.get("organisation")
    if organisation is None:
        organisation = Table("organisation", metadata, autoload_with=connection)
    name = acronym = None
    if row.organisation_id is not None:
        found = connection.execute(
            select(organisation.c.name, organisation.c.acronym).where(
                organisation.c.id == row.organisation_id
            )
        ).first()
        if found is not None:
            name, acronym = found
    return person_search_text(
        changes.get("family_name", row.family_name),
        changes.get("given_names", row.given_names),
        name,
        acronym,
        changes.get("phone", row.phone),
        changes.get("email", row.email),
    )
