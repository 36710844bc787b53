"""Where a sheet's table starts and what each column holds.

The header row is the first of the top rows naming the most known fields (titles and event names
in merged cells above it name none). Each column gets a field, from its header and, for the
role, from its values (a "Qualité" or "Fonction" column holding Participant(e), Formateur… is the
role); the mapping the user confirms is remembered under a key made of the normalised header
row, so the next sheet with the same headers maps itself.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select

from desktop_app.records.text import normalise
from desktop_app.signin import fields as f
from desktop_app.signin import problems
from desktop_app.signin.dates import is_dateish
from desktop_app.signin.nonperson import is_total
from desktop_app.signin.reading import Cell, SheetGrid
from desktop_app.signin.roles import role_share
from desktop_app.signin.values import cell_text
from desktop_app.store import Database
from desktop_app.store.models import SheetMapping

HEADER_SEARCH_ROWS = 30
VALUE_SAMPLE_ROWS = 300  # rows whose values tell a role column
# Columns whose header allows their values to make them the role column.
_ROLE_CANDIDATES = frozenset({None, f.IGNORE, f.POSITION, f.CATEGORY})
NAME_FIELDS = frozenset({f.FAMILY_NAME, f.FULL_NAME, f.FULL_NAME_GIVEN_FIRST})
_DAY_TOKEN = "\x00day"


@dataclass(frozen=True)
class SheetLayout:
    """One sheet's table: its header row (as numbered in the sheet) and a field per column."""

    sheet: str
    header_row: int
    headers: tuple[str, ...]
    mapping: tuple[str, ...]
    layout_key: str
    remembered: bool = False
    # Texts above the header row (title, event name, "Date: 05/12/2022"): may tell the day.
    above: tuple[str, ...] = ()
    # 2 when a second header row names the parts of merged headers ("Contact" over "Tél" and
    # "E-mail", "Présence" over "J1", "J2").
    header_rows: int = 1

    @property
    def data_start(self) -> int:
        """Index in `SheetGrid.rows` of the first row below the headers."""
        return self.header_row + self.header_rows - 1

    def columns_of(self, field: str) -> list[int]:
        return [i for i, mapped in enumerate(self.mapping) if mapped == field]

    def column_of(self, field: str) -> int | None:
        found = self.columns_of(field)
        return found[0] if found else None

    def header_label(self, column: int) -> str:
        return self.headers[column] or column_letter(column)


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB", as the spreadsheet names columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def _header_score(row: tuple[object, ...]) -> tuple[int, bool]:
    known: set[str] = set()
    days = 0
    for cell in row:
        text = cell_text(cell)
        if not text:
            continue
        field = _header_field(cell)
        if field == f.DAY:
            days += 1
        elif field is not None:
            known.add(field)
    return len(known) + min(days, 1), bool(known & (NAME_FIELDS | {f.GIVEN_NAMES}))


def find_header_row(grid: SheetGrid) -> int | None:
    """The sheet row number (1-based) of the header row, None when no row looks like one."""
    best, best_score = None, 1
    for index, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        score, has_name = _header_score(row)
        if has_name:
            score += 1
        if score > best_score:
            best, best_score = index + 1, score
    return best


def _key_token(cell: object) -> str:
    return _DAY_TOKEN if is_dateish(cell) else normalise(cell_text(cell))


def layout_key(header_cells: tuple[object, ...]) -> str:
    """Same headers (case, accents, day dates aside) give the same key."""
    tokens = [_key_token(cell) for cell in header_cells]
    while tokens and not tokens[-1]:
        tokens.pop()
    return hashlib.sha256("\x1f".join(tokens).encode("utf-8")).hexdigest()


def _header_field(cell: object) -> str | None:
    """The field a header cell names by itself: DAY for a day, IGNORE when empty, None when
    unknown. A form's group path counts by its last part ("identite/nom", "jours/j1")."""
    text = cell_text(cell)
    if not text:
        return f.IGNORE
    if is_dateish(cell):
        return f.DAY
    leaf = f.header_leaf(text)
    if leaf != text and is_dateish(leaf):
        return f.DAY
    return f.field_for_header(leaf)


def _role_column(found: list[str | None], values: list[list[str]]) -> int | None:
    """The column whose values are mostly roles, when no header names the role."""
    best, best_share = None, 0.0
    for column, field in enumerate(found):
        if field not in _ROLE_CANDIDATES or column >= len(values):
            continue
        share = role_share(values[column])
        if share > best_share:
            best, best_share = column, share
    return best


