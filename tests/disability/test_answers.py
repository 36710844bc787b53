"""The Washington Group answers on a person: the status by the recommended cut-off, consent
before any answer, answers kept when a form does not send them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.disability.answers import DisabilityAnswers
from desktop_app.disability.questions import (
    A_LOT,
    CANNOT,
    DOMAIN_KEYS,
    DONT_KNOW,
    NO_DIFFICULTY,
    NOT_RECORDED,
    REFUSED,
    SOME,
    WITH,
    WITHOUT,
    status,
)
from desktop_app.records.validation import ValidationError
from desktop_app.registry.persons import PersonFields, create_person, edit_person, get_person
from desktop_app.store import Database


def all_six(code: str) -> dict[str, str]:
    return dict.fromkeys(DOMAIN_KEYS, code)


def test_status_by_the_cut_off() -> None:
    assert status(True, {**all_six(NO_DIFFICULTY), "walking": A_LOT}) == WITH
    assert status(True, {"seeing": CANNOT}) == WITH  # one domain is enough
    assert status(True, all_six(SOME)) == WITHOUT  # "some difficulty" is below the cut-off
    assert status(True, {**all_six(NO_DIFFICULTY), "hearing": REFUSED}) == NOT_RECORDED
    assert status(True, {**all_six(NO_DIFFICULTY), "hearing": DONT_KNOW}) == NOT_RECORDED
    four = {key: NO_DIFFICULTY for key in DOMAIN_KEYS[:4]}
    assert status(True, four) == NOT_RECORDED
    assert status(False, all_six(CANNOT)) == NOT_RECORDED
    assert status(True, {}) == NOT_RECORDED


def test_answers_are_stored_with_consent_and_read_back(db: Database) -> None:
    given = DisabilityAnswers(True, dt.date(2022, 11, 3), {"walking": A_LOT, "seeing": SOME})
    person = create_person(db, PersonFields("DIALLO", "Aminata", disability=given))
    stored = get_person(db, person.id).disability
    assert stored.consent and stored.consent_date == dt.date(2022, 11, 3)
    assert dict(stored.answers) == {"walking": A_LOT, "seeing": SOME}
    assert stored.status == WITH


def test_answers_without_consent_are_refused_and_nothing_changes(db: Database) -> None:
    person = create_person(db, PersonFields("DIALLO", "Aminata"))
    with pytest.raises(ValidationError) as raised:
        edit_person(
            db,
            person.id,
            PersonFields(
                "DIALLO",
                "Aminata",
                sex="F",
                disability=DisabilityAnswers(False, None, {"walking": A_LOT}),
            ),
        )
    assert "disability_consent" in raised.value.fields
    after = get_person(db, person.id)
    assert after.sex is None and not after.disability.consent


def test_an_unknown_answer_code_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        create_person(
            db,
            PersonFields("DIALLO", disability=DisabilityAnswers(True, None, {"walking": "lots"})),
        )
    assert "wg_walking" in raised.value.fields


def test_withdrawn_consent_erases_the_answers(db: Database) -> None:
    given = DisabilityAnswers(True, dt.date(2022, 11, 3), all_six(NO_DIFFICULTY))
    person = create_person(db, PersonFields("DIALLO", disability=given))
    edit_person(db, person.id, PersonFields("DIALLO", disability=DisabilityAnswers(False)))
    after = get_person(db, person.id).disability
    assert not after.consent and after.consent_date is None and not after.answers
    assert after.status == NOT_RECORDED


def test_a_form_without_the_questions_keeps_the_answers(db: Database) -> None:
    given = DisabilityAnswers(True, dt.date(2022, 11, 3), all_six(NO_DIFFICULTY))
    person = create_person(db, PersonFields("DIALLO", disability=given))
    edit_person(db, person.id, PersonFields("DIALLO", "Aminata"))  # disability=None
    after = get_person(db, person.id)
    assert after.given_names == "Aminata"
    assert after.disability.status == WITHOUT and after.disability.consent_date == dt.date(
        2022, 11, 3
    )


def test_consent_without_a_date_is_dated_today(db: Database) -> None:
    person = create_person(db, PersonFields("DIALLO", disability=DisabilityAnswers(True)))
    assert get_person(db, person.id).disability.consent_date == dt.date.today()
