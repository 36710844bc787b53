"""One set of rules at every door of the services: control characters stripped, texts capped,
dates in 1900-2100, start before end, plausible birth years, head counts that add up."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.activities.activities import edit_activity, get_activity
from desktop_app.activities.headcounts import add_head_count, list_head_counts
from desktop_app.records.field_rules import clean_text
from desktop_app.records.validation import ValidationError
from desktop_app.registry.organisations import create_organisation
from desktop_app.registry.persons import PersonFields, create_person, edit_person
from desktop_app.store import Database
from tests.factories import MakeActivity, MakePerson
from tests.sync.hq_builders import dump


def test_control_characters_and_escape_sequences_are_stripped(db: Database) -> None:
    person = create_person(
        db,
        PersonFields(
            family_name="\x1b[31mMAÏGA\x1b[0m\x07",
            given_names="Ami\x00nata\x1b]0;pwned\x07",
            position="Chef\tde\nservice",
            region="Tillabéri\x9b2J",
        ),
    )
    assert (person.family_name, person.given_names) == ("MAÏGA", "Aminata")
    assert person.position == "Chef de service"  # one line: tabs and breaks become spaces
    assert person.region == "Tillabéri"


def test_narrative_texts_keep_their_lines_but_lose_control_characters(
    make_activity: MakeActivity,
) -> None:
    activity = make_activity(objectives="Renforcer\r\nle contrôle\x07\n\t- des dépenses\x1b[2J")
    assert activity.objectives == "Renforcer\nle contrôle\n\t- des dépenses"


def test_a_name_part_of_more_than_200_characters_is_refused(db: Database) -> None:
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        create_person(db, PersonFields(family_name="A" * 40_000, given_names="B" * 201))
    assert set(caught.value.fields) == {"family_name", "given_names"}
    assert "At most 200 characters here (40000 were typed)." in str(caught.value)
    assert dump(db) == before
    assert create_person(db, PersonFields(family_name="A" * 200)).family_name == "A" * 200


def test_every_text_of_an_activity_is_capped(make_activity: MakeActivity) -> None:
    with pytest.raises(ValidationError) as caught:
        make_activity(title="T" * 301, city="C" * 121, notes="n" * 10_001, project_code="P" * 61)
    assert set(caught.value.fields) == {"title", "city", "notes", "project_code"}
    assert make_activity(notes="n" * 10_000).notes == "n" * 10_000


def test_organisation_names_and_acronyms_are_capped(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, "O" * 201, acronym="A" * 41)
    assert set(caught.value.fields) == {"name", "acronym"}


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (dt.date(1899, 12, 31), dt.date(1900, 1, 2), "start_date"),
        (dt.date(2100, 12, 30), dt.date(2101, 1, 1), "end_date"),
        (dt.date(2022, 12, 7), dt.date(2022, 12, 5), "end_date"),
    ],
)
def test_dates_lie_in_1900_to_2100_and_start_before_end(
    make_activity: MakeActivity, start: dt.date, end: dt.date, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        make_activity(start_date=start, end_date=end)
    assert set(caught.value.fields) == {field}


def test_an_edit_is_held_to_the_same_dates(make_activity: MakeActivity, db: Database) -> None:
    activity = make_activity()
    fields = dataclasses.replace(activity.fields(), start_date=dt.date(1850, 1, 1))
    with pytest.raises(ValidationError) as caught:
        edit_activity(db, activity.id, fields)
    assert set(caught.value.fields) == {"start_date"}
    assert get_activity(db, activity.id).start_date == activity.start_date


@pytest.mark.parametrize("year", [1899, dt.date.today().year + 1, -5, 2**63])
def test_birth_years_lie_between_1900_and_this_year(make_person: MakePerson, year: int) -> None:
    with pytest.raises(ValidationError) as caught:
        make_person(birth_year=year)
    assert set(caught.value.fields) == {"birth_year"}
    assert f"between 1900 and {dt.date.today().year}" in str(caught.value)


def test_an_edit_applies_the_rules_too(make_person: MakePerson, db: Database) -> None:
    person = make_person()
    with pytest.raises(ValidationError):
        edit_person(db, person.id, dataclasses.replace(person.fields(), birth_year=1850))
    edited = edit_person(db, person.id, dataclasses.replace(person.fields(), region="Dosso\x07"))
    assert edited.region == "Dosso"


@pytest.mark.parametrize(
    ("total", "women", "youth", "fields"),
    [
        (-5, None, None, {"total"}),
        (24, 30, None, {"women"}),
        (24, None, 4_166_666_666_679, {"youth"}),
        (2_000_000, None, None, {"total"}),
        (10, -1, 11, {"women", "youth"}),
    ],
)
def test_head_counts_are_non_negative_and_add_up(
    make_activity: MakeActivity,
    db: Database,
    total: int,
    women: int | None,
    youth: int | None,
    fields: set[str],
) -> None:
    activity = make_activity()
    with pytest.raises(ValidationError) as caught:
        add_head_count(db, activity.id, total, women, youth)
    assert set(caught.value.fields) == fields
    assert list_head_counts(db, activity.id) == []


def test_a_head_count_note_is_cleaned_and_capped(make_activity: MakeActivity, db: Database) -> None:
    activity = make_activity()
    row = add_head_count(db, activity.id, 151, 40, note="Colloque\x07 :\r\nsalle pleine")
    assert row.note == "Colloque :\nsalle pleine"
    with pytest.raises(ValidationError) as caught:
        add_head_count(db, activity.id, 1, note="x" * 2_001)
    assert set(caught.value.fields) == {"note"}


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Célestin   GUIDIMEY ", "Célestin GUIDIMEY"),
        ("a\u200bb", "a\u200bb"),  # a zero-width space is not a control character
        ("\ud800x", "x"),  # a lone surrogate (an undecodable byte in a terminal argument)
        ("\x1bcRESET", "RESET"),
        ("", ""),
    ],
)
def test_clean_text(typed: str, kept: str) -> None:
    assert clean_text(typed) == kept
