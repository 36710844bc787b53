"""Recognising, column by column, a record type whose incoming rows are all plainly new.

The first import of an office into HQ brings every record for the first time. When nothing in
the rows needs the row-by-row rules of hq_merge (a uuid twice in the workbook, a uuid the
database holds, a reference to a merged person or to nothing, an attendance taken twice), each
row's outcome is "new" and the rows are written as the columns they were read in: no row tuple
is built only to be taken apart again (100,000 attendance rows: about 0.6 s less).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from desktop_app.sync.records import ATTENDANCE, PERSON, RECORD_TYPES, RecordType, Stored
from desktop_app.sync.sheet_rows import ParsedSheet

REF_FIELDS = {
    t.name: tuple((i, f) for i, f in enumerate(t.fields) if f.ref is not None) for t in RECORD_TYPES
}
NATURAL_KEY_FIELDS = 3  # attendance: activity, person, day (one attendance per person and day)


def refs_need_checking(
    record_type: RecordType,
    content: Sequence[Sequence[Any]],
    known: Mapping[str, set[str]],
    aliases: Mapping[str, str],
) -> bool:
    """False when every reference in the content columns is known and none names a merged
    person: the rows then stand as they are (one set operation per column instead of lookups
    per row)."""
    for index, record_field in REF_FIELDS[record_type.name]:
        if record_field.many:
            return True
        targets = set(content[index]) if content else set()
        targets.discard(None)
        ref = record_field.ref or ""
        if not targets <= known[ref]:
            return True
        if ref == "person" and not targets.isdisjoint(aliases):
            return True
    return False


def joined_columns(sheets: Sequence[ParsedSheet]) -> ParsedSheet:
    """The sheets' rows as one block of columns (their sheet names and row numbers are not
    kept: a block of new rows makes no invalid row)."""
    if len(sheets) == 1:
        return sheets[0]
    filled = [sheet for sheet in sheets if sheet.uuids]
    if not filled:
        return ParsedSheet("", (), (), [], [])
    return ParsedSheet(
        filled[0].sheet,
        (),
        list(chain.from_iterable(sheet.uuids for sheet in filled)),
        [list(chain.from_iterable(c)) for c in zip(*(s.travel for s in filled), strict=True)],
        [list(chain.from_iterable(c)) for c in zip(*(s.content for s in filled), strict=True)],
    )


@dataclass
class NewSoFar:
    """The uuids and natural keys of a record type's rows already taken as new, when its rows
    come a chunk at a time: a later chunk must not repeat them."""

    uuids: set[str] = field(default_factory=set)
    keys: set[tuple[Any, ...]] = field(default_factory=set)
    stored_keys: set[tuple[Any, ...]] | None = None  # made when first needed


def all_new(
    record_type: RecordType,
    sheets: Sequence[ParsedSheet],
    stored: Mapping[str, Stored],
    known: Mapping[str, set[str]],
    aliases: Mapping[str, str],
    so_far: NewSoFar | None = None,
) -> ParsedSheet | None:
    """The rows as one block when each of them is new under every rule of
    `hq_merge.plan_type`, else None (that function then weighs them row by row). With
    `so_far`, the rows follow those it holds, and it takes them in when they are new."""
    so_far = so_far if so_far is not None else NewSoFar()
    block = joined_columns(sheets)
    uuids = block.uuids
    if not uuids:
        return None
    distinct = set(uuids)
    if len(distinct) != len(uuids) or not distinct.isdisjoint(stored):
        return None
    if not distinct.isdisjoint(so_far.uuids):
        return None
    if record_type is PERSON and not distinct.isdisjoint(aliases):
        return None
    if refs_need_checking(record_type, block.content, known, aliases):
        return None
    keys: set[tuple[Any, ...]] = set()
    if record_type is ATTENDANCE:
        keys = set(zip(*block.content[:NATURAL_KEY_FIELDS], strict=True))
        if len(keys) != len(uuids) or not keys.isdisjoint(so_far.keys):
            return None
        if so_far.stored_keys is None:
            so_far.stored_keys = {r.content[:NATURAL_KEY_FIELDS] for r in stored.values()}
        if not keys.isdisjoint(so_far.stored_keys):
            return None
    so_far.uuids |= distinct
    so_far.keys |= keys
    return block
