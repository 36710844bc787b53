"""The counts of the rules of activities/counting_rules.py, summed in SQL: one statement per
report or activity list, the attendance grouped once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import add
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, null, or_, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors

from desktop_app.activities.counting_rules import (
    CATEGORY,
    RULES,
    UNIQUE_RULES,
    Rule,
    Standing,
    category_rule,
    person_standing,
    standings,
)
from desktop_app.activities.headcounts import Unnamed
from desktop_app.activities.people import PERSONS, People, people_of
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD

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

    def counts(self, activity_id: int, extra: Unnamed) -> dict[str, int]:
        """Every rule's count in one activity, by rule name: the fields of `Counts` (tallied
        with all the RULES)."""
        count = self.counter(activity_id, extra)
        return {rule.name: count(rule) for rule in RULES}

    def by_category(self, activity_id: int) -> dict[str | None, int]:
        """Named participants by category code (None: not stated), for a tally `by_category`."""
        return {
            code if isinstance(code, str) else None: int(n)
            for (name, code), n in self.by_value.get(activity_id, {}).items()
            if name == CATEGORY and n
        }


@dataclass(frozen=True)
class TallyQuery:
    """The statement of `tally` and how to read its rows, built once and run as often as
    wished (the counter of the check-in screen runs the same one at every check-in, its
    activity given as a parameter)."""

    statement: Any
    reads: dict[str, int | tuple[str, object]]
    keys: list[tuple[str, int]]  # grouped column -> the position of the sum its rules read
    unique: dict[str, int]  # unique rule name -> the position of its sum, when asked for


def tally_query(
    ids: Select[Any],
    rules: Sequence[Rule] = RULES,
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD,
    *,
    by_category: bool = False,
    unique: bool = False,
    people: People = PERSONS,
) -> TallyQuery:
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
    source = standings(ids, youth_threshold, people=people)
    if not _reads(
        source.groups.c.participant_days, [_sum(source.standing, *sum_) for sum_ in sums]
    ):
        source = standings(ids, youth_threshold, days=False, people=people)
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
        persons, p = person_standing(source.groups, people)
        columns = [
            _sum(p, sum_[0], per_day=False) if sum_ in unique_sums.values() else null()
            for sum_ in sums
        ]
        statement = union_all(
            by_activity, persons.add_columns(null(), *(null() for _ in keys), *columns)
        )
    reads: dict[str, int | tuple[str, object]] = {
        rule.name: (
            rule.by
            if rule.by is not None and rule.by[0] in keys
            else sums.index(_sum_of(rule, keys))
        )
        for rule in chosen
    }
    return TallyQuery(
        statement,
        reads,
        [(k, read_by_key[k]) for k in keys],
        {name: sums.index(sum_) for name, sum_ in unique_sums.items() if sum_ in sums}
        if unique
        else {},
    )


def run_tally(
    session: Session, query: TallyQuery, parameters: Mapping[str, Any] | None = None
) -> Tallies:
    """Run a `tally_query` (with the values of its parameters) and add up its rows."""
    result = Tallies(dict(query.reads))
    unique_values = _read(session.execute(query.statement, parameters), result, query.keys)
    if unique_values is not None:
        result.unique = {
            name: int(unique_values[position] or 0) for name, position in query.unique.items()
        }
    return result


def tally(
    session: Session,
    ids: Select[Any],
    rules: Sequence[Rule] = RULES,
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD,
    *,
    by_category: bool = False,
    unique: bool = False,
) -> Tallies:
    """`tally_query` built and run at once, over the session's person source."""
    query = tally_query(
        ids,
        rules,
        youth_threshold,
        by_category=by_category,
        unique=unique,
        people=people_of(session),
    )
    return run_tally(session, query)


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
