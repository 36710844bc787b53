"""The counting rules every report uses (docs/domain.md), aggregated in SQL.

Definitions (docs/services.md has the full text):
- participants: distinct persons with the role participant on at least one day, plus the unnamed
  attendees of head counts (rule in desktop_app/activities/headcounts.py);
- team: distinct persons with a facilitation role (facilitator, expert, moderator, speaker,
  organiser, interpreter) and never the role participant; observers count in neither;
- women / men / sex not stated: participants by sex (head counts: see headcounts.py);
- youth / not youth / age unknown: age at the activity's start below the threshold (default 30):
  the exact age when the date of birth is known, start year - birth year otherwise (the year
  rule), else the age band; see desktop_app/records/ages.py;
- age from a year only: participants whose age, hence youth, rests on a birth year alone;
- person-days: for each day, the participants present that day, summed;
- completion: named participants present on every calendar day of the activity.
Attendance that is deleted, or of a deleted person, is not counted. Period reports leave out
cancelled and deleted activities; unique persons (each person once) and participations (person x
activity) are kept apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from desktop_app.activities import counting_rules as rules
from desktop_app.activities.activities import ActivitySummary, summary_fields
from desktop_app.activities.counting_sums import Tallies, TallyQuery, run_tally, tally, tally_query
from desktop_app.activities.headcounts import (
    HeadCountRow,
    Unnamed,
    head_counts_by_activity,
    unnamed,
)
from desktop_app.activities.people import People, people_of
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD
from desktop_app.records.page_cache import use_large_page_cache
from desktop_app.records.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity


@dataclass(frozen=True, kw_only=True)
class ActivityRow(ActivitySummary, rules.Counts):
    """An activity with its counts: one line of the activity list (`counted` False: its counts
    are not read yet, zeros to show as unknown)."""

    counted: bool = True


@dataclass(frozen=True, kw_only=True)
class ActivityCounts(ActivityRow):
    """The counts of one activity for its report. `participants` = `named` + `unnamed`."""

    office: str | None
    project_code: str | None
    day_count: int
    # What head counts added (total, women, men, youth...): part of the figures above.
    head_counts: Unnamed
    # Named participants by category code (None: not stated), largest first.
    by_category: tuple[tuple[str | None, int], ...]
    youth_threshold: int


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


@dataclass(frozen=True, kw_only=True)
class PeriodTotals(rules.Counts):
    """Totals over a period.

    The counts (`Counts`) are sums over activities (each person once per activity:
    participations; `participants` = `participations`). Each person once however many
    activities: `unique_persons` (= `unique_named` + `unnamed`, head-count attendees cannot be
    told apart so each counts once per activity), `unique_women`, `unique_men`,
    `unique_sex_not_stated` (named persons only, plus head counts' stated sexes).
    """

    activities: int
    unique_named: int
    unique_persons: int
    unique_women: int
    unique_men: int
    unique_sex_not_stated: int
    by_category: tuple[tuple[str | None, int], ...]

    @property
    def participations(self) -> int:
        return self.participants


@dataclass(frozen=True)
class PeriodCounts:
    filter: PeriodFilter
    activities: tuple[ActivityCounts, ...]
    totals: PeriodTotals


ONE_ACTIVITY = "counted_activity"  # the parameter of `_one_activity`


@lru_cache(maxsize=8)
def _one_activity(youth_threshold: int, people: People) -> TallyQuery:
    """The statement counting one activity, built once: the check-in screen counts again at
    every check-in, and building it cost twice what running it does."""
    ids = select(Activity.id).where(Activity.id == bindparam(ONE_ACTIVITY))
    return tally_query(ids, rules.RULES, youth_threshold, by_category=True, people=people)


def activity_counts(
    database: Database, activity_id: int, youth_threshold: int = DEFAULT_YOUTH_THRESHOLD
) -> ActivityCounts:
    """The counts of one activity, whatever its status (NotFound when the id does not exist)."""
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise not_found("activity", activity_id)
        use_large_page_cache(session)
        query = _one_activity(youth_threshold, people_of(session))
        tallies = run_tally(session, query, {ONE_ACTIVITY: activity_id})
        head_counts = head_counts_by_activity(session, [activity_id])
        return _activity_counts(activity, tallies, head_counts, youth_threshold)


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


def _counts(
    session: Session, ids: Select[Any], youth_threshold: int, *, with_unique: bool = False
) -> tuple[list[ActivityCounts], dict[str, int]]:
    """The counts of each activity and, when asked, the named part of the unique counts.

    Every figure is a rule of activities/counting_rules.py, summed in one statement (attendance
    grouped once); head counts add what each rule names.
    """
    use_large_page_cache(session)
    tallies = tally(
        session, ids, rules.RULES, youth_threshold, by_category=True, unique=with_unique
    )
    head_counts = head_counts_by_activity(session, ids)
    statement = (
        select(Activity).where(Activity.id.in_(ids)).order_by(Activity.start_date, Activity.id)
    )
    result = [
        _activity_counts(activity, tallies, head_counts, youth_threshold)
        for activity in session.scalars(statement)
    ]
    return result, tallies.unique


def _activity_counts(
    activity: Activity,
    tallies: Tallies,
    head_counts: Mapping[int, Sequence[HeadCountRow]],
    youth_threshold: int,
) -> ActivityCounts:
    """One activity's counts: its rules' tallies and what its head counts add."""
    extra = unnamed(head_counts.get(activity.id, ()), _day_count(activity))
    return ActivityCounts(
        **(summary_fields(activity) | tallies.counts(activity.id, extra)),
        office=activity.office,
        project_code=activity.project_code,
        day_count=_day_count(activity),
        head_counts=extra,
        by_category=_largest_first(tallies.by_category(activity.id)),
        youth_threshold=youth_threshold,
    )


def _day_count(activity: Activity) -> int:
    return (activity.end_date - activity.start_date).days + 1


def _largest_first(counter: Mapping[str | None, int]) -> tuple[tuple[str | None, int], ...]:
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0] or "")))


def _totals(activities: list[ActivityCounts], unique_named: dict[str, int]) -> PeriodTotals:
    def unique(name: str) -> int:
        """Each named person once, plus what head counts add to the rule (once per activity:
        their attendees cannot be told apart)."""
        rule = rules.UNIQUE_RULES[name]
        return unique_named.get(name, 0) + sum(rule.unnamed(a.head_counts) for a in activities)

    categories: Counter[str | None] = Counter()
    for activity in activities:
        for code, n in activity.by_category:
            categories[code] += n
    sums = rules.summed(activities)
    sums.update((name, unique(name)) for name in rules.UNIQUE_RULES)
    return PeriodTotals(activities=len(activities), by_category=_largest_first(categories), **sums)
