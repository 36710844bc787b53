"""Retention purge: inactive persons are erased for good, bytes included; the active stay."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop_app.messages import RegistreError
from desktop_app.services import retention
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, Attendance, AuditEntry, Person

OLD_DAY = dt.date(2015, 3, 10)
TODAY = dt.date(2026, 11, 26)


def _activity(session: object, day: dt.date, title: str) -> Activity:
    activity = Activity(
        title=title, kind="workshop", start_date=day, end_date=day, country="NE", city="Niamey"
    )
    session.add(activity)  # type: ignore[attr-defined]
    return activity


def _seed(db: Database) -> dict[str, int]:
    with db.session() as session:
        old = _activity(session, OLD_DAY, "Atelier 2015")
        recent = _activity(session, dt.date(2025, 6, 2), "Atelier 2025")
        gone = Person(
            family_name="GUIDIMEY",
            given_names="Célestin",
            sex="M",
            phone="+22790123456",
            email="celestin.guidimey@example.ne",
            position="Commissaire",
        )
        never = Person(family_name="OUSMANE", given_names="Zeinabou", phone="+22791112233")
        kept = Person(family_name="ABDOULAYE", given_names="Mariama", phone="+22799887766")
        session.add_all([gone, never, kept])
        session.flush()
        session.add(Attendance(activity_id=old.id, person_id=gone.id, day=OLD_DAY))
        session.add(Attendance(activity_id=old.id, person_id=kept.id, day=OLD_DAY))
        session.add(Attendance(activity_id=recent.id, person_id=kept.id, day=recent.start_date))
        session.flush()
        ids = {"gone": gone.id, "never": never.id, "kept": kept.id}
    with db.session() as session:
        # Created long ago: the record itself has not changed since.
        session.execute(update(Person).values(changed_at=dt.datetime(2015, 1, 1)))
    return ids


def _raw(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.sqlite_only  # the bytes of the file (server: tests/store/test_server_retention.py)
def test_purge_erases_the_bytes_of_inactive_persons(
    db: Database, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ids = _seed(db)
    plan = retention.plan_purge(db, years=5, today=TODAY)
    assert plan.cutoff == dt.date(2021, 11, 26)
    assert set(plan.person_ids) == {ids["gone"], ids["never"]}
    assert plan.attendance_count == 1
    assert b"GUIDIMEY" in _raw(db_path)  # the search below can find a name

    with caplog.at_level(logging.DEBUG):
        result = retention.purge(db, plan)
    assert (result.persons, result.attendance) == (2, 1)
    assert result.audit_entries >= 3  # creation entries of two persons and one attendance

    with db.session() as session:
        erased = session.get(Person, ids["gone"])
        assert erased is not None and erased.deleted
        assert (erased.family_name, erased.phone, erased.email) == (
            retention.ERASED_NAME,
            None,
            None,
        )
        attendance = session.scalars(select(Attendance).where(Attendance.person_id == ids["gone"]))
        assert all(row.deleted for row in attendance)
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_uuid == erased.uuid)
        ).all()
        assert actions == ["purge"]
        kept = session.get(Person, ids["kept"])
        assert kept is not None and not kept.deleted and kept.family_name == "ABDOULAYE"
    db.close()

    raw = _raw(db_path)
    for secret in (
        b"GUIDIMEY",
        b"Guidimey",
        b"guidimey",
        b"90123456",
        b"celestin",
        b"Zeinabou",
        b"OUSMANE",
        b"91112233",
        b"Commissaire",
    ):
        assert secret not in raw, secret
    assert b"ABDOULAYE" in raw and b"99887766" in raw

    logged = caplog.text + "".join(str(record.args) for record in caplog.records)
    assert "2 persons" in caplog.text
    for secret in ("GUIDIMEY", "Célestin", "OUSMANE", "90123456"):
        assert secret not in logged


def test_purge_twice_finds_nothing_more(db: Database) -> None:
    _seed(db)
    retention.purge(db, retention.plan_purge(db, years=5, today=TODAY))
    again = retention.plan_purge(db, years=5, today=TODAY)
    assert again.person_ids == ()


def test_a_person_active_since_the_plan_is_spared(db: Database) -> None:
    ids = _seed(db)
    plan = retention.plan_purge(db, years=5, today=TODAY)
    with db.session() as session:
        session.execute(
            update(Person)
            .where(Person.id == ids["never"])
            .values(changed_at=dt.datetime(2026, 1, 1))
        )
    result = retention.purge(db, plan)
    assert result.persons == 1
    with db.session() as session:
        spared = session.get(Person, ids["never"])
        assert spared is not None and spared.family_name == "OUSMANE" and not spared.deleted


@pytest.mark.sqlite_only  # SQLCipher
def test_purge_of_an_encrypted_database(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    database = open_database(path, passphrase="clé")
    from desktop_app.store.models import Site

    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.refresh_site()
    ids = _seed(database)
    result = retention.purge(database, retention.plan_purge(database, years=5, today=TODAY))
    assert result.persons == 2
    with database.session() as session:
        erased = session.get(Person, ids["gone"])
        assert erased is not None and erased.deleted
    database.close()


@pytest.mark.parametrize("years", [0, -3])
def test_a_period_under_one_year_is_refused(db: Database, years: int) -> None:
    with pytest.raises(RegistreError, match="at least one year"):
        retention.plan_purge(db, years=years)


@pytest.mark.parametrize("years", [1001, 999_999])
def test_a_period_longer_than_any_record_is_refused(db: Database, years: int) -> None:
    with pytest.raises(RegistreError, match="at most 1000 years"):
        retention.plan_purge(db, years=years)
