"""The counting rules of DOMAIN.md, written once: which persons every count counts.

Every count of an activity is a `Rule` over its *standings*: one row per (activity, live person)
with live attendance, saying whether the person was a participant on at least one day, whether
they are in the facilitation team (a team role and never participant; observers are in
neither), their sex, whether they were young at the activity's start (services/ages.py), their
category, the days they spent as a participant and whether that was every day of the activity.
A rule keeps some standings; each counts once, or for its participant days (person-days). Head
counts add the `Unnamed` field the rule names (services/headcounts.py).

The same rule gives the number and the list behind it: `tally` sums the standings a rule keeps
(SQL, grouped by activity: fast, no list), `standing_rows` returns those standings with the
person's details. They cannot disagree: they are one condition on one set of rows.

Over a period, unique persons are counted on *person standings* (one row per live person who
attended any of the activities): `UNIQUE_RULES` apply the rules that read only who the person
is (participant somewhere, sex) to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import add
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors

from desktop_app.services.ages import DEFAULT_YOUTH_THRESHOLD, Column, youth_sql_for_year
from desktop_app.services.headcounts import Unnamed
from desktop_app.store.models import Activity, Attendance, Organisation, Person
from desktop_app.store.sql_dialect import days_between, distinct_list, year_of
from desktop_app.store.vocabulary import team_roles

SEXES = ("F", "M")  # any other value, or none, is "sex not stated"
CATEGORY = "category"  # the standing's column the by-category figures group on


@dataclass(frozen=True)
class Standing:
    """How one person stands in one activity: the SQL columns every rule reads."""

    activity_id: ColumnElement[Any]
    person_id: Column
    is_participant: ColumnElement[bool]
    is_team: ColumnElement[bool]
    sex: Column
    young: ColumnElement[Any]  # 1, 0 or NULL (age unknown)
    category: Column
    participant_days: ColumnElement[Any]
    complete: ColumnElement[bool]  # a participant on every day of the activity


@dataclass(frozen=True)
class Rule:
    """One count: the standings it keeps, their weight (1, or the participant days for
    person-days) and the `Unnamed` field head counts add to it (None: they add nothing).

    A standing is kept when `keeps` holds and, for a rule `by` a column (the categories), when
    that column of the standing has the given value; `tally` can then read all such rules from
    one grouping on the column rather than one condition each. `keeps` None: only head counts
    add to the count.
    """

    name: str
    keeps: Callable[[Standing], ColumnElement[bool]] | None
    per_day: bool = False
    head_count: str | None = None
    by: tuple[str, object] | None = None

    def weight(self, standing: Standing) -> ColumnElement[Any]:
        return _weight(standing, self.per_day)

    def condition(self, standing: Standing) -> ColumnElement[bool]:
        """Which standings the rule keeps, as one SQL condition (the lists use it)."""
        if self.keeps is None:
            return false()
        kept = self.keeps(standing)
        if self.by is None:
            return kept
        column, value = getattr(standing, self.by[0]), self.by[1]
        return and_(kept, column.is_(None) if value is None else column == value)

    def unnamed(self, extra: Unnamed) -> int:
        """What head counts add to this count."""
        return int(getattr(extra, self.head_count)) if self.head_count else 0


def _weight(standing: Standing, per_day: bool) -> ColumnElement[Any]:
    return standing.participant_days if per_day else literal(1)


def _participant(s: Standing) -> ColumnElement[bool]:
    return s.is_participant


def _woman(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, s.sex == "F")


def _man(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, s.sex == "M")


def _sex_not_stated(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, func.coalesce(s.sex, "").not_in(SEXES))


def _young(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, s.young == 1)


def _not_young(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, s.young == 0)


def _age_unknown(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, s.young.is_(None))


def _complete(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, s.complete)


def _team(s: Standing) -> ColumnElement[bool]:
    return s.is_team


def _present(s: Standing) -> ColumnElement[bool]:
    return true()


PARTICIPANTS = Rule("participants", _participant, head_count="total")
NAMED = Rule("named", _participant)
UNNAMED = Rule("unnamed", None, head_count="total")
WOMEN = Rule("women", _woman, head_count="women")
MEN = Rule("men", _man, head_count="men")
SEX_NOT_STATED = Rule("sex_not_stated", _sex_not_stated, head_count="sex_not_stated")
YOUTH = Rule("youth", _young, head_count="youth")
NOT_YOUTH = Rule("not_youth", _not_young, head_count="not_youth")
AGE_UNKNOWN = Rule("age_unknown", _age_unknown, head_count="age_unknown")
PERSON_DAYS = Rule("person_days", _participant, per_day=True, head_count="person_days")
COMPLETION = Rule("completion", _complete)
TEAM = Rule("team", _team)
PRESENT = Rule("present", _present)  # everyone on the name list, observers included

RULES: tuple[Rule, ...] = (
    PARTICIPANTS,
    NAMED,
    UNNAMED,
    WOMEN,
    MEN,
    SEX_NOT_STATED,
    YOUTH,
    NOT_YOUTH,
    AGE_UNKNOWN,
    PERSON_DAYS,
    COMPLETION,
    TEAM,
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}

# Each person once over a period: the rule whose standings it keeps, read on person standings.
UNIQUE_RULES: dict[str, Rule] = {
    "unique_persons": PARTICIPANTS,
    "unique_named": NAMED,
    "unique_women": WOMEN,
    "unique_men": MEN,
    "unique_sex_not_stated": SEX_NOT_STATED,
}


def category_rule(code: str | None) -> Rule:
    """Named participants of one category (None: not stated)."""
    return Rule(f"category:{code or ''}", _participant, by=(CATEGORY, code))


# The SQL ------------------------------------------------------------------------------------


def _attendance_groups(ids: Select[Any], *, details: bool, days: bool = True) -> CTE:
    """One row per (activity, person) with live attendance in the activities `ids`: the one
    grouping of attendance behind every count (the costly part of a report). Without `days`,
    no participant days (no rule asked for reads them: the sum costs 7 % of the grouping)."""
    participant = Attendance.role == "participant"
    columns: list[Any] = [
        Attendance.activity_id,
        Attendance.person_id,
        func.max(case((participant, 1), else_=0)).label("is_participant"),
        func.max(case((Attendance.role.in_(sorted(team_roles())), 1), else_=0)).label(
            "in_team_role"
        ),
    ]
    if days:
        columns.append(func.sum(case((participant, 1), else_=0)).label("participant_days"))
    if details:
        columns += [
            func.count(func.distinct(Attendance.day)).label("days_present"),
            func.count(func.distinct(case((Attendance.signed, Attendance.day), else_=None))).label(
                "days_signed"
            ),
            distinct_list(Attendance.role).label("roles"),
        ]
    return (
        select(*columns)
        .where(~Attendance.deleted, Attendance.activity_id.in_(ids))
        .group_by(Attendance.activity_id, Attendance.person_id)
        .cte("attendance_groups")
    )


def _activity_facts(ids: Select[Any]) -> CTE:
    # Worked out once per activity, not once per person (julianday is costly at 150,000 rows).
    return (
        select(
            Activity.id.label("id"),
            year_of(Activity.start_date).label("start_year"),
            (days_between(Activity.end_date, Activity.start_date) + 1).label("day_count"),
        )
        .where(Activity.id.in_(ids))
        .cte("activity_facts")
        .prefix_with("MATERIALIZED")
    )


@dataclass(frozen=True)
class _Standings:
    groups: CTE
    statement: Select[Any]  # FROM groups, person, facts; live persons; no columns yet
    standing: Standing


def _standings(
    ids: Select[Any], youth_threshold: int, *, details: bool = False, days: bool = True
) -> _Standings:
    groups = _attendance_groups(ids, details=details, days=days)
    facts = _activity_facts(ids)
    participant = groups.c.is_participant == 1
    standing = Standing(
        activity_id=groups.c.activity_id,
        person_id=groups.c.person_id,
        is_participant=participant,
        is_team=and_(~participant, groups.c.in_team_role == 1),
        sex=Person.sex,
        young=youth_sql_for_year(
            Person.birth_year, Person.age_band, facts.c.start_year, youth_threshold
        ),
        category=Person.category,
        participant_days=groups.c.participant_days if days else null(),
        complete=groups.c.participant_days >= facts.c.day_count if days else false(),
    )
    statement = (
        select()
        .select_from(groups)
        .join(Person, Person.id == groups.c.person_id)
        .join(facts, facts.c.id == groups.c.activity_id)
        .where(~Person.deleted)
    )
    return _Standings(groups, statement, standing)


def _person_standing(groups: CTE) -> tuple[Select[Any], Standing]:
    """One row per live person who was a participant in at least one of the activities: the
    standing the unique counts read (who the person is, not how they attended)."""
    participants = select(groups.c.person_id).where(groups.c.is_participant == 1)
    standing = Standing(
        activity_id=null(),
        person_id=Person.id,
        is_participant=true(),
        is_team=false(),
        sex=Person.sex,
        young=null(),
        category=Person.category,
        participant_days=literal(0),
        complete=false(),
    )
    # A scan of persons against the set of ids beats a lookup per id.
    statement = select().select_from(Person).where(~Person.deleted, Person.id.in_(participants))
    return statement, standing


Sum = tuple[Callable[[Standing], ColumnElement[bool]], bool]  # (condition, per_day)


@dataclass
class Tallies:
    """What `tally` read: for each activity, the sums of its rules (`totals`) and, by category,
    the named participants (`by_value`); each person once over all the activities (`unique`,
    by UNIQUE_RULES name). `reads[rule name]` says where a rule's named part is: a position in
    the totals, or a (column, value) of `by_value`."""

    reads: dict[str, int | tuple[str, object]]
    totals: dict[int, list[Any]] = field(default_factory=dict)
    by_value: dict[int, dict[tuple[str, object], Any]] = field(default_factory=dict)
    unique: dict[str, int] = field(default_factory=dict)

    def named(self, activity_id: int, rule: Rule) -> int:
        """The named part of `rule`'s count in one activity (0 without standings)."""
        read = self.reads.get(rule.name)
        if read is None:
            if rule.keeps is None:
                return 0
            raise KeyError(f"{rule.name} was not tallied")
        if isinstance(read, int):
            totals = self.totals.get(activity_id)
            return int(totals[read]) if totals else 0  # PostgreSQL: some sums are Decimal
        return int(self.by_value.get(activity_id, {}).get(read, 0))

    def counter(self, activity_id: int, extra: Unnamed) -> Callable[[Rule], int]:
        """A rule's count in one activity: the named part, and what its head counts (`extra`)
        add."""
        return lambda rule: self.named(activity_id, rule) + rule.unnamed(extra)

    def by_category(self, activity_id: int) -> dict[str | None, int]:
        """Named participants by category code (None: not stated), for a tally `by_category`."""
        return {
            code if isinstance(code, str) else None: int(n)
            for (name, code), n in self.by_value.get(activity_id, {}).items()
            if name == CATEGORY and n
        }


