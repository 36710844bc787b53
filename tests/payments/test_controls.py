"""Each control finds exactly the cases planted in the training, with the rows behind them."""

from __future__ import annotations

from desktop_app.payments import settings
from desktop_app.payments.controls import (
    DIFFERS,
    MALFORMED,
    MISSING,
    NO_RATE,
    NUMBER,
    OPERATOR,
    SHARED_NUMBER,
    TWO_ACTIVITIES,
    UNSIGNED,
    ZONE,
    number_problem,
    run_controls,
)
from desktop_app.payments.rules import PaymentRules
from desktop_app.store import Database
from tests.payments.training import DAYS, RULES, SHARED, Training


def _found(db: Database, activity_id: int) -> dict[str, list[tuple[int, object, str]]]:
    return {
        result.code: [(f.person_id, f.day, f.detail or f.problem) for f in result.findings]
        for result in run_controls(db, activity_id)
    }


def test_each_control_finds_the_planted_cases(db: Database, training: Training):
    found = _found(db, training.activity_id)
    assert found[UNSIGNED] == [
        (training.excepted_day3, DAYS[2], "A signé la feuille de la salle B")
    ]
    assert sorted(found[SHARED_NUMBER]) == sorted(
        (person_id, None, SHARED) for person_id in training.shared_number
    )
    assert found[TWO_ACTIVITIES] == [
        (training.double_paid, DAYS[2], "Atelier régional de Zinder (NE-ZIN)")
    ]
    assert found[DIFFERS] == [(training.adjusted, None, "+5000 (Reliquat de transport)")]
    assert found[ZONE] == []
    assert found[NO_RATE] == []  # every role of the training has its rate


def test_numbers_missing_malformed_or_of_another_operator(db: Database, training: Training):
    findings = next(r for r in run_controls(db, training.activity_id) if r.code == NUMBER)
    assert sorted((f.person_id, f.problem) for f in findings.findings) == sorted(
        [
            (training.missing_number, MISSING),
            (training.other_operator, OPERATOR),
            (training.malformed_number, MALFORMED),
        ]
    )


def test_number_problems_by_country_and_operator():
    assert number_problem("cash", None) == ""
    assert number_problem("orange_money", "+22790123456") == ""  # Niger, Orange (Zamani)
    assert number_problem("airtel_money", "+22796123456") == ""
    assert number_problem("moov_money", "+22784123456") == ""
    assert number_problem("orange_money", "+22376123456") == ""  # Mali, Orange
    assert number_problem("moov_money", "+22366123456") == ""  # Mali, Moov Africa Malitel
    assert number_problem("orange_money", "+22366123456") == OPERATOR
    assert number_problem("orange_money", "+22320123456") == MALFORMED  # not a number in use
    assert number_problem("moov_money", "84 12 3") == MALFORMED
    assert number_problem("airtel_money", "") == MISSING


def test_transport_by_zone_flags_persons_without_a_known_zone(db: Database, training: Training):
    zoned = PaymentRules(
        resident_rates=RULES.resident_rates,
        transport_mode="zone",
        transport_per="activity",
        transport_zones={"Niamey": 0, "Tillabéri": 15_000},
    )
    settings.set_rules(db, training.activity_id, zoned)
    for person_id in training.participants[:-1]:
        settings.set_payee(db, training.activity_id, person_id, settings.Payee(zone="Niamey"))
    for person_id in training.facilitators:
        settings.set_payee(db, training.activity_id, person_id, settings.Payee(zone="Tillabéri"))
    found = _found(db, training.activity_id)
    assert found[ZONE] == [(training.participants[-1], None, "")]


def test_days_of_a_role_without_a_rate_are_flagged_not_paid_silently(
    db: Database, training: Training
):
    """The facilitators' rate left out of the rules: their 3 x 3 signed days are paid 0, and
    the control lists those nine days (by hand: 3 facilitators, 3 days each)."""
    settings.set_rules(
        db,
        training.activity_id,
        PaymentRules(resident_rates={"participant": RULES.resident_rates["participant"]}),
    )
    found = _found(db, training.activity_id)
    assert sorted(found[NO_RATE]) == sorted(
        (person_id, day, "facilitator") for person_id in training.facilitators for day in DAYS
    )
