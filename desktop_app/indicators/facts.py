"""What progress is computed from, read once per table: the project's activities with what
their head counts add, and the standings of their participants as the counting rules
(activities/counting_rules.py) classify them.

Every classification here is a rule's own SQL condition (participant, woman, man, young,
completion), read as a column: the indicators add them up by period, office and value, they
never decide who counts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, null, select
from sqlalchemy.orm import Session

from desktop_app.activities import counting_rules as rules
from desktop_app.activities.counting import PeriodFilter, reported_activity_ids
from desktop_app.activities.headcounts import (
    HeadCountRow,
    Unnamed,
    head_count_parts,
    head_counts_by_activity,
)
from desktop_app.activities.people import people_of
from desktop_app.disability.questions import COLUMNS, NOT_RECORDED, status
from desktop_app.store.models import Activity


@dataclass(frozen=True)
class ActivityFact:
    id: int
    title: str
    start: dt.date
    office: str | None
    kind: str
    country: str
    held: bool
    # Each head count of the activity and what it adds (activities/headcounts.py).
    head_counts: tuple[tuple[HeadCountRow, Unnamed], ...] = ()


@dataclass(frozen=True, slots=True)
class StandingFact:
    """A participant of an activity, as the rules see them."""

    activity_id: int
    person_id: int
    sex: str | None  # "F" (the WOMEN rule keeps them), "M" (MEN), None (sex not stated)
    young: bool | None  # YOUTH, NOT_YOUTH, or age unknown
    complete: bool  # the COMPLETION rule keeps them
    participant_days: int  # their weight in PERSON_DAYS
    category: str | None
    region: str | None
    birth_year: int | None
    birth_date: dt.date | None
    age_band: str | None
    # The status from the Washington Group questions (disability/questions.py); "not recorded"
    # for an analyst, whose views hold no answer, not even a status (the breakdown is not shown).
    disability: str
    # The age at the start from the date of birth, where only the server may read the date
    # (the analyst's views: `birth_date` is then None).
    exact_age: int | None = None


@dataclass
class Facts:
    activities: list[ActivityFact]  # by start date, then id (the order of the rules' lists)
    standings: dict[int, list[StandingFact]] = field(default_factory=dict)  # by activity
    # Worked out once per table (measures.py): each activity's contributions to a measure, and
    # its participants' values of some disaggregations.
    kept: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    values: dict[tuple[Any, ...], Any] = field(default_factory=dict)


def read_facts(
    session: Session,
    project_code: str,
    start: dt.date | None,
    end: dt.date | None,
    youth_threshold: int,
) -> Facts:
    """The activities of the project starting in [start, end] that the reports count (live, not
    cancelled), and their participants' standings."""
    ids = reported_activity_ids(PeriodFilter(start=start, end=end, project_code=project_code))
    head_counts = head_counts_by_activity(session, ids)
    activities = []
    for row in session.execute(
        select(
            Activity.id,
            Activity.title,
            Activity.start_date,
            Activity.end_date,
            Activity.office,
            Activity.kind,
            Activity.country,
            Activity.status,
        )
        .where(Activity.id.in_(ids))
        .order_by(Activity.start_date, Activity.id)
    ):
        days = (row.end_date - row.start_date).days + 1
        parts = tuple(head_count_parts(head_counts.get(row.id, ()), days))
        activities.append(
            ActivityFact(
                row.id,
                row.title,
                row.start_date,
                row.office,
                row.kind,
                row.country,
                row.status == "held",
                parts,
            )
        )
    facts = Facts(activities)
    people = people_of(session)
    source = rules.standings(ids, youth_threshold, people=people)
    s, p = source.standing, people.person.c
    disability_columns = (
        () if people.pseudonymised else (p.disability_consent, *(p[c] for c in COLUMNS.values()))
    )
    statement: Any = source.statement.add_columns(
        s.activity_id,
        s.person_id,
        case((rules.WOMEN.condition(s), "F"), (rules.MEN.condition(s), "M"), else_=None),
        case((rules.YOUTH.condition(s), 1), (rules.NOT_YOUTH.condition(s), 0), else_=None),
        case((rules.COMPLETION.condition(s), 1), else_=0),
        rules.PERSON_DAYS.weight(s),
        p.category,
        p.region,
        p.birth_year,
        null() if people.birth_date is None else people.birth_date,
        p.age_band,
        null() if source.exact_age is None else source.exact_age,
        *disability_columns,
    ).where(rules.PARTICIPANTS.condition(s))
    grouped: dict[int, list[StandingFact]] = defaultdict(list)
    for found in session.execute(statement):
        v: Any = found
        grouped[v[0]].append(
            StandingFact(
                v[0],
                v[1],
                v[2],
                None if v[3] is None else bool(v[3]),
                bool(v[4]),
                int(v[5] or 0),
                v[6],
                v[7] or None,
                v[8],
                v[9],
                v[10],
                NOT_RECORDED
                if people.pseudonymised
                else status(bool(v[12]), dict(zip(COLUMNS, v[13:19], strict=True))),
                v[11],
            )
        )
    facts.standings = dict(grouped)
    return facts