def tally(
    session: Session,
    ids: Select[Any],
    rules: Sequence[Rule] = RULES,
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD,
    *,
    by_category: bool = False,
    unique: bool = False,
) -> Tallies:
    """The sums behind the rules' counts over the activities `ids`, in one statement
    (attendance grouped once): each rule is the sum of its condition, except that with
    `by_category` the rules by category read one grouping on the person's category.

    Measured on 200,000 attendance rows: an aggregate FILTER per rule is cheaper than a CASE,
    and cheaper than grouping on youth too (the rows to read would triple)."""
    chosen = [rule for rule in rules if rule.keeps is not None]
    if by_category:
        chosen.append(category_rule(None))  # the grouping reads its sum
    keys = (CATEGORY,) if by_category else ()
    sums: list[Sum] = []
    for rule in chosen:
        if _sum_of(rule, keys) not in sums:
            sums.append(_sum_of(rule, keys))
    read_by_key: dict[str, int] = {}  # grouped column -> the sum its rules read
    for rule in chosen:
        if rule.by is not None and rule.by[0] in keys:
            position = sums.index(_sum_of(rule, keys))
            if read_by_key.setdefault(rule.by[0], position) != position:
                raise ValueError(f"the rules by {rule.by[0]} must keep the same standings")
    source = _standings(ids, youth_threshold)
    if not _reads(
        source.groups.c.participant_days, [_sum(source.standing, *sum_) for sum_ in sums]
    ):
        source = _standings(ids, youth_threshold, days=False)
    s = source.standing
    key_columns = [_grouping_column(s, name, chosen) for name in keys]
    by_activity = source.statement.add_columns(
        s.activity_id,
        *key_columns,
        *(_sum(s, condition, per_day) for condition, per_day in sums),
    ).group_by(s.activity_id, *key_columns)
    statement: Any = by_activity
    unique_sums = {name: _sum_of(rule, keys) for name, rule in UNIQUE_RULES.items()}
    if unique:
        persons, p = _person_standing(source.groups)
        columns = [
            _sum(p, sum_[0], per_day=False) if sum_ in unique_sums.values() else null()
            for sum_ in sums
        ]
        statement = union_all(
            by_activity, persons.add_columns(null(), *(null() for _ in keys), *columns)
        )
    result = Tallies(
        {
            rule.name: (
                rule.by
                if rule.by is not None and rule.by[0] in keys
                else sums.index(_sum_of(rule, keys))
            )
            for rule in chosen
        }
    )
    unique_values = _read(session.execute(statement), result, [(k, read_by_key[k]) for k in keys])
    if unique_values is not None:
        result.unique = {
            name: int(unique_values[sums.index(sum_)] or 0)
            for name, sum_ in unique_sums.items()
            if sum_ in sums
        }
    return result


