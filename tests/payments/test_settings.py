"""Rules from a template, the settings' refusals, and exceptions kept in the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.payments import settings
from desktop_app.payments.computation import compute
from desktop_app.payments.rules import LumpSum, PaymentRules
from desktop_app.records.validation import NotFound, ValidationError
from desktop_app.store import Database
from desktop_app.store.models import AuditEntry
from tests.factories import MakeActivity, MakePerson
from tests.payments.training import DAYS, RULES, Training


def test_rules_are_a_copy_of_the_template(db: Database, make_activity: MakeActivity):
    activity = make_activity()
    settings.save_template(db, "Atelier Bamako", RULES)
    settings.copy_template(db, activity.id, "Atelier Bamako")
    settings.save_template(db, "Atelier Bamako", PaymentRules(rounding=5))
    assert settings.rules_of(db, activity.id) == RULES
    assert list(settings.templates(db)) == ["Atelier Bamako"]
    with pytest.raises(NotFound):
        settings.copy_template(db, activity.id, "Atelier Ségou")


@pytest.mark.parametrize(
    ("rules", "field"),
    [
        (PaymentRules(currency="CFA"), "currency"),
        (PaymentRules(rounding=10), "rounding"),
        (PaymentRules(transport_mode="bus"), "transport"),
        (PaymentRules(team="paid"), "team"),
        (PaymentRules(resident_rates={"participant": -5_000}), "amounts"),
        (PaymentRules(lump_sums=(LumpSum(" ", 2_000),)), "lump_sums"),
    ],
)
def test_wrong_rules_are_refused_and_nothing_changes(
    db: Database, make_activity: MakeActivity, rules: PaymentRules, field: str
):
    activity = make_activity()
    settings.set_rules(db, activity.id, RULES)
    with pytest.raises(ValidationError) as refused:
        settings.set_rules(db, activity.id, rules)
    assert field in refused.value.fields
    assert settings.rules_of(db, activity.id) == RULES


def test_a_number_that_cannot_be_read_is_refused(db: Database, make_person: MakePerson):
    person = make_person()
    with pytest.raises(ValidationError) as refused:
        settings.set_account(db, person.id, "orange_money", "90 12")
    assert "number" in refused.value.fields
    assert settings.set_account(db, person.id, "orange_money", "90 12 34 56").number == (
        "+22790123456"
    )
    with pytest.raises(ValidationError):
        settings.set_account(db, person.id, "western_union", None)


def test_an_exception_needs_a_reason_and_leaves_an_audit_entry(db: Database, training: Training):
    person_id = training.absent_day3
    with pytest.raises(ValidationError):
        settings.add_exception(db, training.activity_id, person_id, DAYS[2], "  ")
    with pytest.raises(ValidationError):
        settings.add_exception(db, training.activity_id, person_id, dt.date(2022, 12, 9), "Oui")
    before = compute(db, training.activity_id).totals.total
    settings.add_exception(db, training.activity_id, person_id, DAYS[2], "Malade, a signé le 8")
    assert compute(db, training.activity_id).totals.total == before + 10_000 + 2_500
    assert settings.remove_exception(db, training.activity_id, person_id, DAYS[2])
    assert compute(db, training.activity_id).totals.total == before
    with db.session() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "payment_exception")
            .order_by(AuditEntry.id)
        ).all()
        trail = [(e.action, e.changes["reason"]) for e in entries]
    assert trail == [
        ("create", [None, "A signé la feuille de la salle B"]),
        ("create", [None, "Malade, a signé le 8"]),
        ("delete", ["Malade, a signé le 8", None]),
    ]


def test_an_adjustment_needs_a_reason(db: Database, training: Training):
    with pytest.raises(ValidationError):
        settings.set_payee(
            db, training.activity_id, training.participants[0], settings.Payee(adjustment=500)
        )


def test_the_team_excluded_is_not_on_the_list(db: Database, training: Training):
    settings.set_rules(
        db, training.activity_id, PaymentRules(resident_rates=RULES.resident_rates, team="excluded")
    )
    paid = {line.person_id for line in compute(db, training.activity_id).lines}
    assert paid.isdisjoint(training.facilitators)
    assert len(paid) == 25
