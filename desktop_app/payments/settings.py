"""What the payment list is made from, stored: an activity's rules (copied from a template),
each payee's residence, zone and adjustment, each person's channel and number, and the days
paid without a signature (exceptions, each with its reason, written to the audit trail)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.payments import rules as payment_rules
from desktop_app.payments.rules import PaymentRules
from desktop_app.records.phones import parse_phone
from desktop_app.records.validation import Problems, ValidationError, not_found
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    AuditEntry,
    PaymentAccount,
    PaymentException,
    PaymentPayee,
    Person,
    utc_now,
)
from desktop_app.store.models import PaymentRules as RulesRow

# Cash, or a mobile money operator; `carriers` are the operator names phonenumbers gives the
# numbers of that network (Moov Africa Malitel's numbers are still listed as Sotelma).
CHANNELS: dict[str, frozenset[str]] = {
    "cash": frozenset(),
    "orange_money": frozenset({"Orange", "Zamani"}),
    "moov_money": frozenset({"Moov", "Sotelma", "Malitel"}),
    "airtel_money": frozenset({"Airtel"}),
    "other_mobile": frozenset(),  # a mobile money operator whose numbers are not checked
}
MAX_REASON = 500


@dataclass(frozen=True)
class Payee:
    resident: bool = True
    zone: str | None = None
    adjustment: int = 0
    adjustment_reason: str | None = None


@dataclass(frozen=True)
class Account:
    channel: str = "cash"
    number: str | None = None


@dataclass(frozen=True)
class PaidException:
    person_id: int
    day: dt.date
    reason: str


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise not_found("activity", activity_id)
    return activity


def rules_of(database: Database, activity_id: int) -> PaymentRules | None:
    """The activity's rules; None when it has none yet (nothing is paid)."""
    with database.session() as session:
        return rules_of_in(session, activity_id)


def rules_of_in(session: Session, activity_id: int) -> PaymentRules | None:
    row = session.scalars(select(RulesRow).where(RulesRow.activity_id == activity_id)).first()
    return payment_rules.from_json(row.rules) if row else None


def set_rules(database: Database, activity_id: int, rules: PaymentRules) -> None:
    payment_rules.check(rules)
    with database.session() as session:
        _activity(session, activity_id)
        row = session.scalars(select(RulesRow).where(RulesRow.activity_id == activity_id)).first()
        if row is None:
            row = RulesRow(activity_id=activity_id, name="")
            session.add(row)
        row.rules = payment_rules.to_json(rules)
        row.updated_at = utc_now()


def save_template(database: Database, name: str, rules: PaymentRules) -> None:
    payment_rules.check(rules)
    clean = name.strip()
    if not clean:
        problems = Problems()
        problems.add("name", QT_TRANSLATE_NOOP("Validation", "A template needs a name."))
        problems.raise_if_any()
    with database.session() as session:
        row = session.scalars(
            select(RulesRow).where(RulesRow.activity_id.is_(None), RulesRow.name == clean)
        ).first()
        if row is None:
            row = RulesRow(activity_id=None, name=clean)
            session.add(row)
        row.rules = payment_rules.to_json(rules)
        row.updated_at = utc_now()


def templates(database: Database) -> dict[str, PaymentRules]:
    with database.session() as session:
        rows = session.scalars(
            select(RulesRow).where(RulesRow.activity_id.is_(None)).order_by(RulesRow.name)
        )
        return {row.name: payment_rules.from_json(row.rules) for row in rows}


def copy_template(database: Database, activity_id: int, name: str) -> PaymentRules:
    """The activity's rules become a copy of the template: later changes to either stay apart."""
    template = templates(database).get(name.strip())
    if template is None:
        raise not_found("template", name)
    set_rules(database, activity_id, template)
    return template


def set_payee(database: Database, activity_id: int, person_id: int, payee: Payee) -> None:
    problems = Problems()
    if payee.adjustment and not (payee.adjustment_reason or "").strip():
        problems.add(
            "adjustment_reason",
            QT_TRANSLATE_NOOP("Validation", "An adjustment needs a reason."),
        )
    problems.raise_if_any()
    with database.session() as session:
        _activity(session, activity_id)
        row = session.get(PaymentPayee, (activity_id, person_id))
        if row is None:
            row = PaymentPayee(activity_id=activity_id, person_id=person_id)
            session.add(row)
        row.resident = payee.resident
        row.zone = (payee.zone or "").strip() or None
        row.adjustment = payee.adjustment
        row.adjustment_reason = (payee.adjustment_reason or "").strip() or None


