"""Sync conflicts: both sides changed a record since they last exchanged it.

The import keeps the local version in place and stores both versions in a SyncConflict. Someone
at HQ then keeps one of them; the chosen version gets a revision above both, so that it wins
everywhere it travels next, and the version set aside stays in the audit trail (and in the
resolved conflict row).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    AuditEntry,
    Organisation,
    Person,
    SyncConflict,
    utc_now,
)
from desktop_app.sync.records import (
    BY_NAME,
    Travel,
    Writer,
    as_json,
    from_json,
    iter_stored,
)

KEEP_LOCAL = "local"
KEEP_INCOMING = "incoming"
TRAVEL_KEYS = ("revision", "changed_at", "changed_by_site", "origin_site")


@dataclass(frozen=True)
class FieldVersions:
    key: str
    local: Any
    incoming: Any

    @property
    def differs(self) -> bool:
        return bool(self.local != self.incoming)


@dataclass(frozen=True)
class ConflictView:
    id: int
    type_name: str
    record_uuid: str
    label: str
    incoming_site: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str | None
    local_travel: dict[str, Any]
    incoming_travel: dict[str, Any]
    fields: tuple[FieldVersions, ...]
    # Readable names of the records the versions refer to (uuid -> name or title).
    names: dict[str, str] = field(default_factory=dict)

    @property
    def differing(self) -> tuple[FieldVersions, ...]:
        return tuple(f for f in self.fields if f.differs)


def _label(type_name: str, version: dict[str, Any]) -> str:
    if type_name == "organisation":
        return str(version.get("name") or "")
    if type_name == "activity":
        return f"{version.get('title') or ''} ({version.get('start_date') or ''})"
    if type_name == "person":
        return f"{version.get('family_name') or ''} {version.get('given_names') or ''}".strip()
    if type_name == "attendance":
        return f"{version.get('day') or ''} {version.get('role') or ''}".strip()
    if type_name == "badge":
        return str(version.get("token") or "")
    if type_name == "payment_list":
        return f"{version.get('approved_on') or ''} {version.get('total') or ''}".strip()
    if type_name == "expected_person":
        return ""  # the activity and the person are named beside it
    if type_name in ("project", "age_band_set", "indicator"):
        return f"{version.get('code') or ''} {version.get('name') or ''}".strip()
    if type_name == "target":
        return f"{version.get('period') or ''} {version.get('office') or ''}".strip()
    return f"{version.get('day') or ''} {version.get('total') or ''}".strip()


def _reference_names(session: Session, conflicts: list[SyncConflict]) -> dict[str, str]:
    wanted: set[str] = set()
    for conflict in conflicts:
        for version in (conflict.local_version, conflict.incoming_version):
            for key in ("organisation_uuid", "activity_uuid", "person_uuid", "partner_uuids"):
                value = version.get(key)
                if isinstance(value, str):
                    wanted.add(value)
                elif isinstance(value, list):
                    wanted.update(str(v) for v in value)
    if not wanted:
        return {}
    names: dict[str, str] = {}
    chosen = list(wanted)
    for uuid, name in session.execute(
        select(Organisation.uuid, Organisation.name).where(Organisation.uuid.in_(chosen))
    ):
        names[uuid] = name
    for uuid, title in session.execute(
        select(Activity.uuid, Activity.title).where(Activity.uuid.in_(chosen))
    ):
        names[uuid] = title
    for uuid, family, given in session.execute(
        select(Person.uuid, Person.family_name, Person.given_names).where(Person.uuid.in_(chosen))
    ):
        names[uuid] = f"{family} {given}".strip()
    return names


def _view(conflict: SyncConflict, names: dict[str, str] | None = None) -> ConflictView:
    record_type = BY_NAME[conflict.table_name]
    local, incoming = conflict.local_version, conflict.incoming_version
    return ConflictView(
        id=conflict.id,
        type_name=conflict.table_name,
        record_uuid=conflict.record_uuid,
        label=_label(conflict.table_name, local),
        incoming_site=conflict.incoming_site,
        created_at=conflict.created_at,
        resolved_at=conflict.resolved_at,
        resolution=conflict.resolution,
        local_travel={k: local.get(k) for k in TRAVEL_KEYS},
        incoming_travel={k: incoming.get(k) for k in TRAVEL_KEYS},
        fields=tuple(
            FieldVersions(f.key, local.get(f.key), incoming.get(f.key)) for f in record_type.fields
        ),
        names=names or {},
    )


def list_conflicts(database: Database, *, include_resolved: bool = False) -> list[ConflictView]:
    with database.session() as session:
        query = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        conflicts = list(session.scalars(query))
        names = _reference_names(session, conflicts)
        return [_view(conflict, names) for conflict in conflicts]


def open_conflict_count(database: Database) -> int:
    return len(list_conflicts(database))


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Sync", text, dict(params)))


def resolve_conflict(database: Database, conflict_id: int, keep: str) -> ConflictView:
    """Keep the local or the incoming version of a conflicting record."""
    if keep not in (KEEP_LOCAL, KEEP_INCOMING):
        raise _error(
            QT_TRANSLATE_NOOP("Sync", "Keep either local or incoming, not {keep}."), keep=keep
        )
    site = database.site_code or ""
    now = utc_now()
    with database.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise _error(QT_TRANSLATE_NOOP("Sync", "There is no conflict {id}."), id=conflict_id)
        if conflict.resolved_at is not None:
            raise _error(
                QT_TRANSLATE_NOOP("Sync", "The conflict {id} was already resolved."), id=conflict_id
            )
        record_type = BY_NAME[conflict.table_name]
        connection = session.connection()
        where = record_type.table.c.uuid == conflict.record_uuid
        found = list(iter_stored(connection, record_type, where))
        if not found:
            raise _error(
                QT_TRANSLATE_NOOP("Sync", "The record of conflict {id} no longer exists."),
                id=conflict_id,
            )
        _, local = found[0]
        incoming = from_json(record_type, conflict.incoming_version)
        incoming_revision = int(str(conflict.incoming_version.get("revision", 0)))
        kept, set_aside = (
            (local.content, incoming) if keep == KEEP_LOCAL else (incoming, local.content)
        )
        revision = max(local.revision, incoming_revision) + 1
        travel = Travel(local.travel.origin_site, revision, now, site)
        Writer(connection, record_type).update(
            [(conflict.record_uuid, kept, travel, incoming_revision)]
        )
        # The full set-aside version stays in the audit trail: {field: [set aside, kept]}.
        fields = [f.key for f in record_type.fields]
        versions = {
            key: [as_json(aside), as_json(chosen)]
            for key, aside, chosen in zip(fields, set_aside, kept, strict=True)
        }
        connection.execute(
            insert(AuditEntry),
            _audit(conflict, f"resolve-{keep}", site, now, revision, versions),
        )
        conflict.resolved_at = now
        conflict.resolution = keep
        session.flush()
        return _view(conflict)


def _audit(
    conflict: SyncConflict,
    action: str,
    site: str,
    now: dt.datetime,
    revision: int,
    changes: dict[str, list[Any]],
) -> dict[str, Any]:
    return {
        "table_name": conflict.table_name,
        "record_uuid": conflict.record_uuid,
        "action": action,
        "site_code": site,
        "changed_at": now,
        "revision": revision,
        "changes": changes,
    }
