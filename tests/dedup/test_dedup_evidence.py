"""Evidence beyond the names: two records present at one activity on the same day are two
people (unless a phone or an e-mail says one human was typed twice), and a phone one digit off
is the same number mistyped."""

from __future__ import annotations

import datetime as dt

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import check_in
from desktop_app.dedup.finder import DuplicatePair, find_duplicates
from desktop_app.dedup.match import PersonMatcher, likely_matches
from desktop_app.dedup.score import DEFAULT_MIN_SCORE
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database

DAY_1, DAY_2 = dt.date(2024, 3, 12), dt.date(2024, 3, 13)
# Two women of the CNDH born the same year, one a Fatoumata, the other a Fatimata: spellings
# of one name, so the finder takes them for one person when nothing tells them apart.
CNDH = dict(organisation_name="CNDH", birth_year=1984, sex="F", region="Tillabéri")


def _workshop(db: Database) -> int:
    fields = ActivityFields(
        title="Atelier sur la redevabilité des forces de sécurité",
        kind="workshop",
        start_date=DAY_1,
        end_date=DAY_2,
        country="NE",
        city="Niamey",
    )
    return create_activity(db, fields).id


def _person(db: Database, family: str, given: str = "", **values: object) -> int:
    return create_person(db, PersonFields(family_name=family, given_names=given, **values)).id  # type: ignore[arg-type]


def _pair(pairs: list[DuplicatePair], first: int, second: int) -> DuplicatePair | None:
    return next((p for p in pairs if {p.first.id, p.second.id} == {first, second}), None)


def test_two_namesakes_signed_in_the_same_day_are_two_people(db: Database) -> None:
    fatoumata = _person(db, "MAHAMADOU", "Fatoumata", **CNDH)
    fatimata = _person(db, "Mahamadou", "Fatimata", **CNDH)
    assert _pair(find_duplicates(db), fatoumata, fatimata) is not None  # nothing against them
    workshop = _workshop(db)
    check_in(db, workshop, fatoumata, DAY_1)
    check_in(db, workshop, fatimata, DAY_1)
    assert _pair(find_duplicates(db), fatoumata, fatimata) is None
    low = _pair(find_duplicates(db, min_score=40), fatoumata, fatimata)
    assert low is not None and "together" in low.reasons and low.score < 80


def test_present_on_different_days_of_one_activity_they_may_still_be_one(db: Database) -> None:
    # Day 1 she was checked in as Fatoumata; day 2 typed anew as Fatimata: one human.
    fatoumata = _person(db, "MAHAMADOU", "Fatoumata", **CNDH)
    fatimata = _person(db, "Mahamadou", "Fatimata", **CNDH)
    workshop = _workshop(db)
    check_in(db, workshop, fatoumata, DAY_1)
    check_in(db, workshop, fatimata, DAY_2)
    pair = _pair(find_duplicates(db), fatoumata, fatimata)
    assert pair is not None and "together" not in pair.reasons


def test_one_human_typed_twice_the_same_day_with_one_phone_is_still_proposed(
    db: Database,
) -> None:
    # Checked in at the door, then typed again from the paper sheet with another spelling.
    at_door = _person(db, "SOUMANA", "Mariama", phone="+227 90 12 34 56", **CNDH)
    from_sheet = _person(db, "SOUMNA", "Mariam", phone="90123456", **CNDH)
    workshop = _workshop(db)
    check_in(db, workshop, at_door, DAY_1)
    check_in(db, workshop, from_sheet, DAY_1)
    pair = _pair(find_duplicates(db), at_door, from_sheet)
    assert pair is not None
    assert pair.reasons[0] == "same_phone" and "together" in pair.reasons


def test_the_check_in_offer_scores_a_person_already_present_today_low(db: Database) -> None:
    fatoumata = _person(db, "MAHAMADOU", "Fatoumata", **CNDH)
    typed = dict(organisation="CNDH", birth_year=1984, sex="F")
    offered = likely_matches(db, "Mahamadou", "Fatimata", **typed)  # type: ignore[arg-type]
    assert [c.id for c in offered] == [fatoumata] and offered[0].score >= 80
    # She is in the room already: the woman arriving is most likely someone else. She is
    # still shown (typed twice by mistake?), with the reason, below the finder's threshold.
    present = likely_matches(db, "Mahamadou", "Fatimata", present={fatoumata}, **typed)  # type: ignore[arg-type]
    assert [c.id for c in present] == [fatoumata]
    assert present[0].score == offered[0].score - 20 < DEFAULT_MIN_SCORE
    assert "together" in present[0].reasons
    # A namesake of the registry not present today comes first.
    other = _person(db, "MAHAMADOU", "Fatoumata", organisation_name="CNDH", birth_year=1985)
    matcher = PersonMatcher.from_database(db)
    found = matcher.match("Mahamadou", "Fatimata", present={fatoumata}, **typed)  # type: ignore[arg-type]
    assert [c.id for c in found] == [other, fatoumata]


def test_a_phone_one_digit_off_is_the_same_number_mistyped(db: Database) -> None:
    # Nothing else in common but the name: the number decides.
    first = _person(db, "GUIDIMEY", "Célestin", sex="M", phone="+227 90 12 34 56")
    swapped = _person(db, "Guidimey", "Celestin", phone="90 12 34 65")  # two digits swapped
    other = _person(db, "GUIDIMEY", "Célestin", sex="M", phone="+227 96 55 10 02")
    pairs = find_duplicates(db)
    pair = _pair(pairs, first, swapped)
    assert pair is not None and "near_phone" in pair.reasons
    assert _pair(pairs, first, other) is None  # another number: another man
    assert _pair(pairs, swapped, other) is None
    offered = likely_matches(db, "GUIDIMEY", "Célestin", phone="90 12 36 56")  # one digit
    assert offered[0].id == first and "near_phone" in offered[0].reasons
