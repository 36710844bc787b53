"""The counting rules on hand-made cases: one activity, then a period."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from desktop_app.activities.activities import (
    ActivityFields,
    cancel_activity,
    create_activity,
    delete_activity,
)
from desktop_app.activities.attendance import check_in, undo_check_in
from desktop_app.activities.counting import (
    PeriodFilter,
    activity_counts,
    counts_for_activities,
    period_counts,
)
from desktop_app.activities.headcounts import add_head_count
from desktop_app.records.validation import NotFound
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Person

D1, D2, D3 = dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7)


def _activity(db: Database, start: dt.date = D1, end: dt.date | None = D3, **extra: object) -> int:
    values: dict[str, object] = {
        "title": "Formation",
        "kind": "training",
        "start_date": start,
        "end_date": end,
        "country": "ML",
        "city": "Bamako",
    }
    values.update(extra)
    return create_activity(db, ActivityFields(**values)).id  # type: ignore[arg-type]


def _person(db: Database, name: str, **fields: object) -> int:
    return create_person(db, PersonFields(family_name=name, **fields)).id  # type: ignore[arg-type]


def test_one_activity(db: Database) -> None:
    activity = _activity(db)
    awa = _person(db, "A", sex="F", birth_year=1995, category="media")  # 27: young
    ali = _person(db, "B", sex="M", birth_year=1992, category="media")  # 30: not young
    kim = _person(db, "C", age_band="18-24")  # sex not stated, young by band
    sam = _person(db, "D", sex="M")  # age unknown
    expert = _person(db, "E", sex="F", birth_year=2000)
    mixed = _person(db, "F", sex="F", birth_year=1960)  # participant once, speaker once
    watcher = _person(db, "G", sex="M")
    for day in (D1, D2, D3):
        check_in(db, activity, awa, day)
        check_in(db, activity, expert, day, role="expert")
    check_in(db, activity, ali, D1)
    check_in(db, activity, ali, D2)
    check_in(db, activity, kim, D3)
    check_in(db, activity, sam, D1)
    check_in(db, activity, mixed, D1, role="speaker")
    check_in(db, activity, mixed, D2)
    check_in(db, activity, watcher, D1, role="observer")
    counts = activity_counts(db, activity)
    assert (counts.named, counts.unnamed, counts.participants) == (5, 0, 5)
    assert (counts.women, counts.men, counts.sex_not_stated) == (2, 2, 1)
    assert (counts.youth, counts.not_youth, counts.age_unknown) == (2, 2, 1)
    assert counts.team == 1  # the expert; the speaker-then-participant is a participant
    assert counts.person_days == 3 + 2 + 1 + 1 + 1
    assert counts.completion == 1
    assert counts.day_count == 3
    assert counts.youth_share == pytest.approx(2 / 5)
    assert dict(counts.by_category) == {"media": 2, None: 3}
    assert activity_counts(db, activity, youth_threshold=31).youth == 3


def test_head_counts_join_named_participants(db: Database) -> None:
    activity = _activity(db, D1, D2)
    named = _person(db, "A", sex="F", birth_year=1990)
    check_in(db, activity, named, D1)
    add_head_count(db, activity, 151, women=51)
    counts = activity_counts(db, activity)
    assert (counts.participants, counts.named, counts.unnamed) == (152, 1, 151)
    assert (counts.women, counts.men, counts.sex_not_stated) == (52, 100, 0)
    assert (counts.youth, counts.not_youth, counts.age_unknown) == (0, 1, 151)
    assert counts.person_days == 1 + 151 * 2
    assert counts.head_counts.total == 151


def test_undone_attendance_and_deleted_persons_do_not_count(db: Database) -> None:
    activity = _activity(db)
    kept, undone, gone = _person(db, "A"), _person(db, "B"), _person(db, "C")
    check_in(db, activity, kept, D1)
    undo_check_in(db, check_in(db, activity, undone, D1).id)
    check_in(db, activity, gone, D1)
    with db.session() as session:  # a deletion received from another site
        session.execute(update(Person).where(Person.id == gone).values(deleted=True))
    assert activity_counts(db, activity).participants == 1


def test_period_keeps_unique_persons_and_participations_apart(db: Database) -> None:
    first = _activity(db, D1, D1, project_code="P1")
    second = _activity(db, dt.date(2023, 1, 17), None, kind="seminar", country="NE", city="Niamey")
    cancelled = _activity(db, D2, None)
    deleted = _activity(db, D3, None)
    outside = _activity(db, dt.date(2021, 6, 1), None)
    awa = _person(db, "A", sex="F", birth_year=1990)
    ali = _person(db, "B", sex="M", birth_year=1990)
    for activity, day in ((first, D1), (second, dt.date(2023, 1, 17)), (cancelled, D2)):
        check_in(db, activity, awa, day)
    check_in(db, first, ali, D1)
    check_in(db, deleted, ali, D3)
    check_in(db, outside, ali, dt.date(2021, 6, 1))
    add_head_count(db, second, 10, women=3)
    cancel_activity(db, cancelled)
    delete_activity(db, deleted)

    period = period_counts(db, PeriodFilter(start=dt.date(2022, 1, 1), end=dt.date(2023, 12, 31)))
    assert [a.id for a in period.activities] == [first, second]
    totals = period.totals
    assert (totals.activities, totals.participants, totals.participations) == (2, 13, 13)
    assert (totals.women, totals.men) == (5, 8)
    assert (totals.unique_named, totals.unnamed, totals.unique_persons) == (2, 10, 12)
    assert (totals.unique_women, totals.unique_men, totals.unique_sex_not_stated) == (4, 8, 0)
    assert totals.person_days == 13

    assert [a.id for a in period_counts(db).activities] == [outside, first, second]
    assert [a.id for a in period_counts(db, PeriodFilter(country="ne")).activities] == [second]
    assert [a.id for a in period_counts(db, PeriodFilter(kind="seminar")).activities] == [second]
    assert [a.id for a in period_counts(db, PeriodFilter(project_code="P1")).activities] == [first]
    assert [a.id for a in period_counts(db, PeriodFilter(office="ML-BKO")).activities] == []
    assert period_counts(db, PeriodFilter(end=dt.date(2021, 12, 31))).totals.unique_persons == 1
    empty = period_counts(db, PeriodFilter(start=dt.date(2030, 1, 1)))
    assert (empty.activities, empty.totals.participants, empty.totals.unique_persons) == ((), 0, 0)


def test_single_activity_counts_any_status_and_unknown_ids(db: Database) -> None:
    activity = _activity(db)
    check_in(db, activity, _person(db, "A"), D1)
    cancel_activity(db, activity)
    assert activity_counts(db, activity).participants == 1
    assert [c.id for c in counts_for_activities(db, [activity, 999])] == [activity]
    with pytest.raises(NotFound):
        activity_counts(db, 999)
