"""Persons who completed a series, and the tag and role filters, against a count made by hand.

Project COH, 4th quarter 2022, the cohort "cohort-A" (tag typed in several ways):
- T1, training, 3-4 Oct (2 days), NE-NIA, tagged "cohort-A";
- T2, training, 7-9 Nov (3 days), NE-NIA, tagged "Cohort-a";
- T3, workshop, 5 Dec (1 day), ML-BKO, tagged "COHORT-A, jeunes";
- T4, training, 12-16 Dec (5 days), NE-NIA, no tag: not of the series.
The series: 2 + 3 + 1 = 6 days.
- Awa (F): every day, but her days at T2 were typed under a second record of her made in
  Bamako ("AWA Traoré"), merged into her: 6/6 once merged, 3/6 and 3/6 before.
- Boubacar (M): all but the last day of T2: 5/6 (83 %).
- Chérif (M): T1, two days of T2: 4/6 (67 %).
- Djénéba (F): T1 only: 2/6; and all 5 days of T4 (not the series).
- Ibrahim (M), facilitator on all 6 days: the team, not a participant.
At 75 %: Awa and Boubacar, 2 persons (5/6 = 83 % >= 75, 4/6 = 67 % < 75). At 60 %: 3 (Chérif).
Facilitators at 75 %: Ibrahim, 1. Participants or facilitators at 75 %: 3.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.activities.activities import create_activity
from desktop_app.activities.attendance import check_in
from desktop_app.dedup.merge import merge_persons
from desktop_app.indicators import frameworks
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.progress import progress
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from tests.factories import activity_fields
from tests.indicators.sample import add_office

D = dt.date
TODAY = D(2023, 3, 1)


def _days(start: D, count: int) -> list[D]:
    return [start + dt.timedelta(days=n) for n in range(count)]


def _build(db: Database) -> dict[str, int]:
    add_office(db)

    def activity(title: str, kind: str, start: D, days: int, office: str, tags: str) -> int:
        return create_activity(
            db,
            activity_fields(
                title=title,
                kind=kind,
                start_date=start,
                end_date=start + dt.timedelta(days=days - 1),
                office=office,
                project_code="COH",
                country="ML" if office == "ML-BKO" else "NE",
                tags=(tags,) if tags else (),
            ),
        ).id

    t1 = activity("T1", "training", D(2022, 10, 3), 2, "NE-NIA", "cohort-A")
    t2 = activity("T2", "training", D(2022, 11, 7), 3, "NE-NIA", "Cohort-a")
    t3 = activity("T3", "workshop", D(2022, 12, 5), 1, "ML-BKO", "COHORT-A, jeunes")
    t4 = activity("T4", "training", D(2022, 12, 12), 5, "NE-NIA", "")
    people = {
        name: create_person(db, PersonFields(family_name=family, given_names=name, sex=sex)).id
        for name, family, sex in (
            ("Awa", "TRAORÉ", "F"),
            ("Awa bis", "TRAORÉ", "F"),
            ("Boubacar", "CISSÉ", "M"),
            ("Chérif", "DIALLO", "M"),
            ("Djénéba", "KONÉ", "F"),
            ("Ibrahim", "MAÏGA", "M"),
        )
    }
    series = [(t1, D(2022, 10, 3), 2), (t2, D(2022, 11, 7), 3), (t3, D(2022, 12, 5), 1)]
    for activity_id, start, count in series:
        for day in _days(start, count):
            check_in(db, activity_id, people["Awa bis" if activity_id == t2 else "Awa"], day)
            check_in(db, activity_id, people["Ibrahim"], day, role="facilitator")
            if day != D(2022, 11, 9):
                check_in(db, activity_id, people["Boubacar"], day)
            if activity_id == t1 or day in (D(2022, 11, 7), D(2022, 11, 8)):
                check_in(db, activity_id, people["Chérif"], day)
            if activity_id == t1:
                check_in(db, activity_id, people["Djénéba"], day)
    for day in _days(D(2022, 12, 12), 5):
        check_in(db, t4, people["Djénéba"], day)
    frameworks.add_project(db, "COH", "Cohorte", offices=["NE-NIA", "ML-BKO"])
    add = frameworks.add_indicator
    add(db, "COH", "S75", "Cohort completed", "series", filters={"tag": ["cohort-a"]},
        series_percent=75, disaggregations=["sex"])  # fmt: skip
    add(db, "COH", "S60", "Cohort, 60 %", "series", filters={"tag": ["Cohort-A"]},
        series_percent=60)  # fmt: skip
    add(db, "COH", "F75", "Facilitators", "series",
        filters={"tag": ["cohort-A"], "role": ["facilitator"]}, series_percent=75)  # fmt: skip
    add(db, "COH", "PF75", "Participants or facilitators", "series",
        filters={"tag": ["cohort-A"], "role": ["participant", "facilitator"]},
        series_percent=75)  # fmt: skip
    add(db, "COH", "TR", "Trained, by kind", "series", filters={"kind": ["training"]},
        series_percent=75)  # fmt: skip
    add(db, "COH", "TAG", "Tagged jeunes", "unique_persons", filters={"tag": ["Jeunes"]})
    add(db, "COH", "FAC", "Facilitators", "unique_persons", filters={"role": ["facilitator"]})
    add(db, "COH", "FD", "Facilitator-days", "person_days", filters={"role": ["facilitator"]})
    return people


def _actual(db: Database, code: str, office: str | None = None) -> float | None:
    return (
        progress(db, "COH", "2022Q4", office, today=TODAY).cell(code, "2022Q4", office).actual.value
    )


def test_before_the_merge_awa_is_two_halves(db: Database) -> None:
    _build(db)
    assert _actual(db, "S75") == 1  # Boubacar only: Awa 3/6 and "Awa bis" 3/6
    assert _actual(db, "S60") == 2  # and Chérif


def test_a_series_counted_by_hand(db: Database) -> None:
    people = _build(db)
    merge_persons(db, people["Awa"], people["Awa bis"])
    table = progress(db, "COH", "2022Q4", today=TODAY)
    cell = table.cell("S75", "2022Q4", None)
    assert cell.actual.value == 2  # Awa 6/6, Boubacar 5/6
    assert cell.actual.breakdown["sex"] == {"F": 1, "M": 1}
    assert table.cell("S60", "2022Q4", None).actual.value == 3  # and Chérif 4/6
    assert table.cell("F75", "2022Q4", None).actual.value == 1  # Ibrahim
    assert table.cell("PF75", "2022Q4", None).actual.value == 3  # Awa, Boubacar, Ibrahim
    # By kind: the trainings T1, T2, T4 (2 + 3 + 5 = 10 days): Djénéba 7/10, Awa 5/10,
    # Boubacar 4/10: nobody reaches 75 %.
    assert table.cell("TR", "2022Q4", None).actual.value == 0
    # An office's series is its own activities: Bamako's is T3 (1 day), all four there.
    assert table.cell("S75", "2022Q4", "ML-BKO").actual.value == 2  # Awa, Boubacar
    # Niamey's is T1 and T2 (5 days): Awa 5/5, Boubacar 4/5 and Chérif 4/5 (80 %).
    assert table.cell("S75", "2022Q4", "NE-NIA").actual.value == 3


def test_its_list_shows_the_days_attended_of_the_series(db: Database) -> None:
    people = _build(db)
    merge_persons(db, people["Awa"], people["Awa bis"])
    listed = cell_list(db, "COH", "S75", "2022Q4")
    assert listed.series_days == 6
    assert listed.explanation is not None
    rows = {
        p.given_names: (p.days_present, p.days_of, p.counted) for p in listed.explanation.persons
    }
    assert rows == {"Awa": (6, 6, 1), "Boubacar": (5, 6, 1)}
    assert listed.total == 2
    chérif = cell_list(db, "COH", "S60", "2022Q4").explanation
    assert chérif is not None
    assert {p.given_names: p.days_present for p in chérif.persons}["Chérif"] == 4
    facilitators = cell_list(db, "COH", "F75", "2022Q4").explanation
    assert facilitators is not None
    assert [(p.given_names, p.days_present) for p in facilitators.persons] == [("Ibrahim", 6)]


def test_tag_and_role_filters(db: Database) -> None:
    _build(db)
    assert _actual(db, "TAG") == 2  # T3 only: Awa and Boubacar (Ibrahim is the team)
    assert _actual(db, "FAC") == 1  # Ibrahim, the team counted when asked for
    assert _actual(db, "FD") == 6  # his 6 days as facilitator


def test_a_series_needs_a_share_and_a_kind_or_tag(db: Database) -> None:
    _build(db)
    with pytest.raises(RegistreError):
        frameworks.add_indicator(db, "COH", "X", "x", "series", filters={"tag": ["a"]})
    with pytest.raises(RegistreError):
        frameworks.add_indicator(db, "COH", "X", "x", "series", series_percent=75)
    with pytest.raises(RegistreError):
        frameworks.add_indicator(
            db, "COH", "X", "x", "series", filters={"kind": ["training"]}, series_percent=101
        )
    with pytest.raises(RegistreError):
        frameworks.add_indicator(db, "COH", "X", "x", "unique_persons", filters={"role": ["chef"]})
    with pytest.raises(RegistreError):
        frameworks.add_indicator(
            db, "COH", "X", "x", "activities_held", filters={"role": ["facilitator"]}
        )
    assert [i.code for i in frameworks.list_indicators(db, "COH")][-1] == "FD"
