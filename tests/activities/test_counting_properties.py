"""The counting rules in SQL agree with a plain-Python reading of docs/domain.md on random data:
persons known by a whole date of birth (exact age), a birth year alone (the year rule), an age
band, or nothing."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from desktop_app.activities.counting import PeriodFilter, period_counts
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, AuditEntry, HeadCount, Person

ROLES = ("participant", "participant", "participant", "expert", "facilitator", "observer")
TEAM = {"facilitator", "expert", "moderator", "speaker", "organiser", "interpreter"}
BASE = dt.date(2022, 12, 1)
AGES_AROUND_THRESHOLDS = (16, 17, 18, 19, 24, 25, 26, 29, 30, 31, 34, 35, 36, 50)
# Bands as stored, with their limits read by hand (None: open-ended).
BANDS = {"18-29": (18, 29), "30-39": (30, 39), "15-35": (15, 35), "60+": (60, None)}
# A date of birth that makes someone one of these ages in 2022 is, at an activity of 2022 or
# 2023, either side of a threshold (18, 25, 30, 35), depending on the day: the year rule and
# the exact age disagree there.
AGES_AT_THRESHOLDS = (17, 18, 24, 25, 29, 30, 34, 35)
# Birthdays over the whole year, and often within days of the activities' first start (1 Dec):
# the day before, on and after a birthday must each be told apart.
BIRTHDAYS = st.one_of(st.integers(0, 364), st.integers(330, 338))


@st.composite
def births(draw: st.DrawFn) -> dict[str, Any]:
    """What is known of a person's age: a whole date of birth, a birth year, a band or nothing."""
    kind = draw(st.sampled_from(["date", "date", "date", "year", "year", "band", "none"]))
    ages = AGES_AT_THRESHOLDS if kind == "date" else AGES_AROUND_THRESHOLDS
    age = draw(st.sampled_from(ages))
    if kind == "date":
        born = dt.date(2022 - age, 1, 1) + dt.timedelta(draw(BIRTHDAYS))
        return {"birth_year": born.year, "birth_date": born, "age_band": None}
    if kind == "year":
        return {"birth_year": 2022 - age, "birth_date": None, "age_band": None}
    band = draw(st.sampled_from(sorted(BANDS))) if kind == "band" else None
    return {"birth_year": None, "birth_date": None, "age_band": band}


@dataclass(frozen=True)
class World:
    persons: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    attendance: list[dict[str, Any]]  # activity, person, day offset, role, deleted
    head_counts: list[dict[str, Any]]  # activity, day offset or None, total, women, youth


@st.composite
def worlds(draw: st.DrawFn) -> World:
    # Ages around every threshold tried, so that "below" is told from "at".
    persons = draw(
        st.lists(
            st.builds(
                lambda sex, birth: {"sex": sex, **birth},
                st.sampled_from(["F", "M", None]),
                births(),
            ),
            min_size=1,
            max_size=12,
        )
    )
    activities = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "start": st.integers(0, 400),
                    "days": st.integers(1, 3),
                    "status": st.sampled_from(["held", "held", "planned", "cancelled"]),
                    "deleted": st.sampled_from([False, False, False, True]),
                }
            ),
            min_size=1,
            max_size=4,
        )
    )
    attendance: dict[tuple[int, int, int], dict[str, Any]] = {}
    for row in draw(
        st.lists(
            st.tuples(
                st.integers(0, len(activities) - 1),
                st.integers(0, len(persons) - 1),
                st.integers(0, 2),
                st.sampled_from(ROLES),
                st.sampled_from([False, False, False, True]),
            ),
            max_size=40,
        )
    ):
        activity, person, day, role, deleted = row
        day = day % activities[activity]["days"]
        attendance[(activity, person, day)] = {"role": role, "deleted": deleted}
    head_counts = []
    for activity, day, total, women_share, youth_share in draw(
        st.lists(
            st.tuples(
                st.integers(0, len(activities) - 1),
                st.one_of(st.none(), st.integers(0, 2)),
                st.integers(0, 200),
                st.one_of(st.none(), st.floats(0, 1)),
                st.one_of(st.none(), st.floats(0, 1)),
            ),
            max_size=4,
        )
    ):
        head_counts.append(
            {
                "activity": activity,
                "day": None if day is None else day % activities[activity]["days"],
                "total": total,
                "women": None if women_share is None else int(total * women_share),
                "youth": None if youth_share is None else int(total * youth_share),
            }
        )
    rows = [
        {"activity": a, "person": p, "day": d, **values} for (a, p, d), values in attendance.items()
    ]
    return World(persons, activities, rows, head_counts)


