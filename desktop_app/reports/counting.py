"""The counting rules every report uses (DOMAIN.md), aggregated in SQL.

Definitions (docs/services.md has the full text):
- participants: distinct persons with the role participant on at least one day, plus the unnamed
  attendees of head counts (rule in desktop_app/services/headcounts.py);
- team: distinct persons with a facilitation role (facilitator, expert, moderator, speaker,
  organiser, interpreter) and never the role participant; observers count in neither;
- women / men / sex not stated: participants by sex (head counts: see headcounts.py);
- youth / not youth / age unknown: age at the activity's start (start year - birth year) below the
  threshold (default 30), see desktop_app/services/ages.py;
- person-days: for each day, the participants present that day, summed;
- completion: named participants present on every calendar day of the activity.
Attendance that is deleted, or of a deleted person, is not counted. Period reports leave out
cancelled and deleted activities; unique persons (each person once) and participations (person x
activity) are kept apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from desktop_app.services.ages import DEFAULT_YOUTH_THRESHOLD, youth_sql_for_year
from desktop_app.services.headcounts import Unnamed, head_counts_by_activity, unnamed
from desktop_app.services.page_cache import use_large_page_cache
from desktop_app.services.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Person
from desktop_app.store.sql_dialect import days_between, year_of
from desktop_app.store.vocabulary import team_roles


@dataclass(frozen=True)
class ActivityCounts:
    """The counts of one activity. `participants` = `named` + `unnamed`."""

    id: int
    title: str
    kind: str
    status: str
    start_date: dt.date
    end_date: dt.date
    country: str
    city: str
    office: str | None
    project_code: str | None
    day_count: int
    participants: int
    women: int
    men: int
    sex_not_stated: int
    youth: int
    not_youth: int
    age_unknown: int
    person_days: int
    team: int
    completion: int  # named participants present on every day
    named: int
    unnamed: int
    # What head counts added (total, women, men, youth...): part of the figures above.
    head_counts: Unnamed = field(default_factory=Unnamed)
    # Named participants by category code (None: not stated), largest first.
    by_category: tuple[tuple[str | None, int], ...] = ()
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD

    @property
    def youth_share(self) -> float | None:
        """Youth / participants, None when there are no participants."""
        return self.youth / self.participants if self.participants else None


@dataclass(frozen=True)
class PeriodFilter:
    """Activities whose start date lies in [start, end] (either open), narrowed by the rest."""

    start: dt.date | None = None
    end: dt.date | None = None
    country: str | None = None
    office: str | None = None
    kind: str | None = None
    project_code: str | None = None
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD


@dataclass(frozen=True)
class PeriodTotals:
    """Totals over a period.

    Sums over activities (each person once per activity: participations): `participants`
    (= `participations`), `women`, `men`, `sex_not_stated`, `youth`, `not_youth`, `age_unknown`,
    `person_days`, `team`, `completion`.
    Each person once however many activities: `unique_persons` (= `unique_named` + `unnamed`,
    head-count attendees cannot be told apart so each counts once per activity), `unique_women`,
    `unique_men`, `unique_sex_not_stated` (named persons only, plus head counts' stated sexes).
    """

    activities: int = 0
    participants: int = 0
    women: int = 0
    men: int = 0
    sex_not_stated: int = 0
    youth: int = 0
    not_youth: int = 0
    age_unknown: int = 0
    person_days: int = 0
    team: int = 0
    completion: int = 0
    unnamed: int = 0
    unique_named: int = 0
    unique_persons: int = 0
    unique_women: int = 0
    unique_men: int = 0
    unique_sex_not_stated: int = 0
    by_category: tuple[tuple[str | None, int], ...] = ()

    @property
    def participations(self) -> int:
        return self.participants


@dataclass(frozen=True)
class PeriodCounts:
    filter: PeriodFilter
    activities: tuple[ActivityCounts, ...]
    totals: PeriodTotals = field(default_factory=PeriodTotals)


def activity_counts(
    database: Database, activity_id: int, youth_threshold: int = DEFAULT_YOUTH_THRESHOLD
) -> ActivityCounts:
    """The counts of one activity, whatever its status (NotFound when the id does not exist)."""
    with database.session() as session:
        ids = select(Activity.id).where(Activity.id == activity_id)
        counts, _unique = _counts(session, ids, youth_threshold)
    if not counts:
        raise not_found("activity", activity_id)
    return counts[0]


def counts_for_activities(
    database: Database, activity_ids: Iterable[int], youth_threshold: int = DEFAULT_YOUTH_THRESHOLD
) -> list[ActivityCounts]:
    """The counts of the given activities (any status), by start date."""
    with database.session() as session:
        ids = select(Activity.id).where(Activity.id.in_(list(activity_ids)))
        return _counts(session, ids, youth_threshold)[0]


def reported_activity_ids(period: PeriodFilter) -> Select[Any]:
    """The activities a period report covers: live, not cancelled, matching the filter."""
    statement = select(Activity.id).where(~Activity.deleted, Activity.status != "cancelled")
    if period.start is not None:
        statement = statement.where(Activity.start_date >= period.start)
    if period.end is not None:
        statement = statement.where(Activity.start_date <= period.end)
    for column, value in (
        (Activity.country, period.country.upper() if period.country else None),
        (Activity.office, period.office),
        (Activity.kind, period.kind),
        (Activity.project_code, period.project_code),
    ):
        if value:
            statement = statement.where(column == value)
    return statement


def period_counts(database: Database, period: PeriodFilter | None = None) -> PeriodCounts:
    """Each activity of the period, and the totals with unique persons and participations."""
    period = period or PeriodFilter()
    ids = reported_activity_ids(period)
    with database.session() as session:
        activities, unique = _counts(session, ids, period.youth_threshold, with_unique=True)
    return PeriodCounts(period, tuple(activities), _totals(activities, unique))


def _participant_groups(ids: Select[Any]) -> Any:
    """One row per (activity, person) attending, with the days spent as a participant."""
    participant = Attendance.role == "participant"
    return (
        select(
            Attendance.activity_id,
            Attendance.person_id,
            func.max(case((participant, 1), else_=0)).label("is_participant"),
            func.max(case((Attendance.role.in_(sorted(team_roles())), 1), else_=0)).label(
                "is_team"
            ),
            func.sum(case((participant, 1), else_=0)).label("participant_days"),
        )
        .where(~Attendance.deleted, Attendance.activity_id.in_(ids))
        .group_by(Attendance.activity_id, Attendance.person_id)
        .cte("participant_groups")
    )


def _counts(
    session: Session, ids: Select[Any], youth_threshold: int, *, with_unique: bool = False
) -> tuple[list[ActivityCounts], Counter[str]]:
    """The counts of each activity and, when asked, the distinct named participants by sex.

    Both come from one statement so that attendance is grouped once (the costly part).
    """
    use_large_page_cache(session)
    groups = _participant_groups(ids)
    # Worked out once per activity, not once per person (julianday is costly at 150,000 rows).
    facts = (
        select(
            Activity.id.label("id"),
            year_of(Activity.start_date).label("start_year"),
            (days_between(Activity.end_date, Activity.start_date) + 1).label("day_count"),
        )
        .where(Activity.id.in_(ids))
        .cte("activity_facts")
        .prefix_with("MATERIALIZED")
    )
    youth = youth_sql_for_year(
        Person.birth_year, Person.age_band, facts.c.start_year, youth_threshold
    )
    day_count = facts.c.day_count
    participant = groups.c.is_participant == 1

    def participants_where(*conditions: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.sum(case((and_(participant, *conditions), 1), else_=0))

    # Grouping keys rather than sums for category and youth: SQLite then works the youth rule
    # out once per person. One row per activity x category x youth: a few per activity.
    category = case((participant, Person.category), else_=None).label("category")
    young = case((participant, youth), else_=None).label("young")
    by_activity = (
        select(
            groups.c.activity_id,
            category,
            young,
            func.sum(groups.c.is_participant),
            participants_where(Person.sex == "F"),
            participants_where(Person.sex == "M"),
            func.sum(case((participant, groups.c.participant_days), else_=0)),
            participants_where(groups.c.participant_days >= day_count),
            func.sum(case((and_(~participant, groups.c.is_team == 1), 1), else_=0)),
        )
        .join(Person, Person.id == groups.c.person_id)
        .join(facts, facts.c.id == groups.c.activity_id)
        .where(~Person.deleted)
        .group_by(groups.c.activity_id, category, young)
    )
    statement: Any = by_activity
    if with_unique:
        # Rows with no activity: distinct named participants over all activities, by sex.
        participants = select(groups.c.person_id).where(participant)
        by_sex = (  # a scan of persons against the set of ids beats a lookup per id
            select(null(), Person.sex, null(), func.count(), *[null()] * 5)
            .where(~Person.deleted, Person.id.in_(participants))
            .group_by(Person.sex)
        )
        statement = union_all(by_activity, by_sex)
    unique: Counter[str] = Counter()
    tallies: dict[int, _Tally] = {}
    for row in session.execute(statement):
        activity_id, code, is_young, named, women, men, days, done, team = row
        if activity_id is None:
            unique[_sex_key(code)] += named
            continue
        tally = tallies.get(activity_id)
        if tally is None:
            tally = tallies[activity_id] = _Tally()
        tally.team += team
        if not named:
            continue
        tally.named += named
        tally.women += women
        tally.men += men
        if is_young == 1:
            tally.youth += named
        elif is_young == 0:
            tally.not_youth += named
        tally.person_days += int(days)  # PostgreSQL sums these sums as numeric (Decimal)
        tally.completion += done
        tally.categories[code] = tally.categories.get(code, 0) + named
    head_counts = head_counts_by_activity(session, ids)
    activities = session.scalars(
        select(Activity).where(Activity.id.in_(ids)).order_by(Activity.start_date, Activity.id)
    )
    result = []
    for activity in activities:
        tally = tallies.get(activity.id) or _Tally()
        days = (activity.end_date - activity.start_date).days + 1
        extra = unnamed(head_counts.get(activity.id, ()), days)
        result.append(
            ActivityCounts(
                id=activity.id,
                title=activity.title,
                kind=activity.kind,
                status=activity.status,
                start_date=activity.start_date,
                end_date=activity.end_date,
                country=activity.country,
                city=activity.city,
                office=activity.office,
                project_code=activity.project_code,
                day_count=days,
                participants=tally.named + extra.total,
                women=tally.women + extra.women,
                men=tally.men + extra.men,
                sex_not_stated=tally.named - tally.women - tally.men + extra.sex_not_stated,
                youth=tally.youth + extra.youth,
                not_youth=tally.not_youth + extra.not_youth,
                age_unknown=tally.named - tally.youth - tally.not_youth + extra.age_unknown,
                person_days=tally.person_days + extra.person_days,
                team=tally.team,
                completion=tally.completion,
                named=tally.named,
                unnamed=extra.total,
                head_counts=extra,
                by_category=_largest_first(tally.categories),
                youth_threshold=youth_threshold,
            )
        )
    return result, unique


@dataclass(slots=True)
class _Tally:
    """Named attendance of one activity while the grouped rows are read."""

    named: int = 0
    women: int = 0
    men: int = 0
    youth: int = 0
    not_youth: int = 0
    person_days: int = 0
    completion: int = 0
    team: int = 0
    categories: dict[str | None, int] = field(default_factory=dict)


def _largest_first(counter: Mapping[str | None, int]) -> tuple[tuple[str | None, int], ...]:
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0] or "")))


def _sex_key(sex: str | None) -> str:
    return "women" if sex == "F" else "men" if sex == "M" else "sex_not_stated"


def _totals(activities: list[ActivityCounts], unique: Counter[str]) -> PeriodTotals:
    def total(name: str) -> int:
        return sum(int(getattr(a, name)) for a in activities)

    categories: Counter[str | None] = Counter()
    for activity in activities:
        for code, n in activity.by_category:
            categories[code] += n
    unnamed_total = total("unnamed")
    unique_named = sum(unique.values())
    return PeriodTotals(
        activities=len(activities),
        participants=total("participants"),
        women=total("women"),
        men=total("men"),
        sex_not_stated=total("sex_not_stated"),
        youth=total("youth"),
        not_youth=total("not_youth"),
        age_unknown=total("age_unknown"),
        person_days=total("person_days"),
        team=total("team"),
        completion=total("completion"),
        unnamed=unnamed_total,
        unique_named=unique_named,
        unique_persons=unique_named + unnamed_total,
        unique_women=unique["women"] + sum(a.head_counts.women for a in activities),
        unique_men=unique["men"] + sum(a.head_counts.men for a in activities),
        unique_sex_not_stated=unique["sex_not_stated"]
        + sum(a.head_counts.sex_not_stated for a in activities),
        by_category=_largest_first(categories),
    )
