"""Retention on a server: the inactive persons' values are erased, then the touched tables are
VACUUMed (the file-byte checks of tests/privacy/test_retention.py are SQLite's)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.privacy import retention
from desktop_app.store import Database
from tests.privacy.test_retention import TODAY, _seed

pytestmark = pytest.mark.postgresql_only


def test_purge_erases_the_values_then_vacuums(db: Database) -> None:
    ids = _seed(db)
    plan = retention.plan_purge(db, years=5, today=TODAY)
    assert set(plan.person_ids) == {ids["gone"], ids["never"]}
    result = retention.purge(db, plan)
    assert (result.persons, result.attendance) == (2, 1)
    with db.session() as session:
        everything = " ".join(
            str(row)
            for table in ("person", "audit_entry", "sync_conflict")
            for row in session.execute(text(f"SELECT * FROM {table}"))
        )
        vacuumed = session.execute(
            text(
                "SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL "
                "AND relname IN ('person', 'attendance', 'audit_entry')"
            )
        ).scalars()
        assert set(vacuumed) == {"person", "attendance", "audit_entry"}
    secrets = ("GUIDIMEY", "Célestin", "OUSMANE", "Zeinabou", "90123456", "Commissaire")
    for secret in (*secrets, "1987-04-23"):
        assert secret not in everything, secret
    assert "ABDOULAYE" in everything
