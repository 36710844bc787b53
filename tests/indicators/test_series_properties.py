"""On generated data, persons who completed a series equal a count made directly from the
attendance rows, with and without a role filter, and the list behind each figure has as many
persons as the figure."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.indicators import frameworks
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.progress import progress
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, ActivityTag, Attendance, Person
from tests.postgres.databases import copy_database

START = dt.date(2023, 1, 2)
ROLES = ("participant", "participant", "facilitator", "observer")
PERCENTS = (50, 75, 100)
counter = itertools.count()

data_strategy = st.tuples(
    st.integers(1, 6),  # persons
    st.lists(
        st.tuples(
            st.integers(0, 80),  # start offset: the first quarter of 2023
            st.integers(1, 3),  # days
            st.sampled_from(("S", "s", None)),  # the series' tag, in two cases, or none
        ),
        min_size=1,
        max_size=4,
    ),
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 3), st.integers(0, 2), st.sampled_from(ROLES)),
        max_size=30,
    ),
)


def _build(template: Path, folder: Path, data: tuple) -> Path:  # type: ignore[type-arg]
    persons, activities, attendance = data
    path = copy_database(template, folder, f"series-{next(counter)}")
    database = open_database(path)
    with database.session() as session:
        people = [Person(family_name=f"P{i}", sex="F" if i % 2 else "M") for i in range(persons)]
        rows = []
        for number, (offset, days, tag) in enumerate(activities):
            start = START + dt.timedelta(days=offset)
            activity = Activity(
                title=f"A{number}",
                kind="training",
                start_date=start,
                end_date=start + dt.timedelta(days=days - 1),
                country="NE",
                city="X",
                office="NE-NIA",
                project_code="P",
            )
            if tag:
                activity.tags = [ActivityTag(key="s", tag=tag)]
            rows.append(activity)
        session.add_all(people + rows)
        session.flush()
        seen = set()
        for p, a, d, role in attendance:
            person, activity = people[p % len(people)], rows[a % len(rows)]
            day = activity.start_date + dt.timedelta(
                days=d % ((activity.end_date - activity.start_date).days + 1)
            )
            if (person.id, activity.id, day) not in seen:
                seen.add((person.id, activity.id, day))
                session.add(
                    Attendance(activity_id=activity.id, person_id=person.id, day=day, role=role)
                )
    frameworks.add_project(database, "P", "Projet", offices=["NE-NIA"])
    for percent in PERCENTS:
        for roles in ((), ("facilitator",), ("participant", "facilitator")):
            frameworks.add_indicator(
                database,
                "P",
                f"{percent}-{'+'.join(roles)}",
                "series",
                "series",
                filters={"tag": ["S"], "role": list(roles)},
                series_percent=percent,
            )
    database.close()
    return path


def _by_hand(database: Database, percent: int, roles: tuple[str, ...]) -> int:
    """Straight from the rows: the tagged activities' days, each person's days in the roles."""
    kept = set(roles or ("participant",))
    with database.session() as session:
        tagged = session.scalars(
            select(Activity).join(ActivityTag).where(ActivityTag.key == "s")
        ).all()
        days = sum((a.end_date - a.start_date).days + 1 for a in tagged)
        attended: Counter[int] = Counter(
            row.person_id
            for row in session.scalars(
                select(Attendance).where(Attendance.activity_id.in_([a.id for a in tagged]))
            )
            if row.role in kept
        )
    return sum(1 for n in attended.values() if n * 100 >= days * percent)


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=data_strategy)
def test_series_are_counted_as_by_hand_and_lists_match(
    template_db: Path,
    tmp_path: Path,
    data: tuple,  # type: ignore[type-arg]
) -> None:
    database = open_database(_build(template_db, tmp_path, data))
    try:
        table = progress(database, "P", "2023Q1", today=dt.date(2024, 1, 1))
        for indicator in table.indicators:
            roles = tuple(indicator.filters.get("role", ()))
            assert indicator.series_percent is not None
            cell = table.cell(indicator.code, "2023Q1", None)
            assert cell.actual.value == _by_hand(database, indicator.series_percent, roles)
            listed = cell_list(database, "P", indicator.code, "2023Q1")
            assert listed.explanation is not None
            assert len(listed.explanation.persons) == listed.total == cell.actual.value
            assert all(
                p.days_of is not None and p.days_present * 100 >= p.days_of * 50
                for p in listed.explanation.persons
            )
    finally:
        database.close()
