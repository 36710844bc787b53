"""The attendance rows merged a chunk at a time as the reading process sends them give what
the whole sheet merged at once gives, whatever the chunks hold and even when the reading
process stops halfway."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.store import Database
from desktop_app.store.models import Attendance, Person
from desktop_app.sync import importing, parallel
from desktop_app.sync import reader as hq_reader
from desktop_app.sync import streamed as hq_streamed
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import ImportResult, import_workbooks
from desktop_app.sync.reader import SheetChunk
from tests.sync.hq_builders import (
    add_sample,
    column,
    dump,
    rewrite,
    site_database,
    totals,
    travelling,
)

CHUNK = 3  # rows per chunk: the sample's 5 persons come in 2 chunks, its 10 attendance rows in 4


class ReaderHere:
    """Stands for the reading process: the same chunks, read in this process, and it can
    stop after `stops_after` chunks as a process that died would."""

    types = frozenset(parallel.PARALLEL_TYPES)

    def __init__(self, stops_after: int | None = None) -> None:
        self.stops_after = stops_after
        self.sent = 0

    def chunks(self, path: Path, type_name: str) -> Iterator[SheetChunk]:
        for chunk in hq_reader.read_sheets(path, (type_name,)):
            if self.sent == self.stops_after:
                raise parallel.ReaderGone()
            self.sent += 1
            yield chunk

    def close(self) -> None:
        return None


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hq_reader, "CHUNK_ROWS", CHUNK)


def streamed(
    database: Database,
    books: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    reader: ReaderHere | None = None,
) -> ImportResult:
    reader = reader or ReaderHere()
    with monkeypatch.context() as patched:
        patched.setattr(importing, "start_reader", lambda paths: reader)
        return import_workbooks(database, books)


def at_once(database: Database, books: list[Path], monkeypatch: pytest.MonkeyPatch) -> ImportResult:
    with monkeypatch.context() as patched:
        patched.setattr(importing, "start_reader", lambda paths: None)
        return import_workbooks(database, books)


def same_outcome(first: ImportResult, second: ImportResult) -> None:
    for one, other in zip(first.files, second.files, strict=True):
        assert one.types == other.types
        assert [(r.sheet, r.row, r.reason.render()) for r in one.invalid_rows] == [
            (r.sheet, r.row, r.reason.render()) for r in other.invalid_rows
        ]


def compare(
    template_db: Path,
    tmp_path: Path,
    books: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    reader: ReaderHere | None = None,
) -> tuple[ImportResult, list[str]]:
    """Import the books streamed and at once into two new HQ databases; the outcomes and the
    records must be the same. Returns the streamed result and the types read in chunks that
    some of their rows were merged row by row."""
    chunked = site_database(template_db, tmp_path / "chunked", "HQ-GVA")
    whole = site_database(template_db, tmp_path / "whole", "HQ-GVA")
    row_by_row: list[str] = []
    plan_type = hq_streamed.plan_type

    def spy(context: Any, record_type: Any, *args: Any) -> Any:
        name = record_type.name
        if name in importing.IN_CHUNKS and name not in row_by_row:
            row_by_row.append(name)
        return plan_type(context, record_type, *args)

    monkeypatch.setattr(hq_streamed, "plan_type", spy)
    result = streamed(chunked, books, monkeypatch, reader)
    same_outcome(result, at_once(whole, books, monkeypatch))
    assert travelling(chunked) == travelling(whole)
    return result, row_by_row


def test_new_rows_are_written_chunk_by_chunk_as_the_whole_sheet_would_be(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = ReaderHere()
    result, row_by_row = compare(template_db, tmp_path, [office_book], monkeypatch, reader)
    assert reader.sent == 2 + 4 and row_by_row == []  # 5 persons, 10 attendance rows by 3
    assert totals(result.files[0])["new"] == 1 + 1 + 5 + 10 + 1
    assert "wait for the reading process" in result.timings


def test_a_reimport_streamed_finds_every_row_unchanged(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    streamed(hq, [office_book], monkeypatch)
    before = dump(hq).splitlines()
    again = streamed(hq, [office_book], monkeypatch)
    assert totals(again.files[0])["unchanged"] == 18 and again.changes == 0
    changed = [line for line in dump(hq).splitlines() if line not in before]
    assert all(line.startswith(b"import_log ") for line in changed) and len(changed) == 1


def edited(book: Path, out: Path, edit: Any, added: int = 0) -> Path:
    """The workbook with its attendance rows edited; `added` rows more in its manifest too."""

    def change(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Manifest":
            for row in rows:
                if row[0] == "rows_attendance":
                    row[1] = int(row[1]) + added
        if sheet == "Attendance":
            edit(rows)

    return rewrite(book, out, change)


def test_a_row_repeated_in_a_later_chunk_sends_the_sheet_row_by_row(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def repeat_first_row_newer(rows: list[list[Any]]) -> None:
        again = list(rows[1])
        again[column(rows, "Revision")] = 2
        again[column(rows, "Signed")] = "Yes"
        rows.append(again)

    book = edited(office_book, tmp_path / "twice.xlsx", repeat_first_row_newer, added=1)
    result, row_by_row = compare(template_db, tmp_path, [book], monkeypatch)
    assert row_by_row == ["attendance"]
    assert result.files[0].types[3].new == 10 and not result.files[0].invalid_rows


def test_an_attendance_taken_twice_across_chunks_is_the_same_invalid_row(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def same_person_day_new_id(rows: list[list[Any]]) -> None:
        again = list(rows[1])
        again[column(rows, "ID")] = "f" * 32
        rows.append(again)

    book = edited(office_book, tmp_path / "taken-twice.xlsx", same_person_day_new_id, added=1)
    result, row_by_row = compare(template_db, tmp_path, [book], monkeypatch)
    assert row_by_row == ["attendance"]
    (problem,) = result.files[0].invalid_rows
    assert (problem.sheet, problem.row) == ("Attendance", 12)
    assert "already recorded at this activity on this day" in problem.reason.render()


def test_invalid_cells_and_unknown_persons_in_chunks_are_the_same_invalid_rows(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def spoil(rows: list[list[Any]]) -> None:
        rows[2][column(rows, "Day")] = "le cinq"  # chunk 1
        rows[8][column(rows, "Person ID")] = "0" * 32  # chunk 3: a person nobody knows

    book = edited(office_book, tmp_path / "spoilt.xlsx", spoil)
    result, row_by_row = compare(template_db, tmp_path, [book], monkeypatch)
    assert row_by_row == ["attendance"]
    assert [(r.sheet, r.row) for r in result.files[0].invalid_rows] == [
        ("Attendance", 3),
        ("Attendance", 9),
    ]
    assert result.files[0].types[3].new == 8


@pytest.mark.parametrize("stops_after", [0, 2])
def test_a_reading_process_that_stops_halfway_leaves_the_rows_to_be_read_here(
    template_db: Path,
    tmp_path: Path,
    office_book: Path,
    monkeypatch: pytest.MonkeyPatch,
    stops_after: int,
) -> None:
    def spoil(rows: list[list[Any]]) -> None:
        rows[2][column(rows, "Day")] = "le cinq"  # in the first chunk

    book = edited(office_book, tmp_path / "spoilt.xlsx", spoil)
    reader = ReaderHere(stops_after=stops_after)
    result, row_by_row = compare(template_db, tmp_path, [book], monkeypatch, reader)
    # read here a chunk at a time: the valid rows are all new, written as blocks
    assert reader.sent == stops_after and row_by_row == []
    assert totals(result.files[0])["new"] == 17
    assert [(r.sheet, r.row) for r in result.files[0].invalid_rows] == [("Attendance", 3)]


def test_two_workbooks_streamed_one_after_the_other(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bamako = site_database(template_db, tmp_path / "bamako", "ML-BKO")
    add_sample(bamako, prefix="B-", people=4)
    other = export_workbook(bamako, tmp_path / "bamako.xlsx", language="fr").path
    result, row_by_row = compare(template_db, tmp_path, [office_book, other], monkeypatch)
    assert row_by_row == []
    assert [f.types[3].new for f in result.files] == [10, 8]


def test_a_reading_process_that_stops_while_a_reimport_takes_its_chunks(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    streamed(hq, [office_book], monkeypatch)
    before = travelling(hq)
    # the first chunk is not new: the rest is taken for the row-by-row merge, and the process
    # stops while it is sent
    reader = ReaderHere(stops_after=2)
    again = streamed(hq, [office_book], monkeypatch, reader)
    assert reader.sent == 2
    assert totals(again.files[0])["unchanged"] == 18 and again.changes == 0
    assert travelling(hq) == before


def compare_after(
    template_db: Path,
    tmp_path: Path,
    first: Path,
    books: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[ImportResult, list[str]]:
    """`compare`, into two HQ databases that imported `first` already (at once)."""
    chunked = site_database(template_db, tmp_path / "chunked", "HQ-GVA")
    whole = site_database(template_db, tmp_path / "whole", "HQ-GVA")
    for hq in (chunked, whole):
        at_once(hq, [first], monkeypatch)
    row_by_row: list[str] = []
    plan_type = hq_streamed.plan_type

    def spy(context: Any, record_type: Any, *args: Any) -> Any:
        if record_type.name in importing.IN_CHUNKS and record_type.name not in row_by_row:
            row_by_row.append(record_type.name)
        return plan_type(context, record_type, *args)

    monkeypatch.setattr(hq_streamed, "plan_type", spy)
    result = streamed(chunked, books, monkeypatch)
    same_outcome(result, at_once(whole, books, monkeypatch))
    assert travelling(chunked) == travelling(whole)
    return result, row_by_row


def test_an_attendance_moved_to_another_person_keeps_its_place_taken_in_later_chunks(
    template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The office gives one attendance to a new person, then records the first person again on
    that day: HQ weighs the rows in the workbook's order, and the place the attendance left is
    still taken by it when the new row comes three chunks later."""
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    add_sample(office, people=5)
    first = export_workbook(office, tmp_path / "first.xlsx", language="en").path
    with office.session() as session:
        moved = session.scalars(select(Attendance).order_by(Attendance.id)).first()
        assert moved is not None
        newcomer = Person(family_name="ISSOUFOU", given_names="Aïssata", sex="F")
        session.add(newcomer)
        session.flush()
        left_person, day = moved.person_id, moved.day
        moved.person_id = newcomer.id
        session.add(Attendance(activity_id=moved.activity_id, person_id=left_person, day=day))
    second = export_workbook(office, tmp_path / "second.xlsx", full=True, language="en").path
    result, row_by_row = compare_after(template_db, tmp_path, first, [second], monkeypatch)
    assert row_by_row == ["person", "attendance"]  # the stored persons come again too
    (taken,) = result.files[0].invalid_rows
    assert (taken.sheet, taken.row) == ("Attendance", 12)
    assert "already recorded at this activity on this day" in taken.reason.render()
    assert result.files[0].types[3].updated == 1


