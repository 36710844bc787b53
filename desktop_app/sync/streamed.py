"""Merging a record type a block of rows at a time, the stored records looked up by uuid.

`merge_block` merges rows (a chunk from the reading process, or a small type whole) under the
one rule book of hq_merge, asking the database only about the records those rows name
(hq_lookup): the memory an import needs follows the block, not the database. Rows that are all
plainly new (hq_new_rows) are written as read, under a savepoint: an attendance whose (activity,
person, day) someone already holds makes the database refuse them, and the block is then
weighed row by row. A row updating an attendance to another (activity, person, day) keeps the
one it leaves taken for the rest of the type, as the rules of a whole sheet do.

`merge_streamed` takes a type's chunks as the reading process sends them, each merged and
written while the next is read. A uuid in two chunks (a row repeated in the workbook, found once
the type's chunks are merged), or a reading process that stops, sends the whole type back to
the start: the rows written so far are rolled back to a savepoint and the type is merged again,
its rows all at once (a repeated row needs its twin) or read again here chunk by chunk. The
counts, invalid rows and records are the same either way.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy.exc import IntegrityError

from desktop_app.sync import lookup as hq_lookup
from desktop_app.sync.audit import AUDIT_TABLE
from desktop_app.sync.bulk import indexes_made_after
from desktop_app.sync.frameworks import kept_rows
from desktop_app.sync.lookup import NaturalKey, SeenUuids
from desktop_app.sync.merge import (
    MergeContext,
    Plan,
    TypeCounts,
    new_block,
    plan_type,
    write_plan,
)
from desktop_app.sync.new_rows import NATURAL_KEY_FIELDS
from desktop_app.sync.parallel import ReaderGone
from desktop_app.sync.progress import Steps
from desktop_app.sync.reader import SheetChunk
from desktop_app.sync.records import ATTENDANCE, RecordType, Writer
from desktop_app.sync.sheet_rows import InvalidRow, ParsedSheet

SAVEPOINT = "registre_streamed_rows"
BLOCK_SAVEPOINT = "registre_new_rows"


@dataclass
class TypeMerge:
    """What the merge of one record type carries from block to block."""

    context: MergeContext
    record_type: RecordType
    writer: Writer
    # Natural keys left by attendance moved to another (activity, person, day): still taken.
    left: dict[NaturalKey, str] = field(default_factory=dict)

    @classmethod
    def start(cls, context: MergeContext, record_type: RecordType) -> TypeMerge:
        return cls(context, record_type, Writer(context.connection, record_type))


def merge_block(
    merge: TypeMerge,
    sheets: list[ParsedSheet],
    counts: TypeCounts,
    invalid: list[InvalidRow],
    steps: Steps,
) -> None:
    """Merge and write rows of the type (the rows of no earlier block of it)."""
    context, record_type = merge.context, merge.record_type
    connection = context.connection
    sheets = kept_rows(connection, record_type, sheets, invalid)
    uuids = [uuid for sheet in sheets for uuid in sheet.uuids]
    if not uuids:
        return
    with steps.phase("merge"):
        stored = hq_lookup.stored_for(connection, record_type, uuids)
        known = hq_lookup.known_targets(connection, record_type, sheets, context.aliases)
        local = MergeContext(
            connection,
            context.now,
            known,
            context.aliases,
            context.pending,
            context.attendance_before,
        )
        block = new_block(local, record_type, sheets, stored)
    if block is not None and _written_new(merge, Plan(new_block=block), steps):
        counts.new += len(block.uuids)
        return
    with steps.phase("merge"):
        natural = _natural(merge, sheets, stored)
        plan = plan_type(local, record_type, sheets, stored, counts, invalid, natural)
    with steps.phase("write"):
        write_plan(local, record_type, plan, merge.writer)
    if record_type is ATTENDANCE:
        for uuid, content, _travel, _synced in plan.updated:
            before = stored[uuid].content[:NATURAL_KEY_FIELDS]
            if before != content[:NATURAL_KEY_FIELDS]:
                merge.left.setdefault(before, uuid)


def _written_new(merge: TypeMerge, plan: Plan, steps: Steps) -> bool:
    """Write a block of plainly new rows; False (nothing written) when the database refuses
    one: an attendance whose (activity, person, day) is taken."""
    connection = merge.context.connection
    connection.exec_driver_sql(f"SAVEPOINT {BLOCK_SAVEPOINT}")
    try:
        with steps.phase("write"):
            write_plan(merge.context, merge.record_type, plan, merge.writer)
    except Exception as error:
        if not _refused(error):
            raise
        connection.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {BLOCK_SAVEPOINT}")
        connection.exec_driver_sql(f"RELEASE SAVEPOINT {BLOCK_SAVEPOINT}")
        merge.writer = Writer(connection, merge.record_type)  # its ids may name rolled-back rows
        return False
    connection.exec_driver_sql(f"RELEASE SAVEPOINT {BLOCK_SAVEPOINT}")
    return True


def _refused(error: Exception) -> bool:
    """A unique constraint's refusal: through SQLAlchemy, or from PostgreSQL's COPY (which
    goes to the driver directly)."""
    if isinstance(error, IntegrityError):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(error, psycopg.IntegrityError)


def _natural(
    merge: TypeMerge, sheets: list[ParsedSheet], stored: dict[str, Any]
) -> dict[NaturalKey, str] | None:
    """Who holds each (activity, person, day) the attendance rows may take: the database now
    (the stored records, and the rows of earlier blocks), and the keys attendance left. Only
    the rows that may be new or changed can take one: those the database holds as they are
    need no lookup (a re-import of unchanged rows makes none)."""
    if merge.record_type is not ATTENDANCE:
        return None
    person_at = ATTENDANCE.index("person_uuid")
    persons: set[str] = set()
    for sheet in sheets:
        if not sheet.uuids:
            continue
        for uuid, content in zip(sheet.uuids, zip(*sheet.content, strict=True), strict=True):
            local = stored.get(uuid)
            if local is None or local.content != content:
                persons.add(content[person_at])
    aliases = merge.context.aliases
    persons.update([aliases[person] for person in persons if person in aliases])
    holders = hq_lookup.natural_holders(merge.context.connection, persons)
    holders.update(merge.left)
    return holders


class _Repeated(Exception):
    """A uuid comes again in a later chunk."""


def merge_streamed(
    context: MergeContext,
    record_type: RecordType,
    chunks: Iterable[SheetChunk],
    counts: TypeCounts,
    invalid: list[InvalidRow],
    steps: Steps,
    *,
    expected: int,
    read_here: Callable[[], Iterable[SheetChunk]],
    waiting: str = "wait for the reading process",
) -> None:
    """Merge the type's rows as their chunks come (`expected` of them, as the manifest says);
    `read_here` reads them again in this process if the reading process stops. The time spent
    waiting for each chunk is counted as the phase `waiting` ("read" when they are read
    here)."""
    connection = context.connection
    invalid_before, pending_before = len(invalid), set(context.pending)
    tried = TypeCounts(record_type.name)

    def again() -> TypeCounts:
        """Back to the savepoint: nothing of the attempt stays."""
        connection.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}")
        del invalid[invalid_before:]
        context.pending.clear()
        context.pending.update(pending_before)
        return TypeCounts(record_type.name)

    def at_once() -> None:  # a repeated row must be weighed with its twin
        sheets = _taken(iter(read_here()), invalid, steps)
        merge_block(TypeMerge.start(context, record_type), sheets, tried, invalid, steps)

    with contextlib.ExitStack() as indexes:
        for table in (record_type.table, AUDIT_TABLE):
            indexes.enter_context(indexes_made_after(connection, table, expected))
        connection.exec_driver_sql(f"SAVEPOINT {SAVEPOINT}")
        incoming = _waited(chunks, steps, waiting)
        try:
            _merge_chunks(context, record_type, incoming, tried, invalid, steps)
        except _Repeated:
            tried = again()
            _drain(incoming)  # the reading process goes on with the next file's chunks
            at_once()
        except ReaderGone:
            tried = again()
            try:
                _merge_chunks(context, record_type, iter(read_here()), tried, invalid, steps)
            except _Repeated:
                tried = again()
                at_once()
        connection.exec_driver_sql(f"RELEASE SAVEPOINT {SAVEPOINT}")
    for name in (f.name for f in fields(TypeCounts) if f.name != "type_name"):
        setattr(counts, name, getattr(counts, name) + getattr(tried, name))


def _merge_chunks(
    context: MergeContext,
    record_type: RecordType,
    chunks: Iterator[SheetChunk],
    counts: TypeCounts,
    invalid: list[InvalidRow],
    steps: Steps,
) -> None:
    merge = TypeMerge.start(context, record_type)
    seen = SeenUuids()
    for _type_name, parsed, bad in chunks:
        invalid.extend(bad)
        steps.advance(len(parsed.uuids))
        if not parsed.uuids:
            continue
        seen.add(parsed.uuids)
        merge_block(merge, [parsed], counts, invalid, steps)
        del parsed, bad  # before the next chunk comes: one chunk in memory at a time
        # The import pauses Python's cycle collector (hq_import): the block's queries leave
        # SQLAlchemy statements in reference cycles, with the block's uuids in them (2.4 MB a
        # block, 160 MB for a million rows). The young objects are the block's: cheap to walk.
        gc.collect(0)
    if seen.repeated():  # what the blocks did may not be what the twins together give
        raise _Repeated()


def _drain(chunks: Iterator[SheetChunk]) -> None:
    with contextlib.suppress(ReaderGone):  # then the next file is read here anyway
        for _chunk in chunks:
            pass


def _taken(
    chunks: Iterator[SheetChunk], invalid: list[InvalidRow], steps: Steps
) -> list[ParsedSheet]:
    sheets = []
    for _type_name, parsed, bad in chunks:
        sheets.append(parsed)
        invalid.extend(bad)
        steps.advance(len(parsed.uuids))
    return sheets


def _waited(chunks: Iterable[SheetChunk], steps: Steps, phase: str) -> Iterator[SheetChunk]:
    """The chunks, the time spent waiting for each counted as the phase."""
    iterator = iter(chunks)
    while True:
        steps.check()
        with steps.phase(phase):
            chunk = next(iterator, None)
        if chunk is None:
            return
        yield chunk
