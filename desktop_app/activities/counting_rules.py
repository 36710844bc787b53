"""The counting rules of docs/domain.md, written once: which persons every count counts.

Every count of an activity is a `Rule` over its *standings*: one row per (activity, live person)
with live attendance, saying whether the person was a participant on at least one day, whether
they are in the facilitation team (a team role and never participant; observers are in
neither), their sex, whether they were young at the activity's start (records/ages.py: the
exact age when the date of birth is known, the year rule when only the birth year is, the age
band otherwise) and whether that age rests on a birth year alone, their category, the days
they spent as a participant and whether that met the activity's completion rule (a share of
its days, default 80 %). A rule keeps
some standings; each counts once, or for its participant days (person-days). Head counts add
the `Unnamed` field the rule names (activities/headcounts.py).

The same rule gives the number and the list behind it: `counting_sums.tally` sums the standings
a rule keeps (SQL, grouped by activity: fast, no list), `counting_lists.standing_rows` returns
those standings with the person's details. They cannot disagree: both read the rule's condition
on the rows `standings` gives.

Over a period, unique persons are counted on *person standings* (one row per live person who
attended any of the activities): `UNIQUE_RULES` apply the rules that read only who the person
is (participant somewhere, sex) to them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
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
    select,
    true,
)

from desktop_app.activities.headcounts import Unnamed
from desktop_app.activities.people import PERSONS, People
from desktop_app.records.ages import Column, from_year_only_sql, youth_sql
from desktop_app.store.models import Activity
from desktop_app.store.sql_dialect import days_between, distinct_list, year_of, years_before
from desktop_app.store.vocabulary import team_roles

SEXES = ("F", "M")  # any other value, or none, is "sex not stated"
# Completion: a participant on at least this share of the activity's days, unless the activity
# sets its own rule (docs/domain.md). 80 %: every day of an activity of up to four days.
DEFAULT_COMPLETION_PERCENT = 80
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
    year_only: ColumnElement[bool]  # the age rests on a birth year alone (the year rule)
    category: Column
    participant_days: ColumnElement[Any]
    # a participant on at least the activity's completion share of its days
    complete: ColumnElement[bool]


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


def _age_from_year_only(s: Standing) -> ColumnElement[bool]:
    return and_(s.is_participant, s.year_only)


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
# Participants whose age (hence youth) comes from a birth year only: head counts add none.
AGE_FROM_YEAR_ONLY = Rule("age_from_year_only", _age_from_year_only)
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
    AGE_FROM_YEAR_ONLY,
    PERSON_DAYS,
    COMPLETION,
    TEAM,
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}


@dataclass(frozen=True, kw_only=True)
class Counts:
    """Every count of `RULES`, one field per rule and of its name: the figures of an activity
    (its row in the list, its report) and of a period alike. Each is the rule's named part
    plus what head counts add (`counting_sums.Tallies.counts`)."""

    participants: int
    named: int
    unnamed: int
    women: int
    men: int
    sex_not_stated: int
    youth: int
    not_youth: int
    age_unknown: int
    age_from_year_only: int  # participants whose age comes from a birth year alone
    person_days: int
    completion: int  # named participants present on every day
    team: int

    @property
    def youth_share(self) -> float | None:
        """Youth / participants, None when there are no participants."""
        return self.youth / self.participants if self.participants else None


def summed(counts: Sequence[Counts]) -> dict[str, Any]:
    """The fields of `Counts` summed over `counts` (activities: participations)."""
    return {f.name: sum(getattr(c, f.name) for c in counts) for f in fields(Counts)}


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


def _attendance_groups(
    ids: Select[Any], people: People, *, details: bool, days: bool = True
) -> CTE:
    """One row per (activity, person) with live attendance in the activities `ids`: the one
    grouping of attendance behind every count (the costly part of a report). Without `days`,
    no participant days (no rule asked for reads them: the sum costs 7 % of the grouping).
    From the analyst's views, the exact age at the activity's start too (`exact_age`)."""
    a = people.attendance.c
    participant = a.role == "participant"
    columns: list[Any] = [
        a.activity_id,
        a.person_id,
        func.max(case((participant, 1), else_=0)).label("is_participant"),
        func.max(case((a.role.in_(sorted(team_roles())), 1), else_=0)).label("in_team_role"),
    ]
    if days:
        columns.append(func.sum(case((participant, 1), else_=0)).label("participant_days"))
    if details:
        columns += [
            func.count(func.distinct(a.day)).label("days_present"),
            func.count(func.distinct(case((a.signed, a.day), else_=None))).label("days_signed"),
            distinct_list(a.role).label("roles"),
        ]
    if people.pseudonymised:
        columns.append(func.max(a.age_at_start).label("exact_age"))
    return (
        select(*columns)
        .where(~a.deleted, a.activity_id.in_(ids))
        .group_by(a.activity_id, a.person_id)
        .cte("attendance_groups")
    )


def _activity_facts(ids: Select[Any], youth_threshold: int) -> CTE:
    # Worked out once per activity, not once per person (julianday is costly at 150,000 rows).
    return (
        select(
            Activity.id.label("id"),
            Activity.start_date.label("start_date"),
            year_of(Activity.start_date).label("start_year"),
            # Born after this day: young (the exact age, one comparison per person).
            years_before(Activity.start_date, literal(youth_threshold)).label("born_after"),
            (days_between(Activity.end_date, Activity.start_date) + 1).label("day_count"),
            func.coalesce(Activity.completion_percent, DEFAULT_COMPLETION_PERCENT).label(
                "completion_percent"
            ),
        )
        .where(Activity.id.in_(ids))
        .cte("activity_facts")
        .prefix_with("MATERIALIZED")
    )


@dataclass(frozen=True)
class Standings:
    """The SQL of the standings of some activities: the grouping of their attendance, a
    statement from it (with the persons and the activities' facts joined, live persons only, no
    columns yet) and the standing's columns the rules read."""

    groups: CTE
    statement: Select[Any]  # FROM groups, person, facts; live persons; no columns yet
    standing: Standing
    people: People = PERSONS
    # The age at the start from the date of birth, where the source gives it (analyst's views)
    exact_age: ColumnElement[Any] | None = None


