"""Every change to a travelling record made through a session bumps its revision and leaves an
audit entry (which site, when, which fields, old and new values).

Bulk work through SQLAlchemy Core (workbook import) bypasses this and writes its own entries.
A session with `info["keep_versions"] = True` keeps the travel fields it was given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, UOWTransaction

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store.models import AuditEntry, Base, TravelFields, new_uuid, utc_now

TRAVEL_COLUMNS = frozenset(
    {
        "id",
        "uuid",
        "origin_site",
        "revision",
        "changed_at",
        "changed_by_site",
        "synced_revision",
        "search_text",
    }
)


def json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Base) and hasattr(value, "uuid"):
        return value.uuid
    if isinstance(value, Base):  # a value kept in a table of its own (an activity's tag)
        return str(value)
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value


def _site(session: Session) -> str:
    site = session.info.get("site_code")
    if not site:
        raise RegistreError(
            UserMessage(
                "StoreError",
                QT_TRANSLATE_NOOP(
                    "StoreError", "This database has no site yet: run the first-start setup."
                ),
            )
        )
    return str(site)


def snapshot(record: Base) -> dict[str, Any]:
    """The record's own fields as JSON-friendly values (no travel bookkeeping)."""
    mapper = inspect(record).mapper
    return {
        attr.key: json_value(getattr(record, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in TRAVEL_COLUMNS
    }


def _changes(record: Base) -> dict[str, list[Any]]:
    state = inspect(record)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in TRAVEL_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[attr.key] = [json_value(old), json_value(new)]
    for rel in state.mapper.relationships:
        if not rel.uselist:
            continue
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            current = json_value(list(getattr(record, rel.key)))
            previous = [u for u in current if u not in json_value(list(history.added))]
            previous += json_value(list(history.deleted))
            changes[rel.key] = [sorted(previous), sorted(current)]
    return changes


def stamp(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if session.info.get("keep_versions"):
        return
    now = utc_now()
    for record in list(session.new):
        if not isinstance(record, TravelFields):
            continue
        site = _site(session)
        record.origin_site = record.origin_site or site
        record.changed_by_site = site
        record.revision = record.revision or 1
        record.changed_at = now
        if record.deleted is None:
            record.deleted = False
        if record.synced_revision is None:
            record.synced_revision = 0
        assert isinstance(record, Base)
        if not record.uuid:
            record.uuid = new_uuid()
        created = {key: [None, value] for key, value in snapshot(record).items()}
        session.add(_entry(record, "create", site, created))
    for record in list(session.dirty):
        if not isinstance(record, TravelFields) or not isinstance(record, Base):
            continue
        changes = _changes(record)
        if not changes:
            continue
        site = _site(session)
        record.revision = (record.revision or 0) + 1
        record.changed_at = now
        record.changed_by_site = site
        action = "update"
        if "deleted" in changes:
            action = "delete" if changes["deleted"][1] else "restore"
        session.add(_entry(record, action, site, changes))


def _entry(record: Base, action: str, site: str, changes: dict[str, list[Any]]) -> AuditEntry:
    assert isinstance(record, TravelFields)
    return AuditEntry(
        table_name=record.__class__.__tablename__,
        record_uuid=record.uuid,
        action=action,
        site_code=site,
        changed_at=record.changed_at,
        revision=record.revision,
        changes=changes,
    )
