"""Resolving conflicts, merged persons, and an import killed in the middle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.store import Database, open_database
from desktop_app.store.models import Attendance, AuditEntry, Person, PersonAlias
from desktop_app.sync.conflicts import list_conflicts, resolve_conflict
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import add_sample, dump, edit_person, person, site_database, totals


def conflicted(template_db: Path, tmp_path: Path) -> tuple[Database, Database, str]:
    """HQ and Niamey both changed the position of one person since they exchanged it."""
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuid = add_sample(office)["persons"][0]
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(hq, uuid, position="Position at HQ", region="Tillabéri")
    edit_person(office, uuid, position="Position at Niamey")
    import_workbooks(hq, [export_workbook(office, tmp_path / "2.xlsx").path])
    return hq, office, uuid


def test_a_conflict_shows_both_versions_field_by_field(template_db: Path, tmp_path: Path) -> None:
    hq, _office, uuid = conflicted(template_db, tmp_path)
    (conflict,) = list_conflicts(hq)
    assert conflict.record_uuid == uuid and conflict.type_name == "person"
    assert conflict.label == "NOM0 Prénom 0"
    assert [(f.key, f.local, f.incoming) for f in conflict.differing] == [
        ("position", "Position at HQ", "Position at Niamey"),
        ("region", "Tillabéri", None),
    ]
    assert conflict.local_travel["revision"] == 2 and conflict.incoming_travel["revision"] == 2
    assert conflict.incoming_site == "NE-NIA"


def test_keeping_the_incoming_version_travels_back_without_a_new_conflict(
    template_db: Path, tmp_path: Path
) -> None:
    hq, office, uuid = conflicted(template_db, tmp_path)
    (conflict,) = list_conflicts(hq)
    resolve_conflict(hq, conflict.id, "incoming")
    resolved = person(hq, uuid)
    assert resolved.position == "Position at Niamey" and resolved.region is None
    assert resolved.revision == 3
    assert list_conflicts(hq) == []
    assert list_conflicts(hq, include_resolved=True)[0].resolution == "incoming"
    with hq.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "resolve-incoming")
        ).one()
    # the set-aside version stays in the audit trail: {field: [set aside, kept]}
    assert entry.changes["position"] == ["Position at HQ", "Position at Niamey"]
    assert entry.changes["region"] == ["Tillabéri", None]
    back = import_workbooks(office, [export_workbook(hq, tmp_path / "hq.xlsx").path])
    # the office already holds the kept content: nothing to change but the version numbers
    assert back.changes == 0
    assert person(office, uuid).revision == 3
    edit_person(office, uuid, position="Later change at Niamey")
    later = import_workbooks(hq, [export_workbook(office, tmp_path / "3.xlsx").path])
    assert later.files[0].types[2].updated == 1 and list_conflicts(hq) == []


def test_keeping_the_local_version_and_the_old_workbook_is_then_older(
    template_db: Path, tmp_path: Path
) -> None:
    hq, _office, uuid = conflicted(template_db, tmp_path)
    (conflict,) = list_conflicts(hq)
    resolve_conflict(hq, conflict.id, "local")
    assert person(hq, uuid).position == "Position at HQ"
    again = import_workbooks(hq, [tmp_path / "2.xlsx"])
    assert totals(again.files[0])["older"] == 1 and again.changes == 0


def test_conflicts_from_the_command_line(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, _office, _uuid = conflicted(template_db, tmp_path)
    hq.close()
    db = str(hq.target)
    assert main(["--db", db, "conflicts", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Position at HQ" in listing and "Position at Niamey" in listing
    number = listing.split()[0].lstrip("#")
    assert main(["--db", db, "conflicts", "resolve", number, "--keep", "local"]) == 0
    assert "kept the local version" in capsys.readouterr().out
    assert main(["--db", db, "conflicts", "resolve", number, "--keep", "local"]) == (
        exit_codes.REFUSED
    )
    assert "already resolved" in capsys.readouterr().err


def test_a_merged_away_person_lands_on_the_survivor(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)["persons"]
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    with hq.session() as session:  # HQ merged person 1 into person 0
        survivor = session.scalars(select(Person).where(Person.uuid == uuids[0])).one()
        merged = session.scalars(select(Person).where(Person.uuid == uuids[1])).one()
        merged.deleted = True
        session.add(PersonAlias(old_uuid=uuids[1], person_id=survivor.id))
        session.flush()
        survivor_id = survivor.id
    with office.session() as session:  # the office, not knowing, records person 1 again
        attendance = session.scalars(select(Attendance)).first()
        assert attendance is not None
        merged_id = session.scalars(select(Person.id).where(Person.uuid == uuids[1])).one()
        session.add(
            Attendance(
                activity_id=attendance.activity_id,
                person_id=merged_id,
                day=attendance.day.replace(day=7),
            )
        )
    result = import_workbooks(hq, [export_workbook(office, tmp_path / "2.xlsx").path])
    assert result.files[0].types[3].new == 1 and result.files[0].invalid_rows == ()
    with hq.session() as session:
        days = session.scalars(select(Attendance.day).where(Attendance.person_id == survivor_id))
        assert len(list(days)) == 3


KILLER = """
import os, sys
from desktop_app.sync import importing as hq_import
from desktop_app.sync import streamed as hq_streamed
from desktop_app.store import open_database
write = hq_streamed.write_plan
calls = []
def write_then_die(*args, **kwargs):
    write(*args, **kwargs)
    calls.append(1)
    if len(calls) == 3:
        os._exit(3)  # killed in the middle: organisations, activities, persons written
hq_streamed.write_plan = write_then_die
hq_import.import_workbooks(open_database(sys.argv[1]), [sys.argv[2]])
"""


def test_an_import_killed_in_the_middle_leaves_the_database_as_it_was(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "1.xlsx").path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    before = dump(hq)
    hq.close()
    run: Any = subprocess.run(
        [sys.executable, "-c", KILLER, str(hq.target), str(book)], capture_output=True, timeout=120
    )
    assert run.returncode == 3, run.stderr
    reopened = open_database(hq.target)
    assert dump(reopened) == before
    assert import_workbooks(reopened, [book]).changes == 12
