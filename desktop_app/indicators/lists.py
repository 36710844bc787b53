"""The list behind an indicator's figure: the persons (with the details of the reports' lists,
activities/explain.py) and head counts whose contributions make it, or the activities held.
Its total is the figure, by construction: both read the same contributions (measures.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.activities import counting_rules as rules
from desktop_app.activities.counting import PeriodFilter
from desktop_app.activities.counting_lists import standing_rows
from desktop_app.activities.explain import (
    ActivityRef,
    CountedHeadCount,
    CountedPerson,
    Explanation,
)
from desktop_app.indicators.definitions import PERSON_MEASURES, SHARES
from desktop_app.indicators.facts import read_facts
from desktop_app.indicators.frameworks import (
    age_band_sets,
    indicator_by_code,
    indicator_info,
    project_by_code,
)
from desktop_app.indicators.measures import (
    activities_in,
    contributions,
    matching,
    series_days,
)
from desktop_app.indicators.periods import Period, parse_period
from desktop_app.indicators.progress import definition, shown
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD, age_at
from desktop_app.store import Database
from desktop_app.store.models import Activity

# The reports' field whose list has the same shape (a person per row, or a participation).
_FIELDS = {
    "unique_persons": "unique_persons",
    "completed": "unique_persons",
    "share_women": "unique_women",
    "participations": "participations",
    "person_days": "person_days",
    "share_youth": "youth",
    "activities_held": "participations",
    "series": "unique_persons",
}


@dataclass(frozen=True)
class CellList:
    """`explanation`: the persons and head counts (None for activities held); `activities`:
    the activities held."""

    explanation: Explanation | None
    activities: tuple[ActivityRef, ...]
    series_days: int | None = None  # persons who completed a series: the days of the series

    @property
    def total(self) -> int:
        if self.explanation is None:
            return len(self.activities)
        return self.explanation.total


def cell_list(
    database: Database,
    project_code: str,
    indicator_code: str,
    period: str | Period,
    office: str | None = None,
    *,
    value: tuple[str, str] | None = None,
    numerator: bool = False,
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD,
    with_disability: bool = False,
) -> CellList:
    """The list behind one figure: an indicator's actual in a period and office (None: all),
    or one of its values (`value` = ("sex", "F")), or, for a share, its numerator.
    `with_disability`: a value of the disaggregation by disability status may be asked."""
    with database.session() as session:
        project = project_by_code(session, project_code)
        indicator = shown(
            indicator_info(indicator_by_code(session, project, indicator_code), project.code),
            with_disability,
        )
        chosen = (
            period
            if isinstance(period, Period)
            else parse_period(period, project.start_date, project.end_date)
        )
        shape = definition(indicator)
        facts = read_facts(
            session,
            project.code,
            chosen.start,
            chosen.end,
            youth_threshold,
            roles=bool(shape.roles),
        )
        items = contributions(facts, shape, chosen, office, age_band_sets(session))
        days_of = series_days(facts, shape, chosen, office) if shape.measure == "series" else None
        if value is not None:
            items = matching(shape, items, *value)
        if numerator and shape.measure in SHARES:
            items = [c._replace(weight=c.numerator) for c in items if c.numerator]
        refs = {a.id: ActivityRef(a.id, a.title, a.start) for a in facts.activities}
        if shape.measure == "activities_held":
            return CellList(None, tuple(refs[c.activity_id] for c in items))
        listed = {c.activity_id for c in items}
        if days_of is not None:  # the signed days over the whole series
            listed = {a.id for a in activities_in(facts, shape, chosen, office)}
        ids = select(Activity.id).where(Activity.id.in_(listed))
        rule = rules.PRESENT if shape.roles else rules.PARTICIPANTS  # the team too, by role
        details = {}
        signed: Counter[int] = Counter()
        for row in standing_rows(session, ids, rule, youth_threshold):
            details[(row.activity_id, row.person_id)] = row
            signed[row.person_id] += row.days_signed
        unique = shape.measure in PERSON_MEASURES
        persons = []
        head_counts = []
        for item in items:
            activity = refs[item.activity_id]
            if item.head_count is not None:
                head_counts.append(CountedHeadCount(item.head_count, activity, item.weight))
                continue
            assert item.person_id is not None
            row = details[(item.activity_id, item.person_id)]
            persons.append(
                CountedPerson(
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
                        activity.start_date,
                        birth_date=row.birth_date,
                        exact_age=row.exact_age,
                    ),
                    organisation=row.organisation,
                    category=row.category,
                    roles=row.roles,
                    days_present=row.days_present if days_of is None else item.numerator,
                    days_signed=row.days_signed if days_of is None else signed[row.person_id],
                    counted=item.weight,
                    activity=activity,
                    activities=1,
                    days_of=days_of,
                )
            )
        if unique:
            persons.sort(key=lambda p: (p.family_name, p.given_names, p.person_id))
    field = _FIELDS[shape.measure]
    return CellList(
        Explanation(
            field=field,
            activity=None,
            period=PeriodFilter(
                start=chosen.start,
                end=chosen.end,
                office=office,
                project_code=project.code,
                youth_threshold=youth_threshold,
            ),
            youth_threshold=youth_threshold,
            persons=tuple(persons),
            head_counts=tuple(head_counts),
        ),
        (),
        days_of,
    )