def test_new_rows_on_places_the_database_holds_are_the_same_invalid_rows(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chunk of rows all new by their uuids whose (activity, person, day) stored attendance
    holds: the database refuses the block, and its rows are weighed one by one. In the same
    role, each is the same presence recorded at another door (unchanged, docs/door.md); in
    another role, an invalid row."""

    def new_ids_on_old_places(rows: list[list[Any]]) -> None:
        for number in (1, 2, 3):  # the first chunk
            rows[number][column(rows, "ID")] = f"{number:x}" * 32
        rows[3][column(rows, "Role")] = "expert"

    book = edited(office_book, tmp_path / "same-places.xlsx", new_ids_on_old_places)
    result, row_by_row = compare_after(template_db, tmp_path, office_book, [book], monkeypatch)
    assert row_by_row == ["person", "attendance"]  # the persons come again, unchanged
    assert [(r.sheet, r.row) for r in result.files[0].invalid_rows] == [("Attendance", 4)]
    assert totals(result.files[0])["unchanged"] == 18 - 1
    assert result.files[0].changes == 0


def test_a_person_repeated_in_a_later_chunk_sends_the_persons_row_by_row(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def repeat_first_person_newer(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Manifest":  # the manifest counts the row too: only the repeat is odd
            for row in rows:
                if row[0] == "rows_person":
                    row[1] = int(row[1]) + 1
        if sheet == "Persons":
            again = list(rows[1])
            again[column(rows, "Revision")] = 2
            again[column(rows, "Region")] = "Tillabéri"
            rows.append(again)

    book = rewrite(office_book, tmp_path / "person-twice.xlsx", repeat_first_person_newer)
    result, row_by_row = compare(template_db, tmp_path, [book], monkeypatch)
    assert row_by_row == ["person"]
    assert result.files[0].types[2].new == 5 and not result.files[0].invalid_rows


def test_a_big_block_on_taken_places_is_refused_by_the_database_and_weighed_row_by_row(
    template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1,200 new attendance rows go in one block (PostgreSQL: by COPY) that the database
    refuses: their places are taken by the stored rows the workbook no longer names, in
    another role (in the same role they would be the same presences, unchanged)."""
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    add_sample(office, people=600)
    first = export_workbook(office, tmp_path / "first.xlsx", language="en").path
    office.close()

    def all_new_ids(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Attendance":
            for number, row in enumerate(rows[1:], start=1):
                row[column(rows, "ID")] = f"{number:032x}"
                row[column(rows, "Role")] = "expert"

    book = rewrite(first, tmp_path / "renamed.xlsx", all_new_ids)
    monkeypatch.setattr(hq_reader, "CHUNK_ROWS", 20_000)
    result, row_by_row = compare_after(template_db, tmp_path, first, [book], monkeypatch)
    assert row_by_row == ["person", "attendance"]
    assert len(result.files[0].invalid_rows) == 1_200 and result.files[0].changes == 0
