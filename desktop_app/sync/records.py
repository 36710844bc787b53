"""The travelling records as plain values, read and written in bulk with SQLAlchemy Core.

A record's *content* is a tuple of its own fields in the order of `RecordType.fields`, with
references to other records given by uuid (never by local id) and datetimes cut to the second,
so that a record read from a workbook and the same record read from a database compare equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import aliased

from desktop_app.records.tag_text import tag_key
from desktop_app.records.text import organisation_search_text, person_search_text
from desktop_app.store.models import (
    ActivityPartner,
    ActivityTag,
    Organisation,
    Person,
    PersonAlias,
)
from desktop_app.sync.bulk import KEY_PARAM, Columns, insert_columns, update_columns
from desktop_app.sync.types import ACTIVITY as ACTIVITY
from desktop_app.sync.types import ATTENDANCE as ATTENDANCE
from desktop_app.sync.types import BY_NAME as BY_NAME
from desktop_app.sync.types import HEAD_COUNT as HEAD_COUNT
from desktop_app.sync.types import ORGANISATION as ORGANISATION
from desktop_app.sync.types import PERSON as PERSON
from desktop_app.sync.types import RECORD_TYPES as RECORD_TYPES
from desktop_app.sync.types import Field as Field
from desktop_app.sync.types import RecordType as RecordType
from desktop_app.sync.types import Travel as Travel
from desktop_app.sync.types import to_second as to_second

MODELS: dict[str, Any] = {t.name: t.model for t in RECORD_TYPES}


class ParsedBlock(Protocol):
    """Rows as columns (exchange/hq_reader.ParsedSheet)."""

    @property
    def uuids(self) -> Sequence[str]: ...
    @property
    def travel(self) -> Sequence[Sequence[Any]]: ...  # one column per Travel field
    @property
    def content(self) -> Sequence[Sequence[Any]]: ...  # one column per record field


class Stored(NamedTuple):
    id: int
    revision: int
    synced_revision: int
    travel: Travel
    content: tuple[Any, ...]


def _ref_columns(record_type: RecordType) -> list[Any]:
    columns: list[Any] = []
    for field in record_type.fields:
        if field.many:
            continue
        if field.ref is None:
            columns.append(record_type.table.c[field.column])
        else:
            target = aliased(MODELS[field.ref])
            columns.append((field, target))
    return columns


@cache  # one statement per type, so that SQLAlchemy compiles it once
def content_query(record_type: RecordType) -> Any:
    """SELECT id, uuid, revision, synced_revision, origin_site, changed_at, changed_by_site,
    then the content fields (references as uuids, partners left out)."""
    table = record_type.table
    selected: list[Any] = [
        table.c.id,
        table.c.uuid,
        table.c.revision,
        table.c.synced_revision,
        table.c.origin_site,
        table.c.changed_at,
        table.c.changed_by_site,
    ]
    joins: list[tuple[Any, Any]] = []
    for item in _ref_columns(record_type):
        if isinstance(item, tuple):
            field, target = item
            selected.append(target.uuid)
            joins.append((target, table.c[field.column] == target.id))
        else:
            selected.append(item)
    query = select(*selected).select_from(table)
    for target, condition in joins:
        query = query.outerjoin(target, condition)
    # Creation order on either engine (PostgreSQL's joins return rows in no particular order).
    return query.order_by(table.c.id)


def many_values(connection: Connection, field: Field) -> dict[int, frozenset[str]]:
    """activity id -> the values of a field held in a table of its own: partners (uuids) or
    tags (as shown)."""
    return partner_uuids(connection) if field.key == "partner_uuids" else activity_tags(connection)


def activity_tags(connection: Connection) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for activity_id, tag in connection.execute(select(ActivityTag.activity_id, ActivityTag.tag)):
        found.setdefault(activity_id, set()).add(tag)
    return {key: frozenset(value) for key, value in found.items()}


def partner_uuids(connection: Connection) -> dict[int, frozenset[str]]:
    rows = connection.execute(
        select(ActivityPartner.activity_id, Organisation.uuid).join(
            Organisation, Organisation.id == ActivityPartner.organisation_id
        )
    )
    found: dict[int, set[str]] = {}
    for activity_id, organisation_uuid in rows:
        found.setdefault(activity_id, set()).add(organisation_uuid)
    return {key: frozenset(value) for key, value in found.items()}


def iter_stored(
    connection: Connection, record_type: RecordType, where: Any = None
) -> Iterator[tuple[str, Stored]]:
    """(uuid, Stored) for every record of the type (optionally filtered)."""
    query = content_query(record_type)
    if where is not None:
        query = query.where(where)
    many_at = [(i, many_values(connection, f)) for i, f in enumerate(record_type.fields) if f.many]
    datetime_at = [
        i for i, f in enumerate(record_type.fields) if f.key in ("checked_in_at", "changed_at")
    ]
    # An empty list of offices, filters or disaggregations reads as the blank of an empty cell.
    empty_at = [(i, f.blank) for i, f in enumerate(record_type.fields) if f.blank == ()]
    for row in connection.execute(query):
        values = list(row[7:])
        for index, held in many_at:
            values.insert(index, held.get(row[0], frozenset()))
        for index in datetime_at:
            values[index] = to_second(values[index])
        for index, blank in empty_at:
            if not values[index]:
                values[index] = blank
        values[-1] = bool(values[-1])
        travel = Travel(row[4], row[2], row[5], row[6])
        yield row[1], Stored(row[0], row[2], row[3], travel, tuple(values))


_STORED_TRAVEL = (
    "id",
    "uuid",
    "revision",
    "synced_revision",
    "origin_site",
    "changed_at",
    "changed_by_site",
)


def load_stored(connection: Connection, record_type: RecordType) -> dict[str, Stored]:
    """uuid -> Stored for every record of the type: `iter_stored` done column by column (the
    import loads 100,000 attendance records in one go)."""
    table = record_type.table
    own = [f.column for f in record_type.fields if not f.many]  # references as local ids
    names = (*_STORED_TRAVEL, *own)
    rows = connection.execute(select(*(table.c[name] for name in names))).all()
    if not rows:
        return {}
    ids, uuids, revisions, synced, origins, changed_at, changed_by, *fields = zip(
        *rows, strict=True
    )
    values: list[Sequence[Any]] = list(fields)
    for index, field in enumerate(record_type.fields):
        if field.ref is not None and not field.many:  # ids to uuids: no join per row
            target = BY_NAME[field.ref].table
            uuid_of = dict(connection.execute(select(target.c.id, target.c.uuid)).all())
            uuid_of[None] = None
            values[index] = list(map(uuid_of.__getitem__, values[index]))
        elif field.many:
            held = many_values(connection, field)
            values.insert(index, [held.get(id_, frozenset()) for id_ in ids])
        elif field.key in ("checked_in_at", "changed_at"):
            seconds = {value: to_second(value) for value in set(values[index])}
            values[index] = list(map(seconds.__getitem__, values[index]))
    values[-1] = list(map(bool, values[-1]))
    travels = map(Travel, origins, revisions, changed_at, changed_by)
    stored = map(Stored, ids, revisions, synced, travels, zip(*values, strict=True))
    return dict(zip(uuids, stored, strict=True))


def person_aliases(connection: Connection) -> dict[str, str]:
    """Merged-away person uuid -> the surviving person's uuid."""
    rows = connection.execute(
        select(PersonAlias.old_uuid, Person.uuid).join(Person, Person.id == PersonAlias.person_id)
    )
    return {old: new for old, new in rows}


