"""Databases and workbooks for the fault tests, built through the services."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.activities import activities, attendance
from desktop_app.registry import persons
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, Attendance, HeadCount, Organisation, Person

DAY = dt.date(2026, 3, 2)


def site_copy(template_db: Path, path: Path, code: str = "HQ-GVA") -> Path:
    """A copy of the test template whose local site is `code`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_db, path)
    with sqlite3.connect(path) as raw:
        raw.execute(  # another site: another installation
            "UPDATE site SET code = ?, name = ?, country = 'CH', install_id = ?",
            (code, code, uuid.uuid4().hex),
        )
    raw.close()
    return path


def add_activity(database: Database, title: str = "Atelier", days: int = 2) -> int:
    return activities.create_activity(
        database,
        activities.ActivityFields(
            title=title,
            kind="workshop",
            start_date=DAY,
            end_date=DAY + dt.timedelta(days=days - 1),
            country="NE",
            city="Niamey",
        ),
    ).id


def add_persons(database: Database, count: int, prefix: str = "PERSON") -> list[int]:
    """`count` persons written in one transaction (quick), named PREFIX0, PREFIX1..."""
    with database.session() as session:
        people = [
            Person(
                family_name=f"{prefix}{number}",
                given_names="Awa",
                phone=f"+227{90000000 + number}",
                sex="F" if number % 2 else "M",
                birth_year=1970 + number % 40,
                search_text=f"{prefix.lower()}{number} awa",
            )
            for number in range(count)
        ]
        session.add_all(people)
        session.flush()
        return [person.id for person in people]


def check_in_all(database: Database, activity_id: int, person_ids: list[int]) -> None:
    for person_id in person_ids:
        attendance.check_in(database, activity_id, person_id, DAY)


def add_person(database: Database, family_name: str) -> int:
    return persons.create_person(database, persons.PersonFields(family_name=family_name)).id


def counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            model.__tablename__: session.scalar(
                select(func.count()).select_from(model).where(~model.deleted)
            )
            or 0
            for model in (Organisation, Activity, Person, Attendance, HeadCount)
        }


def dump(path: Path) -> str:
    """Every row of every table of the file, to prove that nothing changed."""
    with sqlite3.connect(path) as raw:
        text = "\n".join(raw.iterdump())
    raw.close()
    return text


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        verdict = raw.execute("PRAGMA integrity_check").fetchone()[0]
    raw.close()
    return str(verdict)


def reopen(path: Path) -> Database:
    return open_database(path)
