"""Office databases with a few records, for the HQ sync tests."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine
import xlsxwriter
from sqlalchemy import func, select

from desktop_app.store import Database, open_database
from desktop_app.store.models import (
    Activity,
    Attendance,
    HeadCount,
    Organisation,
    Person,
    Site,
    SyncConflict,
    every_table,
    new_uuid,
)
from desktop_app.sync.records import RECORD_TYPES, load_stored
from tests.postgres.databases import copy_database

SITES = {
    "NE-NIA": ("Niamey", "NE"),
    "ML-BKO": ("Bamako", "ML"),
    "HQ-GVA": ("Genève", "CH"),
}


def site_database(template_db: Path, folder: Path, code: str) -> Database:
    """A migrated database whose local site is `code` (copied from the test template)."""
    database = open_database(copy_database(template_db, folder, code))
    name, country = SITES[code]
    with database.session() as session:
        site = session.scalars(select(Site)).one()
        site.code, site.name, site.country = code, name, country
        site.install_id = new_uuid()  # another office: another installation
    database.refresh_site()
    return database


def add_sample(database: Database, prefix: str = "", people: int = 3) -> dict[str, Any]:
    """An organisation, an activity with it as partner, `people` persons present on two days
    and a head count. Returns the records' uuids."""
    with database.session() as session:
        org = Organisation(name=f"{prefix}Commission Défense et Sécurité", acronym="CDS")
        activity = Activity(
            title=f"{prefix}Restitution de l'évaluation",
            kind="restitution",
            start_date=dt.date(2022, 12, 5),
            end_date=dt.date(2022, 12, 6),
            country="NE",
            city="Niamey",
            partners=[org],
        )
        persons = [
            Person(
                family_name=f"{prefix}NOM{i}",
                given_names=f"Prénom {i}",
                sex="F" if i % 2 == 0 else "M",
                birth_year=1990 + i % 30,  # plausible however many: 1990 to 2019
                phone=f"+227 90 12 34 {i:02d}",
                organisation=org,
                category="fds",
            )
            for i in range(people)
        ]
        session.add_all([org, activity, *persons])
        session.flush()
        for person in persons:
            for day in (dt.date(2022, 12, 5), dt.date(2022, 12, 6)):
                session.add(Attendance(activity_id=activity.id, person_id=person.id, day=day))
        session.add(HeadCount(activity_id=activity.id, total=40, women=12, youth=9))
        session.flush()
        return {
            "organisation": org.uuid,
            "activity": activity.uuid,
            "persons": [p.uuid for p in persons],
        }


def edit_person(database: Database, uuid: str, **values: Any) -> None:
    with database.session() as session:
        person = session.scalars(select(Person).where(Person.uuid == uuid)).one()
        for key, value in values.items():
            setattr(person, key, value)


def person(database: Database, uuid: str) -> Person:
    with database.session() as session:
        return session.scalars(select(Person).where(Person.uuid == uuid)).one()


def counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Organisation, Activity, Person, Attendance, HeadCount, SyncConflict)
        }


def dump(database: Database) -> bytes:
    """Every row of every table, to prove that nothing changed (on either engine)."""
    lines = []
    with database.engine.connect() as connection:
        for table in every_table().sorted_tables:
            order = list(table.primary_key.columns) or list(table.c)
            for row in connection.execute(select(table).order_by(*order)):
                lines.append(f"{table.name} {tuple(row)!r}")
    return "\n".join(lines).encode()


def totals(summary: Any) -> dict[str, int]:
    total = summary.totals()
    return {
        name: getattr(total, name)
        for name in ("new", "updated", "unchanged", "older", "conflicts", "invalid")
    }


# Workbooks changed on the way, as a person or another program might.

SHEET_PARTS = {  # xlsxwriter numbers the sheets in the order the export adds them
    "readme": "xl/worksheets/sheet1.xml",
    "manifest": "xl/worksheets/sheet2.xml",
    "organisation": "xl/worksheets/sheet3.xml",
    "activity": "xl/worksheets/sheet4.xml",
    "person": "xl/worksheets/sheet5.xml",
    "attendance": "xl/worksheets/sheet6.xml",
    "head_count": "xl/worksheets/sheet7.xml",
}


def edit_part(path: Path, out: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of the workbook with one XML part changed byte-wise."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            copy.writestr(info, change(data) if info.filename == part else data)
    return out


@dataclass(frozen=True)
class Formula:
    text: str
    value: Any


def rewrite(path: Path, out: Path, change: Callable[[str, list[list[Any]]], None]) -> Path:
    """A copy of the workbook re-written cell by cell, after `change(sheet, rows)` edited the
    rows in place (a Formula cell is written as a formula with its cached value)."""
    source = python_calamine.CalamineWorkbook.from_path(str(path))
    book = xlsxwriter.Workbook(
        str(out), {"strings_to_formulas": False, "strings_to_numbers": False}
    )
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    for name in source.sheet_names:
        rows = source.get_sheet_by_name(name).to_python()
        change(name, rows)
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, Formula):
                    sheet.write_formula(r, c, value.text, None, value.value)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, value, date_format)
                elif isinstance(value, str):
                    sheet.write_string(r, c, value)
                else:
                    sheet.write(r, c, value)
    source.close()
    book.close()
    return out


def column(rows: list[list[Any]], header: str) -> int:
    return rows[0].index(header)


def travelling(database: Database) -> dict[str, dict[str, Any]]:
    """Every travelling record by uuid, references as uuids (local ids follow insert order)."""
    with database.engine.connect() as connection:
        return {
            record_type.name: {
                uuid: (stored.revision, stored.synced_revision, stored.travel, stored.content)
                for uuid, stored in load_stored(connection, record_type).items()
            }
            for record_type in RECORD_TYPES
        }
