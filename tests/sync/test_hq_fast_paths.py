"""The import's fast paths give what the plain paths give: the attendance sheets read in a
second process, cells parsed a column at a time, the transaction begun before any read."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.store.models import AuditEntry
from desktop_app.sync import bulk as sync_bulk
from desktop_app.sync import cells as hq_cells
from desktop_app.sync import importing, merge, reader
from desktop_app.sync import parallel as hq_parallel
from desktop_app.sync.export import export_workbook
from desktop_app.sync.format import SHEETS, Column
from desktop_app.sync.importing import ImportResult, import_workbooks
from tests.sync.hq_builders import (
    add_sample,
    column,
    dump,
    edit_person,
    rewrite,
    site_database,
    totals,
    travelling,
)


def records(database: Database) -> list[str]:
    """The import's result without the local ids and bookkeeping that differ between runs."""
    kept = dump(database).decode().splitlines()
    return sorted(line for line in kept if line.startswith(("person ", "attendance ")))


def audit(database: Database) -> list[tuple[Any, ...]]:
    with database.session() as session:
        rows = session.execute(
            select(
                AuditEntry.table_name,
                AuditEntry.record_uuid,
                AuditEntry.action,
                AuditEntry.site_code,
                AuditEntry.revision,
                AuditEntry.changes,
            )
        )
        return sorted(tuple(row) for row in rows)