def _read(
    rows: Iterable[Any], result: Tallies, keys: list[tuple[str, int]]
) -> Sequence[Any] | None:
    """Add up the rows of `tally`'s statement (hot: tens of thousands of rows); the sums of the
    person standings' row, when there is one."""
    width = len(keys) + 1
    totals, by_value = result.totals, result.by_value
    unique = None
    for row in rows:
        activity_id = row[0]
        values = row[width:]
        if activity_id is None:
            unique = values
            continue
        total = totals.get(activity_id)
        if total is None:
            totals[activity_id] = list(values)
            groups = by_value[activity_id] = {}
        else:
            totals[activity_id] = list(map(add, total, values))
            groups = by_value[activity_id]
        for index, (name, position) in enumerate(keys, 1):
            key = (name, row[index])
            groups[key] = groups.get(key, 0) + values[position]
    return unique


def _reads(column: ColumnElement[Any], expressions: Sequence[ColumnElement[Any]]) -> bool:
    """Whether any of `expressions` reads `column`."""
    return any(element is column for e in expressions for element in visitors.iterate(e))


def _sum(
    s: Standing, condition: Callable[[Standing], ColumnElement[bool]], per_day: bool
) -> ColumnElement[Any]:
    """The weights of the standings `condition` keeps (an aggregate FILTER: the cheapest form
    on both engines)."""
    if per_day:
        return func.coalesce(func.sum(s.participant_days).filter(condition(s)), 0)
    return func.count().filter(condition(s))