def _store(database: Database, world: World) -> list[int]:
    with database.session() as session:
        persons = [
            Person(
                family_name=f"P{i}",
                sex=p["sex"],
                birth_year=p["birth_year"],
                birth_date=p["birth_date"],
                age_band=p["age_band"],
            )
            for i, p in enumerate(world.persons)
        ]
        activities = [
            Activity(
                title=f"A{i}",
                kind="workshop",
                status=a["status"],
                deleted=a["deleted"],
                start_date=BASE + dt.timedelta(a["start"]),
                end_date=BASE + dt.timedelta(a["start"] + a["days"] - 1),
                country="NE",
                city="Niamey",
            )
            for i, a in enumerate(world.activities)
        ]
        session.add_all(persons + activities)
        session.flush()
        for row in world.attendance:
            activity = activities[row["activity"]]
            session.add(
                Attendance(
                    activity_id=activity.id,
                    person_id=persons[row["person"]].id,
                    day=activity.start_date + dt.timedelta(row["day"]),
                    role=row["role"],
                    deleted=row["deleted"],
                )
            )
        for head in world.head_counts:
            activity = activities[head["activity"]]
            day = head["day"]
            session.add(
                HeadCount(
                    activity_id=activity.id,
                    day=None if day is None else activity.start_date + dt.timedelta(day),
                    total=head["total"],
                    women=head["women"],
                    youth=head["youth"],
                )
            )
    return [a.id for a in activities]


def _unnamed(heads: list[dict[str, Any]], days: int) -> dict[str, int]:
    whole = [h for h in heads if h["day"] is None]
    by_day: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for head in heads:
        if head["day"] is not None:
            by_day[head["day"]].append(head)
    if whole:
        chosen, person_days = whole, sum(h["total"] for h in whole) * days
    elif by_day:
        # Largest day by total; ties go to the first day reached, as `max` does.
        chosen = max(by_day.values(), key=lambda rows: sum(h["total"] for h in rows))
        person_days = sum(h["total"] for h in heads)
    else:
        return defaultdict(int)
    result: dict[str, int] = defaultdict(int)
    result["person_days"] = person_days
    for head in chosen:
        result["total"] += head["total"]
        if head["women"] is None:
            result["sex_not_stated"] += head["total"]
        else:
            result["women"] += head["women"]
            result["men"] += head["total"] - head["women"]
        if head["youth"] is None:
            result["age_unknown"] += head["total"]
        else:
            result["youth"] += head["youth"]
            result["not_youth"] += head["total"] - head["youth"]
    return result


def _young(person: dict[str, Any], start: dt.date, threshold: int) -> bool | None:
    """docs/domain.md's youth, worked out by hand: the exact age from a date of birth (a year older
    on the birthday), start year minus birth year from a year alone, else the band."""
    born = person["birth_date"]
    if born is not None:
        age = start.year - born.year - ((start.month, start.day) < (born.month, born.day))
        return age < threshold
    if person["birth_year"] is not None:
        return start.year - person["birth_year"] < threshold
    if person["age_band"] is None:
        return None
    lower, upper = BANDS[person["age_band"]]
    if upper is not None and upper < threshold:
        return True
    return False if lower >= threshold else None


