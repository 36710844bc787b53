"""HQ workbooks protected by a password: export, protect, import with the password at another
site, same data; a wrong or missing password is refused and changes nothing."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.activities import activities, attendance
from desktop_app.messages import RegistreError
from desktop_app.registry import persons
from desktop_app.store import Database, open_database
from desktop_app.store.models import Attendance, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from desktop_app.workbooks import protection

PASSWORD = "Dosso, 5 décembre"


def _hq(template_db: Path, folder: Path) -> Database:
    path = folder / "hq.db"
    shutil.copyfile(template_db, path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE site SET code = 'HQ-GVA', name = 'Genève', country = 'CH'")
    raw.close()
    return open_database(path)


def _seed(db: Database) -> None:
    day = dt.date(2022, 12, 5)
    activity = activities.create_activity(
        db,
        activities.ActivityFields(
            title="Restitution", kind="restitution", start_date=day, country="NE", city="Dosso"
        ),
    )
    for family, phone in (("GUIDIMEY", "+22790123456"), ("ABDOULAYE", "+22799887766")):
        person = persons.create_person(
            db, persons.PersonFields(family_name=family, given_names="A", phone=phone)
        )
        attendance.check_in(db, activity.id, person.id, day)


def _people(db: Database) -> set[tuple[str, str, str | None]]:
    with db.session() as session:
        return {
            (p.uuid, p.family_name, p.phone)
            for p in session.scalars(select(Person).where(~Person.deleted))
        }


def test_round_trip_with_the_password(db: Database, template_db: Path, tmp_path: Path) -> None:
    _seed(db)
    written = export_workbook(db, tmp_path / "plain.xlsx", full=True).path
    protected = protection.protect(written, tmp_path / "to-hq.xlsx", PASSWORD)
    assert protection.is_protected(protected) and not protection.is_protected(written)
    assert b"GUIDIMEY" not in protected.read_bytes()

    hq = _hq(template_db, tmp_path)
    try:
        with protection.unprotected_copy(protected, PASSWORD) as clear:
            assert clear.name == protected.name and clear != protected
            result = import_workbooks(hq, [clear])
        assert not clear.exists()  # the clear copy is gone
        assert result.applied
        assert _people(hq) == _people(db)
        with hq.session() as session:
            assert len(session.scalars(select(Attendance)).all()) == 2
    finally:
        hq.close()


def test_wrong_or_missing_password_changes_nothing(
    db: Database, template_db: Path, tmp_path: Path
) -> None:
    _seed(db)
    written = export_workbook(db, tmp_path / "plain.xlsx", full=True).path
    protected = protection.protect(written, tmp_path / "to-hq.xlsx", PASSWORD)
    hq = _hq(template_db, tmp_path)
    try:
        before = _people(hq)
        with (
            pytest.raises(protection.WorkbookPasswordError) as wrong,
            protection.unprotected_copy(protected, "dosso, 5 decembre") as clear,
        ):
            import_workbooks(hq, [clear])
        assert "password does not open" in str(wrong.value)
        with (
            pytest.raises(protection.WorkbookPasswordError, match="protected by a password"),
            protection.unprotected_copy(protected, None) as clear,
        ):
            import_workbooks(hq, [clear])
        # Given straight to the importer, it is refused with its own clear message.
        with pytest.raises(RegistreError, match="password"):
            import_workbooks(hq, [protected])
        assert _people(hq) == before
    finally:
        hq.close()


def test_a_plain_workbook_passes_through_unchanged(db: Database, tmp_path: Path) -> None:
    _seed(db)
    written = export_workbook(db, tmp_path / "plain.xlsx", full=True).path
    with protection.unprotected_copy(written, None) as clear:
        assert clear == written
    assert written.exists()


def test_empty_password_is_refused(db: Database, tmp_path: Path) -> None:
    _seed(db)
    written = export_workbook(db, tmp_path / "plain.xlsx", full=True).path
    with pytest.raises(protection.WorkbookPasswordError, match="empty"):
        protection.protect(written, tmp_path / "x.xlsx", "")
    assert not (tmp_path / "x.xlsx").exists()
