"""The data rows of a sheet read into persons and presences, each valid or invalid with reasons.

Skipped without a word: empty rows (a printed sheet numbers its blank lines), the header row
repeated on a new printed page. Skipped and listed with the reason: rows that are not persons
(totals, summaries, closing formulas, signatories, footers, stamps: nonperson.py). Whether an
unsigned row is a presence is settled per sheet (signatures.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records.text import normalise
from desktop_app.registry.person_rules import in_registry_style
from desktop_app.signin import fields as f
from desktop_app.signin import problems
from desktop_app.signin.dates import day_of_activity, names_one_day, read_day
from desktop_app.signin.layout import SheetLayout
from desktop_app.signin.nonperson import RowSorter, SkippedRow
from desktop_app.signin.reading import PROGRESS_STEP, Cell, Progress, SheetGrid
from desktop_app.signin.roles import role_of
from desktop_app.signin.values import (
    BadValue,
    Born,
    cell_text,
    fix_name_pair,
    is_blank,
    is_signed,
    read_age,
    read_birth,
    read_category,
    read_email,
    read_phone,
    read_sex,
    split_full_name,
    strip_civility,
    text_or_none,
)

# No name, organisation or other value of a person runs that long: a longer cell is another
# column's text or junk, which would also slow every match down.
MAX_CELL_CHARACTERS = 200

# Whether a row's presences count (signatures.py settles it for each sheet).
PRESENT = "present"
UNSIGNED = "unsigned"  # no mark on a sheet whose signatures are used: the user chooses
ABSENT = "absent"  # pre-filled on Registre's printed sheet and not signed: expected, not come
MARKED_ABSENT = "marked_absent"  # "absent", "non", "0" in the signature cell


@dataclass(frozen=True)
class PersonData:
    """A person as the sheet describes them, values already clean."""

    family_name: str
    given_names: str = ""
    sex: str | None = None
    birth_year: int | None = None
    birth_date: dt.date | None = None
    age_band: str | None = None
    organisation: str | None = None
    position: str | None = None
    category: str | None = None
    region: str | None = None
    phone: str | None = None
    email: str | None = None

    @cached_property
    def name_key(self) -> str:
        """The name with accents, case and word order ignored."""
        return " ".join(sorted(normalise(f"{self.family_name} {self.given_names}").split()))

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_names}".strip()


@dataclass(frozen=True)
class Presence:
    day: dt.date
    signed: bool


@dataclass(frozen=True)
class SheetRow:
    """One data row: `row` is its number in the sheet; invalid when `reasons` is not empty."""

    sheet: str
    row: int
    person: PersonData | None
    presences: tuple[Presence, ...] = ()
    reasons: tuple[UserMessage, ...] = ()
    notes: tuple[UserMessage, ...] = ()
    role: str | None = None  # the role code the sheet gives; None when it gives none
    role_text: str = ""  # the role as written ("Participante", "Point focal")
    attendance: str = PRESENT
    number: int | None = None  # the row's N°, as written
    # The signature cell says the person was not there ("absent", "non", "0"): never counted.
    said_absent: bool = False

    @property
    def valid(self) -> bool:
        return not self.reasons and self.person is not None

    @property
    def unknown_role(self) -> bool:
        """A role is written that names no role of the vocabulary: the user chooses."""
        return bool(self.role_text) and self.role is None

    def counted(self, unsigned_present: bool = False) -> tuple[Presence, ...]:
        """The presences that count: none for a pre-filled row left unsigned on Registre's
        sheet, nor for an unsigned row unless the user counts them."""
        if self.attendance in (ABSENT, MARKED_ABSENT):
            return ()
        if self.attendance == UNSIGNED and not unsigned_present:
            return ()
        return self.presences


@dataclass(frozen=True)
class DayPlan:
    """The day of a one-day sheet, or the day of each day column."""

    single: dt.date | None = None
    columns: dict[int, dt.date] = field(default_factory=dict)
    # One row per person per day: the column giving each row's date (`single` for an empty cell).
    date_column: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class SheetContent:
    rows: tuple[SheetRow, ...]
    skipped: tuple[SkippedRow, ...] = ()

    @property
    def total_rows_skipped(self) -> int:
        return sum(1 for row in self.skipped if row.reason == "total")


def plan_days(
    layout: SheetLayout,
    start: dt.date,
    end: dt.date,
    chosen: dt.date | None = None,
    printed_day: dt.date | None = None,
) -> DayPlan:
    """Day columns give their own days; a date column gives each row's; otherwise the chosen
    day, the day the sheet's name stands for ("Jour 2", "06-12-2022"), the one activity day
    written above the table, the day Registre printed the sheet for, or the activity's only
    day."""
    day_columns = layout.columns_of(f.DAY)
    if day_columns:
        columns: dict[int, dt.date] = {}
        for column in day_columns:
            day = day_of_activity(f.header_leaf(layout.headers[column]), start, end)
            if day is None:
                raise problems.day_column_unknown(layout.headers[column])
            columns[column] = _inside(layout.headers[column], day, start, end)
        return DayPlan(columns=columns)
    date_column = layout.column_of(f.DATE)
    if date_column is not None:
        try:  # for a row whose date cell is empty
            single: dt.date | None = _single_day(layout, start, end, chosen, printed_day)
        except problems.SheetError:
            single = None
        return DayPlan(single=single, date_column=date_column, start=start, end=end)
    return DayPlan(single=_single_day(layout, start, end, chosen, printed_day))


def _inside(what: str, day: dt.date, start: dt.date, end: dt.date) -> dt.date:
    if not start <= day <= end:
        raise problems.day_outside(what, day, start, end)
    return day


def _single_day(
    layout: SheetLayout,
    start: dt.date,
    end: dt.date,
    chosen: dt.date | None,
    printed_day: dt.date | None,
) -> dt.date:
    if chosen is not None:
        return _inside(chosen.isoformat(), chosen, start, end)
    from_name = day_of_activity(layout.sheet, start, end)
    if from_name is not None:
        return _inside(layout.sheet, from_name, start, end)
    # "Date : 06/12/2022 (Jour 2/3)" above the table, as Registre's printed sheet writes it.
    written = {day_of_activity(text, start, end) for text in layout.above if names_one_day(text)}
    inside_days = {day for day in written if day is not None and start <= day <= end}
    if len(inside_days) == 1:
        return inside_days.pop()
    if printed_day is not None and start <= printed_day <= end:
        return printed_day
    if start == end:
        return start
    raise problems.day_needed(layout.sheet, start, end)


def _cut(cell: Cell) -> Cell:
    if isinstance(cell, str) and len(cell) > MAX_CELL_CHARACTERS:
        return cell[: MAX_CELL_CHARACTERS - 1] + "…"
    return cell


class _RowReader:
    def __init__(
        self, layout: SheetLayout, plan: DayPlan, on: dt.date, phone_countries: tuple[str, ...]
    ) -> None:
        self.layout = layout
        self.plan = plan
        self.on = on
        self.phone_countries = phone_countries
        self.columns = {name: layout.column_of(name) for name in f.FIELDS}
        self.content_columns = [
            i for i, name in enumerate(layout.mapping) if name not in (f.IGNORE, f.NUMBER)
        ]
        self.header_words = [h.casefold() for h in layout.headers]
        self.person_columns = [
            i
            for i, name in enumerate(layout.mapping)
            if name not in (f.IGNORE, f.NUMBER, f.SIGNATURE, f.DAY)
        ]

    def too_long(self, cells: tuple[Cell, ...]) -> list[UserMessage]:
        """A reason for each person cell over MAX_CELL_CHARACTERS."""
        reasons = []
        for column in self.person_columns:
            value = cells[column] if column < len(cells) else ""
            if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
                length = len(value.strip())
                if length > MAX_CELL_CHARACTERS:
                    reasons.append(
                        problems.message(
                            QT_TRANSLATE_NOOP(
                                "SheetImport",
                                'The cell of the column "{column}" holds {length} characters, '
                                "more than any value of a person ({limit}): is it the right "
                                "column?",
                            ),
                            column=self.layout.header_label(column),
                            length=length,
                            limit=MAX_CELL_CHARACTERS,
                        )
                    )
        return reasons

    def cell(self, cells: tuple[Cell, ...], name: str) -> Cell:
        column = self.columns[name]
        return "" if column is None or column >= len(cells) else cells[column]

    def skip(self, cells: tuple[Cell, ...]) -> bool:
        if all(is_blank(cells[i]) for i in self.content_columns if i < len(cells)):
            return True
        # The header row again, on top of a new printed page.
        first = self.content_columns[0] if self.content_columns else 0
        if first >= len(cells) or cell_text(cells[first]).casefold() != self.header_words[first]:
            return False
        return [cell_text(c).casefold() for c in cells] == self.header_words

    def names(self, cells: tuple[Cell, ...]) -> tuple[str, str, str | None]:
        """(family name, given names, the sex a civility states: "Mme", "M.")."""
        family = cell_text(self.cell(cells, f.FAMILY_NAME))
        given, given_sex = strip_civility(cell_text(self.cell(cells, f.GIVEN_NAMES)))
        if family:
            family, family_sex = strip_civility(family)
            return *fix_name_pair(family, given), family_sex or given_sex
        for name, family_first in ((f.FULL_NAME, True), (f.FULL_NAME_GIVEN_FIRST, False)):
            full, sex = strip_civility(cell_text(self.cell(cells, name)))
            if full:
                found_family, found_given = split_full_name(full, family_first=family_first)
                if given and not found_given:
                    found_given = given
                return found_family, found_given, sex or given_sex
        return "", given, given_sex

    def read(self, sheet: str, number: int, cells: tuple[Cell, ...]) -> SheetRow:
        too_long = self.too_long(cells)
        if too_long:  # invalid: its values are not read, the names shown cut short
            cut = tuple(_cut(cell) for cell in cells)
            family, given, _sex = self.names(cut)
            return SheetRow(sheet, number, PersonData(family, given), (), tuple(too_long))
        reasons: list[UserMessage] = []
        notes: list[UserMessage] = []

        def attempt(reader: Callable[[], object]) -> object:
            try:
                return reader()
            except BadValue as bad:
                reasons.append(bad.message)
                return None

        family, given, civility_sex = self.names(cells)
        if not family or is_blank(family):
            reasons.append(
                problems.message(QT_TRANSLATE_NOOP("SheetImport", "No name on this row."))
            )
        sex = attempt(lambda: read_sex(self.cell(cells, f.SEX))) or civility_sex
        born = Born()
        if not is_blank(self.cell(cells, f.BIRTH_YEAR)):
            found = attempt(lambda: read_birth(self.cell(cells, f.BIRTH_YEAR), self.on))
            born = found if isinstance(found, Born) else born
        else:
            age = attempt(lambda: read_age(self.cell(cells, f.AGE), self.on))
            if isinstance(age, tuple):
                born = Born(year=age[0], age_band=age[1])
        phone_cell, email_cell = self.cell(cells, f.PHONE), self.cell(cells, f.EMAIL)
        if "@" in cell_text(phone_cell) and is_blank(email_cell):
            phone_cell, email_cell = "", phone_cell  # a "Contact" column holding an e-mail
        phone = attempt(lambda: read_phone(phone_cell, self.phone_countries))
        email = attempt(lambda: read_email(email_cell))
        category_cell = self.cell(cells, f.CATEGORY)
        category = read_category(category_cell)
        if category is None and not is_blank(category_cell):
            notes.append(
                problems.message(
                    QT_TRANSLATE_NOOP("SheetImport", 'Category "{value}" not known: left empty.'),
                    value=cell_text(category_cell),
                )
            )
        presences = attempt(lambda: self.presences(cells))
        presences = presences if isinstance(presences, tuple) else ()
        if not presences and self.plan.columns:
            notes.append(
                problems.message(QT_TRANSLATE_NOOP("SheetImport", "No day marked: not recorded."))
            )
        person = PersonData(
            family_name=family,
            given_names=given,
            sex=sex if isinstance(sex, str) else None,
            birth_year=born.year,
            birth_date=born.date,
            age_band=born.age_band,
            organisation=text_or_none(self.cell(cells, f.ORGANISATION)),
            position=text_or_none(self.cell(cells, f.POSITION)),
            category=category,
            region=text_or_none(self.cell(cells, f.REGION)),
            phone=phone if isinstance(phone, str) else None,
            email=email if isinstance(email, str) else None,
        )
        person, too_long = in_registry_style(person)  # the registry's text and name rules
        reasons.extend(too_long)
        role_text = text_or_none(self.cell(cells, f.ROLE)) or ""
        signature = self.cell(cells, f.SIGNATURE)
        return SheetRow(
            sheet,
            number,
            person,
            presences,
            tuple(reasons),
            tuple(notes),
            role=role_of(role_text) if role_text else None,
            role_text=role_text,
            number=_row_number(self.cell(cells, f.NUMBER)),
            said_absent=not is_blank(signature) and not is_signed(signature),
        )

    def presences(self, cells: tuple[Cell, ...]) -> tuple[Presence, ...]:
        signed = is_signed(self.cell(cells, f.SIGNATURE))
        if self.plan.date_column is not None:
            return (Presence(self.row_date(cells), signed),)
        if self.plan.single is not None:
            return (Presence(self.plan.single, signed),)
        return tuple(
            Presence(day, True)
            for column, day in sorted(self.plan.columns.items(), key=lambda item: item[1])
            if column < len(cells) and is_signed(cells[column])
        )

    def row_date(self, cells: tuple[Cell, ...]) -> dt.date:
        """The day of a long layout's row: its date cell, else the sheet's day."""
        value = self.cell(cells, f.DATE)
        start, end = self.plan.start, self.plan.end
        assert start is not None and end is not None  # set with date_column
        if is_blank(value):
            if self.plan.single is None:
                raise BadValue(
                    problems.message(QT_TRANSLATE_NOOP("SheetImport", "No date on this row."))
                )
            return self.plan.single
        day = read_day(value, start, end)
        if day is None:
            raise BadValue(
                problems.message(
                    QT_TRANSLATE_NOOP("SheetImport", 'Date "{value}" not understood.'),
                    value=cell_text(value),
                )
            )
        if not start <= day <= end:
            raise BadValue(
                problems.message(
                    QT_TRANSLATE_NOOP(
                        "SheetImport", "Date {day} is outside the activity ({start} to {end})."
                    ),
                    day=day.isoformat(),
                    start=start.isoformat(),
                    end=end.isoformat(),
                )
            )
        return day


def _row_number(value: Cell) -> int | None:
    text = cell_text(value)
    return int(text) if text.isdigit() and len(text) <= 6 else None


def read_rows(
    grid: SheetGrid,
    layout: SheetLayout,
    plan: DayPlan,
    *,
    on: dt.date,
    phone_countries: tuple[str, ...],
    keep: frozenset[int] = frozenset(),
    progress: Progress | None = None,
) -> SheetContent:
    """Every data row below the header row. `on` is the date ages are counted at; `keep`: the
    row numbers the user says are persons although they look doubtful."""
    reader = _RowReader(layout, plan, on, phone_countries)
    sorter = RowSorter(layout)
    rows: list[SheetRow] = []
    skipped: list[SkippedRow] = []
    data = grid.rows[layout.data_start :]
    for offset, cells in enumerate(data):
        if progress is not None and offset % PROGRESS_STEP == 0:
            progress(offset, len(data))
        number = layout.data_start + offset + 1
        reason = sorter.reason(cells, keep=number in keep)
        if reason is not None:
            text = " · ".join(t for c in cells if (t := cell_text(c)))
            skipped.append(SkippedRow(grid.name, number, reason, text))
            continue
        if reader.skip(cells):
            continue
        rows.append(reader.read(grid.name, number, cells))
    if progress is not None:
        progress(len(data), len(data))
    return SheetContent(tuple(rows), tuple(skipped))
