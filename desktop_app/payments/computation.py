"""The payment list (état de paiement) of an activity, computed from its signed presences.

A day is paid when the person signed it (or ticked it: the sign-in sheet import stores both as
`attendance.signed`), or when the officer made an exception for it, with a reason. Each line
holds the person's paid days and, per column, the per diem (the sum of each day's rate for
that day's role), the transport, each lump sum (once, for anyone paid at least one day) and an
adjustment; each column is rounded as the rules say. Totals are the sums of the lines.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.payments import settings
from desktop_app.payments.rules import PaymentRules
from desktop_app.payments.settings import Account, Payee
from desktop_app.payments.words import amount_in_words
from desktop_app.records.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Organisation, Person


@dataclass(frozen=True)
class PaymentLine:
    person_id: int
    person_uuid: str
    name: str
    organisation: str
    role: str  # the role of the first paid day
    category: str | None
    resident: bool
    zone: str | None
    days: tuple[dt.date, ...]  # the paid days
    exceptions: tuple[tuple[dt.date, str], ...]  # paid days without a signature, with reasons
    per_diem: int
    transport: int
    lump_sums: tuple[int, ...]  # one per lump sum of the rules, in their order
    adjustment: int
    adjustment_reason: str | None
    channel: str
    number: str | None
    # paid days whose role or category has no daily rate in the rules (paid 0: a control says so)
    unrated_days: tuple[dt.date, ...] = ()

    @property
    def total(self) -> int:
        return self.per_diem + self.transport + sum(self.lump_sums) + self.adjustment

    @property
    def rule_total(self) -> int:
        """What the rules alone give, without the adjustment."""
        return self.total - self.adjustment


@dataclass(frozen=True)
class Unpaid:
    """A presence left unpaid: not signed and no exception."""

    person_id: int
    name: str
    day: dt.date


@dataclass(frozen=True)
class Totals:
    per_diem: int
    transport: int
    lump_sums: tuple[int, ...]
    adjustment: int
    total: int
    days: int


@dataclass(frozen=True)
class PaymentList:
    activity_id: int
    activity_uuid: str
    title: str
    start_date: dt.date
    end_date: dt.date
    city: str
    office: str | None
    project_code: str | None
    rules: PaymentRules
    lines: tuple[PaymentLine, ...]
    unpaid: tuple[Unpaid, ...]

    @classmethod
    def of(
        cls,
        activity: Activity,
        rules: PaymentRules,
        lines: tuple[PaymentLine, ...],
        unpaid: tuple[Unpaid, ...] = (),
    ) -> PaymentList:
        """The list of `activity`: its heading read from the activity, the lines given."""
        return cls(
            activity_id=activity.id,
            activity_uuid=activity.uuid,
            title=activity.title,
            start_date=activity.start_date,
            end_date=activity.end_date,
            city=activity.city,
            office=activity.office,
            project_code=activity.project_code,
            rules=rules,
            lines=lines,
            unpaid=unpaid,
        )

    @property
    def lump_labels(self) -> tuple[str, ...]:
        return tuple(s.label for s in self.rules.lump_sums)

    @property
    def totals(self) -> Totals:
        count = len(self.rules.lump_sums)
        return Totals(
            per_diem=sum(line.per_diem for line in self.lines),
            transport=sum(line.transport for line in self.lines),
            lump_sums=tuple(sum(line.lump_sums[i] for line in self.lines) for i in range(count)),
            adjustment=sum(line.adjustment for line in self.lines),
            total=sum(line.total for line in self.lines),
            days=sum(len(line.days) for line in self.lines),
        )

    def in_words(self, language: str) -> str:
        return amount_in_words(self.totals.total, self.rules.currency, language)


@dataclass(frozen=True)
class _Presence:
    person_id: int
    day: dt.date
    role: str
    signed: bool


def compute(database: Database, activity_id: int) -> PaymentList:
    """The list as the rules, the presences and the exceptions make it now (a draft)."""
    with database.session() as session:
        return compute_in(session, activity_id)


def compute_in(session: Session, activity_id: int) -> PaymentList:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise not_found("activity", activity_id)
    rules_row = settings.rules_of_in(session, activity_id)
    rules = rules_row if rules_row is not None else PaymentRules()
    presences = _presences(session, activity_id)
    paid_exceptions = settings.exceptions(session, activity_id)
    by_person: dict[int, list[_Presence]] = defaultdict(list)
    for presence in presences:
        by_person[presence.person_id].append(presence)
    people = _people(session, list(by_person))
    payees = settings.payees(session, activity_id)
    accounts = settings.accounts(session, list(by_person))
    lines: list[PaymentLine] = []
    unpaid: list[Unpaid] = []
    for person_id, days in by_person.items():
        person, organisation = people[person_id]
        name = f"{person.family_name} {person.given_names}".strip()
        paid: list[_Presence] = []
        for presence in sorted(days, key=lambda p: p.day):
            if not rules.is_paid_role(presence.role):
                continue
            if presence.signed or (person_id, presence.day) in paid_exceptions:
                paid.append(presence)
            else:
                unpaid.append(Unpaid(person_id, name, presence.day))
        if not paid:
            continue
        lines.append(
            _line(
                rules,
                person,
                organisation,
                paid,
                payees.get(person_id, Payee()),
                accounts.get(person_id, Account()),
                paid_exceptions,
            )
        )
    lines.sort(key=lambda line: (line.name.casefold(), line.person_id))
    unpaid.sort(key=lambda u: (u.name.casefold(), u.day))
    return PaymentList.of(activity, rules, tuple(lines), tuple(unpaid))


def _line(
    rules: PaymentRules,
    person: Person,
    organisation: str,
    paid: list[_Presence],
    payee: Payee,
    account: Account,
    paid_exceptions: dict[tuple[int, dt.date], str],
) -> PaymentLine:
    rates = [(p.day, rules.day_rate(p.role, person.category, payee.resident)) for p in paid]
    per_diem = sum(rate for _day, rate in rates)
    return PaymentLine(
        person_id=person.id,
        person_uuid=person.uuid,
        name=f"{person.family_name} {person.given_names}".strip(),
        organisation=organisation,
        role=paid[0].role,
        category=person.category,
        resident=payee.resident,
        zone=payee.zone,
        days=tuple(p.day for p in paid),
        exceptions=tuple(
            (p.day, paid_exceptions[(person.id, p.day)]) for p in paid if not p.signed
        ),
        per_diem=rules.rounded(per_diem),
        transport=rules.rounded(transport_of(rules, payee.zone, len(paid))),
        lump_sums=tuple(rules.rounded(s.amount) for s in rules.lump_sums),
        adjustment=payee.adjustment,
        adjustment_reason=payee.adjustment_reason,
        channel=account.channel,
        number=account.number,
        unrated_days=tuple(day for day, rate in rates if rate == 0),
    )


def transport_of(rules: PaymentRules, zone: str | None, days: int) -> int:
    if rules.transport_mode == "flat":
        amount = rules.transport_flat
    elif rules.transport_mode == "zone":
        amount = rules.transport_zones.get(zone or "", 0)
    else:
        return 0
    return amount * days if rules.transport_per == "day" else amount


def _presences(session: Session, activity_id: int) -> list[_Presence]:
    rows = session.execute(
        select(Attendance.person_id, Attendance.day, Attendance.role, Attendance.signed)
        .join(Person, Person.id == Attendance.person_id)
        .where(
            Attendance.activity_id == activity_id,
            Attendance.deleted.is_(False),
            Person.deleted.is_(False),
        )
    )
    return [_Presence(r.person_id, r.day, r.role, bool(r.signed)) for r in rows]


def _people(session: Session, person_ids: list[int]) -> dict[int, tuple[Person, str]]:
    rows = session.execute(
        select(Person, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.id.in_(person_ids))
    )
    return {person.id: (person, name or "") for person, name in rows}
