"""Nothing in clear in the system's temporary folder: a protected workbook is decrypted into the
user's own private folder (erased after reading, and at the next start after a killed run), and
the workbook writers assemble their files in memory or in a private folder, never in TMPDIR.
The killed import is in tests/faults/test_kill_partial_files.py."""

from __future__ import annotations

import stat
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app import private_folder
from desktop_app.cli.main import main
from desktop_app.demo.loading import load_demo
from desktop_app.paths import user_data_folder
from desktop_app.store import open_database
from desktop_app.workbooks.cells import CellWriter, new_workbook
from desktop_app.workbooks.protection import protect, unprotected_copy

PASSWORD = "Tillabéri 2026"


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty system temporary folder for the test, and every file made in it with
    `tempfile.mkstemp` (what xlsxwriter uses) recorded in `made`."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The temporary files xlsxwriter made (it makes them with tempfile.mkstemp)."""
    files: list[Path] = []
    real = tempfile.mkstemp

    def recording(*args: Any, **kwargs: Any) -> tuple[int, str]:
        handle, name = real(*args, **kwargs)
        files.append(Path(name))
        return handle, name

    monkeypatch.setattr(tempfile, "mkstemp", recording)
    return files


def _clear_workbook(path: Path, name: str) -> Path:
    book = new_workbook(path)
    CellWriter(book).text(book.add_worksheet("Persons"), 0, 0, name)
    book.close()
    return path


def test_a_protected_workbook_is_read_from_the_users_private_folder(
    tmp_path: Path, system_temp: Path
) -> None:
    clear = _clear_workbook(tmp_path / "clear.xlsx", "ISSOUFOU Rakiatou")
    protected = protect(clear, tmp_path / "usb" / "niamey.xlsx", PASSWORD)
    own = user_data_folder()
    with unprotected_copy(protected, PASSWORD) as copy:
        assert copy.parent.parent == private_folder.root_of(own)
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        with zipfile.ZipFile(copy) as book:
            assert b"ISSOUFOU" in book.read("xl/sharedStrings.xml")
        assert list(system_temp.rglob("*")) == []
    assert not copy.exists() and not private_folder.root_of(own).exists()
    assert list(system_temp.rglob("*")) == []


def test_the_next_start_erases_the_clear_copies_a_killed_run_left(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = user_data_folder()
    killed = private_folder.root_of(own) / "0123456789abcdef"  # no process holds its lock
    with private_folder.clear_copies() as working:  # an import still reading: left alone
        reading = _clear_workbook(working / "bamako.xlsx", "TRAORE Awa")
        killed.mkdir(mode=0o700)
        killed.with_name(killed.name + ".lock").touch()
        left = _clear_workbook(killed / "niamey.xlsx", "ISSOUFOU Rakiatou")
        monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
        assert main(["--db", str(db_path), "check"]) == 0  # any command is a start
        assert not left.exists() and not killed.exists()
        assert reading.exists()
    assert not private_folder.root_of(own).exists()

    # The window's start too, before it opens anything.
    killed.mkdir(mode=0o700, parents=True)
    left = _clear_workbook(killed / "niamey.xlsx", "ISSOUFOU Rakiatou")
    from desktop_app.ui.shell import app

    opened: list[Path] = []
    monkeypatch.setattr(app, "run_window", lambda path, **_: opened.append(path) or 0)
    assert main(["--db", str(db_path)]) == 0
    assert opened == [db_path] and not left.exists()


def test_workbooks_are_written_without_the_system_temporary_folder(
    tmp_path: Path,
    system_temp: Path,
    made: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each part of a workbook xlsxwriter assembles holds the names in clear: in memory, or in
    the private folder beside the target for the big exports, never in TMPDIR."""
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    demo = tmp_path / "demo.db"
    database = open_database(demo)
    load_demo(database)
    database.close()
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["report", "--format", "xlsx", "--out", str(out / "report.xlsx")],
        ["report", "--activity", "1", "--format", "xlsx", "--out", str(out / "activity.xlsx")],
        ["signin-sheet", "--activity", "1", "--day", "2022-12-05", "--out", str(out / "s.xlsx")],
        ["export", "--full", "--out", str(out / "to-hq.xlsx")],
        ["export-pseudonymised", "--out", str(out / "shared.xlsx")],
    ]
    for arguments in commands:
        assert main(["--db", str(demo), *arguments]) == 0, arguments
        assert list(system_temp.rglob("*")) == [], arguments
    assert {p.name for p in out.iterdir()} == {
        "report.xlsx",
        "activity.xlsx",
        "s.xlsx",
        "to-hq.xlsx",
        "shared.xlsx",
    }
    for path in made:
        assert path.parent.parent.name == private_folder.FOLDER_NAME, path
        assert not path.exists()