def propose_mapping(
    header_cells: tuple[object, ...], rows: tuple[tuple[Cell, ...], ...] = ()
) -> tuple[str, ...]:
    """A field per column from its header; `rows` (data below the header) show which column
    holds the role when no header says so."""
    found = [_header_field(cell) for cell in header_cells]
    if f.ROLE not in found and rows:
        values = [[cell_text(row[i]) for row in rows if i < len(row)] for i in range(len(found))]
        role = _role_column(found, values)
        if role is not None:
            found[role] = f.ROLE
    if f.DAY in found:  # day columns tell the days; a date column beside them is left out
        found = [f.IGNORE if field == f.DATE else field for field in found]
    elif f.DATE not in found:
        # A form's submission time ("Horodateur", "_submission_time") is the day of presence.
        stamps = [
            (rank, column)
            for column, cell in enumerate(header_cells)
            if (rank := f.timestamp_rank(cell_text(cell))) is not None
        ]
        if stamps:
            found[min(stamps)[1]] = f.DATE
    mapping: list[str] = []
    taken: set[str] = set()
    for field in found:
        if field is None or (field in taken and field not in f.REPEATABLE):
            field = f.IGNORE
        taken.add(field)
        mapping.append(field)
    if f.FAMILY_NAME in taken and not taken & {f.GIVEN_NAMES, f.FULL_NAME, f.FULL_NAME_GIVEN_FIRST}:
        # A lone "Nom" column holds the whole name.
        mapping = [f.FULL_NAME if m == f.FAMILY_NAME else m for m in mapping]
    return tuple(mapping)


def detect_layout(
    database: Database, grid: SheetGrid, header_row: int | None = None
) -> SheetLayout:
    """The sheet's layout: the remembered mapping for its headers, or a proposed one."""
    if header_row is None:
        header_row = find_header_row(grid)
        if header_row is None:
            raise problems.no_header_row(grid.name)
    elif not 1 <= header_row <= len(grid.rows):
        raise problems.header_row_outside(grid.name, header_row)
    cells = grid.rows[header_row - 1]
    below = _sub_headers(grid, header_row)
    if below is not None:
        cells = tuple(
            sub if cell_text(sub) else main for main, sub in zip(cells, below, strict=True)
        )
    header_rows = 1 if below is None else 2
    headers = tuple(cell_text(c) for c in cells)
    above = tuple(cell_text(c) for row in grid.rows[: header_row - 1] for c in row if cell_text(c))
    key = layout_key(cells)
    remembered = recall_mapping(database, key)
    if remembered is not None:
        mapping = tuple(remembered.get(str(i), f.IGNORE) for i in range(len(headers)))
        return SheetLayout(grid.name, header_row, headers, mapping, key, True, above, header_rows)
    data = grid.rows[header_row + header_rows - 1 :][:VALUE_SAMPLE_ROWS]
    mapping = propose_mapping(cells, tuple(row for row in data if not is_total(row)))
    return SheetLayout(grid.name, header_row, headers, mapping, key, False, above, header_rows)


def _sub_headers(grid: SheetGrid, header_row: int) -> tuple[Cell, ...] | None:
    """The row below the header row when it only names fields or days (a two-level header);
    a data row always holds a number or a name that names no field."""
    if header_row >= len(grid.rows):
        return None
    below = grid.rows[header_row]
    written = [cell for cell in below if cell_text(cell)]
    if not written:
        return None
    if all(is_dateish(cell) or f.field_for_header(cell_text(cell)) for cell in written):
        return below
    return None


def with_mapping(layout: SheetLayout, changes: Mapping[int, str]) -> SheetLayout:
    """The layout with some columns mapped anew (column index -> field)."""
    mapping = list(layout.mapping)
    for column, field in changes.items():
        mapping[column] = field
    return replace(layout, mapping=tuple(mapping), remembered=False)


def parse_overrides(layout: SheetLayout, texts: list[str]) -> dict[int, str]:
    """Command-line overrides "Header=field" (or "C=field" by column letter) as column -> field;
    two columns ending on one field are refused later by `check_mapping`."""
    changes: dict[int, str] = {}
    for text in texts:
        header, sep, field = text.rpartition("=")
        field = field.strip().lower()
        if not sep or not header.strip():
            raise problems.bad_map(text)
        if field not in f.FIELDS:
            raise problems.unknown_field(field, ", ".join(f.FIELDS))
        wanted = normalise(header)
        columns = [
            i
            for i, h in enumerate(layout.headers)
            if wanted in (normalise(h), normalise(f.header_leaf(h)))
        ]
        if not columns and header.strip().isalpha() and len(header.strip()) <= 2:
            letters = header.strip().upper()
            columns = [i for i in range(len(layout.headers)) if column_letter(i) == letters]
        if not columns:
            raise problems.unknown_column(header.strip(), layout.sheet)
        column = columns[0]
        changes[column] = field  # the same column given again: the last one wins
    return changes


def check_mapping(layout: SheetLayout) -> None:
    """A field on two columns, or no name column at all, cannot be imported."""
    first_column: dict[str, int] = {}
    for column, field in enumerate(layout.mapping):
        if field in f.REPEATABLE:
            continue
        if field in first_column:
            raise problems.mapped_twice(
                field,
                layout.header_label(first_column[field]),
                layout.header_label(column),
            )
        first_column[field] = column
    if not NAME_FIELDS & set(layout.mapping):
        raise problems.no_name_column(layout.sheet)
    if f.DATE in first_column and f.DAY in layout.mapping:
        raise problems.date_and_day_columns(layout.header_label(first_column[f.DATE]))


def recall_mapping(database: Database, key: str) -> dict[str, str] | None:
    with database.session() as session:
        stored = session.scalar(select(SheetMapping.mapping).where(SheetMapping.layout_key == key))
    if stored is None:
        return None
    return {column: field for column, field in stored.items() if field in f.FIELDS}
