"""What an activity report and a period report contain, built on the counting rules.

`activity_report` and `period_report` return plain frozen data; documents (PDF), workbooks and
the report view are drawn from it, so every output shows the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.activities import breakdowns, counting
from desktop_app.activities.activities import ActivityDetails, get_activity
from desktop_app.activities.arrivals import Arrivals, arrivals
from desktop_app.activities.breakdowns import Breakdown, DayCount, NameEntry, TeamMember
from desktop_app.activities.counting import ActivityCounts, PeriodCounts, PeriodFilter
from desktop_app.activities.headcounts import HeadCountRow, list_head_counts
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD
from desktop_app.reports.narrative import NarrativeFigures, narrative
from desktop_app.store import Database

Progress = Callable[[int, int], None]
UNNAMED = "(unnamed)"  # category "code" of head-count attendees, whose category is unknown


def categories_with_unnamed(
    by_category: tuple[tuple[str | None, int], ...], unnamed: int
) -> tuple[tuple[str | None, int], ...]:
    """Named participants by category, then head-count attendees: the rows add up to all
    participants (participations over a period)."""
    return (*by_category, (UNNAMED, unnamed)) if unnamed else by_category


def narrative_figures(counts: ActivityCounts) -> NarrativeFigures:
    """The figures of the narrative; no youth clause when no participant's age is known."""
    ages_known = counts.youth + counts.not_youth
    return NarrativeFigures(
        kind=counts.kind,
        participants=counts.participants,
        women=counts.women,
        youth=counts.youth if ages_known else None,
        youth_threshold=counts.youth_threshold,
        age_unknown=counts.age_unknown,
    )


@dataclass(frozen=True)
class ActivityReport:
    details: ActivityDetails
    counts: ActivityCounts
    by_day: tuple[DayCount, ...]
    by_region: tuple[tuple[str, int], ...]
    team: tuple[TeamMember, ...]
    names: tuple[NameEntry, ...]
    head_counts: tuple[HeadCountRow, ...]
    arrivals: Arrivals | None = None  # check-in times by quarter hour (docs/door.md)

    def narrative(self, language: str) -> str:
        return narrative(narrative_figures(self.counts), language)

    @property
    def by_category(self) -> tuple[tuple[str | None, int], ...]:
        return categories_with_unnamed(self.counts.by_category, self.counts.unnamed)

    @property
    def partners(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.details.partners)


def activity_report(
    database: Database, activity_id: int, youth_threshold: int = DEFAULT_YOUTH_THRESHOLD
) -> ActivityReport:
    """Everything a donor asks about one activity (RegistreError when it does not exist)."""
    details = get_activity(database, activity_id)
    counts = counting.activity_counts(database, activity_id, youth_threshold)
    head_counts = tuple(list_head_counts(database, activity_id))
    with database.session() as session:
        by_day = breakdowns.participants_by_day(session, activity_id, details.days, head_counts)
        by_region = breakdowns.participants_by_region(session, activity_id)
        team, names = breakdowns.team_and_names(session, activity_id)
    arrived = arrivals(database, activity_id)
    return ActivityReport(details, counts, by_day, by_region, team, names, head_counts, arrived)


@dataclass(frozen=True)
class PeriodReport:
    counts: PeriodCounts
    by_month: tuple[Breakdown, ...]
    by_country: tuple[Breakdown, ...]
    by_kind: tuple[Breakdown, ...]

    @property
    def filter(self) -> PeriodFilter:
        return self.counts.filter

    @property
    def activities(self) -> tuple[ActivityCounts, ...]:
        return self.counts.activities

    @property
    def totals(self) -> counting.PeriodTotals:
        return self.counts.totals

    @property
    def by_category(self) -> tuple[tuple[str | None, int], ...]:
        return categories_with_unnamed(self.totals.by_category, self.totals.unnamed)


def period_report(database: Database, period: PeriodFilter | None = None) -> PeriodReport:
    """Activities of a period with their counts, totals and breakdowns."""
    counts = counting.period_counts(database, period)
    return PeriodReport(
        counts=counts,
        by_month=breakdowns.by_month(counts.activities),
        by_country=breakdowns.by_country(counts.activities),
        by_kind=breakdowns.by_kind(counts.activities),
    )


def month_start(key: str) -> dt.date:
    """The first day of a by-month key ("2022-12")."""
    year, month = key.split("-")
    return dt.date(int(year), int(month), 1)
