"""On generated data, report numbers equal the counting rules, and the breakdowns add up."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.activities.counting import PeriodFilter, activity_counts
from desktop_app.reports.data import activity_report, period_report
from desktop_app.store import open_database
from desktop_app.store.models import Activity, Attendance, HeadCount, Person
from tests.postgres.databases import copy_database

START = dt.date(2023, 1, 30)
ROLES = ("participant", "participant", "participant", "expert", "facilitator", "observer")
KINDS = ("workshop", "training", "meeting")
COUNTRIES = ("NE", "ML")

person_strategy = st.tuples(
    st.sampled_from(("F", "M", None)),
    st.one_of(st.none(), st.integers(1950, 2005)),
    st.sampled_from(("media", "fds", None)),
    st.sampled_from(("Tillabéri", "Zinder", None)),
)
activity_strategy = st.tuples(
    st.integers(0, 60),  # start offset in days
    st.integers(1, 3),  # number of days
    st.sampled_from(KINDS),
    st.sampled_from(COUNTRIES),
    st.one_of(st.none(), st.integers(1, 30)),  # whole-activity head count
)
data_strategy = st.tuples(
    st.lists(person_strategy, min_size=1, max_size=8),
    st.lists(activity_strategy, min_size=1, max_size=3),
    st.lists(
        st.tuples(st.integers(0, 7), st.integers(0, 3), st.integers(0, 2), st.sampled_from(ROLES)),
        max_size=40,
    ),
)

counter = itertools.count()


Data = tuple[list[tuple], list[tuple], list[tuple]]  # type: ignore[type-arg]


# What was written, read back without SQL: activity title -> (family name, day, role) rows.
Written = dict[str, list[tuple[str, dt.date, str]]]
TEAM = frozenset({"facilitator", "expert", "moderator", "speaker", "organiser", "interpreter"})


def _build(template: Path, folder: Path, data: Data) -> tuple[Path, Written]:
    persons, activities, attendance = data
    written: Written = {}
    path = copy_database(template, folder, f"generated-{next(counter)}")
    database = open_database(path)
    with database.session() as session:
        person_rows = [
            Person(family_name=f"P{i}", sex=s, birth_year=y, category=c, region=r)
            for i, (s, y, c, r) in enumerate(persons)
        ]
        activity_rows = []
        for number, (offset, days, kind, country, _head_count) in enumerate(activities):
            start = START + dt.timedelta(days=offset)
            activity = Activity(
                title=f"A{number}",
                kind=kind,
                start_date=start,
                end_date=start + dt.timedelta(days=days - 1),
                country=country,
                city="X",
            )
            activity_rows.append(activity)
        session.add_all(person_rows + activity_rows)
        session.flush()
        for activity, (*_, head_count) in zip(activity_rows, activities, strict=True):
            if head_count:
                session.add(
                    HeadCount(activity_id=activity.id, total=head_count, women=head_count // 2)
                )
        seen = set()
        for p, a, d, role in attendance:
            person = person_rows[p % len(person_rows)]
            activity = activity_rows[a % len(activity_rows)]
            days = (activity.end_date - activity.start_date).days + 1
            day = activity.start_date + dt.timedelta(days=d % days)
            if (person.id, activity.id, day) in seen:
                continue
            seen.add((person.id, activity.id, day))
            written.setdefault(activity.title, []).append((person.family_name, day, role))
            session.add(
                Attendance(activity_id=activity.id, person_id=person.id, day=day, role=role)
            )
    database.close()
    return path, written


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=data_strategy)
def test_reports_agree_with_counting_rules(template_db: Path, tmp_path: Path, data: Data) -> None:
    path, written = _build(template_db, tmp_path, data)
    regions = {f"P{i}": r or "" for i, (_s, _y, _c, r) in enumerate(data[0])}
    database = open_database(path)
    try:
        report = period_report(database, PeriodFilter())
        totals = report.totals
        for breakdown in (report.by_month, report.by_country, report.by_kind):
            assert sum(b.activities for b in breakdown) == totals.activities
            assert sum(b.participants for b in breakdown) == totals.participations
            assert sum(b.women for b in breakdown) == totals.women
            assert sum(b.youth for b in breakdown) == totals.youth
            assert sum(b.person_days for b in breakdown) == totals.person_days
        assert totals.women + totals.men + totals.sex_not_stated == totals.participations
        assert totals.unique_persons <= totals.participations
        assert sum(n for _, n in report.by_category) == totals.participations
        everyone = {
            name for rows in written.values() for name, _, role in rows if role == "participant"
        }
        assert totals.unique_named == len(everyone)
        for counts in report.activities:
            single = activity_report(database, counts.id)
            assert single.counts == activity_counts(database, counts.id)
            assert sum(day.total for day in single.by_day) == counts.person_days
            assert sum(n for _, n in single.by_region) == counts.named
            assert sum(n for _, n in single.by_category) == counts.participants
            assert len(single.team) == counts.team
            present = {n.family_name for n in single.names}
            assert len(present) == len(single.names)
            participants = [n for n in single.names if n.role == "participant"]
            assert len(participants) == counts.named
            women = sum(1 for n in participants if n.sex == "F")
            assert women + counts.head_counts.women == counts.women
            # The same figures counted in plain Python from the rows written.
            rows = written.get(counts.title, [])
            named = {name for name, _, role in rows if role == "participant"}
            for day in single.by_day:
                present = {n for n, d, role in rows if d == day.day and role == "participant"}
                assert day.named == len(present)
            team = {n for n, _, role in rows if role in TEAM} - named
            assert {m.family_name for m in single.team} == team
            assert {n.family_name: n.days_present for n in single.names} == {
                name: len({d for n, d, _ in rows if n == name}) for name, _, _ in rows
            }
            assert dict(single.by_region) == dict(Counter(regions[name] for name in named))
    finally:
        database.close()
