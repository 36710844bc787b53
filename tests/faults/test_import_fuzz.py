"""Property-based fuzzing of the HQ workbook import.

Random values and types in cells, missing and extra columns, shuffled rows: the import never
crashes (a clear RegistreError at worst, the database then unchanged), never imports a record
partially (what it reports adds up to the rows it read, and every row nobody touched arrives
exactly as it left), and what was imported, exported again, gives the same data back.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
import python_calamine
import xlsxwriter
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection

from desktop_app.messages import RegistreError
from desktop_app.records.field_rules import NAME_PART, clean_text
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, Attendance, HeadCount, Organisation, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.format import SHEETS
from desktop_app.sync.importing import import_workbooks
from desktop_app.sync.records import RECORD_TYPES, load_stored, to_second
from tests.faults.fault_builders import DAY, dump, integrity, site_copy
from tests.faults.test_cell_fuzz import hostile_text

_counter = itertools.count()
SLOW_EXAMPLES = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FUZZ = settings(SLOW_EXAMPLES, max_examples=25)

cell_values = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["=1+1", "+227", "-", "@x", "TRUE", "0012", " ", "F", "participant", "NE"]),
    st.integers(min_value=-(10**6), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    # Hostile cells (test_cell_fuzz.py has thousands of rows of them; here through real files).
    hostile_text,
    st.sampled_from(["1899-12-31", "2101-01-01", dt.date(1900, 1, 1), dt.date(2100, 12, 31)]),
    st.sampled_from([2**63, 2**31, -1, 1_000_001]),
)


def _fresh(template_db: Path, folder: Path, code: str) -> Database:
    return open_database(site_copy(template_db, folder / f"{code}-{next(_counter)}.db", code))


def _office(database: Database, names: list[str], births: list[int | None]) -> None:
    with database.session() as session:
        organisation = Organisation(name="Commission Défense et Sécurité", acronym="CDS")
        activity = Activity(
            title="Restitution",
            kind="restitution",
            start_date=DAY,
            end_date=DAY + dt.timedelta(days=1),
            country="NE",
            city="Niamey",
            partners=[organisation],
            notes="=1+2 reste",
        )
        session.add_all([organisation, activity])
        session.flush()
        for number, (name, birth) in enumerate(zip(names, births, strict=True)):
            person = Person(
                family_name=name,
                given_names="Awa" if number % 2 else "",
                sex=("F", "M", None)[number % 3],
                birth_year=birth,
                phone=f"+227{90000000 + number}" if number % 2 else None,
                position="-Chef" if number == 0 else None,
                organisation=organisation,
            )
            session.add(person)
            session.add(Attendance(activity_id=activity.id, person=person, day=DAY, signed=True))
        session.add(HeadCount(activity_id=activity.id, day=None, total=151, women=40, youth=None))


def _contents(database: Database) -> dict[str, dict[str, tuple[Any, ...]]]:
    with database.session() as session:
        connection: Connection = session.connection()
        return {
            record_type.name: {
                # Times travel to the second (sync_records.to_second).
                uuid: (
                    stored.travel._replace(changed_at=to_second(stored.travel.changed_at)),
                    stored.content,
                )
                for uuid, stored in load_stored(connection, record_type).items()
            }
            for record_type in RECORD_TYPES
        }


names_strategy = st.lists(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1)
    .map(clean_text)  # names are stored cleaned, as every service stores them
    .filter(lambda name: 0 < len(name) <= NAME_PART),  # and no longer than a service takes
    min_size=1,
    max_size=5,
)


@SLOW_EXAMPLES
@given(data=st.data())
def test_what_was_imported_exports_back_the_same(
    template_db: Path, tmp_path_factory: Any, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    names = data.draw(names_strategy, label="family names")
    births = data.draw(
        st.lists(st.none() | st.integers(1930, 2015), min_size=len(names), max_size=len(names))
    )
    office = _fresh(template_db, folder, "ML-BKO")
    hq = _fresh(template_db, folder, "HQ-GVA")
    third = _fresh(template_db, folder, "NE-NIA")
    try:
        _office(office, names, births)
        first = export_workbook(office, folder / "office.xlsx", full=True).path
        assert import_workbooks(hq, [first]).files[0].totals().invalid == 0
        assert _contents(hq) == _contents(office)
        again = export_workbook(hq, folder / "hq.xlsx", full=True).path
        import_workbooks(third, [again])
        assert _contents(third) == _contents(office)
    finally:
        for database in (office, hq, third):
            database.close()


def _read(path: Path) -> dict[str, list[list[Any]]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    finally:
        book.close()


def _write(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = xlsxwriter.Workbook(
        str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
    )
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.datetime | dt.date):
                    sheet.write_datetime(r, c, value, dates)
                elif isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif value is not None:
                    sheet.write(r, c, value)
    book.close()
    return path


@st.composite
def mutations(draw: st.DrawFn, sheets: dict[str, list[list[Any]]]) -> tuple[dict[str, Any], set]:
    """The workbook's sheets mutated, and the (sheet, uuid) of the rows left untouched."""
    record_sheets = [name for name in sheets if len(sheets[name]) > 1 and name in RECORD_SHEETS]
    mutated = {name: [list(row) for row in rows] for name, rows in sheets.items()}
    touched_sheets: set[str] = set()
    touched_rows: set[tuple[str, int]] = set()
    for name in draw(st.lists(st.sampled_from(record_sheets), max_size=3, unique=True)):
        rows = mutated[name]
        width = len(rows[0])
        action = draw(st.sampled_from(["cells", "drop", "extra", "cells"]))
        if action == "drop":
            column = draw(st.integers(0, width - 1))
            for row in rows:
                del row[column : column + 1]
            touched_sheets.add(name)
        elif action == "extra":
            header = draw(st.text(min_size=1, max_size=10))
            rows[0].append(header)
            for row in rows[1:]:
                row.append(draw(cell_values))
            # An unknown column is ignored: the rows stay untouched.
        else:
            for _ in range(draw(st.integers(1, 4))):
                r = draw(st.integers(1, len(rows) - 1))
                c = draw(st.integers(0, width - 1))
                rows[r][c] = draw(cell_values)
                touched_rows.add((name, r))
        body = rows[1:]
        order = draw(st.permutations(range(len(body))))
        mutated[name] = [rows[0], *(body[i] for i in order)]
        # Remember untouched rows by their ID cell (the first column) before shuffling.
        for r in range(1, len(rows)):
            if (name, r) in touched_rows:
                touched_rows.add((name, -1))
    untouched = {
        (name, str(row[0]))
        for name, rows in sheets.items()
        if name in RECORD_SHEETS and name not in touched_sheets
        for r, row in enumerate(rows[1:], start=1)
        if (name, r) not in touched_rows
    }
    return mutated, untouched


