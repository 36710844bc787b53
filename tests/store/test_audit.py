"""Every change to a travelling record bumps its revision and leaves an audit entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.messages import RegistreError
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, AuditEntry, Organisation


def _activity() -> Activity:
    return Activity(
        title="Atelier sur le contrôle parlementaire",
        kind="workshop",
        start_date=dt.date(2022, 12, 5),
        end_date=dt.date(2022, 12, 5),
        country="NE",
        city="Niamey",
    )


def test_create_edit_delete_leave_entries_with_old_and_new_values(db: Database) -> None:
    with db.session() as session:
        activity = _activity()
        session.add(activity)
    assert (activity.revision, activity.origin_site, activity.deleted) == (1, "NE-NIA", False)
    with db.session() as session:
        stored = session.get(Activity, activity.id)
        assert stored is not None
        stored.city = "Tillabéri"
        stored.end_date = dt.date(2022, 12, 6)
    with db.session() as session:
        stored = session.get(Activity, activity.id)
        assert stored is not None
        stored.deleted = True
    with db.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.record_uuid == activity.uuid).order_by("id")
        ).all()
        final = session.get(Activity, activity.id)
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert [e.revision for e in entries] == [1, 2, 3]
    assert entries[0].changes["title"] == [None, "Atelier sur le contrôle parlementaire"]
    assert entries[1].changes == {
        "city": ["Niamey", "Tillabéri"],
        "end_date": ["2022-12-05", "2022-12-06"],
    }
    assert all(e.site_code == "NE-NIA" for e in entries)
    assert final is not None and final.revision == 3


def test_partner_changes_are_audited(db: Database) -> None:
    with db.session() as session:
        cnd = Organisation(name="Commission nationale des droits de l'homme", acronym="CNDH")
        activity = _activity()
        session.add_all([cnd, activity])
    with db.session() as session:
        stored = session.get(Activity, activity.id)
        partner = session.get(Organisation, cnd.id)
        assert stored is not None and partner is not None
        stored.partners.append(partner)
    with db.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None and last.changes == {"partners": [[], [cnd.uuid]]}


def test_saving_without_change_writes_nothing(db: Database) -> None:
    with db.session() as session:
        activity = _activity()
        session.add(activity)
    with db.session() as session:
        stored = session.get(Activity, activity.id)
        assert stored is not None
        stored.city = "Niamey"  # same value
    with db.session() as session:
        count = len(session.scalars(select(AuditEntry)).all())
        stored = session.get(Activity, activity.id)
    assert count == 1 and stored is not None and stored.revision == 1


def test_a_database_without_site_refuses_changes(empty_db_path: Path | str) -> None:
    database = open_database(empty_db_path)
    with pytest.raises(RegistreError) as raised, database.session() as session:
        session.add(Organisation(name="CNDH"))
    database.close()
    assert "no site" in str(raised.value)
