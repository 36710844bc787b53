"""Data checks: what a careful officer looks at before sending the counts of an activity or a
period, each finding with the person, activity or head count to open to fix it.

`check_counts(database, activity_id=N)` or `check_counts(database, period=PeriodFilter(...))`
runs every check of `CHECKS` over the activities a report of that scope counts and returns a
`CheckReport`. A check is a `Check(code, title, advice, find)` whose `find(scope)` returns
`Finding`s; adding one is writing that function and listing it in `CHECKS` (docs/reports.md
shows how, with the check of ages known from a birth year only, for when birth dates exist).

The lists of the counting checks (sex not stated, age unknown, team) are the counts' own lists
(reports/explain.py): a finding there is a row a figure of the report adds up.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.reports.counting import PeriodFilter, reported_activity_ids
from desktop_app.reports.explain import ActivityRef, Explanation, explain
from desktop_app.services.ages import DEFAULT_YOUTH_THRESHOLD, plausible_age
from desktop_app.services.dedup import find_duplicates
from desktop_app.services.dedup_score import DEFAULT_MIN_SCORE
from desktop_app.services.headcounts import head_counts_by_activity
from desktop_app.services.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Person

CONTEXT = "Checks"
STEPS = 100  # progress steps of each check
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# What to open to fix a finding.
PERSON, ACTIVITY, HEAD_COUNTS, ATTENDANCE = "person", "activity", "head_counts", "attendance"


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `target` says what to open to fix it (PERSON, ACTIVITY,
    HEAD_COUNTS of the activity, or its ATTENDANCE grid); `other_person_id` is the second
    person of a possible duplicate."""

    check: str
    target: str
    detail: UserMessage
    activity: ActivityRef | None = None
    person_id: int | None = None
    person_name: str = ""
    head_count_id: int | None = None
    day: dt.date | None = None
    other_person_id: int | None = None
    other_person_name: str = ""
    roles: tuple[str, ...] = ()  # attendance role codes


@dataclass(frozen=True)
class Scope:
    """The activities checked: `ids` (an SQL select) and what a report of them is about."""

    database: Database
    ids: Select[Any]
    activities: dict[int, ActivityRef]
    activity_id: int | None
    period: PeriodFilter | None
    youth_threshold: int
    progress: Progress
    cancelled: Cancelled

    def explain(self, field: str) -> Explanation:
        return explain(
            self.database,
            field,
            activity_id=self.activity_id,
            period=self.period,
            youth_threshold=self.youth_threshold,
        )


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


def _message(text: str, **params: object) -> UserMessage:
    return UserMessage(CONTEXT, text, dict(params))


# The checks -----------------------------------------------------------------------------


def _counted(scope: Scope, field: str, check: str, detail: str, head_detail: str) -> list[Finding]:
    """The rows behind one count: its persons, then its head counts."""
    explanation = scope.explain(field)
    findings = [
        Finding(
            check,
            PERSON,
            _message(detail),
            activity=p.activity,
            person_id=p.person_id,
            person_name=p.display_name,
            roles=p.roles,
        )
        for p in explanation.persons
    ]
    findings += [
        Finding(
            check,
            HEAD_COUNTS,
            _message(head_detail, total=h.head_count.total, counted=h.counted),
            activity=h.activity,
            head_count_id=h.head_count.id,
            day=h.head_count.day,
        )
        for h in explanation.head_counts
    ]
    return findings


def sex_not_stated(scope: Scope) -> list[Finding]:
    return _counted(
        scope,
        "sex_not_stated",
        "sex_not_stated",
        QT_TRANSLATE_NOOP("Checks", "Participant whose sex is not stated."),
        QT_TRANSLATE_NOOP("Checks", "Head count of {total}: women not stated."),
    )


def age_unknown(scope: Scope) -> list[Finding]:
    return _counted(
        scope,
        "age_unknown",
        "age_unknown",
        QT_TRANSLATE_NOOP("Checks", "Participant with no birth year or age band."),
        QT_TRANSLATE_NOOP("Checks", "Head count of {total}: youth not stated."),
    )


def team_members(scope: Scope) -> list[Finding]:
    return _counted(
        scope,
        "team",
        "team",
        QT_TRANSLATE_NOOP("Checks", "In the team, not counted as a participant."),
        "",
    )


