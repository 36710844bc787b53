"""Merging two records of one human: attendance kept, alias left, audit written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import check_in, list_attendance, set_signed, undo_check_in
from desktop_app.activities.headcounts import add_head_count, list_head_counts
from desktop_app.dedup.finder import find_duplicates, mark_distinct
from desktop_app.dedup.merge import merge_persons, resolve_person_uuid
from desktop_app.disability.answers import DisabilityAnswers
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import PersonFields, create_person, get_person
from desktop_app.store import Database
from desktop_app.store.models import Attendance, AuditEntry, Person

DAY_1, DAY_2, DAY_3 = dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7)


def _activity(db: Database) -> int:
    fields = ActivityFields(
        title="Formation des journalistes",
        kind="training",
        start_date=DAY_1,
        end_date=DAY_3,
        country="ML",
        city="Bamako",
    )
    return create_activity(db, fields).id


def _person(db: Database, family: str, given: str = "", **values: object) -> int:
    return create_person(db, PersonFields(family_name=family, given_names=given, **values)).id  # type: ignore[arg-type]


def test_merge_keeps_every_attendance_and_combines_the_same_day(db: Database) -> None:
    activity = _activity(db)
    keep = _person(db, "GUIDIMEY", "Célestin", sex="M")
    other = _person(db, "Guidimey", "Celestin", birth_year=1968, phone="+227 90 12 34 56")
    check_in(db, activity, keep, DAY_1)
    both_day = check_in(db, activity, other, DAY_1, role="moderator")
    set_signed(db, both_day.id)
    check_in(db, activity, other, DAY_2)
    add_head_count(db, activity, total=151, women=51)
    before_heads = list_head_counts(db, activity)

    result = merge_persons(db, keep, other)

    assert (result.moved, result.combined) == (1, 1)
    rows = {(r.day, r.person_id): r for r in list_attendance(db, activity)}
    assert set(rows) == {(DAY_1, keep), (DAY_2, keep)}
    assert rows[(DAY_1, keep)].role == "moderator" and rows[(DAY_1, keep)].signed
    assert list_head_counts(db, activity) == before_heads
    survivor = get_person(db, keep)
    assert survivor.birth_year == 1968 and survivor.phone == "+22790123456"
    assert set(result.completed) == {"birth_year", "phone"}
    assert survivor.sex == "M"
    with db.session() as session:
        merged = session.get(Person, other)
        assert merged is not None and merged.deleted
        left = session.scalars(select(Attendance).where(Attendance.person_id == other)).all()
        assert [row.deleted for row in left] == [True]
        assert "90123456" in session.get(Person, keep).search_text  # type: ignore[union-attr]


def test_merge_takes_a_date_of_birth_only_in_the_survivors_birth_year(db: Database) -> None:
    born = dt.date(1992, 12, 12)
    keep = _person(db, "SANI", "Ibrahim", birth_year=1992)
    other = _person(db, "Sani", "Ibrahim", birth_date=born)
    assert merge_persons(db, keep, other).completed == ("birth_date",)
    assert (get_person(db, keep).birth_year, get_person(db, keep).birth_date) == (1992, born)
    # No year on the survivor: the year and the date come together.
    bare = _person(db, "ISSA", "Mariama")
    dated = _person(db, "Issa", "Mariama", birth_date=dt.date(1994, 3, 12))
    assert merge_persons(db, bare, dated).completed == ("birth_year", "birth_date")
    # Years that disagree: the survivor keeps its year and gets no date of another year.
    older = _person(db, "KONE", "Awa", birth_year=1980)
    younger = _person(db, "Kone", "Awa", birth_date=dt.date(1990, 6, 1))
    assert merge_persons(db, older, younger).completed == ()
    assert (get_person(db, older).birth_year, get_person(db, older).birth_date) == (1980, None)


def test_merge_carries_the_answers_on_functioning_whole_with_their_consent(
    db: Database,
) -> None:
    """The answers were asked when the second record was made: the survivor, asked nothing,
    gets all of them and the consent's date, so the person is still counted with disability.
    A survivor with its own consent keeps its own answers: two interviews are not mixed."""
    asked = DisabilityAnswers(True, dt.date(2024, 3, 12), {"seeing": "a_lot", "hearing": "none"})
    keep = _person(db, "MAIGA", "Oumou")
    other = _person(db, "Maïga", "Oumou", disability=asked)
    result = merge_persons(db, keep, other)
    assert get_person(db, keep).disability == asked
    assert get_person(db, keep).disability.status == "with"  # a lot of difficulty seeing
    assert set(result.completed) == {
        "wg_seeing",
        "wg_hearing",
        "disability_consent",
        "disability_consent_date",
    }
    own = DisabilityAnswers(True, dt.date(2024, 5, 2), {"walking": "some"})
    first = _person(db, "TOURE", "Ali", disability=own)
    second = _person(db, "Toure", "Ali", disability=asked)
    assert merge_persons(db, first, second).completed == ()
    assert get_person(db, first).disability == own


def test_merge_leaves_an_alias_and_a_merge_audit_entry(db: Database) -> None:
    keep = _person(db, "DIALLO", "Aïssata")
    other = _person(db, "DIALO", "Aissata", position="Journaliste")
    with db.session() as session:
        other_uuid = session.get(Person, other).uuid  # type: ignore[union-attr]
        keep_uuid = session.get(Person, keep).uuid  # type: ignore[union-attr]
    merge_persons(db, keep, other)
    assert resolve_person_uuid(db, other_uuid) == keep
    assert resolve_person_uuid(db, keep_uuid) == keep
    assert resolve_person_uuid(db, "0" * 32) is None
    with db.session() as session:
        assert resolve_person_uuid(session, other_uuid) == keep
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).all()
    by_record = {entry.record_uuid: entry.changes for entry in entries}
    assert by_record[other_uuid]["family_name"] == ["DIALO", None]
    assert by_record[other_uuid]["position"] == ["Journaliste", None]
    assert by_record[other_uuid]["merged_into"] == [None, keep_uuid]
    assert by_record[keep_uuid]["merged_from"] == [None, other_uuid]


def test_merges_of_merges_still_resolve(db: Database) -> None:
    first = _person(db, "KEITA", "Mariam")
    second = _person(db, "Keita", "Mariam")
    third = _person(db, "KEÏTA", "Mariam")
    with db.session() as session:
        second_uuid = session.get(Person, second).uuid  # type: ignore[union-attr]
    merge_persons(db, first, second)
    merge_persons(db, third, first)
    assert resolve_person_uuid(db, second_uuid) == third


def test_a_survivor_day_that_was_undone_comes_back_from_the_merged_row(db: Database) -> None:
    activity = _activity(db)
    keep = _person(db, "SANGARÉ", "Fanta")
    other = _person(db, "SANGARE", "Fanta")
    undo_check_in(db, check_in(db, activity, keep, DAY_1).id)
    check_in(db, activity, other, DAY_1, role="speaker")
    merge_persons(db, keep, other)
    rows = list_attendance(db, activity)
    assert [(r.person_id, r.role) for r in rows] == [(keep, "speaker")]


def test_merged_persons_are_no_longer_proposed(db: Database) -> None:
    keep = _person(db, "TRAORÉ", "Moussa", phone="+223 76 12 34 56")
    other = _person(db, "Traore", "Moussa", phone="+223 76 12 34 56")
    assert len(find_duplicates(db)) == 1
    merge_persons(db, keep, other)
    assert find_duplicates(db) == []


def test_bad_merges_are_refused_and_change_nothing(db: Database) -> None:
    activity = _activity(db)
    keep = _person(db, "ISSOUFOU", "Ibrahim")
    other = _person(db, "ISSOUFOU", "Ibrahim")
    check_in(db, activity, other, DAY_1)
    with pytest.raises(RegistreError, match="itself"):
        merge_persons(db, keep, keep)
    with pytest.raises(RegistreError, match="no person with id 999"):
        merge_persons(db, keep, 999)
    merge_persons(db, keep, other)
    with pytest.raises(RegistreError, match=f"no person with id {other}"):
        merge_persons(db, other, keep)
    assert [r.person_id for r in list_attendance(db, activity)] == [keep]


def test_different_people_stay_different_after_a_merge(db: Database) -> None:
    keep = _person(db, "KONATÉ", "Awa", phone="+227 93 33 33 33")
    other = _person(db, "Konate", "Awa", birth_year=1990)
    namesake = _person(db, "KONATE", "Awa", phone="+227 93 33 33 33", birth_year=1990)
    mark_distinct(db, other, namesake)
    merge_persons(db, keep, other)
    pairs = find_duplicates(db, min_score=0)
    assert all({p.first.id, p.second.id} != {keep, namesake} for p in pairs)
