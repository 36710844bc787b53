"""The data checks find one of each problem in a database built to hold one of each, and
nothing in a clean one."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from desktop_app.activities.counting import PeriodFilter
from desktop_app.checks.checks import (
    ACTIVITY,
    ATTENDANCE,
    CHECKS,
    HEAD_COUNTS,
    PERSON,
    check_counts,
)
from desktop_app.store import Database
from tests.reports.report_samples import add_activity, add_head_count, add_person, attend

D1 = dt.date(2022, 12, 5)
D2 = D1 + dt.timedelta(days=1)
OTHER = dt.date(2022, 12, 12)


def _clean(db: Database) -> int:
    """A workshop with nothing to say: known sexes, exact ages (dates of birth), every presence
    signed."""
    activity = add_activity(db, title="Atelier propre", start=D1, end=D2)
    for family, given, sex, born in (
        ("ADAMOU", "Zara", "F", dt.date(1994, 3, 12)),
        ("ISSA", "Bachir", "M", dt.date(1980, 12, 24)),
    ):
        person = add_person(
            db, family, given, sex=sex, birth_date=born, phone=f"+2279000{born.year}"
        )
        for day in (D1, D2):
            attend(db, activity, person, day, signed=True)
    return activity


def _one_of_each(db: Database) -> dict[str, int]:
    """Activity "a": one problem of each kind; "b" ends before it starts; "c" holds impossible
    head counts and a presence outside its dates."""
    a = add_activity(db, title="Formation à problèmes", start=D1, end=D2)
    people = {
        "sex": add_person(db, "MOUSSA", "Ali", sex=None, birth_year=1990),
        "age": add_person(db, "HAMANI", "Aïcha", sex="F"),
        "unsigned": add_person(db, "GARBA", "Issa", sex="M", birth_date=dt.date(1985, 6, 1)),
        "expert": add_person(db, "ZAKARI", "Hawa", sex="F", birth_year=1975),
        "mixed": add_person(db, "SOULEY", "Idrissa", sex="M", birth_year=1988),
        "twin1": add_person(
            db, "SOUMANA", "Mariama", sex="F", birth_year=1996, phone="+22790111222"
        ),
        "twin2": add_person(
            db, "SOUMANA", "Mariama", sex="F", birth_year=1996, phone="+22790111222"
        ),
        "child": add_person(db, "ABDOU", "Moussa", sex="M", birth_year=2019),
        "late": add_person(db, "TANKO", "Rabi", sex="F", birth_year=1992),
    }
    for name in ("sex", "age", "twin1", "twin2", "child"):
        attend(db, a, people[name], D1, signed=True)
    attend(db, a, people["unsigned"], D1, signed=False)
    attend(db, a, people["expert"], D1, role="expert", signed=True)
    attend(db, a, people["mixed"], D1, signed=True)
    attend(db, a, people["mixed"], D2, role="facilitator", signed=True)
    add_head_count(db, a, 10, day=D1, women=4, youth=2, note="Public")
    b = add_activity(db, title="Dates inversées", start=D2, end=D1)
    c = add_activity(db, title="Comptages impossibles", start=OTHER)
    add_head_count(db, c, 5, day=OTHER, women=7, youth=1)
    add_head_count(db, c, 4, day=OTHER, women=-1, youth=0)
    add_head_count(db, c, 3, day=OTHER + dt.timedelta(days=8), women=1, youth=1)
    attend(db, c, people["late"], OTHER + dt.timedelta(days=1), signed=True)
    return {"a": a, "b": b, "c": c, **people}


def _found(report: object) -> dict[str, list[object]]:
    return {check.code: list(findings) for check, findings in report.results}  # type: ignore[attr-defined]


def test_a_clean_activity_and_period_give_nothing_to_look_at(db: Database) -> None:
    activity = _clean(db)
    assert check_counts(db, activity_id=activity).findings == 0
    report = check_counts(db, period=PeriodFilter())
    assert report.findings == 0
    assert [check.code for check, _found in report.results] == [c.code for c in CHECKS]


def test_each_kind_of_problem_is_found_once_with_what_to_open(db: Database) -> None:
    ids = _one_of_each(db)
    found = _found(check_counts(db, activity_id=ids["a"]))
    (sex,) = found["sex_not_stated"]
    assert (sex.target, sex.person_id) == (PERSON, ids["sex"])
    (age,) = found["age_unknown"]
    assert (age.target, age.person_id) == (PERSON, ids["age"])
    # Every participant known by a birth year alone (GARBA's date is whole, HAMANI's unknown);
    # the team member ZAKARI is no participant.
    year_only = found["age_from_year_only"]
    assert {f.target for f in year_only} == {PERSON}
    assert sorted(f.person_id for f in year_only) == sorted(
        ids[name] for name in ("sex", "mixed", "twin1", "twin2", "child")
    )
    assert str(year_only[0].detail) == (
        "Age worked out from the birth year only: the person may be a year younger."
    )
    (unsigned,) = found["unsigned"]
    assert (unsigned.target, unsigned.person_id, unsigned.day) == (ATTENDANCE, ids["unsigned"], D1)
    (team,) = found["team"]
    assert (team.person_id, team.roles) == (ids["expert"], ("expert",))
    (mixed,) = found["mixed_roles"]
    assert (mixed.person_id, mixed.roles) == (ids["mixed"], ("facilitator", "participant"))
    (twins,) = found["duplicates"]
    assert {twins.person_id, twins.other_person_id} == {ids["twin1"], ids["twin2"]}
    (overlap,) = found["head_count_overlaps"]
    assert (overlap.target, overlap.day) == (HEAD_COUNTS, D1)
    # MOUSSA, HAMANI, GARBA, SOULEY, both SOUMANA and ABDOU were participants on day 1.
    assert str(overlap.detail).startswith("Head count of 10, and 7 named participants that day")
    (child,) = found["impossible"]
    assert (child.person_id, str(child.detail)) == (
        ids["child"],
        "Born in 2019: 3 years old at the activity.",
    )


def test_impossible_values_of_dates_and_head_counts(db: Database) -> None:
    ids = _one_of_each(db)
    impossible = _found(check_counts(db, period=PeriodFilter()))["impossible"]
    details = Counter((f.target, str(f.detail)) for f in impossible)
    assert details == {
        (ACTIVITY, "The activity ends before it starts."): 1,
        (HEAD_COUNTS, "More women (7) than the total (5)."): 1,
        (HEAD_COUNTS, "A negative head count."): 1,
        (HEAD_COUNTS, "Head count of a day outside the activity's dates."): 1,
        (ATTENDANCE, "Present on a day outside the activity's dates."): 1,
        (PERSON, "Born in 2019: 3 years old at the activity."): 1,
    }
    outside = next(f for f in impossible if f.target == ATTENDANCE)
    assert (outside.person_id, outside.activity.id if outside.activity else None) == (
        ids["late"],
        ids["c"],
    )


def test_an_activity_that_does_not_exist_is_refused(db: Database) -> None:
    from desktop_app.messages import RegistreError

    with pytest.raises(RegistreError, match="no activity with id 404"):
        check_counts(db, activity_id=404)