RECORD_SHEETS = {spec.name("en"): spec.type_name for spec in SHEETS}


@pytest.fixture(scope="module")
def original(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, list[list[Any]]], dict[str, dict[str, tuple[Any, ...]]]]:
    """An office's full export (its sheets as read back) and the office's records."""
    folder = tmp_path_factory.mktemp("office")
    office = _fresh(template_db, folder, "ML-BKO")
    try:
        _office(office, ["GUIDIMEY", "OUSMANE", "N'DIAYE", "TRAORÉ"], [1990, None, 2001, 1975])
        path = export_workbook(office, folder / "office.xlsx", full=True, language="en").path
        return _read(path), _contents(office)
    finally:
        office.close()


@FUZZ
@given(data=st.data())
def test_fuzzed_workbooks_never_crash_nor_import_partially(
    template_db: Path,
    tmp_path_factory: Any,
    original: tuple[dict[str, list[list[Any]]], dict[str, dict[str, tuple[Any, ...]]]],
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    workbook, source = original
    sheets, untouched = data.draw(mutations(workbook), label="mutation")
    fuzzed = _write(folder / "fuzzed.xlsx", sheets)
    hq = _fresh(template_db, folder, "HQ-GVA")
    before = dump(hq.path)
    try:
        try:
            result = import_workbooks(hq, [fuzzed])
        except RegistreError:
            event("refused whole")
            assert dump(hq.path) == before  # refused whole: nothing written
            return
        imported = _contents(hq)
    finally:
        hq.close()
    assert integrity(hq.path) == "ok"
    (summary,) = result.files
    event("imported, some rows invalid" if summary.totals().invalid else "imported")
    for spec, counts in zip(SHEETS, summary.types, strict=True):
        rows = [row for row in sheets[spec.name("en")][1:] if any(c not in (None, "") for c in row)]
        accounted = sum(
            getattr(counts, n)
            for n in ("new", "updated", "unchanged", "older", "conflicts", "invalid")
        )
        assert accounted == len(rows), spec.type_name
        assert len(imported[spec.type_name]) == counts.new
    for name, uuid in untouched:
        type_name = RECORD_SHEETS[name]
        if uuid in imported[type_name]:  # it may be refused for a reference to a broken row
            assert imported[type_name][uuid] == source[type_name][uuid]
