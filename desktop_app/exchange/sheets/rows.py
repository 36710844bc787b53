"""The data rows of a sheet read into persons and presences, each valid or invalid with reasons.

Skipped without a word: empty rows (a printed sheet numbers its blank lines), the header row
repeated on a new printed page. Skipped and counted: total rows ("Total", "Sous-total").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.exchange.sheets import fields as f
from desktop_app.exchange.sheets import problems
from desktop_app.exchange.sheets.dates import day_of_activity, names_one_day
from desktop_app.exchange.sheets.layout import SheetLayout
from desktop_app.exchange.sheets.reading import PROGRESS_STEP, Cell, Progress, SheetGrid
from desktop_app.exchange.sheets.values import (
    BadValue,
    cell_text,
    fix_name_pair,
    is_blank,
    is_signed,
    read_age,
    read_birth_year,
    read_category,
    read_email,
    read_phone,
    read_sex,
    split_full_name,
    strip_civility,
    text_or_none,
)
from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.services.person_rules import in_registry_style
from desktop_app.services.text import normalise

_TOTAL_WORDS = ("total", "sous total", "totaux", "ensemble", "effectif", "nombre de participants")


@dataclass(frozen=True)
class PersonData:
    """A person as the sheet describes them, values already clean."""

    family_name: str
    given_names: str = ""
    sex: str | None = None
    birth_year: int | None = None
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

    @property
    def valid(self) -> bool:
        return not self.reasons and self.person is not None


@dataclass(frozen=True)
class DayPlan:
    """The day of a one-day sheet, or the day of each day column."""

    single: dt.date | None = None
    columns: dict[int, dt.date] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetContent:
    rows: tuple[SheetRow, ...]
    total_rows_skipped: int


def plan_days(
    layout: SheetLayout, start: dt.date, end: dt.date, chosen: dt.date | None = None
) -> DayPlan:
    """Day columns give their own days; otherwise the chosen day, the day the sheet's name
    stands for ("Jour 2", "06-12-2022"), the one activity day written above the table, or the
    activity's only day."""

    def inside(what: str, day: dt.date) -> dt.date:
        if not start <= day <= end:
            raise problems.day_outside(what, day, start, end)
        return day

    day_columns = layout.columns_of(f.DAY)
    if day_columns:
        columns: dict[int, dt.date] = {}
        for column in day_columns:
            day = day_of_activity(layout.headers[column], start, end)
            if day is None:
                raise problems.day_column_unknown(layout.headers[column])
            columns[column] = inside(layout.headers[column], day)
        return DayPlan(columns=columns)
    if chosen is not None:
        return DayPlan(single=inside(chosen.isoformat(), chosen))
    from_name = day_of_activity(layout.sheet, start, end)
    if from_name is not None:
        return DayPlan(single=inside(layout.sheet, from_name))
    # "Date : 06/12/2022 (Jour 2/3)" above the table, as Registre's printed sheet writes it.
    written = {day_of_activity(text, start, end) for text in layout.above if names_one_day(text)}
    inside_days = {day for day in written if day is not None and start <= day <= end}
    if len(inside_days) == 1:
        return DayPlan(single=inside_days.pop())
    if start == end:
        return DayPlan(single=start)
    raise problems.day_needed(layout.sheet, start, end)


def is_total(cells: tuple[Cell, ...]) -> bool:
    """The first text of the row starts with "Total", "Sous-total", "Ensemble"…"""
    for cell in cells:
        if not isinstance(cell, str):
            continue  # numbers in the N° column or counts
        text = cell.strip().casefold().replace("-", " ")
        if text and not text.isdigit():
            return text.startswith(_TOTAL_WORDS)
    return False


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
        birth_year, age_band = None, None
        if not is_blank(self.cell(cells, f.BIRTH_YEAR)):
            birth_year = attempt(lambda: read_birth_year(self.cell(cells, f.BIRTH_YEAR), self.on))
        else:
            found = attempt(lambda: read_age(self.cell(cells, f.AGE), self.on))
            if isinstance(found, tuple):
                birth_year, age_band = found
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
        presences = self.presences(cells)
        if not presences and self.plan.columns:
            notes.append(
                problems.message(
                    QT_TRANSLATE_NOOP(
                        "SheetImport", "No day marked: added to the registry without attendance."
                    )
                )
            )
        person = PersonData(
            family_name=family,
            given_names=given,
            sex=sex if isinstance(sex, str) else None,
            birth_year=birth_year if isinstance(birth_year, int) else None,
            age_band=age_band if isinstance(age_band, str) else None,
            organisation=text_or_none(self.cell(cells, f.ORGANISATION)),
            position=text_or_none(self.cell(cells, f.POSITION)),
            category=category,
            region=text_or_none(self.cell(cells, f.REGION)),
            phone=phone if isinstance(phone, str) else None,
            email=email if isinstance(email, str) else None,
        )
        person, too_long = in_registry_style(person)  # the registry's text and name rules
        reasons.extend(too_long)
        return SheetRow(sheet, number, person, presences, tuple(reasons), tuple(notes))

    def presences(self, cells: tuple[Cell, ...]) -> tuple[Presence, ...]:
        if self.plan.single is not None:
            return (Presence(self.plan.single, is_signed(self.cell(cells, f.SIGNATURE))),)
        return tuple(
            Presence(day, True)
            for column, day in sorted(self.plan.columns.items(), key=lambda item: item[1])
            if column < len(cells) and is_signed(cells[column])
        )


def read_rows(
    grid: SheetGrid,
    layout: SheetLayout,
    plan: DayPlan,
    *,
    on: dt.date,
    phone_countries: tuple[str, ...],
    progress: Progress | None = None,
) -> SheetContent:
    """Every data row below the header row. `on` is the date ages are counted at."""
    reader = _RowReader(layout, plan, on, phone_countries)
    rows: list[SheetRow] = []
    totals = 0
    data = grid.rows[layout.data_start :]
    for offset, cells in enumerate(data):
        if progress is not None and offset % PROGRESS_STEP == 0:
            progress(offset, len(data))
        if reader.skip(cells):
            continue
        if is_total(cells):
            totals += 1
            continue
        rows.append(reader.read(grid.name, layout.data_start + offset + 1, cells))
    if progress is not None:
        progress(len(data), len(data))
    return SheetContent(tuple(rows), totals)
