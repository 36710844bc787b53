"""Writing a sheet: persons, organisations, attendance, known persons, possible duplicates,
remembered mappings, and the command line with --dry-run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sheet_fixtures import FRENCH_ROWS, preview_file, table_sizes, write_xlsx

from desktop_app import exit_codes
from desktop_app.activities.attendance import list_attendance
from desktop_app.cli.main import main
from desktop_app.messages import RegistreError
from desktop_app.registry.organisations import create_organisation, list_organisations
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person, get_person
from desktop_app.signin import (
    DUPLICATE,
    MATCHED,
    NEW,
    Choices,
    apply_preview,
    load_sheets,
)
from desktop_app.signin import fields as f
from desktop_app.store import Database, open_database

DEC5 = dt.date(2022, 12, 5)


def test_import_creates_persons_organisations_and_attendance(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    create_organisation(db, "Commission nationale des droits de l'homme", acronym="CNDH")
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    # DIALLO did not sign where the others did: she counts only when the user says so.
    result = apply_preview(
        db, preview_file(db, path, one_day_activity_id), choices=Choices(unsigned_present=True)
    )
    assert (result.persons_created, result.attendances_added) == (3, 3)
    # "CNDH" is the existing organisation (by acronym); the Mediator is new.
    assert result.organisations_created == 1
    names = sorted(o.name for o in list_organisations(db))
    assert names == ["Commission nationale des droits de l'homme", "Médiateur de la République"]
    [celestin] = search_persons(db, "guidimey")
    details = get_person(db, celestin.id)
    assert details.organisation is not None and "CNDH" in details.organisation
    assert (details.sex, details.birth_year, details.phone) == ("M", 1970, "+22796123456")
    attendance = list_attendance(db, one_day_activity_id)
    assert sorted((a.day, a.signed, a.role) for a in attendance) == [
        (DEC5, False, "participant"),
        (DEC5, True, "participant"),
        (DEC5, True, "participant"),
    ]


def test_known_person_is_matched_and_reimport_adds_nothing(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    known = create_person(
        db, PersonFields(family_name="Guidimey", given_names="Célestin", phone="96123456")
    )
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    preview = preview_file(db, path, one_day_activity_id)
    assert [r.outcome for r in preview.rows] == [MATCHED, NEW, NEW]
    assert preview.rows[0].known is not None and preview.rows[0].known.person_id == known.id
    # DIALLO did not sign where the others did: counted present here, so that she is written.
    every_row = Choices(unsigned_present=True)
    first = apply_preview(db, preview, choices=every_row)
    assert (first.persons_created, first.persons_matched) == (2, 1)
    before = table_sizes(db)
    again = apply_preview(db, preview_file(db, path, one_day_activity_id), choices=every_row)
    assert (again.persons_created, again.attendances_added) == (0, 0)
    assert table_sizes(db)["person"] == before["person"]


def test_possible_duplicate_confirmed_or_refused(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    # Same name, no phone known: maybe the same man, maybe a namesake.
    namesake = create_person(db, PersonFields(family_name="Guidimey", given_names="Celestin"))
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    preview = preview_file(db, path, one_day_activity_id)
    row = preview.rows[0]
    assert row.outcome == DUPLICATE
    assert [c.person_id for c in row.candidates] == [namesake.id]
    assert "same_name" in row.candidates[0].reasons
    result = apply_preview(db, preview, {0: namesake.id}, choices=Choices(unsigned_present=True))
    assert (result.persons_created, result.persons_matched) == (2, 1)
    present = {a.person_id for a in list_attendance(db, one_day_activity_id)}
    assert namesake.id in present


def test_refused_duplicate_becomes_a_new_person(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    create_person(
        db, PersonFields(family_name="GUIDIMEY", given_names="Célestin", phone="90000000")
    )
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    preview = preview_file(db, path, one_day_activity_id)
    result = apply_preview(db, preview, {0: None}, choices=Choices(unsigned_present=True))
    assert result.persons_created == 3
    assert len(search_persons(db, "guidimey celestin")) == 2


def test_corrected_mapping_is_remembered_for_the_same_layout(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [("Participant", "Genre", "Orig.", "Cel"), ("ISSA Mariama", "F", "CNDH", "96000001")]
    first = write_xlsx(tmp_path / "partner-1.xlsx", {"Feuil1": rows})
    [(_grid, layout)] = load_sheets(db, first)
    assert layout.mapping[2] == f.IGNORE and not layout.remembered
    preview = preview_file(db, first, one_day_activity_id, overrides=["Orig.=organisation"])
    apply_preview(db, preview)
    # The next sheet from the same partner: other people, same headers in other case/accents.
    rows2 = [("PARTICIPANT", "genre", "ORIG.", "cel"), ("SANI Ibrahim", "M", "OSC", "96000002")]
    second = write_xlsx(tmp_path / "partner-2.xlsx", {"Feuil1": rows2})
    [(_grid, again)] = load_sheets(db, second)
    assert again.remembered
    assert again.mapping == (f.FULL_NAME_GIVEN_FIRST, f.SEX, f.ORGANISATION, f.PHONE)


def test_cli_dry_run_changes_nothing_then_imports(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_path)
    try:
        activity = _activity(database)
        before = table_sizes(database)
    finally:
        database.close()
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    argv = ["--db", str(db_path), "import-sheet", str(path), "--activity", str(activity)]
    argv += ["--unsigned", "present"]  # DIALLO did not sign: counted all the same
    assert main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Persons new: 3; already known: 0; possible duplicates to confirm: 0; invalid" in out
    assert "Dry run: nothing was changed." in out
    database = open_database(db_path)
    try:
        assert table_sizes(database) == before
    finally:
        database.close()
    assert main([*argv, "--map", "Région=ignore"]) == 0
    out = capsys.readouterr().out
    assert "Imported. Persons created: 3" in out and "Région=" not in out.split("\n")[0]
    database = open_database(db_path)
    try:
        assert table_sizes(database)["person"] == before["person"] + 3
        assert table_sizes(database)["sheet_mapping"] == 1
    finally:
        database.close()


def test_cli_reports_bad_input_on_stderr(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    code = main(["--db", str(db_path), "import-sheet", str(path), "--activity", "1"])
    assert code == exit_codes.REFUSED
    assert "is not a spreadsheet" in capsys.readouterr().err


def _activity(database: Database) -> int:
    from desktop_app.activities.activities import ActivityFields, create_activity

    fields = ActivityFields(
        title="Restitution", kind="restitution", start_date=DEC5, country="NE", city="Niamey"
    )
    return create_activity(database, fields).id


def test_unknown_or_cancelled_activity_is_refused(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    from desktop_app.activities.activities import cancel_activity
    from desktop_app.records.validation import NotFound

    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    with pytest.raises(NotFound, match="no activity with id 999"):
        preview_file(db, path, 999)
    cancel_activity(db, one_day_activity_id)
    before = table_sizes(db)
    with pytest.raises(RegistreError, match="cancelled"):
        preview_file(db, path, one_day_activity_id)
    assert table_sizes(db) == before


def test_imported_records_travel_and_are_audited(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    from sqlalchemy import select

    from desktop_app.store.models import Attendance, AuditEntry, Person

    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": FRENCH_ROWS})
    apply_preview(
        db, preview_file(db, path, one_day_activity_id), choices=Choices(unsigned_present=True)
    )
    with db.session() as session:
        persons = session.scalars(select(Person)).all()
        attendance = session.scalars(select(Attendance)).all()
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "create")).all()
    assert len(persons) == 3 and len(attendance) == 3
    for record in (*persons, *attendance):
        assert (record.origin_site, record.changed_by_site, record.revision) == (
            "NE-NIA",
            "NE-NIA",
            1,
        )
        assert len(record.uuid) == 32 and not record.deleted
    created = {(e.table_name, e.record_uuid) for e in entries}
    assert {("person", p.uuid) for p in persons} <= created
    assert {("attendance", a.uuid) for a in attendance} <= created
    celestin = next(e for e in entries if e.changes.get("family_name") == [None, "GUIDIMEY"])
    assert celestin.changes["phone"] == [None, "+22796123456"]
    assert "celestin" in next(p for p in persons if p.family_name == "GUIDIMEY").search_text


def test_organisations_written_with_their_acronym(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    create_organisation(db, "Commission nationale des droits de l'homme", acronym="CNDH")
    rows = [
        ("Nom", "Prénom", "Structure"),
        ("ISSA", "Mariama", "Commission Nationale des Droits de l'Homme (CNDH)"),
        ("SANI", "Ibrahim", "cndh"),
        ("KANE", "Fatou", "HCCT - Haut Conseil des collectivités territoriales"),
        ("DIALLO", "Awa", "Haut Conseil des Collectivités Territoriales (HCCT)"),
    ]
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Feuil1": rows})
    result = apply_preview(db, preview_file(db, path, one_day_activity_id))
    assert result.organisations_created == 1
    labels = sorted(o.label for o in list_organisations(db))
    assert labels == [
        "Commission nationale des droits de l'homme (CNDH)",
        "Haut Conseil des collectivités territoriales (HCCT)",
    ]


def test_cli_records_possible_duplicates_on_the_best_match_when_asked(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_path)
    try:
        activity = _activity(database)
        namesake = create_person(database, PersonFields(family_name="Guidimey", given_names="C."))
        known = create_person(
            database, PersonFields(family_name="GUIDIMEY", given_names="Célestin")
        )
    finally:
        database.close()
    path = write_xlsx(tmp_path / "sheet.xlsx", {"Jour 1": FRENCH_ROWS[:2]})
    argv = ["--db", str(db_path), "import-sheet", str(path), "--activity", str(activity)]
    assert main([*argv, "--sheet", "Jour 1", "--duplicates", "existing"]) == 0
    assert "Persons created: 0; existing persons: 1" in capsys.readouterr().out
    database = open_database(db_path)
    try:
        [attendance] = list_attendance(database, activity)
        assert attendance.person_id == known.id != namesake.id
    finally:
        database.close()
