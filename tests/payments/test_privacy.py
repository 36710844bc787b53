"""Amounts and mobile money numbers never reach the pseudonymised export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import python_calamine
from sqlalchemy import delete, update

from desktop_app.payments.approval import approve
from desktop_app.payments.computation import compute
from desktop_app.privacy.pseudonymised import export_pseudonymised
from desktop_app.store import Database
from desktop_app.store.models import Attendance, Person
from tests.payments.training import SHARED, Training

OLD = dt.datetime(2015, 1, 1)


def test_the_pseudonymised_export_holds_no_amount_and_no_number(
    db: Database, training: Training, tmp_path: Path
):
    payments = compute(db, training.activity_id)
    approve(db, training.activity_id, approved_by="Mariama SOUMANA")
    out = tmp_path / "partage.xlsx"
    export_pseudonymised(db, out, language="fr", today=dt.date(2026, 11, 26))
    book = python_calamine.CalamineWorkbook.from_path(str(out))
    cells = {
        str(value)
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for value in row
        if value not in ("", None)
    }
    assert any("Formation des formateurs" in cell for cell in cells)  # the activity is there
    numbers = {line.number for line in payments.lines if line.number} | {SHARED}
    amounts = {str(line.total) for line in payments.lines} | {str(payments.totals.total)}
    amounts |= {f"{line.total}.0" for line in payments.lines}
    assert not any(number[4:] in cell for cell in cells for number in numbers)
    assert cells.isdisjoint(amounts)


def test_a_purged_person_takes_their_payment_number_with_them(db: Database, training: Training):
    from desktop_app.privacy import retention
    from desktop_app.store.models import PaymentAccount

    person = training.participants[0]
    with db.session() as session:
        session.execute(delete(Attendance).where(Attendance.person_id == person))
        session.execute(update(Person).where(Person.id == person).values(changed_at=OLD))
    plan = retention.plan_purge(db, years=5, today=dt.date(2026, 11, 26))
    assert person in plan.person_ids
    retention.purge(db, plan)
    with db.session() as session:
        assert session.get(PaymentAccount, person) is None
        assert session.get(PaymentAccount, training.participants[1]) is not None
