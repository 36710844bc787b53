"""The activity list kept in memory (activity_list.KeptList): after any sequence of writes, each
followed by a read of the activities it touched (as the window reads them when a write is
announced), its lines and counts are those a fresh read gives, and those of the counting
rules; its filters, search and order are those of `list_activities`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.activities.activities import (
    ActivityFields,
    cancel_activity,
    create_activity,
    delete_activity,
    edit_activity,
    get_activity,
    restore_activity,
)
from desktop_app.activities.activity_list import (
    ActivityFilter,
    KeptList,
    list_activities,
    read_list,
)
from desktop_app.activities.attendance import check_in, undo_check_in
from desktop_app.activities.counting import counts_for_activities
from desktop_app.activities.counting_rules import Counts
from desktop_app.activities.headcounts import add_head_count
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import delete_person, edit_person, get_person
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Person
from tests.activities.test_counting_properties import ROLES, World, worlds
from tests.activities.test_counting_properties import _store as store
from tests.activities.test_counting_properties import _wipe as wipe
from tests.factories import MakeActivity

Touched = tuple[set[int] | None, set[int]]  # activities (None: every one), persons

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "check_in",
                "check_in",
                "undo_check_in",
                "sex",
                "birth_year",
                "category",
                "delete_person",
                "head_count",
                "delete_activity",
                "restore_activity",
                "cancel_activity",
                "move_activity",
                "new_activity",
            ]
        ),
        st.integers(0, 99),  # which activity
        st.integers(0, 99),  # which person
        st.integers(0, 2),  # which day
        st.sampled_from(ROLES),
    ),
    max_size=8,
)


def _write(db: Database, operation: tuple[str, int, int, int, str]) -> Touched:
    """Make one write through the services; what it touched, as the window announces it."""
    name, activity_index, person_index, day, role = operation
    with db.session() as session:
        activity_ids = sorted(session.scalars(select(Activity.id)))
        person_ids = sorted(session.scalars(select(Person.id)))
    activity_id = activity_ids[activity_index % len(activity_ids)]
    person_id = person_ids[person_index % len(person_ids)]
    activity = get_activity(db, activity_id)
    if name == "check_in":
        days = activity.days
        check_in(db, activity_id, person_id, days[day % len(days)], role=role)
        return {activity_id}, set()
    if name == "undo_check_in":
        with db.session() as session:
            attendance = session.scalars(
                select(Attendance.id).where(~Attendance.deleted).order_by(Attendance.id)
            ).all()
        if not attendance:
            return set(), set()
        chosen = attendance[person_index % len(attendance)]
        with db.session() as session:
            of_activity = session.get(Attendance, chosen).activity_id  # type: ignore[union-attr]
        undo_check_in(db, chosen)
        return {of_activity}, set()
    if name in ("sex", "birth_year", "category"):
        person = get_person(db, person_id)
        changed: dict[str, Any] = {
            "sex": {"sex": ("F", "M", None)[day]},
            "birth_year": {"birth_year": 1990 + 5 * day, "birth_date": None},
            "category": {"category": ("media", "civil_society", None)[day]},
        }[name]
        edit_person(db, person_id, dataclasses.replace(person.fields(), **changed))
        return set(), {person_id}
    if name == "delete_person":
        delete_person(db, person_id)
        return set(), {person_id}
    if name == "head_count":
        add_head_count(db, activity_id, total=10 + day, women=day, youth=1)
        return {activity_id}, set()
    if name == "delete_activity":
        delete_activity(db, activity_id)
    elif name == "restore_activity":
        restore_activity(db, activity_id)
    elif name == "cancel_activity":
        cancel_activity(db, activity_id)
    elif name == "move_activity":  # a later start: youth is reckoned on another day
        fields = activity.fields()
        start = fields.start_date + dt.timedelta(days=365 * (day + 1))  # type: ignore[operator]
        end = start + (activity.end_date - activity.start_date)
        edit_activity(db, activity_id, dataclasses.replace(fields, start_date=start, end_date=end))
    else:
        fields = ActivityFields("Nouvelle", "workshop", dt.date(2023, 3, day + 1), "NE", "Zinder")
        return {create_activity(db, fields).id}, set()
    return {activity_id}, set()


def _counts(row: Counts) -> dict[str, int]:
    """Every count of the counting rules (`Counts`), by name."""
    return {field.name: getattr(row, field.name) for field in dataclasses.fields(Counts)}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(world=worlds(), operations=OPERATIONS, threshold=st.sampled_from([18, 30, 35]))
def test_kept_counts_follow_every_write(
    db: Database, world: World, operations: list[tuple[str, int, int, int, str]], threshold: int
) -> None:
    wipe(db)
    store(db, world)
    kept = KeptList(threshold)
    kept.apply(read_list(db, youth_threshold=threshold, counted=False))  # lines first
    assert not kept.all_counted()
    kept.apply(read_list(db, youth_threshold=threshold))  # then their counts
    for operation in operations:
        try:
            activities, persons = _write(db, operation)
        except RegistreError:  # refused (a deleted activity or person): nothing changed
            continue
        kept.apply(read_list(db, activities, persons, youth_threshold=threshold))

    everything = ActivityFilter(include_deleted=True, youth_threshold=threshold)
    fresh = list_activities(db, everything)
    assert kept.select(everything) == fresh
    assert kept.all_counted()
    by_rules = {c.id: c for c in counts_for_activities(db, [r.id for r in fresh], threshold)}
    for row in fresh:
        assert _counts(row) == _counts(by_rules[row.id])


def test_lines_read_without_counts_keep_the_counts_known(
    db: Database, make_activity: MakeActivity
) -> None:
    """A line read again without its counts (an edited title) shows the counts known until
    they are read: the list never falls back to "not counted" for an activity it counted."""
    activity = make_activity(title="Atelier")
    kept = KeptList()
    kept.apply(read_list(db))
    [row] = kept.select(ActivityFilter())
    assert row.counted and row.participants == 0
    edit_activity(db, activity.id, dataclasses.replace(activity.fields(), title="Forum"))
    kept.apply(read_list(db, {activity.id}, counted=False))
    [row] = kept.select(ActivityFilter())
    assert (row.title, row.counted) == ("Forum", True)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    world=worlds(),
    search=st.sampled_from([None, "a1", "NIAMEY", "zinder", "a"]),
    year=st.sampled_from([None, 2022, 2023]),
    status=st.sampled_from([None, "held", "cancelled"]),
    sort=st.sampled_from(["start_date", "title", "status", "participants", "city"]),
    descending=st.booleans(),
    page=st.sampled_from([(None, 0), (2, 0), (2, 1)]),
)
def test_kept_list_selects_as_the_service_lists(
    db: Database,
    world: World,
    search: str | None,
    year: int | None,
    status: str | None,
    sort: str,
    descending: bool,
    page: tuple[int | None, int],
) -> None:
    """The window filters its kept lines; the command line asks `list_activities`: same rows,
    same order, same page."""
    wipe(db)
    store(db, world)
    limit, offset = page
    filters = ActivityFilter(
        search=search,
        year=year,
        status=status,
        sort=sort,
        descending=descending,
        limit=limit,
        offset=offset,
    )
    kept = KeptList()
    kept.apply(read_list(db))
    assert kept.select(filters) == list_activities(db, filters)
