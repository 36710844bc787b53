"""Breakdowns the counting rules do not give directly: per day, by region, by month, country and
kind, the facilitation team and the name list of one activity.

Period breakdowns add up the per-activity counts of `counting` (so they are participations and
always agree with the totals); activity breakdowns are aggregated in SQL.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from desktop_app.activities import counting_rules as rules
from desktop_app.activities.counting import ActivityCounts
from desktop_app.activities.counting_lists import standing_rows
from desktop_app.activities.headcounts import HeadCountRow
from desktop_app.activities.people import People, people_of
from desktop_app.store.models import Activity
from desktop_app.store.vocabulary import team_roles


@dataclass(frozen=True, kw_only=True)
class Breakdown(rules.Counts):
    """Participations of the activities that share one key (a month, a country, a kind)."""

    key: str
    activities: int


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    named: int
    unnamed: int

    @property
    def total(self) -> int:
        return self.named + self.unnamed


@dataclass(frozen=True)
class TeamMember:
    family_name: str
    given_names: str
    organisation: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class NameEntry:
    """One person of the name list: evidence of attendance with signature status."""

    family_name: str
    given_names: str
    sex: str | None
    organisation: str
    position: str
    category: str | None
    role: str
    days_present: int
    days_signed: int


def breakdown(
    activities: Iterable[ActivityCounts], key: Callable[[ActivityCounts], str]
) -> tuple[Breakdown, ...]:
    """Sums of the counts of `activities` grouped by `key`, in key order."""
    groups: dict[str, list[ActivityCounts]] = defaultdict(list)
    for activity in activities:
        groups[key(activity)].append(activity)
    return tuple(
        Breakdown(key=name, activities=len(members), **rules.summed(members))
        for name, members in sorted(groups.items())
    )


def by_month(activities: Iterable[ActivityCounts]) -> tuple[Breakdown, ...]:
    return breakdown(activities, lambda a: a.start_date.strftime("%Y-%m"))


def by_country(activities: Iterable[ActivityCounts]) -> tuple[Breakdown, ...]:
    return breakdown(activities, lambda a: a.country)


def by_kind(activities: Iterable[ActivityCounts]) -> tuple[Breakdown, ...]:
    return breakdown(activities, lambda a: a.kind)


def _live_attendance(people: People, activity_id: int) -> ColumnElement[bool]:
    a, p = people.attendance.c, people.person.c
    return and_(a.activity_id == activity_id, ~a.deleted, ~p.deleted)


def participants_by_day(
    session: Session,
    activity_id: int,
    days: tuple[dt.date, ...],
    head_counts: Iterable[HeadCountRow],
) -> tuple[DayCount, ...]:
    """Participants present each day; unnamed attendees follow the head-count rule (whole-activity
    counts, when there are any, are present every day), so the days add up to person-days."""
    people = people_of(session)
    a, p = people.attendance.c, people.person.c
    named: dict[dt.date, int] = dict(
        session.execute(
            select(a.day, func.count(func.distinct(a.person_id)))
            .join(people.person, p.id == a.person_id)
            .where(_live_attendance(people, activity_id), a.role == "participant")
            .group_by(a.day)
        ).all()
    )
    rows = list(head_counts)
    whole = sum(r.total for r in rows if r.day is None)
    per_day: dict[dt.date, int] = defaultdict(int)
    for row in rows:
        if row.day is not None:
            per_day[row.day] += row.total
    has_whole = any(r.day is None for r in rows)
    return tuple(
        DayCount(day, int(named.get(day, 0)), whole if has_whole else per_day.get(day, 0))
        for day in days
    )


def participants_by_region(session: Session, activity_id: int) -> tuple[tuple[str, int], ...]:
    """Named participants by region of origin ("" when not stated), largest first."""
    people = people_of(session)
    a, p = people.attendance.c, people.person.c
    participants = (
        select(a.person_id)
        .join(people.person, p.id == a.person_id)
        .where(_live_attendance(people, activity_id), a.role == "participant")
        .distinct()
        .subquery()
    )
    region = func.coalesce(p.region, "").label("region")  # grouped by name: one parameter
    rows = session.execute(
        select(region, func.count())
        .select_from(people.person)
        .join(participants, participants.c.person_id == p.id)
        .group_by(region)
    ).all()
    return tuple(sorted(((r or "", int(n)) for r, n in rows), key=lambda x: (-x[1], x[0])))


def team_and_names(
    session: Session, activity_id: int
) -> tuple[tuple[TeamMember, ...], tuple[NameEntry, ...]]:
    """The name list of everyone present (observers too), and among them the facilitation team:
    the standings the TEAM rule keeps (its condition is the standing's `is_team`)."""
    ids = select(Activity.id).where(Activity.id == activity_id)
    rows = standing_rows(session, ids, rules.PRESENT)
    team = tuple(
        TeamMember(
            row.family_name,
            row.given_names,
            row.organisation,
            tuple(r for r in row.roles if r in team_roles()),
        )
        for row in rows
        if row.is_team
    )
    names = tuple(
        NameEntry(
            family_name=row.family_name,
            given_names=row.given_names,
            sex=row.sex,
            organisation=row.organisation,
            position=row.position,
            category=row.category,
            role="participant" if row.is_participant else row.roles[0],
            days_present=row.days_present,
            days_signed=row.days_signed,
        )
        for row in rows
    )
    return team, names
