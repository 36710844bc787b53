"""Head counts: validation, edit, tombstone, and how they add to an activity's counts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.activities.headcounts import (
    HeadCountRow,
    Unnamed,
    add_head_count,
    delete_head_count,
    edit_head_count,
    list_head_counts,
    unnamed,
)
from desktop_app.records.validation import NotFound, ValidationError
from desktop_app.store import Database
from tests.factories import MakeActivity


def test_add_edit_delete(db: Database, make_activity: MakeActivity) -> None:
    activity = make_activity()
    whole = add_head_count(db, activity.id, 151, women=51, note=" liste CNDH ")
    day = add_head_count(db, activity.id, 40, youth=10, day=dt.date(2022, 12, 6))
    assert (whole.day, whole.total, whole.women, whole.youth, whole.note) == (
        None,
        151,
        51,
        None,
        "liste CNDH",
    )
    assert list_head_counts(db, activity.id) == [whole, day]
    edited = edit_head_count(db, day.id, 45, women=20, youth=10, day=dt.date(2022, 12, 7))
    assert (edited.total, edited.women, edited.day) == (45, 20, dt.date(2022, 12, 7))
    delete_head_count(db, whole.id)
    assert list_head_counts(db, activity.id) == [edited]
    with pytest.raises(NotFound):
        delete_head_count(db, whole.id)
    with pytest.raises(NotFound):
        edit_head_count(db, whole.id, 1)


@pytest.mark.parametrize(
    ("total", "women", "youth", "day", "fields"),
    [
        (-1, None, None, None, {"total"}),
        (10, 11, None, None, {"women"}),
        (10, None, 12, None, {"youth"}),
        (10, -2, -3, None, {"women", "youth"}),
        (10, 2, 2, dt.date(2022, 12, 8), {"day"}),
    ],
)
def test_bad_counts_are_refused(
    db: Database,
    make_activity: MakeActivity,
    total: int,
    women: int | None,
    youth: int | None,
    day: dt.date | None,
    fields: set[str],
) -> None:
    activity = make_activity()
    with pytest.raises(ValidationError) as caught:
        add_head_count(db, activity.id, total, women, youth, day)
    assert set(caught.value.fields) == fields
    assert list_head_counts(db, activity.id) == []


def test_unknown_activity(db: Database) -> None:
    with pytest.raises(NotFound):
        add_head_count(db, 99, 10)


def _row(total: int, women: int | None, youth: int | None, day: dt.date | None) -> HeadCountRow:
    return HeadCountRow(0, 1, day, total, women, youth, None)


def test_whole_activity_head_counts_add_up_and_count_on_every_day() -> None:
    rows = [_row(100, 40, None, None), _row(51, 11, 5, None), _row(500, 0, 0, dt.date(2022, 1, 1))]
    assert unnamed(rows, 2) == Unnamed(
        total=151,
        women=51,
        men=100,
        sex_not_stated=0,
        youth=5,
        not_youth=46,
        age_unknown=100,
        person_days=302,
    )


def test_per_day_head_counts_take_the_largest_day() -> None:
    day1, day2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)
    rows = [_row(30, 10, 5, day1), _row(20, None, None, day1), _row(45, 15, None, day2)]
    assert unnamed(rows, 2) == Unnamed(
        total=50,
        women=10,
        men=20,
        sex_not_stated=20,
        youth=5,
        not_youth=25,
        age_unknown=20,
        person_days=95,
    )
    assert unnamed([], 3) == Unnamed()
