"""`registre backup`, `registre restore` and `registre backups` on real files."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.settings import CONFIG_DIR_ENV
from desktop_app.store import open_database
from desktop_app.store.models import Organisation

# File backups and restores through the command line: SQLite files by nature.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


def names(path: Path) -> list[str]:
    database = open_database(path)
    with database.session() as session:
        found = list(session.scalars(select(Organisation.name)))
    database.close()
    return found


def add(path: Path, name: str) -> None:
    database = open_database(path)
    with database.session() as session:
        session.add(Organisation(name=name))
    database.close()


def test_backup_then_restore(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db_path, "CNDH")
    out = tmp_path / "usb" / "copy.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert "verified" in capsys.readouterr().out
    add(db_path, "Gouvernorat")

    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "restored from" in printed and "previous database kept as" in printed
    assert names(db_path) == ["CNDH"]
    assert main(["--db", str(db_path), "backups"]) == 0
    assert "before-restore" in capsys.readouterr().out


def test_backup_without_out_goes_to_the_backup_folder(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "backup"]) == 0
    (made,) = (db_path.parent / "backups").glob("registre-*-manual.db")
    assert str(made) in capsys.readouterr().out


def test_restore_of_a_bad_file_fails_clearly_and_changes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db_path, "CNDH")
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a backup")
    assert main(["--db", str(db_path), "restore", str(bogus)]) == exit_codes.REFUSED
    assert "not a Registre database" in capsys.readouterr().err
    assert names(db_path) == ["CNDH"]


def test_empty_backup_list(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "backups"]) == 0
    assert "no backups" in capsys.readouterr().out


def test_restore_replaces_a_database_that_no_longer_opens(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(db_path, "CNDH")
    out = tmp_path / "copy.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # damaged beyond opening
    assert main(["--db", str(db_path), "check"]) == exit_codes.DATABASE
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    assert names(db_path) == ["CNDH"]


def test_restore_refuses_a_database_open_in_a_window(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    add(db_path, "CNDH")
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text("4242\nRegistre.exe\nOFFICE-PC-2\n", encoding="utf-8")
    assert main(["--db", str(db_path), "restore", str(out)]) == exit_codes.DATABASE
    error = capsys.readouterr().err
    assert "OFFICE-PC-2" in error and "4242" in error and "--force" in error
    assert names(db_path) == ["CNDH"]
    assert main(["--db", str(db_path), "restore", "--force", str(out)]) == 0
    assert names(db_path) == []


def test_a_lock_left_by_a_dead_process_here_does_not_block(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text(f"{finished.stdout.strip()}\npython3\n{socket.gethostname()}\n")
    assert main(["--db", str(db_path), "restore", str(out)]) == 0


def test_an_import_is_preceded_by_a_backup(db_path: Path, tmp_path: Path) -> None:
    add(db_path, "CNDH")
    workbook = tmp_path / "niamey.xlsx"
    assert main(["--db", str(db_path), "export", "--full", "--out", str(workbook)]) == 0
    folder = db_path.parent / "backups"
    assert main(["--db", str(db_path), "import", "--dry-run", str(workbook)]) == 0
    assert not list(folder.glob("*-before-import.db"))
    # The site's own workbook coming back: confirmed, or it would not be imported.
    assert main(["--db", str(db_path), "import", "--accept-office-change", str(workbook)]) == 0
    (made,) = folder.glob("registre-*-before-import.db")
    assert names(made) == ["CNDH"]
