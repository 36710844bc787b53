"""Hostile cells in a partner's sign-in sheet: control characters and escape sequences, huge
strings, formulas, dates and years at the edges, wrong types. The sheet is refused with a
message, or each row is invalid with its reason or a person held to the registry's rules; and
the persons it brings, exported for HQ and imported there, arrive whole and come back the
same through HQ's own export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.messages import RegistreError
from desktop_app.records.field_rules import TEXT_LIMITS, has_control
from desktop_app.registry.name_style import family_style, given_style
from desktop_app.signin import SheetChoice, apply_preview, load_sheets, preview_sheets
from desktop_app.store import Database
from desktop_app.store.models import Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.faults.test_cell_fuzz import edge_dates, edge_numbers, hostile_text
from tests.sync.hq_builders import site_database

HEADER = ("N°", "Nom", "Prénoms", "Sexe", "Année de naissance", "Structure", "Fonction", "Contact")
DAY = dt.date(2022, 12, 5)
SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

names = st.one_of(
    st.sampled_from(["guidimey", "N'DIAYE", "ould abdallah", "Marie-Claire", "maïga"]),
    hostile_text,
)
cells = st.one_of(st.none(), hostile_text, edge_dates, edge_numbers)
rows = st.lists(st.tuples(names, names, cells, cells, cells, cells, cells), min_size=1, max_size=4)


def _sheet(path: Path, body: list[tuple[Any, ...]]) -> Path:
    book = xlsxwriter.Workbook(
        str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
    )
    sheet = book.add_worksheet("Liste")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    for c, text in enumerate(HEADER):
        sheet.write_string(0, c, text)
    for r, row in enumerate(body, start=1):
        sheet.write_number(r, 0, r)
        for c, value in enumerate(row, start=1):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, value, dates)
            elif isinstance(value, str):
                sheet.write_string(r, c, value)
            elif isinstance(value, bool):
                sheet.write_boolean(r, c, value)
            elif isinstance(value, int | float) and abs(value) < 1e300 and value == value:
                sheet.write_number(r, c, value)
    book.close()
    return path


def _activity(database: Database) -> int:
    fields = ActivityFields(
        title="Restitution", kind="restitution", start_date=DAY, country="NE", city="Niamey"
    )
    return create_activity(database, fields).id


@pytest.fixture(scope="module")
def office(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, int]:
    """One office for the previews: a preview writes nothing, so every example shares it."""
    database = site_database(template_db, tmp_path_factory.mktemp("office"), "NE-NIA")
    return database, _activity(database)


def _check_person(person: Any) -> None:
    limits = TEXT_LIMITS["person"]
    for key in ("family_name", "given_names", "position", "email"):
        value = getattr(person, key)
        if value is not None:
            assert not has_control(value) and "\x1b" not in value and "\t" not in value
            assert len(value) <= limits[key], key
    assert person.family_name == family_style(person.family_name)
    assert person.given_names == given_style(person.given_names)


@settings(SETTINGS, max_examples=60)
@given(body=rows)
def test_hostile_sheet_rows_are_refused_or_held_to_the_rules(
    office: tuple[Database, int], tmp_path_factory: pytest.TempPathFactory, body: Any
) -> None:
    database, activity_id = office
    path = _sheet(tmp_path_factory.mktemp("sheet") / "liste.xlsx", body)
    try:
        loaded = load_sheets(database, path)
        preview = preview_sheets(
            database, activity_id, [SheetChoice(grid, layout, DAY) for grid, layout in loaded]
        )
    except RegistreError as error:
        event("refused whole")
        assert str(error)
        return
    for row in preview.rows:
        if row.row.reasons:
            event("invalid row")
            assert all(reason.render() for reason in row.row.reasons)
        elif row.row.person is not None:
            event("person")
            _check_person(row.row.person)


def _persons(database: Database) -> set[tuple[Any, ...]]:
    with database.session() as session:
        return set(
            session.execute(
                select(
                    Person.uuid,
                    Person.family_name,
                    Person.given_names,
                    Person.sex,
                    Person.birth_year,
                    Person.position,
                    Person.phone,
                    Person.email,
                )
            ).all()
        )


@settings(SETTINGS, max_examples=12)
@given(body=rows)
def test_what_a_sheet_brings_reaches_hq_whole_and_comes_back_the_same(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory, body: Any
) -> None:
    folder = tmp_path_factory.mktemp("chain")
    office = site_database(template_db, folder / "office", "NE-NIA")
    hq = site_database(template_db, folder / "hq", "HQ-GVA")
    third = site_database(template_db, folder / "third", "ML-BKO")
    try:
        activity_id = _activity(office)
        try:
            loaded = load_sheets(office, _sheet(folder / "liste.xlsx", body))
            choices = [SheetChoice(grid, layout, DAY) for grid, layout in loaded]
            apply_preview(office, preview_sheets(office, activity_id, choices), skip_invalid=True)
        except RegistreError:
            event("refused whole")
            return
        sent = export_workbook(office, folder / "office.xlsx", language="fr")
        assert sent.unsent == ()  # nothing the sheet brought is left unsendable
        received = import_workbooks(hq, [sent.path])
        assert received.files[0].invalid_rows == ()
        assert _persons(hq) == _persons(office)
        again = export_workbook(hq, folder / "hq.xlsx", full=True, language="en")
        import_workbooks(third, [again.path])
        assert _persons(third) == _persons(office)
        event(f"{len(_persons(office))} persons")
    finally:
        for database in (office, hq, third):
            database.close()
