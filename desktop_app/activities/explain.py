"""The list behind a count: the persons and head counts a figure of a report adds up.

`explain(database, field, activity_id=N)` or `explain(database, field, period=PeriodFilter(...))`
returns an `Explanation`: the persons the count's rule keeps (activities/counting_rules.py) with
what each adds, and the head counts with what each adds (activities/headcounts.py). Its `total`
is the count the reports show, by construction: both read the same rule.

Fields: the names of `ActivityCounts` and `PeriodTotals` (participants, participations, named,
unnamed, women, men, sex_not_stated, youth, not_youth, age_unknown, age_from_year_only,
person_days, completion, team, unique_persons, unique_named, unique_women, unique_men,
unique_sex_not_stated) and
`category:CODE` (named participants of a category; `category:none` for not stated,
`category:unnamed` for the head counts' attendees, whose category is not known).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select

from desktop_app.activities import counting_lists as lists
from desktop_app.activities import counting_rules as rules
from desktop_app.activities.counting import PeriodFilter, reported_activity_ids
from desktop_app.activities.headcounts import (
    HeadCountRow,
    head_count_parts,
    head_counts_by_activity,
)
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD, AgeAt, age_at
from desktop_app.records.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity
from desktop_app.store.vocabulary import person_categories

CONTEXT = "Counts"
CATEGORY_PREFIX = "category:"
NO_CATEGORY = "none"
UNNAMED_CATEGORY = "unnamed"

# What each field is called where its list is shown (a title, a menu, the command line).
FIELD_LABELS: dict[str, str] = {
    "participants": QT_TRANSLATE_NOOP("Counts", "Participants"),
    "participations": QT_TRANSLATE_NOOP("Counts", "Participations"),
    "named": QT_TRANSLATE_NOOP("Counts", "Named participants"),
    "unnamed": QT_TRANSLATE_NOOP("Counts", "Head counts (unnamed)"),
    "women": QT_TRANSLATE_NOOP("Counts", "Women"),
    "men": QT_TRANSLATE_NOOP("Counts", "Men"),
    "sex_not_stated": QT_TRANSLATE_NOOP("Counts", "Sex not stated"),
    "youth": QT_TRANSLATE_NOOP("Counts", "Youth (under {age})"),
    "not_youth": QT_TRANSLATE_NOOP("Counts", "Not youth ({age} or over)"),
    "age_unknown": QT_TRANSLATE_NOOP("Counts", "Age unknown"),
    "age_from_year_only": QT_TRANSLATE_NOOP("Counts", "Age from the birth year only"),
    "person_days": QT_TRANSLATE_NOOP("Counts", "Person-days"),
    "completion": QT_TRANSLATE_NOOP(
        "Counts", "Completed (present the share of days the rule asks)"
    ),
    "team": QT_TRANSLATE_NOOP("Counts", "Facilitation team"),
    "unique_persons": QT_TRANSLATE_NOOP("Counts", "Unique persons"),
    "unique_named": QT_TRANSLATE_NOOP("Counts", "Unique named persons"),
    "unique_women": QT_TRANSLATE_NOOP("Counts", "Unique women"),
    "unique_men": QT_TRANSLATE_NOOP("Counts", "Unique men"),
    "unique_sex_not_stated": QT_TRANSLATE_NOOP("Counts", "Unique persons, sex not stated"),
}
FIELDS = tuple(FIELD_LABELS)


@dataclass(frozen=True)
class ActivityRef:
    id: int
    title: str
    start_date: dt.date


@dataclass(frozen=True)
class CountedPerson:
    """A person behind a count. `counted`: what the row adds (1, or days for person-days).
    In a list over activities each row is one participation (`activity`); in a unique list
    each person comes once (`activity` None, `activities` they are counted in)."""

    person_id: int
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    birth_date: dt.date | None
    age_band: str | None
    age: AgeAt | None  # at the activity; None in a unique list
    organisation: str
    category: str | None
    roles: tuple[str, ...]
    days_present: int
    days_signed: int
    counted: int
    activity: ActivityRef | None
    activities: int = 1
    # Persons who completed a series (indicators): `days_present` are their days in it, of
    # these days of the series.
    days_of: int | None = None

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_names}".strip()


@dataclass(frozen=True)
class CountedHeadCount:
    """A head count behind a count, and what it adds to it."""

    head_count: HeadCountRow
    activity: ActivityRef
    counted: int


@dataclass(frozen=True)
class Explanation:
    field: str
    activity: ActivityRef | None  # the activity explained, or None for a period
    period: PeriodFilter | None
    youth_threshold: int
    persons: tuple[CountedPerson, ...]
    head_counts: tuple[CountedHeadCount, ...]

    @property
    def total(self) -> int:
        """The count explained: what the rows add, together."""
        return sum(p.counted for p in self.persons) + sum(h.counted for h in self.head_counts)


def field_label(field: str, youth_threshold: int = DEFAULT_YOUTH_THRESHOLD) -> UserMessage:
    """The field's name for a reader ("Women", "Youth (under 30)", "Category: media")."""
    if field in FIELD_LABELS:
        return UserMessage(CONTEXT, FIELD_LABELS[field], {"age": youth_threshold})
    code = field.removeprefix(CATEGORY_PREFIX)
    if code == NO_CATEGORY:
        return UserMessage(CONTEXT, QT_TRANSLATE_NOOP("Counts", "Category not stated"))
    if code == UNNAMED_CATEGORY:
        return UserMessage(CONTEXT, FIELD_LABELS["unnamed"])
    return UserMessage(
        CONTEXT, QT_TRANSLATE_NOOP("Counts", "Category: {category}"), {"category": code}
    )


