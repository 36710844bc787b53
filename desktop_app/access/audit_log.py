"""The audit trail read back: who changed what, when, from which office or server user, with
the old and new values; filtered by record, person, activity, period, author and field.

Every change leaves an entry (store/audit.py, the imports' sync/audit.py): on a server the
server stamps the user's name (revision 0009), in a file the office (site code) says who.
The analyst reads the server's `analyst_audit_entry` view, where the fields naming a person are
already gone, and sees no record's name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Integer,
    Select,
    String,
    column,
    func,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from desktop_app.access.roles import Access, current_access
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    Attendance,
    AuditEntry,
    Badge,
    ExpectedPerson,
    HeadCount,
    Organisation,
    Person,
    PersonAlias,
)

# The analyst's view, with the columns of audit_entry (access/policies.py).
ANALYST_VIEW = table(
    "analyst_audit_entry",
    column("id", Integer),
    column("table_name", String),
    column("record_uuid", String),
    column("action", String),
    column("site_code", String),
    column("user_name", String),
    column("changed_at", DateTime),
    column("revision", Integer),
    column("changes", JSON),
)
LIMIT = 100_000


@dataclass(frozen=True)
class AuditFilter:
    record_uuid: str | None = None
    person_id: int | None = None
    activity_id: int | None = None
    start: dt.date | None = None  # from this day
    end: dt.date | None = None  # to this day, included
    by: str | None = None  # a server user or an office's code
    field: str | None = None  # only the entries that changed this field


@dataclass(frozen=True)
class AuditLine:
    """One entry: a change to one record; `changes` maps a field to its old and new value."""

    id: int
    changed_at: dt.datetime
    table_name: str
    record_uuid: str
    record: str  # what a reader recognises ("MAÏGA Aminata"), or the uuid's start
    action: str
    site_code: str
    user_name: str | None
    revision: int
    changes: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def author(self) -> str:
        """Who: the server user, or in a file the office."""
        return self.user_name or self.site_code


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Access", text, params))


def _not_found(kind: str, number: int) -> RegistreError:
    if kind == "person":
        return _error(QT_TRANSLATE_NOOP("Access", "There is no person with id {id}."), id=number)
    return _error(QT_TRANSLATE_NOOP("Access", "There is no activity with id {id}."), id=number)


def _person_uuids(session: Session, person_id: int) -> list[str]:
    """The person, the persons merged into them, and their attendance, invitations, badges."""
    uuid = session.scalar(select(Person.uuid).where(Person.id == person_id))
    if uuid is None:
        raise _not_found("person", person_id)
    found = [
        uuid,
        *session.scalars(select(PersonAlias.old_uuid).where(PersonAlias.person_id == person_id)),
    ]
    for model in (Attendance, ExpectedPerson, Badge):
        found += session.scalars(select(model.uuid).where(model.person_id == person_id))
    return found


def _activity_uuids(session: Session, activity_id: int) -> list[str]:
    uuid = session.scalar(select(Activity.uuid).where(Activity.id == activity_id))
    if uuid is None:
        raise _not_found("activity", activity_id)
    found = [uuid]
    for model in (Attendance, HeadCount, ExpectedPerson):
        found += session.scalars(select(model.uuid).where(model.activity_id == activity_id))
    return found


def _query(session: Session, access: Access, wanted: AuditFilter) -> Select[Any]:
    source: Any = ANALYST_VIEW if not access.sees_personal else AuditEntry.__table__
    c = source.c
    query = select(source)
    if wanted.record_uuid:
        query = query.where(c.record_uuid == wanted.record_uuid.strip().lower())
    if wanted.person_id is not None:
        if not access.sees_personal:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Access",
                    "An analyst reads the history of a record by its uuid, not of a person by "
                    "their id: persons are pseudonymised for this role.",
                )
            )
        query = query.where(c.record_uuid.in_(_person_uuids(session, wanted.person_id)))
    if wanted.activity_id is not None:
        query = query.where(c.record_uuid.in_(_activity_uuids(session, wanted.activity_id)))
    if wanted.start is not None:
        query = query.where(c.changed_at >= dt.datetime.combine(wanted.start, dt.time()))
    if wanted.end is not None:
        after = dt.datetime.combine(wanted.end + dt.timedelta(days=1), dt.time())
        query = query.where(c.changed_at < after)
    if wanted.by:
        by = wanted.by.strip()
        query = query.where(or_(c.user_name == by, func.upper(c.site_code) == by.upper()))
    return query.order_by(c.changed_at, c.id).limit(LIMIT)


def _labels(session: Session, entries: Sequence[Any], access: Access) -> dict[str, str]:
    """uuid -> what a reader recognises, for the records of these entries."""
    uuids: dict[str, set[str]] = {}
    for entry in entries:
        uuids.setdefault(entry.table_name, set()).add(entry.record_uuid)
    labels: dict[str, str] = {}
    if "activity" in uuids:
        rows = session.execute(
            select(Activity.uuid, Activity.title).where(Activity.uuid.in_(uuids["activity"]))
        )
        labels.update({uuid: title for uuid, title in rows})
    if "organisation" in uuids:
        rows = session.execute(
            select(Organisation.uuid, Organisation.name).where(
                Organisation.uuid.in_(uuids["organisation"])
            )
        )
        labels.update({uuid: name for uuid, name in rows})
    if not access.sees_personal:
        return labels
    if "person" in uuids:
        survivor = select(PersonAlias.old_uuid, Person.family_name, Person.given_names).join(
            Person, Person.id == PersonAlias.person_id
        )
        persons = session.execute(
            select(Person.uuid, Person.family_name, Person.given_names)
            .where(Person.uuid.in_(uuids["person"]))
            .union_all(survivor.where(PersonAlias.old_uuid.in_(uuids["person"])))
        )
        labels.update({uuid: f"{family} {given}".strip() for uuid, family, given in persons})
    if "attendance" in uuids:
        days = session.execute(
            select(Attendance.uuid, Person.family_name, Person.given_names, Attendance.day)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.uuid.in_(uuids["attendance"]))
        )
        for uuid, family, given, day in days:
            labels[uuid] = f"{family} {given}".strip() + f", {day.isoformat()}"
    return labels


def _only(changes: dict[str, list[Any]], key: str | None) -> dict[str, list[Any]]:
    """With a field asked for, that field's change alone."""
    return changes if key is None else {key: changes[key]}


def read_audit(database: Database, wanted: AuditFilter | None = None) -> list[AuditLine]:
    """The entries that match `wanted`, oldest first (as far as the user may see)."""
    wanted = wanted or AuditFilter()
    access = current_access(database)
    with database.session() as session:
        entries = session.execute(_query(session, access, wanted)).all()
        if wanted.field:
            entries = [e for e in entries if wanted.field in (e.changes or {})]
        labels = _labels(session, entries, access)
    return [
        AuditLine(
            id=entry.id,
            changed_at=entry.changed_at,
            table_name=entry.table_name,
            record_uuid=entry.record_uuid,
            record=labels.get(entry.record_uuid, entry.record_uuid[:8]),
            action=entry.action,
            site_code=entry.site_code,
            user_name=entry.user_name,
            revision=entry.revision,
            changes=_only(dict(entry.changes or {}), wanted.field),
        )
        for entry in entries
    ]
