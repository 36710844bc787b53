"""Youth, not youth, age unknown and ages from a birth year only on random persons born around
the activity's start day and around the youth threshold: the SQL counts, the lists behind them
and the ages the lists show all agree with a reading by hand (docs/domain.md: exact age when the
date of birth is known, the year rule otherwise, the band when only a band is)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.activities import explain as ex
from desktop_app.activities.counting import activity_counts
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Person
from tests.activities.test_counting_properties import BANDS, _wipe, _young

THRESHOLDS = (18, 25, 30, 35)
# The day before a birthday, the birthday itself and the day after, and any other day.
NEAR = st.one_of(st.integers(-2, 2), st.integers(-200, 200))


@st.composite
def person(draw: st.DrawFn, start: dt.date) -> dict[str, Any]:
    """Someone aged one or two years either side of a threshold at `start`, known by a whole
    date of birth, a birth year, a band or nothing; in the team now and then."""
    kind = draw(st.sampled_from(["date", "date", "year", "band", "none"]))
    age = draw(st.sampled_from(THRESHOLDS)) + draw(st.integers(-2, 1))
    birthday = dt.date(start.year - age, start.month, min(start.day, 28))
    born = birthday + dt.timedelta(draw(NEAR))
    return {
        "birth_date": born if kind == "date" else None,
        "birth_year": born.year if kind in ("date", "year") else None,
        "age_band": draw(st.sampled_from(sorted(BANDS))) if kind == "band" else None,
        "role": draw(st.sampled_from(["participant"] * 4 + ["expert", "observer"])),
    }


@st.composite
def gatherings(draw: st.DrawFn) -> tuple[dt.date, list[dict[str, Any]]]:
    start = draw(st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31)))
    return start, draw(st.lists(person(start), min_size=1, max_size=10))


def _by_hand(start: dt.date, persons: list[dict[str, Any]], threshold: int) -> dict[str, int]:
    counts = dict.fromkeys(("youth", "not_youth", "age_unknown", "age_from_year_only"), 0)
    for known in persons:
        if known["role"] != "participant":
            continue
        young = _young(known, start, threshold)
        counts["age_unknown" if young is None else "youth" if young else "not_youth"] += 1
        counts["age_from_year_only"] += (
            known["birth_date"] is None and known["birth_year"] is not None
        )
    return counts


def _age_by_hand(known: dict[str, Any], start: dt.date) -> tuple[int | None, str]:
    born = known["birth_date"]
    if born is not None:
        return start.year - born.year - ((start.month, start.day) < (born.month, born.day)), "date"
    if known["birth_year"] is not None:
        return start.year - known["birth_year"], "year"
    return None, "band" if known["age_band"] else "unknown"


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(gathering=gatherings(), threshold=st.sampled_from(THRESHOLDS))
def test_ages_counted_listed_and_shown_as_by_hand(
    db: Database, gathering: tuple[dt.date, list[dict[str, Any]]], threshold: int
) -> None:
    start, persons = gathering
    _wipe(db)
    with db.session() as session:
        activity = Activity(
            title="Atelier", kind="workshop", start_date=start, end_date=start, country="NE",
            city="Niamey",
        )  # fmt: skip
        rows = [
            Person(
                family_name=f"P{i}",
                birth_date=p["birth_date"],
                birth_year=p["birth_year"],
                age_band=p["age_band"],
            )
            for i, p in enumerate(persons)
        ]
        session.add_all([activity, *rows])
        session.flush()
        for row, known in zip(rows, persons, strict=True):
            session.add(
                Attendance(activity_id=activity.id, person_id=row.id, day=start, role=known["role"])
            )
        activity_id, ids = activity.id, [row.id for row in rows]
    expected = _by_hand(start, persons, threshold)
    counts = activity_counts(db, activity_id, threshold)
    assert {field: getattr(counts, field) for field in expected} == expected
    by_id = dict(zip(ids, persons, strict=True))
    for field, number in expected.items():
        listed = ex.explain(db, field, activity_id=activity_id, youth_threshold=threshold)
        assert listed.total == number, field
        for shown in listed.persons:
            assert shown.age is not None
            assert (shown.age.years, shown.age.basis) == _age_by_hand(by_id[shown.person_id], start)
