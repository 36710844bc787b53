"""An indicator's figure in one period and office: what each participant, head count or
activity adds to it (its *contributions*), then their sum, share and breakdown.

The number and the list behind it are both read from the contributions: they cannot disagree.
Unique measures keep each person once, at their first activity of the cell (by start date, then
activity: the order of the reports' lists); their age and office are those of that activity.
Head-count attendees add what the rules say they add (activities/headcounts.py); they are
placed by sex when the head count states it, and are "unnamed" in the disaggregations that
cannot place them (age band, category, region). With a category filter head counts add
nothing: their attendees' categories are not known; with a role filter, they add only when
it keeps participants (head counts are participants).

Persons who completed a series: the series is the cell's activities (the indicator's kind or
tag within the period, office and filters); a person's days are their present days in those
activities (as participant, or in the filter's roles), against the series' days.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from desktop_app.activities.headcounts import HeadCountRow, Unnamed
from desktop_app.indicators.definitions import (
    AGE_PREFIX,
    DISABILITY,
    PERSON_MEASURES,
    SHARES,
    UNKNOWN,
    UNNAMED,
    AgeBands,
)
from desktop_app.indicators.facts import ActivityFact, Facts, StandingFact
from desktop_app.indicators.periods import Period
from desktop_app.records.tag_text import tag_key


@dataclass(frozen=True)
class Definition:
    measure: str
    filters: Mapping[str, Sequence[str]]
    disaggregations: Sequence[str]
    series_percent: int | None = None

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(self.filters.get("role", ()))


class Contribution(NamedTuple):
    weight: int
    numerator: int  # the part of the weight a share's numerator counts
    values: tuple[str, ...]  # one per disaggregation of the definition
    activity_id: int
    person_id: int | None  # None: a head count's attendees, or an activity held
    head_count: HeadCountRow | None


@dataclass(frozen=True)
class Value:
    """A figure: `value` the count, or the share in % (None without a denominator);
    `breakdown[disaggregation][value]` the counts by value."""

    value: float | None
    numerator: int
    denominator: int
    breakdown: Mapping[str, Mapping[str, int]]


def activities_in(
    facts: Facts, definition: Definition, period: Period, office: str | None
) -> list[ActivityFact]:
    filters = definition.filters
    kinds, countries, offices = (set(filters.get(k, ())) for k in ("kind", "country", "office"))
    tags = {tag_key(tag) for tag in filters.get("tag", ())}
    return [
        a
        for a in facts.activities
        if period.contains(a.start)
        and (office is None or a.office == office)
        and (not kinds or a.kind in kinds)
        and (not countries or a.country in countries)
        and (not offices or a.office in offices)
        and (not tags or not tags.isdisjoint(a.tags))
    ]


def contributions(
    facts: Facts,
    definition: Definition,
    period: Period,
    office: str | None,
    age_sets: Mapping[str, AgeBands],
) -> list[Contribution]:
    measure = definition.measure
    activities = activities_in(facts, definition, period, office)
    if measure == "activities_held":
        return [
            Contribution(1, 0, _activity_values(a, definition), a.id, None, None)
            for a in activities
            if a.held
        ]
    categories = frozenset(definition.filters.get("category", ()))
    dims = tuple(definition.disaggregations)
    who = _Who(categories, definition.roles)
    if measure == "series":
        return _series(facts, activities, definition.series_percent or 100, dims, who, age_sets)
    if measure not in PERSON_MEASURES:
        result: list[Contribution] = []
        for activity in activities:
            result += _of_activity(facts, activity, measure, dims, who, age_sets)
        return result
    seen: dict[int, Contribution] = {}  # each person once, at their first activity
    head_counts: list[Contribution] = []
    for activity in activities:
        for item in _of_activity(facts, activity, measure, dims, who, age_sets):
            if item.person_id is None:
                head_counts.append(item)
            elif item.person_id not in seen:
                seen[item.person_id] = item
    return [*seen.values(), *head_counts]


class _Who(NamedTuple):
    """Whom a definition counts: the persons of these categories (none: any), as participants
    or, with roles, in these roles."""

    categories: frozenset[str]
    roles: frozenset[str]

    def days(self, fact: StandingFact) -> int:
        """The person's days that count (0: not counted)."""
        if self.categories and fact.category not in self.categories:
            return 0
        return fact.days_in(self.roles)

    def head_counts_add(self) -> bool:
        return not self.categories and (not self.roles or "participant" in self.roles)


def _complete(fact: StandingFact, activity: ActivityFact, who: _Who, days: int) -> bool:
    if not who.roles:
        return fact.complete  # the COMPLETION rule's own condition
    # The same rule on the days in the filter's roles: days x 100 >= day count x percent.
    return days * 100 >= activity.days * activity.completion_percent


def _of_activity(
    facts: Facts,
    activity: ActivityFact,
    measure: str,
    dims: tuple[str, ...],
    who: _Who,
    age_sets: Mapping[str, AgeBands],
) -> list[Contribution]:
    """What one activity's participants and head counts add to a measure, each participant as
    many times as the activity counts them (once): worked out once per activity and kept, as
    a table asks for each activity in several periods and offices."""
    key = (activity.id, measure, dims, who)
    kept: list[Contribution] | None = facts.kept.get(key)
    if kept is not None:
        return kept
    values = _values(facts, activity, dims, age_sets)
    result: list[Contribution] = []
    for fact, fact_values in zip(facts.standings.get(activity.id, ()), values, strict=True):
        days = who.days(fact)
        if not days:
            continue
        if measure == "completed" and not _complete(fact, activity, who, days):
            continue
        weight = days if measure == "person_days" else 1
        numerator = int(
            (measure == "share_women" and fact.sex == "F")
            or (measure == "share_youth" and fact.young is True)
        )
        result.append(
            Contribution(weight, numerator, fact_values, activity.id, fact.person_id, None)
        )
    if who.head_counts_add() and measure != "completed":
        for row, part in activity.head_counts:
            result.extend(_head_count(measure, dims, activity, row, part))
    facts.kept[key] = result
    return result


