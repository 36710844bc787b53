"""What the database holds about the rows of a block of a workbook, looked up by uuid.

An import merges the rows a block at a time (a chunk of the reading process, or a small
record type whole): it needs the stored records those rows name, whether the records they refer
to exist, and who holds an attendance's (activity, person, day). Asking for just those keeps
the memory an import needs to the size of a block, however big the database is; loading every
stored record of a type (as imports did) took 3 GB for 1.3 million records.

The answers are those of the merge's rules (hq_merge): a referenced record exists when the
database holds it (records merged earlier in the import are written by then, types being merged
in dependency order); records of the type being merged are looked up before its rows are
written (SeenUuids finds a type whose blocks name a record twice).
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select

from desktop_app.sync.records import BY_NAME, RecordType, Stored, iter_stored
from desktop_app.sync.sheet_rows import ParsedSheet
from desktop_app.sync.types import ATTENDANCE

BATCH = 5_000  # uuids per query: within SQLite's and PostgreSQL's limits on parameters
NaturalKey = tuple[Any, ...]  # attendance: (activity uuid, person uuid, day)


def batches(values: Iterable[Any], size: int = BATCH) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def stored_for(
    connection: Connection, record_type: RecordType, uuids: Iterable[str]
) -> dict[str, Stored]:
    """uuid -> Stored for the records of the type among `uuids` (the others are not stored)."""
    table = record_type.table
    found: dict[str, Stored] = {}
    for batch in batches(sorted(set(uuids))):
        found.update(iter_stored(connection, record_type, table.c.uuid.in_(batch)))
    return found


def existing(connection: Connection, type_name: str, uuids: Iterable[str]) -> set[str]:
    """Those of `uuids` the database holds records of the type for (tombstones included)."""
    table = BY_NAME[type_name].table
    found: set[str] = set()
    for batch in batches(sorted(set(uuids))):
        query = select(table.c.uuid).where(table.c.uuid.in_(batch))
        found.update(connection.execute(query).scalars())
    return found


def referenced(
    record_type: RecordType, sheets: Sequence[ParsedSheet], aliases: Mapping[str, str]
) -> dict[str, set[str]]:
    """ref type -> the uuids the rows name (a merged person's survivor too)."""
    targets: dict[str, set[str]] = {}
    for index, field in enumerate(record_type.fields):
        if field.ref is None:
            continue
        named = targets.setdefault(field.ref, set())
        for sheet in sheets:
            if not sheet.uuids:
                continue
            column = sheet.content[index]
            if field.many:
                for value in column:
                    named.update(value or ())
            else:
                named.update(column)
        named.discard(None)
        if field.ref == "person":
            named.update([aliases[uuid] for uuid in named if uuid in aliases])
    return targets


def known_targets(
    connection: Connection,
    record_type: RecordType,
    sheets: Sequence[ParsedSheet],
    aliases: Mapping[str, str],
) -> dict[str, set[str]]:
    """ref type -> the referenced uuids the database holds: `MergeContext.known` for the block
    (a reference is valid when its record is known)."""
    return {
        ref: existing(connection, ref, uuids)
        for ref, uuids in referenced(record_type, sheets, aliases).items()
    }


def natural_holders(connection: Connection, person_uuids: Iterable[str]) -> dict[NaturalKey, str]:
    """(activity uuid, person uuid, day) -> attendance uuid, for the attendance of these
    persons: who holds each natural key the rows may take."""
    table = ATTENDANCE.table
    activity = BY_NAME["activity"].table
    person = BY_NAME["person"].table
    query = (
        select(activity.c.uuid, person.c.uuid, table.c.day, table.c.uuid)
        .select_from(table)
        .join(activity, activity.c.id == table.c.activity_id)
        .join(person, person.c.id == table.c.person_id)
    )
    holders: dict[NaturalKey, str] = {}
    for batch in batches(sorted(set(person_uuids))):
        for activity_uuid, person_uuid, day, uuid in connection.execute(
            query.where(person.c.uuid.in_(batch))
        ):
            holders[(activity_uuid, person_uuid, day)] = uuid
    return holders


class SeenUuids:
    """The uuids of a record type's blocks: one named in two blocks (a row repeated in the
    workbook) must be merged with its twin (hq_merge keeps one row per uuid). Kept as the first
    60 bits of each uuid in an array, 8 bytes a row (a set of them took 66 MB for a million
    rows); they are sorted once the type's blocks are merged, to find one that comes twice. Two
    uuids that share those bits are taken for the same: that only merges the type's rows again
    all at once (same outcome, more memory)."""

    def __init__(self) -> None:
        self._prefixes = array("Q")

    def add(self, uuids: Sequence[str]) -> None:
        """A block's uuids (a uuid twice in one block is the block's own to merge)."""
        self._prefixes.extend({int(uuid[:15], 16) for uuid in uuids})

    def repeated(self) -> bool:
        ordered = sorted(self._prefixes)
        return any(map(operator.eq, ordered, islice(ordered, 1, None)))