def payees(session: Session, activity_id: int) -> dict[int, Payee]:
    rows = session.scalars(select(PaymentPayee).where(PaymentPayee.activity_id == activity_id))
    return {r.person_id: Payee(r.resident, r.zone, r.adjustment, r.adjustment_reason) for r in rows}


def set_account(
    database: Database, person_id: int, channel: str, number: str | None, *, strict: bool = True
) -> Account:
    """The person's channel and number. `strict`: a number that cannot be read is refused;
    otherwise (an import of a finance sheet) it is kept as typed, and the controls flag it."""
    problems = Problems()
    if channel not in CHANNELS:
        problems.add(
            "channel",
            QT_TRANSLATE_NOOP(
                "Validation", "Unknown payment channel {value}: use one of {choices}."
            ),
            value=channel,
            choices=", ".join(CHANNELS),
        )
    problems.raise_if_any()
    stored = (number or "").strip() or None
    if stored is not None:
        try:
            stored = parse_phone(stored, database.site_country, field="number")
        except ValidationError:
            if strict:
                raise
    with database.session() as session:
        if session.get(Person, person_id) is None:
            raise not_found("person", person_id)
        row = session.get(PaymentAccount, person_id)
        if row is None:
            row = PaymentAccount(person_id=person_id)
            session.add(row)
        row.channel = channel
        row.number = stored
        row.updated_at = utc_now()
    return Account(channel, stored)


def accounts(session: Session, person_ids: list[int]) -> dict[int, Account]:
    rows = session.scalars(select(PaymentAccount).where(PaymentAccount.person_id.in_(person_ids)))
    return {r.person_id: Account(r.channel, r.number) for r in rows}


def _audit(session: Session, record: PaymentException, action: str, reason: str | None) -> None:
    session.add(
        AuditEntry(
            table_name="payment_exception",
            record_uuid=record.uuid,
            action=action,
            site_code=str(session.info.get("site_code") or ""),
            revision=1,
            changes={
                "activity_id": [None, record.activity_id],
                "person_id": [None, record.person_id],
                "day": [None, record.day.isoformat()],
                "reason": [record.reason, None] if reason is None else [None, reason],
            },
        )
    )


def add_exception(
    database: Database, activity_id: int, person_id: int, day: dt.date, reason: str
) -> None:
    """Pay this unsigned day all the same; the reason goes to the audit trail and the list."""
    text = reason.strip()
    problems = Problems()
    if not text:
        problems.add(
            "reason",
            QT_TRANSLATE_NOOP("Validation", "Paying a day without a signature needs a reason."),
        )
    elif len(text) > MAX_REASON:
        problems.add(
            "reason",
            QT_TRANSLATE_NOOP("Validation", "The reason is longer than {limit} characters."),
            limit=MAX_REASON,
        )
    problems.raise_if_any()
    with database.session() as session:
        activity = _activity(session, activity_id)
        if not activity.start_date <= day <= activity.end_date:
            problems.add(
                "day",
                QT_TRANSLATE_NOOP("Validation", "{day} is not a day of this activity."),
                day=day.isoformat(),
            )
            problems.raise_if_any()
        existing = session.scalars(
            select(PaymentException).where(
                PaymentException.activity_id == activity_id,
                PaymentException.person_id == person_id,
                PaymentException.day == day,
            )
        ).first()
        if existing is not None:
            existing.reason = text
            _audit(session, existing, "update", text)
            return
        record = PaymentException(
            activity_id=activity_id, person_id=person_id, day=day, reason=text
        )
        session.add(record)
        session.flush()
        _audit(session, record, "create", text)


def remove_exception(database: Database, activity_id: int, person_id: int, day: dt.date) -> bool:
    with database.session() as session:
        record = session.scalars(
            select(PaymentException).where(
                PaymentException.activity_id == activity_id,
                PaymentException.person_id == person_id,
                PaymentException.day == day,
            )
        ).first()
        if record is None:
            return False
        _audit(session, record, "delete", None)
        session.delete(record)
        return True


def exceptions(session: Session, activity_id: int) -> dict[tuple[int, dt.date], str]:
    rows = session.scalars(
        select(PaymentException).where(PaymentException.activity_id == activity_id)
    )
    return {(r.person_id, r.day): r.reason for r in rows}