def mixed_roles(scope: Scope) -> list[Finding]:
    """Persons both participant and in a team role in one activity: counted as participants."""
    findings = []
    for person in scope.explain("participants").persons:
        others = [role for role in person.roles if role != "participant"]
        if others:
            findings.append(
                Finding(
                    "mixed_roles",
                    PERSON,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "A participant on one day, in the team on another: "
                            "counted as a participant.",
                        )
                    ),
                    activity=person.activity,
                    person_id=person.person_id,
                    person_name=person.display_name,
                    roles=person.roles,
                )
            )
    return findings


def unsigned(scope: Scope) -> list[Finding]:
    with scope.database.session() as session:
        rows = session.execute(
            select(Attendance.activity_id, Attendance.day, Attendance.role, Person.id)
            .add_columns(Person.family_name, Person.given_names)
            .join(Person, Person.id == Attendance.person_id)
            .where(
                Attendance.activity_id.in_(scope.ids),
                ~Attendance.deleted,
                ~Person.deleted,
                ~Attendance.signed,
            )
            .order_by(
                Attendance.activity_id,
                Attendance.day,
                Person.family_name,
                Person.given_names,
                Person.id,
            )
        ).all()
    return [
        Finding(
            "unsigned",
            ATTENDANCE,
            _message(QT_TRANSLATE_NOOP("Checks", "Present, not signed.")),
            activity=scope.activities[activity_id],
            person_id=person_id,
            person_name=f"{family} {given or ''}".strip(),
            day=day,
            roles=(role,),
        )
        for activity_id, day, role, person_id, family, given in rows
    ]


def duplicates(scope: Scope) -> list[Finding]:
    """Pairs of participants of the scope that the duplicate finder (Tools ▸ Duplicate
    persons, at its default score) takes for one person: the count may hold someone twice."""
    participants: dict[int, set[int]] = defaultdict(set)  # person -> activities
    for person in scope.explain("participants").persons:
        if person.activity is not None:
            participants[person.person_id].add(person.activity.id)
    if len(participants) < 2:
        return []
    pairs = find_duplicates(scope.database, DEFAULT_MIN_SCORE, scope.progress, scope.cancelled)
    findings = []
    for pair in pairs:
        first, second = pair.first, pair.second
        if first.id not in participants or second.id not in participants:
            continue
        shared = sorted(participants[first.id] & participants[second.id])
        findings.append(
            Finding(
                "duplicates",
                PERSON,
                _message(
                    QT_TRANSLATE_NOOP(
                        "Checks", "May be the same person as {other} (score {score})."
                    ),
                    other=second.display_name,
                    score=pair.score,
                ),
                activity=scope.activities[shared[0]] if shared else None,
                person_id=first.id,
                person_name=first.display_name,
                other_person_id=second.id,
                other_person_name=second.display_name,
            )
        )
    return findings


def head_count_overlaps(scope: Scope) -> list[Finding]:
    """Head counts of a day (or of the whole activity) on which named participants were
    present too: the same people may be counted twice."""
    with scope.database.session() as session:
        named = _named_by_day(session, scope.ids)
        head_counts = head_counts_by_activity(session, scope.ids)
    findings = []
    for activity_id, rows in sorted(head_counts.items()):
        days = named.get(activity_id, {})
        for row in rows:
            present = max(days.values(), default=0) if row.day is None else days.get(row.day, 0)
            if row.total and present:
                text = (
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "Head count of {total} for the whole activity, and {named} named "
                        "participants: are they counted twice?",
                    )
                    if row.day is None
                    else QT_TRANSLATE_NOOP(
                        "Checks",
                        "Head count of {total}, and {named} named participants that day: are "
                        "they counted twice?",
                    )
                )
                findings.append(
                    Finding(
                        "head_count_overlaps",
                        HEAD_COUNTS,
                        _message(text, total=row.total, named=present),
                        activity=scope.activities[activity_id],
                        head_count_id=row.id,
                        day=row.day,
                    )
                )
    return findings


