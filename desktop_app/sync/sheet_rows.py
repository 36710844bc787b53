"""A sheet's rows made into records: columns found by their header, cells parsed a column at
a time, or row by row when a row needs a closer look (to say which row is invalid and why).

Also the plain values the reading makes (incoming rows, parsed sheets, invalid rows), shared by
the reader, its reading process and the merge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.text import normalise
from desktop_app.sync import cells as hq_cells
from desktop_app.sync.format import Column, SheetSpec
from desktop_app.sync.types import BY_NAME, Travel

TRAVEL_KEYS = ("origin_site", "revision", "changed_at", "changed_by_site")
NO_COLUMN = -1  # the position of an optional column the sheet lacks


class Incoming(NamedTuple):
    sheet: str
    row: int
    uuid: str
    travel: Travel
    content: tuple[Any, ...]


class ParsedSheet(NamedTuple):
    """The valid rows of one sheet as columns: compact to send from a reading process."""

    sheet: str
    numbers: Sequence[int]  # row numbers in the sheet (a range when every row is valid)
    uuids: Sequence[str]
    travel: Sequence[Sequence[Any]]  # one column per Travel field
    content: Sequence[Sequence[Any]]  # one column per record field
    # Fields (indexes in `content`) of optional columns the sheet lacks: read as empty, and
    # the merge keeps the stored value of a record it already holds.
    absent: tuple[int, ...] = ()

    def incoming(self) -> list[Incoming]:
        if not self.uuids:
            return []
        travels = map(Travel, *self.travel)
        contents = zip(*self.content, strict=True)
        return list(map(Incoming, repeat(self.sheet), self.numbers, self.uuids, travels, contents))


@dataclass(frozen=True)
class InvalidRow:
    sheet: str
    row: int
    reason: UserMessage


def refuse(path: Path, text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Sync", text, {"file": path.name, **params}))


def header_map(spec: SheetSpec, header: list[Any], sheet: str, path: Path) -> dict[str, int]:
    """column key -> position in the row, every non-readable column required but the optional
    ones (an older workbook's)."""
    wanted = {}
    for column in spec.columns:
        if column.kind != "readable":
            wanted[normalise(column.en)] = column.key
            wanted[normalise(column.fr)] = column.key
    positions: dict[str, int] = {}
    for position, cell in enumerate(header):
        key = wanted.get(normalise(str(cell))) if cell not in (None, "") else None
        if key is not None and key not in positions:
            positions[key] = position
    for column in spec.columns:
        if column.kind != "readable" and not column.optional and column.key not in positions:
            raise refuse(
                path,
                QT_TRANSLATE_NOOP(
                    "Sync", "{file}: the sheet {sheet} has no column {column} ({other})."
                ),
                sheet=sheet,
                column=column.en,
                other=column.fr,
            )
    return positions


def parse_rows(
    spec: SheetSpec,
    sheet: str,
    rows: list[list[Any]],
    path: Path,
    language: str,
    invalid: list[InvalidRow],
    first: int = 2,
) -> ParsedSheet:
    """The sheet's valid rows; its invalid rows are added to `invalid`."""
    if not rows:
        return ParsedSheet(sheet, (), (), [], [])
    positions = header_map(spec, rows[0], sheet, path)
    columns = {c.key: c for c in spec.columns}
    record_type = spec.record_type
    absent = tuple(i for i, f in enumerate(record_type.fields) if f.key not in positions)
    plan = [
        (positions.get(f.key, NO_COLUMN), columns[f.key], hq_cells.cell_parser(columns[f.key]), f)
        for f in record_type.fields
    ]
    travel_plan = [
        (positions[key], columns[key], hq_cells.cell_parser(columns[key])) for key in TRAVEL_KEYS
    ]
    id_column = columns["uuid"]
    id_at, parse_id = positions["uuid"], hq_cells.cell_parser(id_column)
    records: list[Incoming] = []
    width = max(positions.values()) + 1
    fast = _read_columns(
        sheet, rows, width, (id_at, id_column), travel_plan, plan, first, record_type.name
    )
    if fast is not None:
        return fast._replace(absent=absent)
    for number, row in enumerate(rows[1:], start=first):
        if len(row) < width:
            row = row + [""] * (width - len(row))
        column: Column = id_column
        try:
            uuid = parse_id(row[id_at])
            if uuid is None:
                if all(cell in ("", None) for cell in row):
                    continue
                raise hq_cells.BadCell(QT_TRANSLATE_NOOP("Sync", "{column} is empty."))
            travel_values = []
            for position, column, parse in travel_plan:  # noqa: B007 (named in errors)
                value = parse(row[position])
                if value is None:
                    raise hq_cells.BadCell(QT_TRANSLATE_NOOP("Sync", "{column} is empty."))
                travel_values.append(value)
            content = []
            for position, column, parse, record_field in plan:  # noqa: B007
                value = None if position == NO_COLUMN else parse(row[position])
                if value is None:
                    if record_field.required:
                        raise hq_cells.BadCell(QT_TRANSLATE_NOOP("Sync", "{column} is empty."))
                    value = record_field.blank
                content.append(value)
        except hq_cells.BadCell as bad:
            params = {**bad.message.params, "column": column.header(language)}
            invalid.append(InvalidRow(sheet, number, UserMessage("Sync", bad.message.text, params)))
            continue
        travel = Travel(*travel_values)
        problem = content_problem(record_type.name, content)
        if problem is not None:
            invalid.append(InvalidRow(sheet, number, problem))
            continue
        records.append(Incoming(sheet, number, uuid, travel, tuple(content)))
    return ParsedSheet(
        sheet,
        [r.row for r in records],
        [r.uuid for r in records],
        list(zip(*(r.travel for r in records), strict=True)),
        list(zip(*(r.content for r in records), strict=True)),
        absent,
    )


def _read_columns(
    sheet: str,
    rows: list[list[Any]],
    width: int,
    id_plan: tuple[int, Column],
    travel_plan: list[tuple[int, Column, Any]],
    plan: list[tuple[int, Column, Any, Any]],
    first: int,
    record_type_name: str,
) -> ParsedSheet | None:
    """The whole sheet parsed column by column (one converter per column), or None when any
    row needs a closer look (an empty or short row, a cell that cannot be understood): the row
    path then says which."""
    body = rows[1:]
    if not body:
        return ParsedSheet(sheet, (), (), [], [])
    if min(map(len, body)) < width:
        return None
    columns = list(zip(*body, strict=False))  # rows are as wide as the sheet: cut at the widest
    try:
        uuids = hq_cells.column_parser(id_plan[1])(columns[id_plan[0]])
        travel_columns = [
            hq_cells.column_parser(column)(columns[at]) for at, column, _ in travel_plan
        ]
        content_columns = []
        for at, column, _parse, record_field in plan:
            if at == NO_COLUMN:
                content_columns.append([record_field.blank] * len(body))
                continue
            values = hq_cells.column_parser(column)(columns[at])
            if None in values:
                if record_field.required:
                    return None
                values = [record_field.blank if v is None else v for v in values]
            content_columns.append(values)
    except hq_cells.BadCell:
        return None
    if None in uuids or any(None in values for values in travel_columns):
        return None
    if _checked_pairs(record_type_name, content_columns):
        return None  # a row breaks a rule between fields: the row path says which
    return ParsedSheet(
        sheet, range(first, first + len(body)), uuids, travel_columns, content_columns
    )


# Rules between two fields of a record (field_rules), the same as the services': (record type,
# the field that must not exceed the other, that other field, the reason).
_PAIRS = {
    "activity": (
        (
            "start_date",
            "end_date",
            QT_TRANSLATE_NOOP("Sync", "The end date is before the start date."),
        ),
    ),
    "head_count": (
        ("women", "total", QT_TRANSLATE_NOOP("Sync", "More women than the total.")),
        ("youth", "total", QT_TRANSLATE_NOOP("Sync", "More youth than the total.")),
    ),
}


def _pair_indexes(type_name: str) -> list[tuple[int, int, str]]:
    record_type = BY_NAME[type_name]
    return [
        (record_type.index(low), record_type.index(high), reason)
        for low, high, reason in _PAIRS.get(type_name, ())
    ]


def content_problem(type_name: str, content: Sequence[Any]) -> UserMessage | None:
    """The reason a parsed record breaks a rule between its fields, or None."""
    for low, high, reason in _pair_indexes(type_name):
        if content[low] is not None and content[high] is not None and content[low] > content[high]:
            return UserMessage("Sync", reason, {})
    return None


def _checked_pairs(type_name: str, columns: Sequence[Sequence[Any]]) -> bool:
    """True when some row of the columns breaks a rule between fields."""
    for low, high, _reason in _pair_indexes(type_name):
        for first, second in zip(columns[low], columns[high], strict=True):
            if first is not None and second is not None and first > second:
                return True
    return False
