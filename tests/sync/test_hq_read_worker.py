"""The import's reading process is the program itself in its reading mode, so that the bundled
program (no separate Python) reads in two processes too."""

from __future__ import annotations

import io
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.sync import parallel, reader
from desktop_app.sync.importing import import_workbooks
from desktop_app.sync.reader import read_sheets
from tests.sync.hq_builders import site_database, totals


def fake_bundle(folder: Path, names: list[str]) -> list[Path]:
    """Shell scripts standing for the bundle's executables: each runs this Python's
    `-m desktop_app`, as the bundle runs desktop_app/__main__.py, and leaves its name."""
    folder.mkdir()
    made = []
    for name in names:
        path = folder / name
        path.write_text(
            f'#!/bin/sh\necho {name} >> "{folder}/started"\n'
            f'exec "{sys.executable}" -m desktop_app "$@"\n'
        )
        path.chmod(path.stat().st_mode | stat.S_IXUSR)
        made.append(path)
    return made


def messages(sent: bytes) -> list[object]:
    """The pickled messages the reading process wrote one after the other."""
    stream, found = io.BytesIO(sent), []
    while stream.tell() < len(sent):
        found.append(pickle.load(stream))
    return found


def read_here(book: Path) -> list[object]:
    return [*read_sheets(book, parallel.PARALLEL_TYPES), parallel.END_OF_FILE]


def test_the_reading_mode_of_the_entry_point_sends_the_sheets_read_here(office_book: Path) -> None:
    command = parallel.reader_command([office_book, office_book])
    assert command[:4] == [sys.executable, "-m", "desktop_app", "--hq-read-worker"]
    done = subprocess.run(command, capture_output=True, timeout=120, check=True)
    sent = messages(done.stdout)
    assert sent == read_here(office_book) * 2
    (persons, attendance, end) = sent[:3]
    assert end == parallel.END_OF_FILE
    assert persons[0] == "person" and len(persons[1].uuids) == 5 and persons[2] == []
    assert attendance[0] == "attendance" and len(attendance[1].uuids) == 10
    assert attendance[2] == []


def test_the_reading_process_sends_each_chunk_as_soon_as_it_is_read(
    office_book: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(reader, "CHUNK_ROWS", 3)
    assert parallel.main([str(office_book)]) == 0
    sent = messages(capsysbinary.readouterr().out)
    assert [(m[0], len(m[1].uuids)) for m in sent[:-1]] == [
        ("person", 3),
        ("person", 2),
        ("attendance", 3),
        ("attendance", 3),
        ("attendance", 3),
        ("attendance", 1),
    ]
    assert sent[-1] == parallel.END_OF_FILE
    assert [message[1].numbers for message in sent[2:-1]] == [
        range(2, 5),
        range(5, 8),
        range(8, 11),
        range(11, 12),
    ]


def test_the_reading_mode_answers_a_refused_file_with_its_message(tmp_path: Path) -> None:
    not_a_book = tmp_path / "notes.xlsx"
    not_a_book.write_text("not a workbook")
    command = parallel.reader_command([not_a_book])
    done = subprocess.run(command, capture_output=True, timeout=120, check=True)
    (refusal,) = messages(done.stdout)
    assert refusal.render() == "notes.xlsx is not an Excel workbook (.xlsx)."


def test_the_bundled_program_starts_its_command_line_executable_to_read(
    template_db: Path, tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, cli = fake_bundle(tmp_path / "bundle", ["Registre", "registre-cli"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(window))
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    assert parallel.reader_command([office_book]) == [
        str(cli),
        "--hq-read-worker",
        str(office_book),
    ]
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_workbooks(hq, [office_book])
    assert "wait for the reading process" in result.timings
    assert totals(result.files[0])["new"] == 18
    assert (tmp_path / "bundle" / "started").read_text() == "registre-cli\n"


def test_a_bundle_without_its_command_line_executable_reads_with_its_own(
    tmp_path: Path, office_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (window,) = fake_bundle(tmp_path / "bundle", ["Registre"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(window))
    command = parallel.reader_command([office_book])
    assert command == [str(window), "--hq-read-worker", str(office_book)]
    done = subprocess.run(command, capture_output=True, timeout=120, check=True)
    assert messages(done.stdout) == read_here(office_book)


def test_the_reading_process_starts_without_sqlalchemy_alembic_or_qt() -> None:
    probe = (
        "import sys; sys.argv = ['registre', '--hq-read-worker']\n"
        "try:\n"
        "    import runpy; runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = done.stdout.strip().splitlines()[-1]
    assert "'python_calamine'" in loaded and "'desktop_app'" in loaded
    for heavy in ("sqlalchemy", "alembic", "PySide6"):
        assert f"'{heavy}'" not in loaded


def test_cells_read_the_labels_the_store_knows() -> None:
    from desktop_app.store import vocabulary
    from desktop_app.sync.cells import vocabularies

    known = vocabularies()
    for kind, terms in (
        ("kind", vocabulary.activity_kinds()),
        ("category", vocabulary.person_categories()),
        ("role", vocabulary.attendance_roles()),
    ):
        assert known[kind] == {t.code: (t.en, t.fr) for t in terms}
        assert len(terms) > 2


def test_each_record_type_receives_its_own_rows_file_after_file(
    office_book: Path, tmp_path: Path
) -> None:
    """The reading process sends the persons, then the attendance, of each file in turn; the
    merge asks for each type in that order and gets that type's rows, and no other's."""
    second = tmp_path / "second.xlsx"
    second.write_bytes(office_book.read_bytes())
    process = parallel.SheetReader([office_book, second])
    try:
        for book in (office_book, second):
            persons = list(process.chunks(book, "person"))
            attendance = list(process.chunks(book, "attendance"))
            assert {chunk[0] for chunk in persons} == {"person"}
            assert sum(len(chunk[1].uuids) for chunk in persons) == 5
            assert {chunk[0] for chunk in attendance} == {"attendance"}
            assert sum(len(chunk[1].uuids) for chunk in attendance) == 10
    finally:
        process.close()
