"""Retention purge: inactive persons are erased for good, bytes included; the active stay."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.messages import RegistreError
from desktop_app.privacy import retention
from desktop_app.store import Database, open_database
from desktop_app.store.errors import DatabaseLocked
from desktop_app.store.models import (
    Activity,
    Attendance,
    AuditEntry,
    PaymentList,
    Person,
    SheetPhoto,
)

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
            birth_year=1987,
            birth_date=dt.date(1987, 4, 23),
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
        assert (erased.birth_year, erased.birth_date) == (None, None)
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
        b"1987-04-23",
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


def _reader(db_path: Path) -> sqlite3.Connection:
    """Another program reading: a read transaction open on the database."""
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()
    return reader


@pytest.mark.sqlite_only
def test_purge_refuses_while_another_program_reads(db: Database, db_path: Path) -> None:
    """While a read transaction holds the old pages, the erased values cannot leave the file:
    the purge says so and erases nothing (it waits a moment for the reader first)."""
    ids = _seed(db)
    plan = retention.plan_purge(db, years=5, today=TODAY)
    reader = _reader(db_path)
    try:
        with pytest.raises(RegistreError, match="Another program is reading") as raised:
            retention.purge(db, plan, wait_seconds=0.5)
        assert isinstance(raised.value, DatabaseLocked)
    finally:
        reader.close()
    with db.session() as session:
        kept = session.get(Person, ids["gone"])
        assert kept is not None and not kept.deleted  # nothing erased, nothing half done
    result = retention.purge(db, plan)  # the reader gone: it goes through, bytes included
    assert result.persons == 2 and result.bytes_verified
    assert b"GUIDIMEY" not in _raw(db_path) and b"90123456" not in _raw(db_path)


@pytest.mark.sqlite_only
def test_purge_never_says_erased_while_the_bytes_remain(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that arrives between the check and the erasure keeps the old pages alive:
    the records are erased, and the purge says that the file still holds the values."""
    _seed(db)
    plan = retention.plan_purge(db, years=5, today=TODAY)
    readers: list[sqlite3.Connection] = []
    original = retention._erase

    def erase_then_someone_reads(*args: Any) -> tuple[int, int, int]:
        readers.append(_reader(db_path))  # a snapshot from before the erasure
        return original(*args)

    monkeypatch.setattr(retention, "_erase", erase_then_someone_reads)
    try:
        with pytest.raises(RegistreError, match="still in the database file") as raised:
            retention.purge(db, plan, wait_seconds=0.5)
        assert isinstance(raised.value, DatabaseLocked)
        assert b"GUIDIMEY" in _raw(db_path)  # what the message says is true
    finally:
        for reader in readers:
            reader.close()
    finished = retention.finish_erasure(db)  # the reader gone: the bytes go
    assert finished and b"GUIDIMEY" not in _raw(db_path)


@pytest.mark.sqlite_only
def test_registre_purge_while_another_program_reads(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _seed(db)
    db.close()
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(retention, "purge", functools.partial(retention.purge, wait_seconds=0.5))
    reader = _reader(db_path)
    try:
        code = main(["--db", str(db_path), "purge", "--inactive-years", "5", "--yes"])
    finally:
        reader.close()
    captured = capsys.readouterr()
    assert code == exit_codes.DATABASE
    assert "erased:" not in captured.out and "Nothing was erased" in captured.err
    assert b"GUIDIMEY" in _raw(db_path)
    assert main(["--db", str(db_path), "purge", "--inactive-years", "5", "--yes"]) == 0
    assert "Persons erased: 2" in capsys.readouterr().out
    assert b"GUIDIMEY" not in _raw(db_path)


@pytest.mark.sqlite_only  # the bytes of the file
def test_an_approved_payment_list_does_not_stop_the_purge(db: Database, db_path: Path) -> None:
    """An approved payment list is finance's record and keeps the number it paid: the purge
    erases the person and does not take that number for a leftover of the erasure."""
    ids = _seed(db)
    with db.session() as session:
        old = session.scalars(select(Activity).where(Activity.title == "Atelier 2015")).one()
        session.add(
            PaymentList(
                activity_id=old.id,
                approved_by="Mariama SOUMANA",
                approved_on=OLD_DAY,
                total=15_000,
                lines='{"lines":[{"name":"GUIDIMEY Célestin","number":"+22790123456"}]}',
            )
        )
    plan = retention.plan_purge(db, years=5, today=TODAY)
    result = retention.purge(db, plan)
    assert result.persons == 2
    with db.session() as session:
        erased = session.get(Person, ids["gone"])
        assert erased is not None and erased.deleted and erased.phone is None
        kept_list = session.scalars(select(PaymentList)).one()
        assert "+22790123456" in kept_list.lines


def _photo(session: Any, activity_id: int, day: dt.date, content: bytes) -> None:
    session.add(
        SheetPhoto(
            activity_id=activity_id,
            day=day,
            file_name="IMG_0412.jpg",
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            pages="1",
        )
    )


def test_sheet_photos_showing_an_erased_person_go_with_them(db: Database) -> None:
    """The 2015 sheet shows GUIDIMEY's name and signature: its photo goes; the 2025 sheet
    shows only ABDOULAYE, kept: its photo stays, and so do her presences on both."""
    ids = _seed(db)
    with db.session() as session:
        old, recent = session.scalars(select(Activity).order_by(Activity.start_date)).all()
        activities = {"old": old.id, "recent": recent.id}
        _photo(session, old.id, OLD_DAY, b"\xff\xd8 photo of the 2015 sheet PHOTO-2015")
        _photo(session, recent.id, recent.start_date, b"\xff\xd8 photo of the 2025 sheet")
    result = retention.purge(db, retention.plan_purge(db, years=5, today=TODAY))
    assert (result.persons, result.attendance, result.photos) == (2, 1, 1)
    with db.session() as session:
        left = session.scalars(select(SheetPhoto.activity_id)).all()
        assert left == [activities["recent"]]
        presences = session.execute(
            select(Attendance.activity_id, Attendance.person_id).where(~Attendance.deleted)
        ).all()
    assert sorted(presences) == sorted(
        [(activities["old"], ids["kept"]), (activities["recent"], ids["kept"])]
    )


@pytest.mark.sqlite_only  # the bytes of the file
def test_an_erased_sheet_photo_leaves_no_bytes_in_the_file(db: Database, db_path: Path) -> None:
    _seed(db)
    with db.session() as session:
        old = session.scalars(select(Activity).order_by(Activity.start_date)).first()
        assert old is not None
        _photo(session, old.id, OLD_DAY, b"\xff\xd8 SIGNATURE-OF-GUIDIMEY " * 200)
    assert b"SIGNATURE-OF-GUIDIMEY" in _raw(db_path)
    retention.purge(db, retention.plan_purge(db, years=5, today=TODAY))
    db.close()
    assert b"SIGNATURE-OF-GUIDIMEY" not in _raw(db_path)
