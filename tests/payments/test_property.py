"""For random activities, the list's total is the sum of each paid day's rate, each paid day's
transport and the lump sums, over the signed days only."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.activities.activities import create_activity
from desktop_app.activities.attendance import check_in, set_signed
from desktop_app.payments import settings as payment_settings
from desktop_app.payments.computation import compute
from desktop_app.payments.rules import LumpSum, PaymentRules
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from tests.factories import activity_fields

START = dt.date(2023, 3, 6)
ROLES = ("participant", "facilitator", "expert")
amounts = st.integers(min_value=0, max_value=400).map(lambda n: n * 25)
# Per person: per day (present?, role, signed?), for three days at most
person_days = st.lists(
    st.tuples(st.booleans(), st.sampled_from(ROLES), st.booleans()), min_size=1, max_size=3
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rates=st.fixed_dictionaries({role: amounts for role in ROLES}),
    transport=amounts,
    kit=amounts,
    persons=st.lists(person_days, min_size=1, max_size=5),
)
def test_total_is_rates_times_signed_days(
    db: Database,
    rates: dict[str, int],
    transport: int,
    kit: int,
    persons: list[list[tuple[bool, str, bool]]],
):
    days = max(len(p) for p in persons)
    activity = create_activity(
        db, activity_fields(start_date=START, end_date=START + dt.timedelta(days=days - 1))
    )
    rules = PaymentRules(
        rounding=25,
        resident_rates=rates,
        transport_mode="flat",
        transport_flat=transport,
        lump_sums=(LumpSum("kit", kit),),
    )
    payment_settings.set_rules(db, activity.id, rules)
    expected = 0
    for number, presences in enumerate(persons):
        person = create_person(db, PersonFields(family_name=f"SANI {number}", given_names="Ali"))
        paid_days = 0
        for offset, (present, role, signed) in enumerate(presences):
            if not present:
                continue
            row = check_in(db, activity.id, person.id, START + dt.timedelta(days=offset), role)
            if signed:
                set_signed(db, row.id)
                expected += rates[role] + transport
                paid_days += 1
        if paid_days:
            expected += kit
    assert compute(db, activity.id).totals.total == expected
