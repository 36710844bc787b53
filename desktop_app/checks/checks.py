"""Data checks: what a careful officer looks at before sending the counts of an activity or a
period, each finding with the person, activity or head count to open to fix it.

`check_counts(database, activity_id=N)` or `check_counts(database, period=PeriodFilter(...))`
runs every check of `CHECKS` over the activities a report of that scope counts and returns a
`CheckReport`. A check is a `Check(code, title, advice, find)` whose `find(scope)` returns
`Finding`s; adding one is writing that function and listing it in `CHECKS` (docs/reports.md
shows how).

The lists of the counting checks (sex not stated, age unknown, age from a year only, team) are
the counts' own lists (activities/explain.py): a finding there is a row a figure of the report
adds up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop_app.activities.counting import PeriodFilter, reported_activity_ids
from desktop_app.activities.explain import ActivityRef
from desktop_app.checks.findings import (
    ACTIVITY,
    ATTENDANCE,
    CONTEXT,
    HEAD_COUNTS,
    PERSON,
    Cancelled,
    Finding,
    Progress,
    Scope,
)
from desktop_app.checks.people import (
    age_from_year_only,
    age_unknown,
    duplicates,
    mixed_roles,
    sex_not_stated,
    team_members,
    unsigned,
)
from desktop_app.checks.values import head_count_overlaps, impossible_values
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD
from desktop_app.records.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity

__all__ = ["ACTIVITY", "ATTENDANCE", "CHECKS", "CONTEXT", "HEAD_COUNTS", "PERSON", "Finding"]
STEPS = 100  # progress steps of each check


@dataclass(frozen=True)
class Check:
    code: str
    title: str  # QT_TRANSLATE_NOOP("Checks", ...)
    advice: str  # how to fix, QT_TRANSLATE_NOOP("Checks", ...)
    find: Callable[[Scope], list[Finding]]


@dataclass(frozen=True)
class CheckReport:
    activity: ActivityRef | None
    period: PeriodFilter | None
    results: tuple[tuple[Check, tuple[Finding, ...]], ...] = field(default_factory=tuple)

    @property
    def findings(self) -> int:
        return sum(len(found) for _check, found in self.results)


def _never() -> bool:
    return False


CHECKS: tuple[Check, ...] = (
    Check(
        "sex_not_stated",
        QT_TRANSLATE_NOOP("Checks", "Sex not stated"),
        QT_TRANSLATE_NOOP("Checks", "Open the person and choose F or M when it is known."),
        sex_not_stated,
    ),
    Check(
        "age_unknown",
        QT_TRANSLATE_NOOP("Checks", "Age unknown"),
        QT_TRANSLATE_NOOP("Checks", "Open the person and enter a birth year, an age or a band."),
        age_unknown,
    ),
    Check(
        "age_from_year_only",
        QT_TRANSLATE_NOOP("Checks", "Ages from a birth year only"),
        QT_TRANSLATE_NOOP("Checks", "Open the person and enter the date of birth when known."),
        age_from_year_only,
    ),
    Check(
        "unsigned",
        QT_TRANSLATE_NOOP("Checks", "Presences not signed"),
        QT_TRANSLATE_NOOP("Checks", "Open the attendance grid and tick the signatures (S)."),
        unsigned,
    ),
    Check(
        "team",
        QT_TRANSLATE_NOOP("Checks", "Facilitation team"),
        QT_TRANSLATE_NOOP("Checks", "Check that none of them was a participant."),
        team_members,
    ),
    Check(
        "mixed_roles",
        QT_TRANSLATE_NOOP("Checks", "Participant and team member"),
        QT_TRANSLATE_NOOP("Checks", "Check the role of each day in the check-in screen."),
        mixed_roles,
    ),
    Check(
        "duplicates",
        QT_TRANSLATE_NOOP("Checks", "Possible duplicates among the participants"),
        QT_TRANSLATE_NOOP("Checks", "Open both persons; merge them in Tools ▸ Duplicate persons."),
        duplicates,
    ),
    Check(
        "head_count_overlaps",
        QT_TRANSLATE_NOOP("Checks", "Head counts beside named participants"),
        QT_TRANSLATE_NOOP("Checks", "Keep in the head count only the people without a name."),
        head_count_overlaps,
    ),
    Check(
        "impossible",
        QT_TRANSLATE_NOOP("Checks", "Impossible values"),
        QT_TRANSLATE_NOOP(
            "Checks", "Open the activity, the head count or the person and correct it."
        ),
        impossible_values,
    ),
)


def check_counts(
    database: Database,
    *,
    activity_id: int | None = None,
    period: PeriodFilter | None = None,
    youth_threshold: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CheckReport:
    """Every check over one activity (any status) or the activities of a period's report."""
    period = None if activity_id is not None else (period or PeriodFilter())
    threshold = youth_threshold or (period.youth_threshold if period else DEFAULT_YOUTH_THRESHOLD)
    ids = (
        select(Activity.id).where(Activity.id == activity_id)
        if activity_id is not None
        else reported_activity_ids(period or PeriodFilter())
    )
    with database.session() as session:
        refs = {
            a.id: ActivityRef(a.id, a.title, a.start_date)
            for a in session.scalars(select(Activity).where(Activity.id.in_(ids)))
        }
    if activity_id is not None and activity_id not in refs:
        raise not_found("activity", activity_id)
    report = progress or (lambda _done, _total: None)
    steps = len(CHECKS) * STEPS
    results = []
    for index, check in enumerate(CHECKS):

        def within(done: int, total: int, first: int = index * STEPS) -> None:
            report(first + STEPS * done // max(total, 1), steps)

        scope = Scope(
            database, ids, refs, activity_id, period, threshold, within, cancelled or _never
        )
        within(0, 1)
        results.append((check, tuple(check.find(scope))))
    report(steps, steps)
    return CheckReport(refs.get(activity_id) if activity_id else None, period, tuple(results))
