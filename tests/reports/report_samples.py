"""Small activities, persons and attendance written straight into a test database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, HeadCount, Organisation, Person

DAY1 = dt.date(2022, 12, 5)
DAYS = (DAY1, DAY1 + dt.timedelta(days=1), DAY1 + dt.timedelta(days=2))


@dataclass(frozen=True)
class Training:
    """The training of the `training` fixture: its id and its persons' ids by nickname."""

    activity_id: int
    persons: dict[str, int]


def add_activity(
    db: Database,
    *,
    title: str = "Atelier sur la gouvernance",
    kind: str = "workshop",
    start: dt.date = dt.date(2022, 12, 5),
    end: dt.date | None = None,
    country: str = "NE",
    city: str = "Niamey",
    venue: str | None = "Hôtel Gaweye",
    office: str | None = "NE-NIA",
    project_code: str | None = "SSG-22",
    status: str = "held",
    partner: str | None = None,
) -> int:
    with db.session() as session:
        activity = Activity(
            title=title,
            kind=kind,
            start_date=start,
            end_date=end or start,
            country=country,
            city=city,
            venue=venue,
            office=office,
            project_code=project_code,
            status=status,
        )
        if partner:
            activity.partners.append(Organisation(name=partner, acronym=partner[:4].upper()))
        session.add(activity)
        session.flush()
        return activity.id


def add_person(
    db: Database,
    family_name: str,
    given_names: str = "",
    *,
    sex: str | None = None,
    birth_year: int | None = None,
    birth_date: dt.date | None = None,
    age_band: str | None = None,
    category: str | None = None,
    region: str | None = None,
    organisation: str | None = None,
    position: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> int:
    with db.session() as session:
        person = Person(
            family_name=family_name,
            given_names=given_names,
            sex=sex,
            birth_year=birth_date.year if birth_date and birth_year is None else birth_year,
            birth_date=birth_date,
            age_band=age_band,
            category=category,
            region=region,
            position=position,
            phone=phone,
            email=email,
        )
        if organisation:
            person.organisation = Organisation(name=organisation)
        session.add(person)
        session.flush()
        return person.id


def attend(
    db: Database,
    activity_id: int,
    person_id: int,
    day: dt.date,
    role: str = "participant",
    signed: bool = False,
) -> None:
    with db.session() as session:
        session.add(
            Attendance(
                activity_id=activity_id, person_id=person_id, day=day, role=role, signed=signed
            )
        )


def add_head_count(
    db: Database,
    activity_id: int,
    total: int,
    *,
    day: dt.date | None = None,
    women: int | None = None,
    youth: int | None = None,
    note: str | None = None,
) -> None:
    with db.session() as session:
        session.add(
            HeadCount(
                activity_id=activity_id, day=day, total=total, women=women, youth=youth, note=note
            )
        )