def _named_by_day(session: Session, ids: Select[Any]) -> dict[int, dict[dt.date, int]]:
    rows = session.execute(
        select(Attendance.activity_id, Attendance.day, func.count(func.distinct(Person.id)))
        .join(Person, Person.id == Attendance.person_id)
        .where(
            Attendance.activity_id.in_(ids),
            ~Attendance.deleted,
            ~Person.deleted,
            Attendance.role == "participant",
        )
        .group_by(Attendance.activity_id, Attendance.day)
    )
    result: dict[int, dict[dt.date, int]] = defaultdict(dict)
    for activity_id, day, count in rows:
        result[activity_id][day] = int(count)
    return result


def impossible_values(scope: Scope) -> list[Finding]:
    """Values no real event has: dates and head counts that contradict each other, and birth
    years that make a participant a child or a centenarian."""
    findings: list[Finding] = []
    with scope.database.session() as session:
        activities = {
            a.id: a for a in session.scalars(select(Activity).where(Activity.id.in_(scope.ids)))
        }
        for activity in activities.values():
            if activity.end_date < activity.start_date:
                findings.append(
                    Finding(
                        "impossible",
                        ACTIVITY,
                        _message(
                            QT_TRANSLATE_NOOP("Checks", "The activity ends before it starts.")
                        ),
                        activity=scope.activities[activity.id],
                    )
                )
        for activity_id, rows in sorted(head_counts_by_activity(session, scope.ids).items()):
            activity = activities[activity_id]
            for row in rows:
                for text in _head_count_problems(row.total, row.women, row.youth):
                    findings.append(
                        Finding(
                            "impossible",
                            HEAD_COUNTS,
                            _message(text, total=row.total, women=row.women, youth=row.youth),
                            activity=scope.activities[activity_id],
                            head_count_id=row.id,
                            day=row.day,
                        )
                    )
                if row.day is not None and not activity.start_date <= row.day <= activity.end_date:
                    findings.append(
                        Finding(
                            "impossible",
                            HEAD_COUNTS,
                            _message(
                                QT_TRANSLATE_NOOP(
                                    "Checks", "Head count of a day outside the activity's dates."
                                )
                            ),
                            activity=scope.activities[activity_id],
                            head_count_id=row.id,
                            day=row.day,
                        )
                    )
        findings += _attendance_problems(session, scope, activities)
    return findings


def _head_count_problems(total: int, women: int | None, youth: int | None) -> list[str]:
    problems = []
    if total < 0 or (women or 0) < 0 or (youth or 0) < 0:
        problems.append(QT_TRANSLATE_NOOP("Checks", "A negative head count."))
    if women is not None and women > total:
        problems.append(
            QT_TRANSLATE_NOOP("Checks", "More women ({women}) than the total ({total}).")
        )
    if youth is not None and youth > total:
        problems.append(
            QT_TRANSLATE_NOOP("Checks", "More youth ({youth}) than the total ({total}).")
        )
    return problems


def _attendance_problems(
    session: Session, scope: Scope, activities: dict[int, Activity]
) -> list[Finding]:
    rows = session.execute(
        select(
            Attendance.activity_id,
            Attendance.day,
            Person.id,
            Person.family_name,
            Person.given_names,
            Person.birth_year,
        )
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.activity_id.in_(scope.ids), ~Attendance.deleted, ~Person.deleted)
        .order_by(Attendance.activity_id, Person.family_name, Person.id, Attendance.day)
    )
    findings = []
    seen_persons: set[tuple[int, int]] = set()
    for activity_id, day, person_id, family, given, born in rows:
        activity = activities[activity_id]
        name = f"{family} {given or ''}".strip()
        ref = scope.activities[activity_id]
        if not activity.start_date <= day <= activity.end_date:
            findings.append(
                Finding(
                    "impossible",
                    ATTENDANCE,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Checks", "Present on a day outside the activity's dates."
                        )
                    ),
                    activity=ref,
                    person_id=person_id,
                    person_name=name,
                    day=day,
                )
            )
        if born is None or (activity_id, person_id) in seen_persons:
            continue
        seen_persons.add((activity_id, person_id))
        age = activity.start_date.year - born
        if not plausible_age(age):
            findings.append(
                Finding(
                    "impossible",
                    PERSON,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Checks", "Born in {year}: {age} years old at the activity."
                        ),
                        year=born,
                        age=age,
                    ),
                    activity=ref,
                    person_id=person_id,
                    person_name=name,
                )
            )
    return findings


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
