"""A small project written down by hand, with the counts a careful person gets from it.

Project PAG (offices NE-NIA and ML-BKO), 2022:
- A1, training, 10-11 Oct, NE-NIA: Aminata (F, 1995) both days, Issa (M, 1980) day one, Fatou
  (F, no birth year) both days; Karim (M) expert both days (team: not counted).
- A2, workshop, 20 Nov, ML-BKO: Aminata again, Oumar (M, 2000); a head count of 10 with 4 women.
- A3, training, 5 Jul, NE-NIA: Moussa (M, 1990).
- A4, training, 1 Dec, NE-NIA, another project: Awa (F, 1999). Not counted.
- A5, training, 2 Dec, NE-NIA, PAG, cancelled. Not counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.activities.activities import cancel_activity, create_activity
from desktop_app.activities.attendance import check_in
from desktop_app.activities.headcounts import add_head_count
from desktop_app.indicators import frameworks
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Site
from tests.factories import activity_fields

D = dt.date


@dataclass(frozen=True)
class Sample:
    activities: dict[str, int]
    persons: dict[str, int]


def add_office(database: Database, code: str = "ML-BKO") -> None:
    with database.session() as session:
        session.add(Site(code=code, name="Bamako", country="ML", is_local=False))


def build(database: Database) -> Sample:
    add_office(database)
    persons = {
        name: create_person(
            database,
            PersonFields(family_name=family, given_names=name, sex=sex, birth_year=born),
        ).id
        for name, family, sex, born in (
            ("Aminata", "MAÏGA", "F", 1995),
            ("Issa", "ISSOUFOU", "M", 1980),
            ("Fatou", "DIALLO", "F", None),
            ("Karim", "TRAORÉ", "M", 1975),
            ("Oumar", "KEITA", "M", 2000),
            ("Moussa", "SANGARÉ", "M", 1990),
            ("Awa", "COULIBALY", "F", 1999),
        )
    }

    def activity(kind: str, start: D, end: D, office: str, project: str) -> int:
        return create_activity(
            database,
            activity_fields(
                title=f"{kind} {start}",
                kind=kind,
                start_date=start,
                end_date=end,
                office=office,
                project_code=project,
                country="ML" if office == "ML-BKO" else "NE",
                city="Bamako" if office == "ML-BKO" else "Niamey",
            ),
        ).id

    a1 = activity("training", D(2022, 10, 10), D(2022, 10, 11), "NE-NIA", "PAG")
    a2 = activity("workshop", D(2022, 11, 20), D(2022, 11, 20), "ML-BKO", "PAG")
    a3 = activity("training", D(2022, 7, 5), D(2022, 7, 5), "NE-NIA", "PAG")
    a4 = activity("training", D(2022, 12, 1), D(2022, 12, 1), "NE-NIA", "OTHER")
    a5 = activity("training", D(2022, 12, 2), D(2022, 12, 2), "NE-NIA", "PAG")
    p = persons
    for day in (D(2022, 10, 10), D(2022, 10, 11)):
        check_in(database, a1, p["Aminata"], day)
        check_in(database, a1, p["Fatou"], day)
        check_in(database, a1, p["Karim"], day, role="expert")
    check_in(database, a1, p["Issa"], D(2022, 10, 10))
    check_in(database, a2, p["Aminata"], D(2022, 11, 20))
    check_in(database, a2, p["Oumar"], D(2022, 11, 20))
    add_head_count(database, a2, total=10, women=4)
    check_in(database, a3, p["Moussa"], D(2022, 7, 5))
    check_in(database, a4, p["Awa"], D(2022, 12, 1))
    check_in(database, a5, p["Awa"], D(2022, 12, 2))
    cancel_activity(database, a5)
    return Sample({"A1": a1, "A2": a2, "A3": a3, "A4": a4, "A5": a5}, persons)


def framework(database: Database) -> None:
    """The project PAG and its indicators (the project itself was made from the activities'
    codes, or is added here)."""
    if not any(p.code == "PAG" for p in frameworks.list_projects(database)):
        frameworks.add_project(database, "PAG", "Gouvernance", offices=["NE-NIA", "ML-BKO"])
    frameworks.add_age_band_set(database, "UN", "15-24 / 25-34 / 35+", "15-24, 25-34, 35+")
    add = frameworks.add_indicator
    add(
        database,
        "PAG",
        "1.1",
        "Persons reached",
        "unique_persons",
        disaggregations=["sex", "age:UN", "office"],
    )
    add(
        database,
        "PAG",
        "1.2",
        "Persons trained",
        "unique_persons",
        filters={"kind": ["training"]},
        disaggregations=["sex"],
    )
    add(database, "PAG", "1.3", "Participations", "participations", disaggregations=["sex"])
    add(database, "PAG", "1.4", "Person-days", "person_days")
    add(database, "PAG", "1.5", "Activities held", "activities_held", disaggregations=["office"])
    add(database, "PAG", "1.6", "Share of women", "share_women")
    add(database, "PAG", "1.7", "Share of youth", "share_youth")
    frameworks.set_target(database, "PAG", "1.2", "2022", 8)
    frameworks.set_target(database, "PAG", "1.1", "2022Q4", 20)
    frameworks.set_target(database, "PAG", "1.1", "2022Q4", 5, office="NE-NIA")
