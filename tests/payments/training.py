"""A three-day training in Niamey with 25 participants and 3 facilitators, its presences signed
as a sheet would say, its payment rules, and the anomalies finance looks for planted in it.

The totals, worked out by hand (rules: participants 10,000 a day resident, 25,000 non-resident;
facilitators 30,000; transport 2,500 a paid day; a kit of 5,000; rounding 25 francs):
- 20 resident participants signed 3 days: 30,000 + 7,500 + 5,000 = 42,500, together 850,000;
- 3 non-resident participants signed 3 days: 75,000 + 7,500 + 5,000 = 87,500, together
  262,500, and one of them has an adjustment of +5,000 ("reliquat de transport");
- 1 resident signed days 1 and 2, present unsigned on day 3: 20,000 + 5,000 + 5,000 = 30,000;
- 1 resident signed days 1 and 2, day 3 paid by exception: 42,500;
- 3 facilitators signed 3 days: 90,000 + 7,500 + 5,000 = 102,500, together 307,500.
Per diem 1,145,000; transport 83 days × 2,500 = 207,500; kits 28 × 5,000 = 140,000;
adjustment 5,000; total 1,497,500.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.activities.activities import create_activity
from desktop_app.activities.attendance import check_in, set_signed
from desktop_app.payments import settings
from desktop_app.payments.rules import LumpSum, PaymentRules
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from tests.factories import activity_fields

DAYS = (dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7))
RULES = PaymentRules(
    rounding=25,
    resident_rates={"participant": 10_000, "facilitator": 30_000},
    non_resident_rates={"participant": 25_000},
    transport_mode="flat",
    transport_per="day",
    transport_flat=2_500,
    lump_sums=(LumpSum("kit", 5_000),),
)
SHARED = "+22790112233"
FAMILY = (
    "ABDOU", "BOUBACAR", "CISSÉ", "DIALLO", "GARBA", "HAMANI", "IBRAHIM", "ISSOUFOU", "KANÉ",
    "MAHAMADOU", "MAÏGA", "MOUSSA", "OUMAROU", "SALEY", "SANI", "SEYNI", "SOUMANA", "TAHIROU",
    "YACOUBA", "ZAKARI", "ADAMOU", "ALI", "AMADOU", "BARO", "DJIBO",
)  # fmt: skip


@dataclass(frozen=True)
class Training:
    activity_id: int
    other_activity_id: int
    participants: tuple[int, ...]  # 25, in FAMILY's order
    facilitators: tuple[int, ...]
    non_residents: tuple[int, ...]
    absent_day3: int  # present unsigned on day 3, not paid that day
    excepted_day3: int  # unsigned on day 3, paid by exception
    adjusted: int
    shared_number: tuple[int, int]
    missing_number: int
    other_operator: int
    malformed_number: int
    double_paid: int  # facilitator also paid by another activity on day 3


def _person(db: Database, family: str, given: str, **fields: object) -> int:
    return create_person(db, PersonFields(family_name=family, given_names=given, **fields)).id


def _attend(db: Database, activity_id: int, person_id: int, day: dt.date, role: str, signed: bool):
    row = check_in(db, activity_id, person_id, day, role)
    if signed:
        set_signed(db, row.id)


def build_training(db: Database) -> Training:
    activity = create_activity(
        db, activity_fields(title="Formation des formateurs en budget", kind="training",
                            office="NE-NIA", project_code="SSG-NE-24")
    )  # fmt: skip
    participants = tuple(
        _person(db, family, "Aïcha" if i % 2 else "Moussa", sex="F" if i % 2 else "M")
        for i, family in enumerate(FAMILY)
    )
    facilitators = tuple(
        _person(db, family, "Idrissa", sex="M") for family in ("TRAORÉ", "KOUYATÉ", "SIDIBÉ")
    )
    absent_day3, excepted_day3 = participants[23], participants[24]
    for person_id in participants:
        for day in DAYS:
            last_day_unsigned = person_id in (absent_day3, excepted_day3) and day == DAYS[2]
            _attend(db, activity.id, person_id, day, "participant", not last_day_unsigned)
    for person_id in facilitators:
        for day in DAYS:
            _attend(db, activity.id, person_id, day, "facilitator", True)
    settings.save_template(db, "Formation Niamey", RULES)
    settings.copy_template(db, activity.id, "Formation Niamey")
    settings.add_exception(
        db, activity.id, excepted_day3, DAYS[2], "A signé la feuille de la salle B"
    )
    non_residents = participants[20:23]
    for person_id in non_residents:
        settings.set_payee(db, activity.id, person_id, settings.Payee(resident=False))
    adjusted = non_residents[0]
    settings.set_payee(
        db,
        activity.id,
        adjusted,
        settings.Payee(resident=False, adjustment=5_000, adjustment_reason="Reliquat de transport"),
    )
    # Everyone by Orange Money on numbers of their own, but for the planted cases.
    for i, person_id in enumerate((*participants, *facilitators)):
        settings.set_account(db, person_id, "orange_money", f"+2279{i + 1:07d}")
    settings.set_account(db, participants[2], "orange_money", SHARED)
    settings.set_account(db, participants[3], "orange_money", "90 11 22 33")  # the same, typed
    settings.set_account(db, participants[4], "orange_money", None)
    settings.set_account(db, participants[5], "orange_money", "+22796000001")  # Airtel's
    settings.set_account(db, participants[6], "moov_money", "84 12 3", strict=False)
    settings.set_account(db, participants[7], "cash", None)
    # Another office's workshop, on the training's last day, with one of the facilitators.
    other = create_activity(
        db,
        activity_fields(
            title="Atelier régional de Zinder", start_date=DAYS[2], end_date=DAYS[2],
            city="Zinder", office="NE-ZIN",
        ),
    )  # fmt: skip
    settings.set_rules(db, other.id, RULES)
    _attend(db, other.id, facilitators[1], DAYS[2], "expert", True)
    _attend(db, other.id, participants[0], DAYS[2], "participant", False)  # unsigned: not paid
    return Training(
        activity_id=activity.id,
        other_activity_id=other.id,
        participants=participants,
        facilitators=facilitators,
        non_residents=non_residents,
        absent_day3=absent_day3,
        excepted_day3=excepted_day3,
        adjusted=adjusted,
        shared_number=(participants[2], participants[3]),
        missing_number=participants[4],
        other_operator=participants[5],
        malformed_number=participants[6],
        double_paid=facilitators[1],
    )