def _expected(world: World, threshold: int) -> tuple[dict[int, dict[str, int]], dict[str, int]]:
    per_activity: dict[int, dict[str, int]] = {}
    unique: set[int] = set()
    for index, activity in enumerate(world.activities):
        if activity["deleted"] or activity["status"] == "cancelled":
            continue
        rows = [r for r in world.attendance if r["activity"] == index and not r["deleted"]]
        roles: dict[int, set[str]] = defaultdict(set)
        participant_days: dict[int, set[int]] = defaultdict(set)
        for row in rows:
            roles[row["person"]].add(row["role"])
            if row["role"] == "participant":
                participant_days[row["person"]].add(row["day"])
        participants = [p for p, held in roles.items() if "participant" in held]
        unique.update(participants)
        start = BASE + dt.timedelta(activity["start"])
        counts: dict[str, int] = defaultdict(int)
        for person in participants:
            known = world.persons[person]
            sex = known["sex"]
            counts["women" if sex == "F" else "men" if sex == "M" else "sex_not_stated"] += 1
            young = _young(known, start, threshold)
            counts["age_unknown" if young is None else "youth" if young else "not_youth"] += 1
            if known["birth_date"] is None and known["birth_year"] is not None:
                counts["age_from_year_only"] += 1
            counts["person_days"] += len(participant_days[person])
            # Completion: present the default share of the days, 80 % (docs/domain.md).
            counts["completion"] += len(participant_days[person]) * 100 >= activity["days"] * 80
        counts["team"] = sum(
            1 for held in roles.values() if held & TEAM and "participant" not in held
        )
        heads = [h for h in world.head_counts if h["activity"] == index]
        extra = _unnamed(heads, activity["days"])
        counts["participants"] = len(participants) + extra["total"]
        for key in ("women", "men", "sex_not_stated", "youth", "not_youth", "age_unknown"):
            counts[key] += extra[key]
        counts["person_days"] += extra["person_days"]
        counts["unnamed"] = extra["total"]
        per_activity[index] = dict(counts)
    totals = {
        key: sum(c.get(key, 0) for c in per_activity.values())
        for key in (
            "participants",
            "women",
            "men",
            "sex_not_stated",
            "youth",
            "not_youth",
            "age_unknown",
            "age_from_year_only",
            "person_days",
            "team",
            "completion",
        )
    }
    totals["unique_persons"] = len(unique) + sum(c["unnamed"] for c in per_activity.values())
    return per_activity, totals


COMPARED = (
    "participants",
    "women",
    "men",
    "sex_not_stated",
    "youth",
    "not_youth",
    "age_unknown",
    "age_from_year_only",
    "person_days",
    "team",
    "completion",
)


def _wipe(database: Database) -> None:
    with database.session() as session:
        for model in (Attendance, HeadCount, Activity, Person, AuditEntry):
            session.execute(delete(model))


# One database for the whole test, emptied before each example: opening a fresh file per
# example (migration check, vocabularies) would cost more than the example itself.
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(world=worlds(), threshold=st.sampled_from([18, 25, 30, 35]))
def test_sql_counts_match_plain_python(db: Database, world: World, threshold: int) -> None:
    _wipe(db)
    activity_ids = _store(db, world)
    report = period_counts(db, PeriodFilter(youth_threshold=threshold))
    expected, totals = _expected(world, threshold)
    got = {activity_ids.index(a.id): a for a in report.activities}
    assert set(got) == set(expected)
    for index, counts in expected.items():
        activity = got[index]
        assert {k: getattr(activity, k) for k in COMPARED} == {
            k: counts.get(k, 0) for k in COMPARED
        }
        assert activity.participants == activity.women + activity.men + activity.sex_not_stated
        assert activity.participants == activity.youth + activity.not_youth + activity.age_unknown
    assert {k: getattr(report.totals, k) for k in (*COMPARED, "unique_persons")} == totals