def _sum_of(rule: Rule, keys: Sequence[str]) -> Sum:
    """The sum a rule's count is read from: its whole condition, or only what it keeps when it
    is read by the value of a grouped column."""
    assert rule.keeps is not None
    if rule.by is None or rule.by[0] in keys:
        return (rule.keeps, rule.per_day)
    return (rule.condition, rule.per_day)


def _grouping_column(s: Standing, name: str, rules: Sequence[Rule]) -> ColumnElement[Any]:
    """The standing's column `name`, NULL where no rule grouped on it keeps the standing (fewer
    groups; those standings add nothing to the sums such rules read)."""
    kept = [rule.keeps(s) for rule in rules if rule.by and rule.by[0] == name and rule.keeps]
    return case((or_(*kept), getattr(s, name)), else_=None).label(name)


@dataclass(frozen=True)
class StandingRow:
    """A standing a rule keeps, with the person's details: one row of the list behind a count.
    `counted` is what the row adds to the count (1, or the participant days)."""

    activity_id: int
    activity_title: str
    activity_start: dt.date
    person_id: int
    family_name: str
    given_names: str
    sex: str | None
    birth_year: int | None
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


def _person_columns() -> list[Any]:
    return [
        Person.id,
        Person.family_name,
        Person.given_names,
        Person.sex,
        Person.birth_year,
        Person.age_band,
        func.coalesce(Organisation.acronym, Organisation.name, ""),
        func.coalesce(Person.position, ""),
        Person.category,
    ]


def standing_rows(
    session: Session,
    ids: Select[Any],
    rule: Rule,
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD,
) -> list[StandingRow]:
    """The standings `rule` keeps in the activities `ids`, by activity then name."""
    if rule.keeps is None:
        return []
    source = _standings(ids, youth_threshold, details=True)
    s, groups = source.standing, source.groups
    statement = (
        source.statement.join(Activity, Activity.id == s.activity_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .add_columns(
            Activity.id,
            Activity.title,
            Activity.start_date,
            *_person_columns(),
            s.young,
            case((s.is_participant, 1), else_=0),
            case((s.is_team, 1), else_=0),
            groups.c.roles,
            groups.c.days_present,
            groups.c.days_signed,
            s.participant_days,
            rule.weight(s),
        )
        .where(rule.condition(s))
        .order_by(
            Activity.start_date, Activity.id, Person.family_name, Person.given_names, Person.id
        )
    )
    rows = []
    for row in session.execute(statement):
        activity_id, title, start, person_id, family, given, sex, born, band = row[:9]
        organisation, position, category, young, participant, team, roles = row[9:16]
        present, signed, participant_days, counted = row[16:]
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
    age_band: str | None
    organisation: str
    position: str
    category: str | None
    activities: int


def unique_rows(session: Session, ids: Select[Any], name: str) -> list[PersonRow]:
    """The persons the unique rule `name` (of UNIQUE_RULES) keeps over the activities `ids`."""
    rule = UNIQUE_RULES[name]
    assert rule.keeps is not None
    source = _standings(ids, DEFAULT_YOUTH_THRESHOLD)
    persons, p = _person_standing(source.groups)
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
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .add_columns(*_person_columns(), participations.c.activities)
        .where(rule.condition(p))
        .order_by(Person.family_name, Person.given_names, Person.id)
    )
    return [
        PersonRow(
            person_id=row[0],
            family_name=row[1],
            given_names=row[2] or "",
            sex=row[3],
            birth_year=row[4],
            age_band=row[5],
            organisation=str(row[6]),
            position=str(row[7]),
            category=row[8],
            activities=int(row[9]),
        )
        for row in session.execute(statement)
    ]
