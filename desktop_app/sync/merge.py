"""Merging one workbook's records of one type into the database (inside the caller's transaction).

The plan is made with dictionaries keyed by uuid (one query per record type loads what the
database holds), then written in bulk: inserts, updates, conflicts and audit entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, select

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.store.models import SyncConflict
from desktop_app.sync.audit import (
    audit_created_by_select,
    audit_entry,
    created_entries,
    write_audit,
)
from desktop_app.sync.bulk import (
    KEY_PARAM,
    columns_of,
    update_columns,
)
from desktop_app.sync.new_rows import REF_FIELDS, NewSoFar, all_new, refs_need_checking
from desktop_app.sync.records import (
    ATTENDANCE,
    BY_NAME,
    PERSON,
    RECORD_TYPES,
    RecordType,
    Stored,
    Travel,
    Writer,
    as_json,
    content_dict,
)
from desktop_app.sync.rules import Outcome, classify
from desktop_app.sync.sheet_rows import Incoming, InvalidRow, ParsedSheet

REF_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("Sync", "an organisation"),
    "activity": QT_TRANSLATE_NOOP("Sync", "an activity"),
    "person": QT_TRANSLATE_NOOP("Sync", "a person"),
    "project": QT_TRANSLATE_NOOP("Sync", "a project"),
    "indicator": QT_TRANSLATE_NOOP("Sync", "an indicator"),
}


@dataclass
class TypeCounts:
    type_name: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    invalid: int = 0
    deletions: int = 0  # updates that delete a record live here

    def add(self, outcome: Outcome, count: int = 1) -> None:
        name = "conflicts" if outcome is Outcome.CONFLICT else outcome.value
        setattr(self, name, getattr(self, name) + count)


@dataclass
class MergeContext:
    """What the merge of one workbook knows beyond one record type."""

    connection: Connection
    now: dt.datetime
    known: dict[str, set[str]] = field(default_factory=dict)  # uuids a reference may name
    aliases: dict[str, str] = field(default_factory=dict)  # merged person uuid -> survivor
    pending: set[tuple[str, str, int]] = field(default_factory=set)  # open conflicts
    # The highest attendance id before the import: a holder above it was written by this
    # import (a workbook naming one presence twice), never "the same presence" (docs/door.md).
    attendance_before: int = 0


def pending_conflicts(connection: Connection) -> set[tuple[str, str, int]]:
    rows = connection.execute(
        select(
            SyncConflict.table_name, SyncConflict.record_uuid, SyncConflict.incoming_version
        ).where(SyncConflict.resolved_at.is_(None))
    )
    return {(table, uuid, int(str(version.get("revision", 0)))) for table, uuid, version in rows}


def _invalid(row: Incoming, text: str, **params: object) -> InvalidRow:
    return InvalidRow(row.sheet, row.row, UserMessage("Sync", text, dict(params)))


def _unique(rows: list[Incoming], invalid: list[InvalidRow]) -> list[Incoming]:
    """One row per uuid: the highest revision (a row twice in a workbook is harmless)."""
    best: dict[str, Incoming] = {}
    for row in rows:
        seen = best.get(row.uuid)
        if seen is None or row.travel.revision > seen.travel.revision:
            best[row.uuid] = row
        elif row.travel.revision == seen.travel.revision and row.content != seen.content:
            invalid.append(
                _invalid(
                    row,
                    QT_TRANSLATE_NOOP(
                        "Sync", "The same ID and revision appear on row {other} with other values."
                    ),
                    other=seen.row,
                )
            )
    return list(best.values())


def _check_refs(
    record_type: RecordType, row: Incoming, context: MergeContext
) -> tuple[tuple[Any, ...] | None, InvalidRow | None]:
    """The row's content with merged persons replaced by their survivor, or the reason why a
    reference points nowhere."""
    ref_fields = REF_FIELDS[record_type.name]
    content = row.content
    for index, record_field in ref_fields:
        value = content[index]
        if not value:  # no reference (None, or no partners)
            continue
        ref = record_field.ref or ""
        known = context.known[ref]
        if record_field.many:
            missing = next((target for target in value if target not in known), None)
        else:
            if ref == "person":
                survivor = context.aliases.get(value)
                if survivor is not None:
                    content = (*content[:index], survivor, *content[index + 1 :])
                    value = survivor
            missing = None if value in known else value
        if missing is not None:
            return None, _invalid(
                row,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Refers to {what} ({id}) that is neither in the database nor in the workbook.",
                ),
                what=REF_NAMES[ref],
                id=missing,
            )
    return content, None


def _version(record_type: RecordType, content: tuple[Any, ...], travel: Travel) -> dict[str, Any]:
    version = content_dict(record_type, content)
    version.update({key: as_json(value) for key, value in travel._asdict().items()})
    return version


@dataclass
class Plan:
    """What the merge of one record type writes."""

    new: list[tuple[str, tuple[Any, ...], Travel, int]] = field(default_factory=list)
    updated: list[tuple[str, tuple[Any, ...], Travel, int]] = field(default_factory=list)
    audits: list[tuple[Any, ...]] = field(default_factory=list)  # see `_audit`
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    caught_up: list[dict[str, Any]] = field(default_factory=list)
    new_block: ParsedSheet | None = None  # all rows new, as read (hq_new_rows); `new` empty


def new_block(
    context: MergeContext,
    record_type: RecordType,
    sheets: list[ParsedSheet],
    stored: dict[str, Stored],
) -> ParsedSheet | None:
    """The rows as one block when every one of them is plainly new (hq_new_rows), checked
    against `stored` and the references `context` knows; else None: they need `plan_type`."""
    return all_new(record_type, sheets, stored, context.known, context.aliases)


def plan_type(
    context: MergeContext,
    record_type: RecordType,
    sheets: list[ParsedSheet],
    stored: dict[str, Stored],
    counts: TypeCounts,
    invalid: list[InvalidRow],
    natural: dict[tuple[Any, ...], str] | None = None,
) -> Plan:
    """Classify each incoming row (sync_rules) and say what to write; writes nothing.

    `stored` holds at least the stored records the rows name; `natural` (attendance), who
    holds each (activity, person, day) the rows may take, when `stored` is not every record
    of the type (hq_lookup)."""
    plan = Plan()
    known = context.known.setdefault(record_type.name, set(stored))
    if record_type is not ATTENDANCE:
        natural = None
    elif natural is None:
        natural = _natural_keys(record_type, stored)
    so_far = NewSoFar(stored_keys=set(natural)) if natural is not None else None
    block = all_new(record_type, sheets, stored, context.known, context.aliases, so_far)
    if block is not None:
        plan.new_block = block
        known.update(block.uuids)
        counts.new += len(block.uuids)
        return plan
    rows = [row for parsed in sheets for row in _with_stored_absent(parsed, stored)]
    fields = [f.key for f in record_type.fields]
    new, updated, audits = plan.new, plan.updated, plan.audits
    conflicts, caught_up = plan.conflicts, plan.caught_up
    aliases = context.aliases
    aliased_persons = record_type is PERSON and bool(aliases)
    person_at = _PERSON_REF.get(record_type.name) if aliases else None
    stored_get = stored.get
    rows = _unique(rows, invalid)
    contents = list(zip(*(row.content for row in rows), strict=True))
    check_refs = refs_need_checking(record_type, contents, context.known, aliases)
    tally = dict.fromkeys(Outcome, 0)
    named_here = {row.uuid for row in rows} if natural is not None else set()
    for row in rows:
        if aliased_persons and row.uuid in aliases:
            counts.unchanged += 1  # merged into another person here: the survivor stands
            continue
        local = stored_get(row.uuid)
        if (
            local is not None
            and local.content == row.content
            and (person_at is None or row.content[person_at] not in aliases)
        ):
            # Unchanged, the common case of a re-import: its references are the stored ones.
            counts.unchanged += 1
            if row.travel.revision > local.revision:
                caught_up.append(_catch_up(row))
            continue
        content = row.content
        if check_refs:
            checked, problem = _check_refs(record_type, row, context)
            if problem is not None:
                invalid.append(problem)
                continue
            assert checked is not None
            content = checked
        outcome = Outcome.NEW if local is None else classify(local, row.travel.revision, content)
        if outcome is Outcome.CONFLICT and (
            (record_type.name, row.uuid, row.travel.revision) in context.pending
        ):
            outcome = Outcome.UNCHANGED  # this very conflict is already waiting to be resolved
        if outcome in (Outcome.NEW, Outcome.UPDATED) and natural is not None:
            key = content[:3]
            holder = natural.get(key)
            if holder is not None and holder != row.uuid:
                if holder not in named_here and _same_presence(context, holder, content):
                    counts.unchanged += 1  # recorded at the other door too: one presence
                    continue
                invalid.append(
                    _invalid(
                        row,
                        QT_TRANSLATE_NOOP(
                            "Sync",
                            "This person is already recorded at this activity on this day "
                            "(ID {id}).",
                        ),
                        id=holder,
                    )
                )
                continue
            natural[key] = row.uuid
        tally[outcome] += 1
        known.add(row.uuid)
        if (
            outcome is Outcome.UNCHANGED
            and local is not None
            and row.travel.revision > local.revision
        ):
            caught_up.append(_catch_up(row))
        synced = row.travel.revision
        if outcome is Outcome.NEW:
            new.append((row.uuid, content, row.travel, synced))
            # a created record's values are the record itself: the entry says who and when
            audits.append(audit_entry(record_type, row, "import-create", {}))
        elif outcome is Outcome.UPDATED and local is not None:
            updated.append((row.uuid, content, row.travel, synced))
            action = "import-update"
            if local.content[-1] != content[-1]:
                action = "import-delete" if content[-1] else "import-restore"
                counts.deletions += bool(content[-1])
            audits.append(
                audit_entry(record_type, row, action, _diff(fields, local.content, content))
            )
        elif outcome is Outcome.CONFLICT and local is not None:
            conflicts.append(
                {
                    "table_name": record_type.name,
                    "record_uuid": row.uuid,
                    "local_version": _version(record_type, local.content, local.travel),
                    "incoming_version": _version(record_type, content, row.travel),
                    "incoming_site": row.travel.changed_by_site,
                    "created_at": context.now,
                }
            )
            context.pending.add((record_type.name, row.uuid, row.travel.revision))
            audits.append(
                audit_entry(record_type, row, "conflict", _diff(fields, local.content, content))
            )
    for outcome, count in tally.items():
        counts.add(outcome, count)
    return plan


def _with_stored_absent(parsed: ParsedSheet, stored: dict[str, Stored]) -> list[Incoming]:
    """The sheet's rows, where a column it lacks (an older workbook's) holds what the database
    holds for the record: a workbook that cannot say a value does not erase it."""
    rows = parsed.incoming()
    if not parsed.absent:
        return rows
    absent = set(parsed.absent)
    kept: list[Incoming] = []
    for row in rows:
        local = stored.get(row.uuid)
        if local is not None:
            content = tuple(
                local.content[i] if i in absent else value for i, value in enumerate(row.content)
            )
            row = row._replace(content=content)
        kept.append(row)
    return kept


def write_plan(
    context: MergeContext, record_type: RecordType, plan: Plan, writer: Writer | None = None
) -> None:
    """Write the plan (with `writer`, to share its ids over the chunks of one record type)."""
    connection = context.connection
    writer = writer or Writer(connection, record_type)
    plan.new.sort(key=lambda item: item[0])  # uuid order: index pages filled in turn
    audits = plan.audits
    block = plan.new_block
    if (plan.new or block) and connection.dialect.name == "sqlite" and AUDIT_CREATED_BY_SELECT:
        table = record_type.table
        before = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar()
        writer.insert(plan.new)
        if block is not None:
            writer.insert_block(block)
        created = len(plan.new) + (len(block.uuids) if block is not None else 0)
        audit_created_by_select(connection, record_type, before or 0, created)
        audits = [entry for entry in audits if entry[1] != "import-create"]
    else:
        writer.insert(plan.new)
        if block is not None:
            writer.insert_block(block)
            audits.extend(created_entries(block))
    writer.update(plan.updated)
    update_columns(connection, record_type.table, columns_of(plan.caught_up))
    if plan.conflicts:
        connection.execute(insert(SyncConflict), plan.conflicts)
    write_audit(connection, record_type.name, audits)


# SQLite, where the import holds the database's write lock (BEGIN IMMEDIATE): every row above
# the highest id before the insert is one just inserted, so their `import-create` entries are
# copied from them in one statement. Elsewhere (PostgreSQL: other sessions may insert at the
# same time) they go in with the other entries.
AUDIT_CREATED_BY_SELECT = True


_PERSON_REF = {t.name: i for t in RECORD_TYPES for i, f in enumerate(t.fields) if f.ref == "person"}


def _catch_up(row: Incoming) -> dict[str, Any]:
    """Same content under a higher revision (both sides made the same change, or a resolved
    conflict came back): take the incoming version numbers so that both sides agree again."""
    return {
        KEY_PARAM: row.uuid,
        "revision": row.travel.revision,
        "changed_at": row.travel.changed_at,
        "changed_by_site": row.travel.changed_by_site,
        "synced_revision": row.travel.revision,
    }


def _natural_keys(
    record_type: RecordType, stored: dict[str, Stored]
) -> dict[tuple[Any, ...], str] | None:
    """(activity, person, day) -> uuid: one attendance per person, activity and day."""
    if record_type is not ATTENDANCE:
        return None
    return {record.content[:3]: uuid for uuid, record in stored.items()}


def _same_presence(context: MergeContext, holder: str, content: tuple[Any, ...]) -> bool:
    """The (activity, person, day) an incoming attendance takes is held here, from before this
    import, by a live attendance in the same role that stays there: the same presence, checked
    in at two doors (two computers of one office, or an office and HQ). It stays as it is
    here; the incoming one adds nothing. Not the same presence: a holder the workbook names too
    (moved elsewhere by it, or the workbook's own second row), one written by this import, a
    deleted one, another role."""
    if content[-1]:
        return False
    table = ATTENDANCE.table
    activity = BY_NAME["activity"].table
    person = BY_NAME["person"].table
    found = context.connection.execute(
        select(
            table.c.id, table.c.role, table.c.deleted, activity.c.uuid, person.c.uuid, table.c.day
        )
        .join(activity, activity.c.id == table.c.activity_id)
        .join(person, person.c.id == table.c.person_id)
        .where(table.c.uuid == holder)
    ).first()
    if found is None:
        return False
    record_id, role, deleted, activity_uuid, person_uuid, day = found
    return (
        record_id <= context.attendance_before
        and not deleted
        and role == content[_ROLE_AT]
        and (activity_uuid, person_uuid, day) == tuple(content[:3])
    )


_ROLE_AT = ATTENDANCE.index("role")


def _diff(fields: list[str], old: tuple[Any, ...], new: tuple[Any, ...]) -> dict[str, list[Any]]:
    return {
        key: [as_json(before), as_json(after)]
        for key, before, after in zip(fields, old, new, strict=True)
        if before != after
    }
