"""The activity list: SQL filters and order, counts at a glance by the counting rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.activities.activities import cancel_activity, delete_activity
from desktop_app.activities.activity_list import ActivityFilter, count_activities, list_activities
from desktop_app.activities.attendance import check_in
from desktop_app.activities.counting import counts_for_activities
from desktop_app.activities.counting_rules import RULES, Counts
from desktop_app.activities.headcounts import add_head_count
from desktop_app.store import Database
from tests.activities.test_counting_properties import World, worlds
from tests.activities.test_counting_properties import _store as store
from tests.activities.test_counting_properties import _wipe as wipe
from tests.factories import MakeActivity, MakePerson


def _ids(db: Database, **filters: object) -> list[int]:
    return [row.id for row in list_activities(db, ActivityFilter(**filters))]  # type: ignore[arg-type]


def test_filters(db: Database, make_activity: MakeActivity) -> None:
    niamey = make_activity(title="Atelier des députés", venue="Hôtel Gaweye")
    bamako = make_activity(
        title="Réunion du CCS",
        kind="meeting",
        country="ML",
        city="Bamako",
        start_date=dt.date(2023, 1, 17),
        end_date=None,
    )
    cancelled = make_activity(title="Séminaire annulé", kind="seminar")
    cancel_activity(db, cancelled.id)
    deleted = make_activity(title="Doublon")
    delete_activity(db, deleted.id)

    assert set(_ids(db)) == {niamey.id, bamako.id, cancelled.id}
    assert _ids(db, search="DEPUTES atelier") == [niamey.id]
    assert _ids(db, search="gaweye") == [niamey.id]  # venue
    assert _ids(db, search="bamako") == [bamako.id]  # city
    assert _ids(db, search="nothing like it") == []
    assert _ids(db, year=2023) == [bamako.id]
    assert _ids(db, kind="meeting") == [bamako.id]
    assert _ids(db, country="ml") == [bamako.id]
    assert _ids(db, status="cancelled") == [cancelled.id]
    assert _ids(db, office="NE-NIA", year=2023) == [bamako.id]
    assert set(_ids(db, include_deleted=True)) == {niamey.id, bamako.id, cancelled.id, deleted.id}
    assert count_activities(db, ActivityFilter(country="NE", limit=1)) == 2
    assert count_activities(db, ActivityFilter(search="députés")) == 1


def test_sort_limit_offset(db: Database, make_activity: MakeActivity) -> None:
    first = make_activity(title="B", start_date=dt.date(2022, 1, 1), end_date=None)
    second = make_activity(title="C", start_date=dt.date(2022, 6, 1), end_date=None)
    third = make_activity(title="A", start_date=dt.date(2022, 12, 1), end_date=None)
    assert _ids(db) == [third.id, second.id, first.id]
    assert _ids(db, descending=False) == [first.id, second.id, third.id]
    assert _ids(db, sort="title", descending=False) == [third.id, first.id, second.id]
    assert _ids(db, limit=1, offset=1) == [second.id]


def test_counts_at_a_glance(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity(start_date=dt.date(2022, 12, 5), end_date=dt.date(2022, 12, 6))
    empty = make_activity(title="Vide")
    young_woman = make_person("A", "a", sex="F", birth_year=1995)
    old_man = make_person("B", "b", sex="M", birth_year=1960)
    facilitator = make_person("C", "c", sex="F", birth_year=1998)
    for day in (dt.date(2022, 12, 5), dt.date(2022, 12, 6)):
        check_in(db, activity.id, young_woman.id, day)
        check_in(db, activity.id, facilitator.id, day, role="facilitator")
    check_in(db, activity.id, old_man.id, dt.date(2022, 12, 6))
    add_head_count(db, activity.id, total=10, women=4, youth=3)

    rows = {row.id: row for row in list_activities(db)}
    row = rows[activity.id]
    assert (row.participants, row.women, row.youth, row.team) == (12, 5, 4, 1)
    assert (rows[empty.id].participants, rows[empty.id].women) == (0, 0)
    ordered = list_activities(db, ActivityFilter(sort="participants", descending=True, limit=1))
    assert [r.id for r in ordered] == [activity.id]
    # The threshold is a parameter: at 25 the woman born 1995 (27 in 2022) is no longer young.
    assert list_activities(db, ActivityFilter(youth_threshold=25))[-1].youth == 3


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(world=worlds(), threshold=st.sampled_from([18, 30, 35]))
def test_counts_at_a_glance_agree_with_the_reports(
    db: Database, world: World, threshold: int
) -> None:
    wipe(db)
    ids = store(db, world)
    rows = list_activities(db, ActivityFilter(youth_threshold=threshold))
    reported = {c.id: c for c in counts_for_activities(db, ids, threshold)}
    assert {row.id for row in rows} == {
        i for i, a in zip(ids, world.activities, strict=True) if not a["deleted"]
    }
    for row in rows:
        # Every count of the row, not only the columns the list shows.
        assert _counts(row) == _counts(reported[row.id])


def _counts(row: Counts) -> dict[str, int]:
    return {field.name: getattr(row, field.name) for field in fields(Counts)}


def test_a_row_has_a_count_for_every_rule() -> None:
    assert [field.name for field in fields(Counts)] == [rule.name for rule in RULES]
