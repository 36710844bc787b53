"""The controls finance runs before approving a payment list, each with the rows behind it:

- paid without a signature (an exception, with its reason);
- one mobile money number for two persons or more (anywhere in the database);
- one person paid by two activities on the same day (another activity's approved list, or
  its signed presences when it has payment rules): at HQ this spans the offices' workbooks,
  and a merged person's uuid names the survivor;
- an amount that differs from the rules (an adjustment; after approval, any change to what
  the rules, the presences or the settings give);
- a missing or malformed number for a mobile money channel, or a number of another operator
  than the channel's (phonenumbers' operator of the number's prefix, Niger +227, Mali +223);
- transport by zone for a person without a known zone.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import phonenumbers
from phonenumbers import carrier
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.payments.approval import current_list, decode_lines, person_ids_for
from desktop_app.payments.computation import PaymentList
from desktop_app.payments.settings import CHANNELS
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    Attendance,
    PaymentAccount,
    PaymentException,
    Person,
)
from desktop_app.store.models import PaymentList as ListRow
from desktop_app.store.models import PaymentRules as RulesRow

UNSIGNED = "unsigned"
SHARED_NUMBER = "shared_number"
TWO_ACTIVITIES = "two_activities"
DIFFERS = "differs"
NUMBER = "number"
ZONE = "zone"
NO_RATE = "no_rate"

TITLES = {
    UNSIGNED: QT_TRANSLATE_NOOP("Payments", "Paid without a signature"),
    SHARED_NUMBER: QT_TRANSLATE_NOOP("Payments", "One number for several persons"),
    TWO_ACTIVITIES: QT_TRANSLATE_NOOP("Payments", "Paid by two activities on the same day"),
    DIFFERS: QT_TRANSLATE_NOOP("Payments", "Amounts that differ from the rules"),
    NUMBER: QT_TRANSLATE_NOOP("Payments", "Missing or malformed numbers"),
    ZONE: QT_TRANSLATE_NOOP("Payments", "Transport zone missing"),
    NO_RATE: QT_TRANSLATE_NOOP("Payments", "Paid days without a daily rate"),
}
ORDER = (UNSIGNED, SHARED_NUMBER, TWO_ACTIVITIES, DIFFERS, NUMBER, ZONE, NO_RATE)

# What `Finding.problem` says for a number
MISSING = "missing"
MALFORMED = "malformed"
OPERATOR = "operator"


@dataclass(frozen=True)
class Finding:
    control: str
    person_id: int
    name: str
    day: dt.date | None = None
    # the value behind the finding: a reason, a number, another activity's title, an amount
    detail: str = ""
    problem: str = ""  # for numbers: missing, malformed, operator
    other_activity_id: int | None = None


@dataclass(frozen=True)
class ControlResult:
    code: str
    findings: tuple[Finding, ...]

    @property
    def title(self) -> str:
        return TITLES[self.code]


def run_controls(database: Database, activity_id: int) -> tuple[ControlResult, ...]:
    shown = current_list(database, activity_id)
    payment_list = shown.payment_list
    with database.session() as session:
        found: dict[str, list[Finding]] = {code: [] for code in ORDER}
        found[UNSIGNED] = _unsigned(payment_list)
        found[SHARED_NUMBER] = _shared_numbers(session, payment_list)
        found[TWO_ACTIVITIES] = _two_activities(session, payment_list)
        found[NUMBER] = _numbers(payment_list)
        found[ZONE] = _zones(payment_list)
        found[NO_RATE] = _unrated(payment_list)
    differs = [
        Finding(
            DIFFERS,
            line.person_id,
            line.name,
            detail=f"{line.adjustment:+d} ({line.adjustment_reason or ''})",
        )
        for line in payment_list.lines
        if line.adjustment
    ]
    differs += [
        Finding(DIFFERS, c.person_id or 0, c.name, detail=f"{c.frozen_total} → {c.current_total}")
        for c in shown.changes
    ]
    found[DIFFERS] = differs
    return tuple(ControlResult(code, tuple(found[code])) for code in ORDER)


def _unsigned(payment_list: PaymentList) -> list[Finding]:
    return [
        Finding(UNSIGNED, line.person_id, line.name, day, reason)
        for line in payment_list.lines
        for day, reason in line.exceptions
    ]


def _shared_numbers(session: Session, payment_list: PaymentList) -> list[Finding]:
    numbers = {line.number for line in payment_list.lines if line.number}
    if not numbers:
        return []
    holders: dict[str, dict[int, str]] = defaultdict(dict)
    for line in payment_list.lines:  # a frozen list's numbers, as approved
        if line.number:
            holders[line.number][line.person_id] = line.name
    rows = session.execute(
        select(PaymentAccount.number, Person.id, Person.family_name, Person.given_names)
        .join(Person, Person.id == PaymentAccount.person_id)
        .where(PaymentAccount.number.in_(sorted(numbers)), Person.deleted.is_(False))
    )
    for number, person_id, family, given in rows:
        holders[str(number)].setdefault(person_id, f"{family} {given}".strip())
    return [
        Finding(SHARED_NUMBER, person_id, name, detail=number)
        for number, persons in sorted(holders.items())
        if len(persons) > 1
        for person_id, name in sorted(persons.items(), key=lambda p: p[1].casefold())
    ]


def _two_activities(session: Session, payment_list: PaymentList) -> list[Finding]:
    paid = {(line.person_id, day): line.name for line in payment_list.lines for day in line.days}
    if not paid:
        return []
    person_ids = sorted({person_id for person_id, _ in paid})
    days = sorted({day for _, day in paid})
    elsewhere: dict[tuple[int, dt.date], set[int]] = defaultdict(set)
    approved_activities: set[int] = set()
    # Other activities' approved lists, wherever they were approved
    for row in session.scalars(
        select(ListRow).where(
            ListRow.deleted.is_(False), ListRow.activity_id != payment_list.activity_id
        )
    ):
        approved_activities.add(row.activity_id)
        _, lines = decode_lines(row.lines)
        ids = person_ids_for(session, {str(item["p"]) for item in lines})
        for item in lines:
            person_id = ids.get(str(item["p"]))
            for day in item["d"]:
                key = (person_id or 0, dt.date.fromisoformat(day))
                if key in paid:
                    elsewhere[key].add(row.activity_id)
    # Other activities with rules and no approved list: their signed or excepted days
    ruled = select(RulesRow.activity_id).where(
        RulesRow.activity_id.is_not(None), RulesRow.activity_id != payment_list.activity_id
    )
    signed = session.execute(
        select(Attendance.activity_id, Attendance.person_id, Attendance.day).where(
            Attendance.activity_id.in_(ruled),
            Attendance.person_id.in_(person_ids),
            Attendance.day.in_(days),
            Attendance.deleted.is_(False),
            Attendance.signed.is_(True),
        )
    )
    excepted = session.execute(
        select(
            PaymentException.activity_id, PaymentException.person_id, PaymentException.day
        ).where(
            PaymentException.activity_id.in_(ruled),
            PaymentException.person_id.in_(person_ids),
            PaymentException.day.in_(days),
        )
    )
    for activity_id, person_id, day in [*signed, *excepted]:
        if activity_id not in approved_activities and (person_id, day) in paid:
            elsewhere[(person_id, day)].add(activity_id)
    if not elsewhere:
        return []
    others = sorted({a for ids in elsewhere.values() for a in ids})
    titles: dict[int, str] = {}
    offices: dict[int, str | None] = {}
    for activity_id, title, office in session.execute(
        select(Activity.id, Activity.title, Activity.office).where(Activity.id.in_(others))
    ):
        titles[activity_id], offices[activity_id] = title, office
    return [
        Finding(
            TWO_ACTIVITIES,
            person_id,
            paid[(person_id, day)],
            day,
            f"{titles[other]} ({offices.get(other) or ''})".replace(" ()", ""),
            other_activity_id=other,
        )
        for (person_id, day), others in sorted(
            elsewhere.items(), key=lambda item: (paid[item[0]].casefold(), item[0][1])
        )
        for other in sorted(others)
    ]


def number_problem(channel: str, number: str | None) -> str:
    """ "" when the number suits the channel; else missing, malformed or operator."""
    if channel == "cash":
        return ""
    if not number:
        return MISSING
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return MALFORMED
    if not phonenumbers.is_valid_number(parsed):
        return MALFORMED
    if phonenumbers.number_type(parsed) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return MALFORMED
    operators = CHANNELS.get(channel, frozenset())
    operator = carrier.name_for_number(parsed, "en")
    if operators and operator and operator not in operators:
        return OPERATOR
    return ""


def _numbers(payment_list: PaymentList) -> list[Finding]:
    found = []
    for line in payment_list.lines:
        problem = number_problem(line.channel, line.number)
        if problem:
            found.append(
                Finding(
                    NUMBER, line.person_id, line.name, detail=line.number or "", problem=problem
                )
            )
    return found


def _unrated(payment_list: PaymentList) -> list[Finding]:
    """Days paid nothing because the rules give the day's role (or the person's category) no
    rate: an expert left out of the rates would otherwise be paid 0 without a word."""
    return [
        Finding(NO_RATE, line.person_id, line.name, day, detail=line.role)
        for line in payment_list.lines
        for day in line.unrated_days
    ]


def _zones(payment_list: PaymentList) -> list[Finding]:
    rules = payment_list.rules
    if rules.transport_mode != "zone":
        return []
    return [
        Finding(ZONE, line.person_id, line.name, detail=line.zone or "")
        for line in payment_list.lines
        if (line.zone or "") not in rules.transport_zones
    ]