def uuid_ids(connection: Connection, record_type: RecordType) -> dict[str, int]:
    table = record_type.table
    return {uuid: id_ for uuid, id_ in connection.execute(select(table.c.uuid, table.c.id))}


def as_json(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(value)
    return value


DATE_FIELDS = frozenset(
    {"start_date", "end_date", "day", "birth_date", "disability_consent_date"}
)  # dates in JSON: ISO text


def content_dict(record_type: RecordType, content: Sequence[Any]) -> dict[str, Any]:
    return {f.key: as_json(v) for f, v in zip(record_type.fields, content, strict=True)}


def from_json(record_type: RecordType, data: Mapping[str, Any]) -> tuple[Any, ...]:
    """The content tuple of a version kept as JSON (a conflict's local or incoming side)."""
    values: list[Any] = []
    for field in record_type.fields:
        value = data.get(field.key, field.blank)
        if field.many:
            value = frozenset(value or ())
        elif isinstance(value, str) and field.key in DATE_FIELDS:
            value = dt.date.fromisoformat(value)
        elif isinstance(value, str) and field.key == "checked_in_at":
            value = dt.datetime.fromisoformat(value)
        values.append(value)
    return tuple(values)


ID_BATCH = 5_000  # uuids per query


class Writer:
    """Bulk inserts and updates of one record type inside the caller's transaction."""

    def __init__(self, connection: Connection, record_type: RecordType) -> None:
        self.connection = connection
        self.type = record_type
        self._ids: dict[str, dict[str, int]] = {}
        self._aliases: dict[str, str] | None = None
        self._organisation_names: dict[str, tuple[str | None, str | None]] | None = None
        fields = list(enumerate(record_type.fields))
        self._plain = [(i, f.column, f.blank) for i, f in fields if f.ref is None and not f.many]
        self._refs = [(i, f.column, f.ref) for i, f in fields if f.ref is not None and not f.many]

    def ids_of(self, type_name: str, uuids: Iterable[str | None]) -> dict[str, int]:
        """uuid -> local id of the records of the type among `uuids` (a merged person's old
        uuid gives its survivor's id): only those, so that a block of rows does not need every
        id of a big table in memory."""
        if type_name in self._ids:
            return self._ids[type_name]
        wanted = {uuid for uuid in uuids if uuid is not None}
        if type_name == "person":
            if self._aliases is None:
                self._aliases = person_aliases(self.connection)
            wanted |= {self._aliases[uuid] for uuid in wanted if uuid in self._aliases}
        table = BY_NAME[type_name].table
        found: dict[str, int] = {}
        ordered = sorted(wanted)
        for start in range(0, len(ordered), ID_BATCH):
            batch = ordered[start : start + ID_BATCH]
            query = select(table.c.uuid, table.c.id).where(table.c.uuid.in_(batch))
            found.update((uuid, id_) for uuid, id_ in self.connection.execute(query))
        if type_name == "person" and self._aliases:
            for old_uuid, new_uuid in self._aliases.items():
                if new_uuid in found:
                    found.setdefault(old_uuid, found[new_uuid])
        return found

    def ids(self, type_name: str) -> dict[str, int]:
        if type_name not in self._ids:
            self._ids[type_name] = uuid_ids(self.connection, BY_NAME[type_name])
            if type_name == "person":
                for old_uuid, new_uuid in person_aliases(self.connection).items():
                    survivor = self._ids[type_name].get(new_uuid)
                    if survivor is not None:
                        self._ids[type_name].setdefault(old_uuid, survivor)
        return self._ids[type_name]

    def _columns(self, rows: list[tuple[str, Sequence[Any], Travel, int]]) -> Columns:
        """The columns of (uuid, content, travel, synced_revision) rows, references as ids."""
        uuids, contents, travels, synced = zip(*rows, strict=True)
        travel = list(zip(*travels, strict=True))
        return self._block_columns(uuids, travel, list(zip(*contents, strict=True)), synced)

    def _block_columns(
        self,
        uuids: Sequence[str],
        travel: Sequence[Sequence[Any]],
        fields: Sequence[Sequence[Any]],
        synced: Sequence[int],
    ) -> Columns:
        """The table's columns from the uuid, travel, content and synced-revision columns."""
        columns: Columns = dict(zip(Travel._fields, travel, strict=True))
        columns["uuid"] = uuids
        columns["synced_revision"] = synced
        for index, column, blank in self._plain:
            values = fields[index]
            if blank is not None and None in values:
                values = tuple(blank if value is None else value for value in values)
            columns[column] = values
        for index, column, ref in self._refs:
            ids = self.ids_of(ref, fields[index])
            columns[column] = [None if value is None else ids[value] for value in fields[index]]
        if self.type is PERSON:
            columns["search_text"] = self._person_search_texts(fields)
        elif self.type is ORGANISATION:
            columns["search_text"] = list(map(organisation_search_text, fields[0], fields[1]))
        return columns

    def _person_search_texts(self, fields: Sequence[Sequence[Any]]) -> list[str]:
        if self._organisation_names is None:
            query = select(Organisation.uuid, Organisation.name, Organisation.acronym)
            self._organisation_names = {
                row[0]: (row[1], row[2]) for row in self.connection.execute(query)
            }
        names = self._organisation_names
        column = {f.key: fields[i] for i, f in enumerate(PERSON.fields)}
        organisations = [names.get(str(uuid), (None, None)) for uuid in column["organisation_uuid"]]
        return [
            person_search_text(family, given, name, acronym, phone, email)
            for family, given, (name, acronym), phone, email in zip(
                column["family_name"],
                column["given_names"],
                organisations,
                column["phone"],
                column["email"],
                strict=True,
            )
        ]

    def insert(self, rows: Iterable[tuple[str, Sequence[Any], Travel, int]]) -> None:
        """Insert (uuid, content, travel, synced_revision) rows."""
        rows = list(rows)
        if rows:
            insert_columns(self.connection, self.type.table, self._columns(rows))
            self._ids.pop(self.type.name, None)
            self._write_partners(rows_with_partners=((r[0], r[1]) for r in rows), replace=False)

    def insert_block(self, block: ParsedBlock) -> None:
        """Insert new rows given as columns (uuids, travel and content columns), each row's
        synced revision its revision. They go in as read: put in uuid order first, they took
        longer (0.3 s more for 100,000 attendance rows, index pages being in the cache)."""
        if not block.uuids:
            return
        revisions = block.travel[Travel._fields.index("revision")]
        columns = self._block_columns(block.uuids, block.travel, block.content, revisions)
        insert_columns(self.connection, self.type.table, columns)
        self._ids.pop(self.type.name, None)
        rows_with_partners = zip(block.uuids, zip(*block.content, strict=True), strict=True)
        self._write_partners(rows_with_partners, replace=False)

    def update(self, rows: Iterable[tuple[str, Sequence[Any], Travel, int]]) -> None:
        rows = list(rows)
        if rows:
            columns = self._columns(rows)
            columns[KEY_PARAM] = columns.pop("uuid")
            update_columns(self.connection, self.type.table, columns)
            self._write_partners(rows_with_partners=((r[0], r[1]) for r in rows), replace=True)

    def _write_partners(
        self, rows_with_partners: Iterable[tuple[str, Sequence[Any]]], *, replace: bool
    ) -> None:
        if self.type is not ACTIVITY:
            return
        rows_with_partners = list(rows_with_partners)
        if not rows_with_partners:
            return
        at = ACTIVITY.index("partner_uuids")
        activity_ids = self.ids("activity")
        organisation_ids = self.ids("organisation")
        touched = [activity_ids[uuid] for uuid, _ in rows_with_partners]
        if replace:
            for start in range(0, len(touched), 500):
                chunk = touched[start : start + 500]
                self.connection.execute(
                    delete(ActivityPartner).where(ActivityPartner.activity_id.in_(chunk))
                )
        links = [
            {"activity_id": activity_ids[uuid], "organisation_id": organisation_ids[partner]}
            for uuid, content in rows_with_partners
            for partner in sorted(content[at])
        ]
        if links:
            self.connection.execute(insert(ActivityPartner), links)
        self._write_tags(rows_with_partners, touched, replace=replace)

    def _write_tags(
        self, rows: list[tuple[str, Sequence[Any]]], touched: list[int], *, replace: bool
    ) -> None:
        """The activities' tags, one per key (a workbook edited by hand may repeat one)."""
        at = ACTIVITY.index("tags")
        activity_ids = self.ids("activity")
        if replace:
            for start in range(0, len(touched), 500):
                chunk = touched[start : start + 500]
                self.connection.execute(
                    delete(ActivityTag).where(ActivityTag.activity_id.in_(chunk))
                )
        links = []
        for uuid, content in rows:
            keys: dict[str, str] = {}
            for tag in sorted(content[at] or ()):
                keys.setdefault(tag_key(tag), tag)
            links += [
                {"activity_id": activity_ids[uuid], "key": key, "tag": tag}
                for key, tag in keys.items()
            ]
        if links:
            self.connection.execute(insert(ActivityTag), links)