def import_in_two_processes(
    database: Database, paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> ImportResult:
    monkeypatch.setattr(hq_parallel, "PARALLEL_MIN_BYTES", 0)
    return import_workbooks(database, paths)


def test_attendance_read_by_a_second_process_imports_the_same(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = site_database(template_db, tmp_path / "alone", "HQ-GVA")
    helped = site_database(template_db, tmp_path / "helped", "HQ-GVA")
    plain = import_workbooks(alone, [office_book])
    parallel = import_in_two_processes(helped, [office_book], monkeypatch)
    assert "wait for the reading process" in parallel.timings
    assert "wait for the reading process" not in plain.timings
    assert totals(parallel.files[0]) == totals(plain.files[0])
    assert totals(parallel.files[0])["new"] == 1 + 1 + 5 + 10 + 1
    assert records(helped) == records(alone)
    assert audit(helped) == audit(alone) and len(audit(helped)) == 18
    again = import_in_two_processes(helped, [office_book], monkeypatch)
    assert totals(again.files[0])["unchanged"] == 18 and again.changes == 0


def test_a_refused_attendance_sheet_read_by_the_second_process_changes_nothing(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drop_day(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Attendance":
            at = column(rows, "Day")
            for row in rows:
                del row[at]

    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    before = dump(hq)
    with pytest.raises(RegistreError) as raised:
        import_in_two_processes(
            hq, [rewrite(office_book, tmp_path / "noday.xlsx", drop_day)], monkeypatch
        )
    assert "the sheet Attendance has no column Day (Jour)" in str(raised.value)
    assert dump(hq) == before


def test_invalid_attendance_rows_come_back_from_the_second_process(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad_day(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Attendance":
            rows[2][column(rows, "Day")] = "le cinq"

    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    book = rewrite(office_book, tmp_path / "badday.xlsx", bad_day)
    result = import_in_two_processes(hq, [book], monkeypatch)
    (problem,) = result.files[0].invalid_rows
    assert (problem.sheet, problem.row) == ("Attendance", 3)
    assert "le cinq is not a date" in problem.reason.render()
    assert result.files[0].types[3].new == 9


def test_a_reading_process_that_dies_leaves_the_reading_to_this_one(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = shutil.which("false")
    assert failing is not None
    monkeypatch.setattr(sys, "executable", failing)  # exits at once, says nothing
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_in_two_processes(hq, [office_book], monkeypatch)
    assert totals(result.files[0])["new"] == 18


def test_sheets_read_in_chunks_of_rows_import_the_same(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad_day(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Attendance":
            rows[7][column(rows, "Day")] = "le cinq"

    book = rewrite(office_book, tmp_path / "badday.xlsx", bad_day)
    whole = site_database(template_db, tmp_path / "whole", "HQ-GVA")
    chunked = site_database(template_db, tmp_path / "chunked", "HQ-GVA")
    expected = import_workbooks(whole, [book])
    monkeypatch.setattr(reader, "CHUNK_ROWS", 3)  # 10 attendance rows: 4 chunks
    result = import_workbooks(chunked, [book])
    assert totals(result.files[0]) == totals(expected.files[0])
    assert totals(result.files[0])["new"] == 17
    ((sheet, row),) = [(p.sheet, p.row) for p in result.files[0].invalid_rows]
    assert (sheet, row) == ("Attendance", 8)
    assert records(chunked) == records(whole)


def test_a_reading_process_that_cannot_start_leaves_the_reading_to_this_one(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python-here"))
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_in_two_processes(hq, [office_book], monkeypatch)
    assert "wait for the reading process" not in result.timings
    assert totals(result.files[0])["new"] == 18


@pytest.mark.sqlite_only
def test_the_write_lock_is_taken_before_stored_records_are_read(
    template_db: Path, tmp_path: Path, office_book: Path
) -> None:
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(" ".join(str(args[2]).split()))

    event.listen(hq.engine, "before_cursor_execute", record)
    import_workbooks(hq, [office_book])
    event.remove(hq.engine, "before_cursor_execute", record)
    assert statements[0] == "BEGIN IMMEDIATE"
    assert any(s.startswith("SELECT person.id, person.uuid") for s in statements)


def test_on_postgresql_imports_take_the_advisory_lock_first() -> None:
    executed: list[tuple[str, Any]] = []

    class Dialect:
        name = "postgresql"

    class Connection:
        dialect = Dialect()

        def execute(self, statement: Any, parameters: Any = None) -> None:
            executed.append((str(statement), parameters))

        def exec_driver_sql(self, statement: str) -> None:
            executed.append((statement, None))

    importing.begin_import(Connection())  # type: ignore[arg-type]
    assert executed == [("SELECT pg_advisory_xact_lock(:key)", {"key": importing.IMPORT_LOCK_KEY})]
    assert -(2**63) <= importing.IMPORT_LOCK_KEY < 2**63  # a PostgreSQL bigint


# Parsing a column at once gives, cell for cell, what parsing each cell gives.

CELLS = st.one_of(
    st.sampled_from(
        ["", " ", "oui", "No", "F", "femme", "x", "participant", "Atelier", "NE-NIA", "fds"]
    ),
    st.sampled_from(["0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF"]),
    st.text(max_size=12),
    st.booleans(),
    st.integers(-5, 3000).map(float),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)),
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2040, 1, 1)),
)
UUID = "0123456789abcdef0123456789abcdef"
COLUMNS = {column.kind: column for sheet in SHEETS for column in sheet.columns}


def cell_by_cell(column: Column, cells: list[Any]) -> list[Any] | str:
    try:
        return [hq_cells.cell_parser(column)(cell) for cell in cells]
    except hq_cells.BadCell:
        return "bad"


def whole_column(column: Column, cells: list[Any]) -> list[Any] | str:
    try:
        return hq_cells.column_parser(column)(cells)
    except hq_cells.BadCell:
        return "bad"


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(sorted(kind for kind in COLUMNS if kind != "readable")),
    cells=st.lists(CELLS, max_size=8),
)
def test_a_column_parses_as_its_cells_do(kind: str, cells: list[Any]) -> None:
    column = COLUMNS[kind]
    assert whole_column(column, cells) == cell_by_cell(column, cells)


@pytest.mark.parametrize(
    ("kind", "cells", "expected"),
    [
        (
            "uuid",
            ["0123456789abcdef0123456789abcdef", ""],
            ["0123456789abcdef0123456789abcdef", None],
        ),
        ("text", [" Niamey ", "", "Tillabéri"], ["Niamey", None, "Tillabéri"]),
        ("bool", [True, "Oui", 1.0, "non"], [True, True, True, False]),
        ("count", [1.0, True], "bad"),  # a yes/no cell is not a number, whatever it equals
        ("text", ["ok", "bell\x07"], "bad"),
        ("text", ["ok", "csi\x9b2J"], "bad"),  # a one-byte escape (C1) is a control character
        ("count", [3.0, 12], [3, 12]),
        ("count", [3.0, -5], "bad"),
        ("year", [1990.0, 1899], "bad"),
        ("revision", [1, 2**63], "bad"),
        ("country", ["NE", "NE", "ml"], ["NE", "NE", "ML"]),
        ("country", ["NE", "Ni"], "bad"),
        ("date", [dt.date(2022, 12, 5), dt.date(1899, 12, 31)], "bad"),
    ],
)
def test_column_examples(kind: str, cells: list[Any], expected: Any) -> None:
    assert whole_column(COLUMNS[kind], cells) == expected


def stored_audit(database: Database) -> list[tuple[Any, ...]]:
    """The imported changes' audit entries as stored (text and numbers), all but the id."""
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT table_name, record_uuid, action, site_code, changed_at, revision, changes"
            " FROM audit_entry WHERE action IN"
            " ('import-create', 'import-update', 'import-delete', 'import-restore', 'conflict')"
        )
        return sorted(tuple(row) for row in rows)


def test_audit_of_created_records_copied_from_them_is_the_same_entry_by_entry(
    template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    uuids = add_sample(office, people=4)
    first = export_workbook(office, tmp_path / "first.xlsx", language="en").path
    copied = site_database(template_db, tmp_path / "copied", "HQ-GVA")
    plain = site_database(template_db, tmp_path / "plain", "HQ-GVA")
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(" ".join(str(args[2]).split()))

    def import_both(book: Path) -> None:
        monkeypatch.setattr(merge, "AUDIT_CREATED_BY_SELECT", True)
        event.listen(copied.engine, "before_cursor_execute", record)
        import_workbooks(copied, [book])
        event.remove(copied.engine, "before_cursor_execute", record)
        monkeypatch.setattr(merge, "AUDIT_CREATED_BY_SELECT", False)
        import_workbooks(plain, [book])

    import_both(first)
    persons = uuids["persons"]
    edit_person(office, persons[0], position="Député")  # also changed at HQ: a conflict
    edit_person(office, persons[1], region="Tillabéri")
    edit_person(office, persons[2], deleted=True)
    add_sample(office, prefix="B-", people=2)
    for hq in (copied, plain):
        edit_person(hq, persons[0], position="Questeur")
    second = export_workbook(office, tmp_path / "second.xlsx", language="en").path
    import_both(second)

    expected = stored_audit(plain)
    assert stored_audit(copied) == expected
    actions = [entry[2] for entry in expected]
    assert actions.count("import-create") == (1 + 1 + 4 + 8 + 1) + (1 + 1 + 2 + 4 + 1)
    assert {"import-update", "import-delete", "conflict"} <= set(actions)
    copies = [s for s in statements if s.startswith("INSERT INTO audit_entry") and "SELECT" in s]
    assert len(copies) == 2 * 5 if copied.engine.dialect.name == "sqlite" else not copies


def import_row_by_row(
    database: Database, paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> ImportResult:
    """The import with every record type weighed row by row (no block of new rows)."""
    with monkeypatch.context() as patched:
        patched.setattr(merge, "all_new", lambda *args: None)
        return import_workbooks(database, paths)


def two_workbooks(template_db: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Niamey's first workbook, then its changes: a person changed and deleted, and a new
    activity with two new persons."""
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    uuids = add_sample(office, people=4)
    first = export_workbook(office, tmp_path / "first.xlsx", language="en").path
    edit_person(office, uuids["persons"][1], region="Tillabéri", deleted=True)
    add_sample(office, prefix="B-", people=2)
    second = export_workbook(office, tmp_path / "second.xlsx", language="en").path
    office.close()
    return first, second


def test_all_new_rows_written_as_columns_import_the_same_as_row_by_row(
    template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_workbooks(template_db, tmp_path)
    by_block = site_database(template_db, tmp_path / "block", "HQ-GVA")
    by_row = site_database(template_db, tmp_path / "row", "HQ-GVA")
    blocks: list[str] = []
    all_new = merge.all_new

    def spy(record_type: Any, *args: Any) -> Any:
        block = all_new(record_type, *args)
        if block is not None:
            blocks.append(record_type.name)
        return block

    monkeypatch.setattr(merge, "all_new", spy)
    assert totals(import_workbooks(by_block, [first]).files[0]) == totals(
        import_row_by_row(by_row, [first], monkeypatch).files[0]
    )
    # organisations and head counts too; an activity's partners are weighed row by row
    assert blocks == ["organisation", "person", "attendance", "head_count"]
    # the second workbook: new records beside stored ones, and a changed one (row by row)
    blocks.clear()
    again = import_workbooks(by_block, [second])
    assert totals(again.files[0]) == totals(
        import_row_by_row(by_row, [second], monkeypatch).files[0]
    )
    assert totals(again.files[0])["updated"] == 1 and "person" not in blocks
    assert travelling(by_block) == travelling(by_row)
    assert stored_audit(by_block) == stored_audit(by_row)
    assert audit(by_block) == audit(by_row)


def schema(database: Database) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master")
        return sorted(tuple(row) for row in rows)


@pytest.mark.sqlite_only  # the plain indexes are made again after a big insert on SQLite only
def test_indexes_dropped_for_a_big_insert_are_made_again_the_same(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_bulk, "INDEXES_MADE_AFTER_MIN_ROWS", 1)
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    before = schema(hq)
    assert any(row[1] == "ix_attendance_person" for row in before)
    dropped: list[str] = []
    event.listen(
        hq.engine,
        "before_cursor_execute",
        lambda *args: dropped.append(str(args[2])) if "DROP INDEX" in str(args[2]) else None,
    )
    importing.preview_import(hq, [office_book])
    assert schema(hq) == before
    result = import_workbooks(hq, [office_book])
    assert result.changes == 18
    assert schema(hq) == before
    assert {'DROP INDEX "ix_attendance_person"', 'DROP INDEX "ix_audit_entry_record_uuid"'} <= set(
        dropped
    )
    with hq.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM attendance WHERE person_id = 1"
        ).all()
        assert "ix_attendance_person" in str(plan)


@pytest.mark.postgresql_only  # COPY is PostgreSQL's bulk path
def test_rows_sent_with_copy_import_the_same_as_with_insert(
    template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_workbooks(template_db, tmp_path)
    copied = site_database(template_db, tmp_path / "copied", "HQ-GVA")
    inserted = site_database(template_db, tmp_path / "inserted", "HQ-GVA")
    tables: list[str] = []
    copy = sync_bulk._postgresql_copy

    def spy(connection: Any, table: Any, columns: Any) -> bool:
        done = copy(connection, table, columns)
        tables.extend([table.name] if done else [])
        return done

    monkeypatch.setattr(sync_bulk, "_postgresql_copy", spy)
    for book in (first, second):
        monkeypatch.setattr(sync_bulk, "COPY_MIN_ROWS", 1)
        by_copy = import_workbooks(copied, [book])
        monkeypatch.setattr(sync_bulk, "COPY_MIN_ROWS", 10**9)
        by_insert = import_workbooks(inserted, [book])
        assert totals(by_copy.files[0]) == totals(by_insert.files[0])
    assert {"person", "attendance", "audit_entry"} <= set(tables)
    assert travelling(copied) == travelling(inserted)
    assert stored_audit(copied) == stored_audit(inserted)
    assert audit(copied) == audit(inserted)
