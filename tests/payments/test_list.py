"""The payment list of the planted training agrees with the totals worked out by hand."""

from __future__ import annotations

from desktop_app.payments.computation import compute
from desktop_app.store import Database
from tests.payments.training import DAYS, Training


def test_the_training_pays_what_a_careful_person_computes(db: Database, training: Training):
    payments = compute(db, training.activity_id)
    totals = payments.totals
    assert len(payments.lines) == 28
    assert totals.per_diem == 1_145_000
    assert totals.transport == 207_500
    assert totals.lump_sums == (140_000,)
    assert totals.adjustment == 5_000
    assert totals.total == 1_497_500
    assert totals.days == 83
    assert payments.in_words("fr") == (
        "un million quatre cent quatre-vingt-dix-sept mille cinq cents francs CFA"
    )
    assert payments.in_words("en") == (
        "one million, four hundred and ninety-seven thousand, five hundred CFA francs"
    )


def test_each_line_holds_its_days_and_amounts(db: Database, training: Training):
    lines = {line.person_id: line for line in compute(db, training.activity_id).lines}
    resident = lines[training.participants[0]]
    assert (resident.days, resident.per_diem, resident.transport, resident.total) == (
        DAYS,
        30_000,
        7_500,
        42_500,
    )
    absent = lines[training.absent_day3]
    assert (absent.days, absent.total) == (DAYS[:2], 30_000)
    excepted = lines[training.excepted_day3]
    assert excepted.days == DAYS
    assert excepted.exceptions == ((DAYS[2], "A signé la feuille de la salle B"),)
    adjusted = lines[training.adjusted]
    assert (adjusted.per_diem, adjusted.total, adjusted.rule_total) == (75_000, 92_500, 87_500)
    facilitator = lines[training.facilitators[0]]
    assert (facilitator.role, facilitator.per_diem, facilitator.total) == (
        "facilitator",
        90_000,
        102_500,
    )
    assert lines[training.participants[3]].number == "+22790112233"  # typed "90 11 22 33"


def test_unsigned_presences_are_listed_apart(db: Database, training: Training):
    unpaid = compute(db, training.activity_id).unpaid
    assert [(u.person_id, u.day) for u in unpaid] == [(training.absent_day3, DAYS[2])]