def standings(
    ids: Select[Any],
    youth_threshold: int,
    *,
    details: bool = False,
    days: bool = True,
    people: People = PERSONS,
) -> Standings:
    """The standings of the activities `ids`. `details`: the days present and signed and the
    roles too (for the lists); without `days`, no participant days (when no rule reads them).
    `people`: where persons are read from (activities/people.py)."""
    groups = _attendance_groups(ids, people, details=details, days=days)
    facts = _activity_facts(ids, youth_threshold)
    participant = groups.c.is_participant == 1
    p = people.person.c
    exact_age = groups.c.exact_age if people.pseudonymised else None
    birth_date = people.birth_date
    standing = Standing(
        activity_id=groups.c.activity_id,
        person_id=groups.c.person_id,
        is_participant=participant,
        is_team=and_(~participant, groups.c.in_team_role == 1),
        sex=p.sex,
        young=youth_sql(
            p.birth_year,
            p.age_band,
            facts.c.start_date,
            youth_threshold,
            birth_date=birth_date,
            start_year=facts.c.start_year,
            born_after=facts.c.born_after,
            exact_age=exact_age,
        ),
        # Without a date of birth the view gives no exact age: the same condition.
        year_only=from_year_only_sql(
            exact_age if birth_date is None else birth_date,  # type: ignore[arg-type]
            p.birth_year,
        ),
        category=p.category,
        participant_days=groups.c.participant_days if days else null(),
        # Whole numbers on both engines: days x 100 >= day count x the rule's percent.
        complete=(
            groups.c.participant_days * 100 >= facts.c.day_count * facts.c.completion_percent
            if days
            else false()
        ),
    )
    statement = (
        select()
        .select_from(groups)
        .join(people.person, p.id == groups.c.person_id)
        .join(facts, facts.c.id == groups.c.activity_id)
        .where(~p.deleted)
    )
    return Standings(groups, statement, standing, people, exact_age)


def person_standing(groups: CTE, people: People = PERSONS) -> tuple[Select[Any], Standing]:
    """One row per live person who was a participant in at least one of the activities: the
    standing the unique counts read (who the person is, not how they attended)."""
    participants = select(groups.c.person_id).where(groups.c.is_participant == 1)
    p = people.person.c
    standing = Standing(
        activity_id=null(),
        person_id=p.id,
        is_participant=true(),
        is_team=false(),
        sex=p.sex,
        young=null(),
        year_only=false(),
        category=p.category,
        participant_days=literal(0),
        complete=false(),
    )
    # A scan of persons against the set of ids beats a lookup per id.
    statement = select().select_from(people.person).where(~p.deleted, p.id.in_(participants))
    return statement, standing