def _series(
    facts: Facts,
    activities: Sequence[ActivityFact],
    percent: int,
    dims: tuple[str, ...],
    who: _Who,
    age_sets: Mapping[str, AgeBands],
) -> list[Contribution]:
    """Persons present on at least `percent` % of the days of the series `activities`, each
    once, placed at their first activity of it; `numerator` holds their days (the list shows
    them against the series' days). Head counts add nothing: their attendees are not known
    from one activity to the next."""
    series_days = sum(a.days for a in activities)
    attended: Counter[int] = Counter()
    first: dict[int, Contribution] = {}
    for activity in activities:
        values = _values(facts, activity, dims, age_sets)
        for fact, fact_values in zip(facts.standings.get(activity.id, ()), values, strict=True):
            days = who.days(fact)
            if not days:
                continue
            attended[fact.person_id] += days
            if fact.person_id not in first:
                first[fact.person_id] = Contribution(
                    1, 0, fact_values, activity.id, fact.person_id, None
                )
    # Whole numbers: days x 100 >= series days x percent (75 % of 6 days: 5 days, not 4).
    return [
        item._replace(numerator=attended[person])
        for person, item in first.items()
        if attended[person] * 100 >= series_days * percent
    ]


def series_days(facts: Facts, definition: Definition, period: Period, office: str | None) -> int:
    """The days of the series of a cell: of its activities, from start to end."""
    return sum(a.days for a in activities_in(facts, definition, period, office))


def _values(
    facts: Facts, activity: ActivityFact, dims: tuple[str, ...], age_sets: Mapping[str, AgeBands]
) -> list[tuple[str, ...]]:
    """Each participant's value of each disaggregation in one activity (once per table)."""
    key = (activity.id, dims)
    kept = facts.values.get(key)
    if kept is None:
        kept = [
            tuple(_person_value(d, fact, activity, age_sets) for d in dims)
            for fact in facts.standings.get(activity.id, ())
        ]
        facts.values[key] = kept
    return kept


def _activity_values(activity: ActivityFact, definition: Definition) -> tuple[str, ...]:
    return tuple(activity.office or UNKNOWN for _ in definition.disaggregations)


def _person_value(
    dimension: str,
    fact: StandingFact,
    activity: ActivityFact,
    age_sets: Mapping[str, AgeBands],
) -> str:
    if dimension == "sex":
        return fact.sex or UNKNOWN
    if dimension == "category":
        return fact.category or UNKNOWN
    if dimension == "region":
        return fact.region or UNKNOWN
    if dimension == "office":
        return activity.office or UNKNOWN
    if dimension == DISABILITY:
        return fact.disability
    bands = age_sets[dimension.removeprefix(AGE_PREFIX)]
    return bands.band_of(
        fact.birth_year, fact.birth_date, fact.age_band, activity.start, exact_age=fact.exact_age
    )


def _head_count(
    measure: str,
    dims: tuple[str, ...],
    activity: ActivityFact,
    row: HeadCountRow,
    part: Unnamed,
) -> Iterator[Contribution]:
    def values(sex: str) -> tuple[str, ...]:
        return tuple(
            sex if d == "sex" else (activity.office or UNKNOWN) if d == "office" else UNNAMED
            for d in dims
        )

    if measure == "person_days":
        if part.person_days:
            yield Contribution(part.person_days, 0, values(UNNAMED), activity.id, None, row)
        return
    if measure in SHARES:
        numerator = part.women if measure == "share_women" else part.youth
        if part.total:
            yield Contribution(part.total, numerator, values(UNNAMED), activity.id, None, row)
        return
    for sex, weight in (("F", part.women), ("M", part.men), (UNKNOWN, part.sex_not_stated)):
        if weight:
            yield Contribution(weight, 0, values(sex), activity.id, None, row)


def value_of(definition: Definition, items: Sequence[Contribution]) -> Value:
    denominator = sum(map(_WEIGHT, items))
    numerator = sum(map(_NUMERATOR, items))
    breakdown: dict[str, dict[str, int]] = {}
    ones = all(weight == 1 for weight in map(_WEIGHT, items))  # a count of the items
    for index, dimension in enumerate(definition.disaggregations):
        if ones:
            counter = Counter(c.values[index] for c in items)
        else:
            counter = Counter()
            for c in items:
                counter[c.values[index]] += c.weight
        breakdown[dimension] = dict(counter)
    if definition.measure in SHARES:
        share = 100 * numerator / denominator if denominator else None
        return Value(share, numerator, denominator, breakdown)
    return Value(float(denominator), denominator, denominator, breakdown)


_WEIGHT, _NUMERATOR = itemgetter(0), itemgetter(1)


def matching(
    definition: Definition, items: Sequence[Contribution], disaggregation: str, value: str
) -> list[Contribution]:
    """The contributions of one disaggregation value ("sex", "F")."""
    index = list(definition.disaggregations).index(disaggregation)
    return [c for c in items if c.values[index] == value]
