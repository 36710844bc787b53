"""Merging a record type whose rows come from the reading process a chunk at a time.

The chunks of new rows are written as they come, while the reading process reads the next
ones: on a first import, writing 100,000 attendance rows overlaps reading them. Any chunk that
is not plainly new (hq_new_rows), or a reading process that stops, sends the whole record type
back to the one rule book: the rows written so far are rolled back to a savepoint and every
row of the type is weighed together by `hq_merge.plan_type`, exactly as if none had been
streamed. The counts, invalid rows and records are the same either way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator

from desktop_app.exchange.hq_audit import AUDIT_TABLE
from desktop_app.exchange.hq_merge import (
    MergeContext,
    Plan,
    TypeCounts,
    plan_type,
    write_plan,
)
from desktop_app.exchange.hq_new_rows import NewSoFar, all_new
from desktop_app.exchange.hq_parallel import ReaderGone
from desktop_app.exchange.hq_reader import SheetChunk
from desktop_app.exchange.hq_sheet_rows import InvalidRow, ParsedSheet
from desktop_app.services.sync_bulk import indexes_made_after
from desktop_app.services.sync_progress import Steps
from desktop_app.services.sync_records import RecordType, Stored, Writer

SAVEPOINT = "registre_streamed_rows"


class _RowByRow(Exception):
    """A chunk needs the row-by-row rules."""


def merge_streamed(
    context: MergeContext,
    record_type: RecordType,
    chunks: Iterable[SheetChunk],
    stored: dict[str, Stored],
    counts: TypeCounts,
    invalid: list[InvalidRow],
    steps: Steps,
    *,
    expected: int,
    read_here: Callable[[], Iterable[SheetChunk]],
) -> None:
    """Merge the type's rows as their chunks come (`expected` of them, as the manifest says);
    `read_here` reads them again in this process if the reading process stops."""
    connection = context.connection
    known = context.known.setdefault(record_type.name, set(stored))
    known_before = set(known)
    invalid_before = len(invalid)
    received: list[ParsedSheet] = []
    incoming = _waited(chunks, steps)
    with contextlib.ExitStack() as indexes:
        for table in (record_type.table, AUDIT_TABLE):
            indexes.enter_context(indexes_made_after(connection, table, expected))
        connection.exec_driver_sql(f"SAVEPOINT {SAVEPOINT}")
        try:
            new = _write_new(context, record_type, incoming, stored, received, invalid, steps)
        except (_RowByRow, ReaderGone) as reason:
            connection.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}")
            known.clear()
            known.update(known_before)
            if isinstance(reason, ReaderGone):
                sheets = _read_again(read_here, invalid, invalid_before, steps)
            else:
                sheets = _the_rest(incoming, received, read_here, invalid, invalid_before, steps)
            with steps.phase("merge"):
                plan = plan_type(context, record_type, sheets, stored, counts, invalid)
            with steps.phase("write"):
                write_plan(context, record_type, plan)
        else:
            counts.new += new
        connection.exec_driver_sql(f"RELEASE SAVEPOINT {SAVEPOINT}")


def _write_new(
    context: MergeContext,
    record_type: RecordType,
    incoming: Iterator[SheetChunk],
    stored: dict[str, Stored],
    received: list[ParsedSheet],
    invalid: list[InvalidRow],
    steps: Steps,
) -> int:
    """Write chunk after chunk of new rows; the number written, or _RowByRow at the first
    chunk that is not plainly new (the chunks already taken are in `received`)."""
    writer = Writer(context.connection, record_type)
    so_far = NewSoFar()
    known = context.known[record_type.name]
    written = 0
    for _type_name, parsed, bad in incoming:
        received.append(parsed)
        invalid.extend(bad)
        steps.advance(len(parsed.uuids))
        if not parsed.uuids:
            continue
        with steps.phase("merge"):
            block = all_new(record_type, [parsed], stored, context.known, context.aliases, so_far)
        if block is None:
            raise _RowByRow()
        with steps.phase("write"):
            write_plan(context, record_type, Plan(new_block=block), writer)
        known.update(block.uuids)
        written += len(block.uuids)
    return written


def _the_rest(
    incoming: Iterator[SheetChunk],
    received: list[ParsedSheet],
    read_here: Callable[[], Iterable[SheetChunk]],
    invalid: list[InvalidRow],
    invalid_before: int,
    steps: Steps,
) -> list[ParsedSheet]:
    """The sheets received and the rest of the chunks; all of them read here if the reading
    process stops meanwhile."""
    try:
        return received + _taken(incoming, invalid, steps)
    except ReaderGone:
        return _read_again(read_here, invalid, invalid_before, steps)


def _read_again(
    read_here: Callable[[], Iterable[SheetChunk]],
    invalid: list[InvalidRow],
    invalid_before: int,
    steps: Steps,
) -> list[ParsedSheet]:
    """Every chunk read in this process, the invalid rows of those received dropped first."""
    del invalid[invalid_before:]
    return _taken(iter(read_here()), invalid, steps)


def _taken(
    chunks: Iterator[SheetChunk], invalid: list[InvalidRow], steps: Steps
) -> list[ParsedSheet]:
    sheets = []
    for _type_name, parsed, bad in chunks:
        sheets.append(parsed)
        invalid.extend(bad)
        steps.advance(len(parsed.uuids))
    return sheets


def _waited(chunks: Iterable[SheetChunk], steps: Steps) -> Iterator[SheetChunk]:
    """The chunks, the time spent waiting for each counted as such."""
    iterator = iter(chunks)
    while True:
        steps.check()
        with steps.phase("wait for the reading process"):
            chunk = next(iterator, None)
        if chunk is None:
            return
        yield chunk
