"""The audit trail read back equals the changes made, in order: a person recorded, their sex
and phone corrected, checked in, their role changed, the check-in undone; and "who changed
this person's sex, and when" has its answer."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
import python_calamine

from desktop_app.access.audit_log import AuditFilter, read_audit
from desktop_app.activities.activities import create_activity
from desktop_app.activities.attendance import change_role, check_in, undo_check_in
from desktop_app.cli.main import main
from desktop_app.registry.persons import PersonFields, create_person, edit_person
from desktop_app.store import Database, open_database
from tests.access.conftest import MakeUser, as_user
from tests.factories import MakeActivity, activity_fields

FIRST = PersonFields(family_name="MAÏGA", given_names="Aminata", sex="F")


def scripted_changes(database: Database, activity_id: int) -> tuple[int, str]:
    """The series of changes; the person's id and uuid."""
    person = create_person(database, FIRST)
    edit_person(database, person.id, replace(FIRST, sex="M"))
    edit_person(database, person.id, replace(FIRST, sex="M", phone="+227 90 12 34 56"))
    attendance = check_in(database, activity_id, person.id, dt.date(2022, 12, 5))
    change_role(database, attendance.id, "expert")
    undo_check_in(database, attendance.id)
    return person.id, person.uuid


# (record type, action, changes), as a careful reader writes them from the series above.
EXPECTED = [
    ("person", "create", None),
    ("person", "update", {"sex": ["F", "M"]}),
    ("person", "update", {"phone": [None, "+22790123456"]}),
    ("attendance", "create", None),
    ("attendance", "update", {"role": ["participant", "expert"]}),
    ("attendance", "delete", {"deleted": [False, True]}),
]


def _summary(database: Database, person_id: int) -> list[tuple[str, str, object]]:
    lines = read_audit(database, AuditFilter(person_id=person_id))
    return [
        (line.table_name, line.action, None if line.action == "create" else line.changes)
        for line in lines
    ]


def run(database: Path | str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(database), *args])
    return code, out.getvalue(), err.getvalue()


def test_the_history_of_a_person_lists_each_change_in_order(
    db: Database, db_path: Path | str, make_activity: MakeActivity
) -> None:
    other = make_activity(title="Autre atelier")
    person_id, uuid = scripted_changes(db, make_activity().id)
    create_person(db, PersonFields(family_name="ISSA", sex="M"))  # another person: not listed
    check_in(db, other.id, person_id, dt.date(2022, 12, 6))  # an attendance of theirs: listed
    assert _summary(db, person_id) == [*EXPECTED, ("attendance", "create", None)]
    first = read_audit(db, AuditFilter(record_uuid=uuid))
    assert [line.record for line in first] == ["MAÏGA Aminata"] * 3
    # In a file, the office says who: NE-NIA did all of it.
    assert {line.author for line in first} == {"NE-NIA"} or db.is_server

    code, out, _err = run(db_path, "audit", "--person", str(person_id), "--field", "sex")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4, out
    assert f"NE-NIA  created  person MAÏGA Aminata ({uuid})  r1" in lines[0] or db.is_server
    assert lines[1].strip() == "Sex: - → Female"
    assert f"  changed  person MAÏGA Aminata ({uuid})  r2" in lines[2]
    assert lines[3].strip() == "Sex: Female → Male"
    changed = read_audit(db, AuditFilter(person_id=person_id, field="sex"))[1].changed_at
    assert lines[2].startswith(changed.strftime("%-d %b %Y %H:%M:%S"))


def test_the_history_as_json_and_as_a_workbook(
    db: Database, db_path: Path | str, make_activity: MakeActivity, tmp_path: Path
) -> None:
    person_id, uuid = scripted_changes(db, make_activity().id)
    code, out, _err = run(db_path, "audit", "--record", uuid, "--format", "json")
    assert code == 0
    entries = json.loads(out)
    assert [(e["action"], e["changes"].get("sex")) for e in entries] == [
        ("create", [None, "F"]),
        ("update", ["F", "M"]),
        ("update", None),
    ]
    workbook = tmp_path / "history.xlsx"
    code, out, _err = run(db_path, "audit", "--person", str(person_id), "--format", "xlsx",
                          "--out", str(workbook))  # fmt: skip
    assert code == 0
    rows = python_calamine.CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0)
    table = rows.to_python()
    assert table[0][:4] == ["When (UTC)", "Office", "Server user", "Action"]
    changes = [(r[3], r[8], r[9], r[10]) for r in table[1:] if r[3] == "changed"]
    assert ("changed", "Sex", "F", "M") in changes
    assert ("changed", "Role", "participant", "expert") in changes
    assert f"{len(table) - 1} changes written" in out


def test_filters_by_period_and_author(db: Database, db_path: Path | str) -> None:
    create_person(db, FIRST)
    today = dt.date.today()
    assert len(read_audit(db, AuditFilter(start=today, end=today, by="ne-nia"))) == 1
    assert read_audit(db, AuditFilter(end=today - dt.timedelta(days=1))) == []
    assert read_audit(db, AuditFilter(by="ML-BKO")) == []
    code, _out, err = run(db_path, "audit", "--person", "999")
    assert code == 1 and "There is no person with id 999." in err
    code, _out, err = run(db_path, "audit", "--from", "yesterday")
    assert code != 0 and "--from: yesterday is not a date like 2022-12-05." in err


@pytest.mark.postgresql_only
def test_on_a_server_each_entry_names_the_server_user(hq_url: str, make_user: MakeUser) -> None:
    officer, other = make_user("officer"), make_user("officer")
    database = open_database(as_user(hq_url, officer))
    try:
        activity = create_activity(database, activity_fields())
        person_id, _uuid = scripted_changes(database, activity.id)
    finally:
        database.close()
    database = open_database(as_user(hq_url, other))
    try:
        edit_person(database, person_id, replace(FIRST, sex="F", phone="+227 90 12 34 56"))
        found = read_audit(database, AuditFilter(person_id=person_id, field="sex"))
        assert [(line.user_name, line.site_code, line.changes["sex"]) for line in found] == [
            (officer, "HQ-GVA", [None, "F"]),
            (officer, "HQ-GVA", ["F", "M"]),
            (other, "HQ-GVA", ["M", "F"]),
        ]
        assert len(read_audit(database, AuditFilter(by=other))) == 1
    finally:
        database.close()
    code, out, _err = run(
        hq_url, "audit", "--person", str(person_id), "--field", "sex", "--by", other
    )
    assert code == 0 and f"HQ-GVA {other}  changed  person MAÏGA Aminata" in out


@pytest.mark.postgresql_only
def test_the_analyst_reads_the_history_without_a_name(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    analyst = as_user(hq_with_offices, make_user("analyst"))
    code, out, _err = run(analyst, "audit", "--format", "json")
    assert code == 0
    entries = json.loads(out)
    persons = [e for e in entries if e["table"] == "person"]
    # 5 persons imported, then KEITA's given names written at HQ: the change stays, emptied.
    assert len(persons) == 6
    assert "Fatoumata" not in out and "KEITA" not in out and "ADAMOU" not in out
    assert {e["record"] for e in persons} == {e["record_uuid"][:8] for e in persons}
    code, _out, err = run(analyst, "audit", "--person", "1")
    assert code == 1 and "persons are pseudonymised for this role" in err
