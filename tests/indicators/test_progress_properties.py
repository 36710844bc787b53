"""On generated data, each indicator's actual equals the counting rules computed directly (the
reports' period counts, activities/counting.py), and each list behind a figure adds up to it."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.activities.counting import PeriodFilter, period_counts
from desktop_app.indicators import frameworks
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.progress import progress
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, Attendance, HeadCount, Person, Site
from tests.postgres.databases import copy_database

START = dt.date(2023, 1, 2)
ROLES = ("participant", "participant", "participant", "expert", "observer")
OFFICES = ("NE-NIA", "ML-BKO")

person_strategy = st.tuples(
    st.sampled_from(("F", "M", None)),
    st.one_of(st.none(), st.integers(1960, 2005)),
    st.sampled_from(("media", "fds", None)),
)
activity_strategy = st.tuples(
    st.integers(0, 170),  # start offset in days: the first two quarters of 2023
    st.integers(1, 3),  # days
    st.sampled_from(("workshop", "training")),
    st.sampled_from(OFFICES),
    st.sampled_from(("P", "P", "OTHER")),
    st.one_of(st.none(), st.integers(1, 12)),  # whole-activity head count
)
data_strategy = st.tuples(
    st.lists(person_strategy, min_size=1, max_size=6),
    st.lists(activity_strategy, min_size=1, max_size=4),
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 3), st.integers(0, 2), st.sampled_from(ROLES)),
        max_size=30,
    ),
)
counter = itertools.count()
MEASURES = ("unique_persons", "participations", "person_days", "activities_held")


def _build(template: Path, folder: Path, data: tuple) -> Path:  # type: ignore[type-arg]
    persons, activities, attendance = data
    path = copy_database(template, folder, f"indicators-{next(counter)}")
    database = open_database(path)
    with database.session() as session:
        session.add(Site(code="ML-BKO", name="Bamako", country="ML", is_local=False))
        people = [
            Person(family_name=f"P{i}", sex=s, birth_year=y, category=c)
            for i, (s, y, c) in enumerate(persons)
        ]
        rows = []
        for number, (offset, days, kind, office, project, _count) in enumerate(activities):
            start = START + dt.timedelta(days=offset)
            rows.append(
                Activity(
                    title=f"A{number}",
                    kind=kind,
                    start_date=start,
                    end_date=start + dt.timedelta(days=days - 1),
                    country="NE",
                    city="X",
                    office=office,
                    project_code=project,
                )
            )
        session.add_all(people + rows)
        session.flush()
        for activity, (*_, count) in zip(rows, activities, strict=True):
            if count:
                session.add(HeadCount(activity_id=activity.id, total=count, women=count // 3))
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
    _framework(database)
    database.close()
    return path


def _framework(database: Database) -> None:
    frameworks.add_project(database, "P", "Projet", offices=list(OFFICES))
    for measure in MEASURES:
        frameworks.add_indicator(
            database,
            "P",
            measure,
            measure,
            measure,
            disaggregations=["office"] if measure == "activities_held" else ["sex", "office"],
        )
        frameworks.add_indicator(
            database, "P", f"{measure}-training", measure, measure, filters={"kind": ["training"]}
        )
    frameworks.add_indicator(database, "P", "share_women", "w", "share_women")
    frameworks.add_indicator(database, "P", "share_youth", "y", "share_youth")
    frameworks.add_indicator(
        database, "P", "media", "m", "participations", filters={"category": ["media"]}
    )


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=data_strategy)
def test_actuals_are_the_counting_rules_and_lists_add_up(
    template_db: Path,
    tmp_path: Path,
    data: tuple,  # type: ignore[type-arg]
) -> None:
    database = open_database(_build(template_db, tmp_path, data))
    try:
        table = progress(database, "P", "2023", today=dt.date(2024, 1, 1))
        for period in table.periods[:2]:
            for office in (*OFFICES, None):
                for kind in (None, "training"):
                    totals = period_counts(
                        database,
                        PeriodFilter(
                            start=period.start,
                            end=period.end,
                            office=office,
                            kind=kind,
                            project_code="P",
                        ),
                    ).totals
                    suffix = "-training" if kind else ""
                    expected = {
                        "unique_persons": totals.unique_persons,
                        "participations": totals.participations,
                        "person_days": totals.person_days,
                        "activities_held": totals.activities,
                    }
                    for measure, number in expected.items():
                        cell = table.cell(measure + suffix, period.code, office)
                        assert cell.actual.value == number, (measure, kind, period, office)
                    if kind is None:
                        unique = table.cell("unique_persons", period.code, office).actual
                        assert unique.breakdown["sex"].get("F", 0) == totals.unique_women
                        assert unique.breakdown["sex"].get("M", 0) == totals.unique_men
                        assert (
                            unique.breakdown["sex"].get("unknown", 0)
                            == totals.unique_sex_not_stated
                        )
                        women = table.cell("share_women", period.code, office).actual
                        assert (women.numerator, women.denominator) == (
                            totals.unique_women,
                            totals.unique_persons,
                        )
                        youth = table.cell("share_youth", period.code, office).actual
                        assert (youth.numerator, youth.denominator) == (
                            totals.youth,
                            totals.participations,
                        )
                        media = table.cell("media", period.code, office).actual
                        assert media.value == dict(totals.by_category).get("media", 0)
        # Each list behind a figure adds up to it (a few figures: each list is a query).
        for code in ("unique_persons", "participations", "person_days", "activities_held"):
            cell = table.cell(code, table.periods[0].code, None)
            assert cell_list(database, "P", code, table.periods[0]).total == cell.actual.value
            for value, number in cell.actual.breakdown.get("sex", {}).items():
                listed = cell_list(database, "P", code, table.periods[0], value=("sex", value))
                assert listed.total == number
        women = table.cell("share_women", table.periods[1].code, "NE-NIA").actual
        listed = cell_list(database, "P", "share_women", table.periods[1], "NE-NIA", numerator=True)
        assert listed.total == women.numerator
    finally:
        database.close()
