"""SIGKILL during a burst of check-ins (attendance service), an HQ import and a backup: the
database opens, passes integrity_check and holds exactly the committed work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from desktop_app.backups import backups
from desktop_app.store import Database, open_database
from desktop_app.store.models import Attendance, AuditEntry, ImportLog
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.faults.fault_builders import (
    DAY,
    add_activity,
    add_persons,
    counts,
    dump,
    integrity,
    site_copy,
)
from tests.faults.kill_harness import Outcome, run_and_kill


def _checked_in(path: Path) -> set[str]:
    database = open_database(path)
    try:
        with database.session() as session:
            rows = session.execute(
                select(Attendance.person_id, Attendance.uuid).where(~Attendance.deleted)
            ).all()
            audited = set(session.scalars(select(AuditEntry.record_uuid)))
    finally:
        database.close()
    assert all(uuid in audited for _person, uuid in rows)
    return {str(person) for person, _uuid in rows}


def test_killed_during_check_ins(db: Database, db_path: Path) -> None:
    activity = add_activity(db)
    add_persons(db, 400)
    db.close()
    outcome = Outcome()
    for kill in ({"after_committed": 7}, {"after_seconds": 0.3}):
        run = run_and_kill("check-in", db_path, str(activity), DAY.isoformat(), **kill)  # type: ignore[arg-type]
        assert not run.finished
        outcome = Outcome(outcome.committed + run.committed, outcome.pending + run.pending)
        assert integrity(db_path) == "ok"
        held = _checked_in(db_path)
        assert set(outcome.committed) <= held <= set(outcome.committed) | outcome.in_flight


def _workbook(template_db: Path, tmp_path: Path, persons: int) -> Path:
    office = open_database(site_copy(template_db, tmp_path / "office" / "office.db", "ML-BKO"))
    try:
        activity = add_activity(office)
        ids = add_persons(office, persons)
        with office.session() as session:
            session.add_all(
                Attendance(activity_id=activity, person_id=person, day=DAY) for person in ids
            )
        return export_workbook(office, tmp_path / "from-bamako.xlsx", full=True).path
    finally:
        office.close()


def test_killed_during_an_import(
    db: Database, db_path: Path, template_db: Path, tmp_path: Path
) -> None:
    """Killed after the first write of the import's transaction, then after the fifth: the
    database is as before; then it runs to its end and everything is there."""
    add_persons(db, 20, prefix="LOCAL")
    db.close()
    workbook = _workbook(template_db, tmp_path, 400)
    before = dump(db_path)
    for writes in (1, 5):
        run = run_and_kill("import", db_path, str(workbook), after_word=("write", writes))
        assert not run.committed and not run.finished, run
        assert integrity(db_path) == "ok"
        assert dump(db_path) == before
    database = open_database(db_path)  # then, undisturbed, it imports whole
    try:
        import_workbooks(database, [workbook])
        with database.session() as session:
            assert len(session.scalars(select(ImportLog)).all()) == 1
        held = counts(database)
    finally:
        database.close()
    assert (held["person"], held["attendance"]) == (420, 400)


def test_killed_during_backups(db: Database, db_path: Path, tmp_path: Path) -> None:
    add_persons(db, 1500)
    db.close()
    before = dump(db_path)
    folder = tmp_path / "backups"
    for after_seconds in (0.1, 0.6):
        run_and_kill("backup", db_path, str(folder), after_seconds=after_seconds)
        assert integrity(db_path) == "ok"
        assert dump(db_path) == before
    listed = backups.list_backups(folder, db_path.stem)
    for info in listed:  # a listed backup is whole: verified ones pass their check again
        if info.verified:
            assert backups.check_file(info.path)["person"] == 1500
    # What a killed backup leaves is never taken for a backup.
    assert {p.name for p in folder.glob("*.db")} == {info.path.name for info in listed}
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM person").fetchone()[0] == 1500
    raw.close()
