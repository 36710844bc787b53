"""`registre expected …` as a coordinator types it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop_app.activities.activities import create_activity
from desktop_app.activities.attendance import check_in
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import open_database
from tests.cli.conftest import Run
from tests.factories import activity_fields


def _event(db_path: Path) -> tuple[int, list[int]]:
    database = open_database(db_path)
    activity = create_activity(database, activity_fields())
    ids = [
        create_person(database, PersonFields(family_name=f, given_names=g)).id
        for f, g in (("DIALLO", "Awa"), ("KONÉ", "Moussa"), ("SOW", "Ibrahim"))
    ]
    check_in(database, activity.id, ids[0], activity.start_date)
    database.close()
    return activity.id, ids


def test_add_then_list_who_has_not_arrived(db_path: Path, run: Run) -> None:
    activity, (awa, moussa, ibrahim) = _event(db_path)
    added = run(
        db_path, "expected", "add", "--activity", str(activity), "--person", str(awa), str(moussa)
    )
    assert added.code == 0 and "2 persons added" in added.out
    again = run(db_path, "expected", "add", "--activity", str(activity), "--person", str(awa))
    assert "1 person was on the list already" in again.err
    listed = run(db_path, "expected", "list", "--activity", str(activity), "--day", "2022-12-05")
    assert "expected 2 · arrived 1 · not yet 1 · not invited 0" in listed.out
    not_yet = run(
        db_path, "expected", "list", "--activity", str(activity), "--day", "2022-12-05", "--not-yet"
    )
    assert "KONÉ Moussa" in not_yet.out and "DIALLO Awa" not in not_yet.out
    removed = run(
        db_path, "expected", "remove", "--activity", str(activity), "--person", str(ibrahim)
    )
    assert removed.code == 0 and "nothing changed" in removed.err


def test_pasted_lines_on_standard_input(
    db_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    activity, _ids = _event(db_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("KONÉ Moussa\nHAMANI Zeinabou\n"))
    dry = run(db_path, "expected", "import", "-", "--activity", str(activity), "--dry-run")
    assert "new persons 1" in dry.out and "possible duplicates 1" in dry.out
    assert "nothing was written" in dry.err
    monkeypatch.setattr("sys.stdin", io.StringIO("KONÉ Moussa\nHAMANI Zeinabou\n"))
    done = run(
        db_path, "expected", "import", "-", "--activity", str(activity), "--duplicates", "existing"
    )
    assert "added to the expected list 2 (already there 0); persons created 1" in done.out


def test_an_unknown_activity_is_refused(db_path: Path, run: Run) -> None:
    result = run(db_path, "expected", "list", "--activity", "99")
    assert result.code != 0 and "99" in result.err
