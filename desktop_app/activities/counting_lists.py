"""The lists behind the counts: the standings a rule of activities/counting_rules.py keeps, with
the person's details (the same condition as the count's sum, so a list adds up to its count)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, null, select
from sqlalchemy.orm import Session

from desktop_app.activities.counting_rules import (
    UNIQUE_RULES,
    Rule,
    person_standing,
    standings,
)
from desktop_app.activities.people import People, people_of
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD
from desktop_app.store.models import Activity, Organisation


@dataclass(frozen=True)
class StandingRow:
    """A standing a rule keeps, with the person's details: one row of the list behind a count.
    `counted` is what the row adds to the count (1, or the participant days). Read from the
    analyst's views: `family_name` is the pseudonym, no given names, position or date of birth,
    and `exact_age` the age at the activity's start from the date of birth."""

    activity_id: int
    activity_title: str
    activity_start: dt.date
    person_id: int
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    birth_date: dt.date | None
    age_band: str | None
    organisation: str
    position: str
    category: str | None
    young: bool | None
    is_participant: bool
    is_team: bool
    roles: tuple[str, ...]
    days_present: int
    days_signed: int
    participant_days: int
    counted: int
    exact_age: int | None = None


def _person_columns(people: People) -> list[Any]:
    p = people.person.c
    family, given, position = people.names()
    return [
        p.id,
        family,
        given,
        p.sex,
        p.birth_year,
        people.birth_date if people.birth_date is not None else null(),
        p.age_band,
        func.coalesce(Organisation.acronym, Organisation.name, ""),
        func.coalesce(position, ""),
        p.category,
    ]


def _by_name(people: People) -> list[Any]:
    p = people.person.c
    if people.pseudonymised:
        return [p.pseudonym, p.id]
    return [p.family_name, p.given_names, p.id]


def standing_rows(
    session: Session,
    ids: Select[Any],
    rule: Rule,
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD,
) -> list[StandingRow]:
    """The standings `rule` keeps in the activities `ids`, by activity then name."""
    if rule.keeps is None:
        return []
    people = people_of(session)
    source = standings(ids, youth_threshold, details=True, people=people)
    s, groups = source.standing, source.groups
    statement = (
        source.statement.join(Activity, Activity.id == s.activity_id)
        .outerjoin(Organisation, Organisation.id == people.person.c.organisation_id)
        .add_columns(
            Activity.id,
            Activity.title,
            Activity.start_date,
            *_person_columns(people),
            s.young,
            case((s.is_participant, 1), else_=0),
            case((s.is_team, 1), else_=0),
            groups.c.roles,
            groups.c.days_present,
            groups.c.days_signed,
            s.participant_days,
            rule.weight(s),
            null() if source.exact_age is None else source.exact_age,
        )
        .where(rule.condition(s))
        .order_by(Activity.start_date, Activity.id, *_by_name(people))
    )
    rows = []
    for row in session.execute(statement):
        activity_id, title, start, person_id, family, given, sex, born, birth_date = row[:9]
        band, organisation, position, category, young, participant, team = row[9:16]
        roles, present, signed, participant_days, counted, exact_age = row[16:]
        rows.append(
            StandingRow(
                activity_id=activity_id,
                activity_title=title,
                activity_start=start,
                person_id=person_id,
                family_name=family,
                given_names=given or "",
                sex=sex,
                birth_year=born,
                birth_date=birth_date,
                age_band=band,
                organisation=str(organisation),
                position=str(position),
                category=category,
                young=None if young is None else bool(young),
                is_participant=bool(participant),
                is_team=bool(team),
                roles=tuple(sorted(str(roles or "").split(","))),
                days_present=int(present),
                days_signed=int(signed),
                participant_days=int(participant_days),
                counted=int(counted),
                exact_age=exact_age,
            )
        )
    return rows


@dataclass(frozen=True)
class PersonRow:
    """A person a unique rule keeps: each person once, with the activities they are counted in
    (as a participant)."""

    person_id: int
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
    birth_date: dt.date | None
    age_band: str | None
    organisation: str
    position: str
    category: str | None
    activities: int


def unique_rows(session: Session, ids: Select[Any], name: str) -> list[PersonRow]:
    """The persons the unique rule `name` (of UNIQUE_RULES) keeps over the activities `ids`."""
    rule = UNIQUE_RULES[name]
    assert rule.keeps is not None
    people = people_of(session)
    source = standings(ids, DEFAULT_YOUTH_THRESHOLD, people=people)
    persons, p = person_standing(source.groups, people)
    participations = (
        select(
            source.groups.c.person_id,
            func.sum(source.groups.c.is_participant).label("activities"),
        )
        .group_by(source.groups.c.person_id)
        .subquery("participations")
    )
    statement = (
        persons.join(participations, participations.c.person_id == p.person_id)
        .outerjoin(Organisation, Organisation.id == people.person.c.organisation_id)
        .add_columns(*_person_columns(people), participations.c.activities)
        .where(rule.condition(p))
        .order_by(*_by_name(people))
    )
    return [
        PersonRow(
            person_id=row[0],
            family_name=row[1],
            given_names=row[2] or "",
            sex=row[3],
            birth_year=row[4],
            birth_date=row[5],
            age_band=row[6],
            organisation=str(row[7]),
            position=str(row[8]),
            category=row[9],
            activities=int(row[10]),
        )
        for row in session.execute(statement)
    ]