def category_field(code: str | None) -> str:
    """The field of a by-category figure (None: not stated; report_data.UNNAMED: head
    counts)."""
    if code is None:
        return CATEGORY_PREFIX + NO_CATEGORY
    if code == "(unnamed)":
        return CATEGORY_PREFIX + UNNAMED_CATEGORY
    return CATEGORY_PREFIX + code


def check_field(field: str) -> None:
    """RegistreError naming the fields when `field` is not one."""
    if field in FIELDS:
        return
    code = field.removeprefix(CATEGORY_PREFIX)
    categories = {term.code for term in person_categories()} | {NO_CATEGORY, UNNAMED_CATEGORY}
    if field.startswith(CATEGORY_PREFIX) and code in categories:
        return
    raise RegistreError(
        UserMessage(
            CONTEXT,
            QT_TRANSLATE_NOOP("Counts", "There is no count called {field}; counts: {fields}."),
            {"field": field, "fields": ", ".join((*FIELDS, "category:CODE"))},
        )
    )


def _rule(field: str) -> rules.Rule:
    if field == "participations":
        return rules.PARTICIPANTS
    if field in rules.UNIQUE_RULES:
        return rules.UNIQUE_RULES[field]
    if field.startswith(CATEGORY_PREFIX):
        code = field.removeprefix(CATEGORY_PREFIX)
        if code == UNNAMED_CATEGORY:
            return rules.UNNAMED
        return rules.category_rule(None if code == NO_CATEGORY else code)
    return rules.RULES_BY_NAME[field]


def explain(
    database: Database,
    field: str,
    *,
    activity_id: int | None = None,
    period: PeriodFilter | None = None,
    youth_threshold: int | None = None,
) -> Explanation:
    """The persons and head counts behind `field` in one activity (any status, as its own
    report counts it) or over a period (its report's activities). `youth_threshold` defaults
    to the period's, else 30."""
    check_field(field)
    threshold = youth_threshold or (period.youth_threshold if period else DEFAULT_YOUTH_THRESHOLD)
    ids: Select[Any]
    if activity_id is not None:
        ids = select(Activity.id).where(Activity.id == activity_id)
    else:
        ids = reported_activity_ids(period or PeriodFilter())
    rule = _rule(field)
    with database.session() as session:
        activities = {
            a.id: a for a in session.scalars(select(Activity).where(Activity.id.in_(ids)))
        }
        if activity_id is not None and activity_id not in activities:
            raise not_found("activity", activity_id)
        refs = {i: ActivityRef(a.id, a.title, a.start_date) for i, a in activities.items()}
        if field in rules.UNIQUE_RULES:
            persons = tuple(_unique_person(row) for row in lists.unique_rows(session, ids, field))
        else:
            persons = tuple(
                _person(row, refs[row.activity_id])
                for row in lists.standing_rows(session, ids, rule, threshold)
            )
        head_counts: list[CountedHeadCount] = []
        for activity_id_, rows in sorted(
            head_counts_by_activity(session, ids).items(),
            key=lambda item: (refs[item[0]].start_date, item[0]),
        ):
            activity = activities[activity_id_]
            days = (activity.end_date - activity.start_date).days + 1
            for row, part in head_count_parts(rows, days):
                counted = rule.unnamed(part)
                if counted:
                    head_counts.append(CountedHeadCount(row, refs[activity_id_], counted))
    return Explanation(
        field=field,
        activity=refs[activity_id] if activity_id is not None else None,
        period=None if activity_id is not None else (period or PeriodFilter()),
        youth_threshold=threshold,
        persons=persons,
        head_counts=tuple(sorted(head_counts, key=_head_count_order)),
    )


def _head_count_order(item: CountedHeadCount) -> tuple[object, ...]:
    day = item.head_count.day
    return (item.activity.start_date, item.activity.id, day is not None, day, item.head_count.id)


def _person(row: lists.StandingRow, activity: ActivityRef) -> CountedPerson:
    return CountedPerson(
        person_id=row.person_id,
        family_name=row.family_name,
        given_names=row.given_names,
        sex=row.sex,
        birth_year=row.birth_year,
        birth_date=row.birth_date,
        age_band=row.age_band,
        age=age_at(
            row.birth_year,
            row.age_band,
            row.activity_start,
            birth_date=row.birth_date,
            exact_age=row.exact_age,
        ),
        organisation=row.organisation,
        category=row.category,
        roles=row.roles,
        days_present=row.days_present,
        days_signed=row.days_signed,
        counted=row.counted,
        activity=activity,
    )


def _unique_person(row: lists.PersonRow) -> CountedPerson:
    return CountedPerson(
        person_id=row.person_id,
        family_name=row.family_name,
        given_names=row.given_names,
        sex=row.sex,
        birth_year=row.birth_year,
        birth_date=row.birth_date,
        age_band=row.age_band,
        age=None,
        organisation=row.organisation,
        category=row.category,
        roles=(),
        days_present=0,
        days_signed=0,
        counted=1,
        activity=None,
        activities=row.activities,
    )
