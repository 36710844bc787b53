"""The data checks about figures and dates: head counts beside named participants on the same
day, and values no real event has."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.activities.headcounts import head_counts_by_activity
from desktop_app.checks.findings import (
    ACTIVITY,
    ATTENDANCE,
    HEAD_COUNTS,
    PERSON,
    Finding,
    Scope,
)
from desktop_app.checks.findings import message as _message
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.ages import age_on, plausible_age
from desktop_app.store.models import Activity, Attendance, Person


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
            Person.birth_date,
        )
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.activity_id.in_(scope.ids), ~Attendance.deleted, ~Person.deleted)
        .order_by(Attendance.activity_id, Person.family_name, Person.id, Attendance.day)
    )
    findings = []
    seen_persons: set[tuple[int, int]] = set()
    for activity_id, day, person_id, family, given, born, birth_date in rows:
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
        age = age_on(birth_date, born, activity.start_date)  # exact when the date is known
        if age is None or (activity_id, person_id) in seen_persons:
            continue
        seen_persons.add((activity_id, person_id))
        if not plausible_age(age):
            findings.append(
                Finding(
                    "impossible",
                    PERSON,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Checks", "Born in {year}: {age} years old at the activity."
                        ),
                        year=birth_date.year if birth_date is not None else born,
                        age=age,
                    ),
                    activity=ref,
                    person_id=person_id,
                    person_name=name,
                )
            )
    return findings
