"""Killed exports and backups leave nothing in clear beside their targets, nothing under a
backup's name that is not a whole verified backup, and what they leave in the private folder is
removed by the next run (and by the removal of unencrypted backups)."""

from __future__ import annotations

import datetime as dt
import json
import stat
import zipfile
from pathlib import Path

import pytest

from desktop_app import private_folder
from desktop_app.backups import backups
from desktop_app.cli.main import main
from desktop_app.privacy import encryption as privacy_encryption
from desktop_app.store import Database, encryption, open_database
from desktop_app.sync.export import export_workbook
from desktop_app.ui.protection.dialog import plain_backups_of
from tests.faults.fault_builders import add_activity, add_persons, check_in_all, site_copy
from tests.faults.kill_harness import run_and_kill

NAME = "PERSON17"  # one of add_persons' names
PASSWORD = "Agadez 2026"


def _office(db: Database, persons: int = 300) -> None:
    check_in_all(db, add_activity(db), add_persons(db, persons)[:20])


def _private(folder: Path) -> list[Path]:
    """The files in the private folder's runs (not the runs' locks)."""
    root = private_folder.root_of(folder)
    if not root.exists():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and path.parent != root)


def _only_private(folder: Path, *allowed: str) -> None:
    """Beside the target: nothing but the private folder (and `allowed`), itself 0700."""
    assert {p.name for p in folder.iterdir()} <= {private_folder.FOLDER_NAME, *allowed}
    root = private_folder.root_of(folder)
    if root.exists():
        for folder_inside in (root, *(p for p in root.iterdir() if p.is_dir())):
            assert stat.S_IMODE(folder_inside.stat().st_mode) == 0o700, folder_inside


def _workbook_text(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return "".join(book.read(name).decode("utf-8", "replace") for name in book.namelist())


def test_a_killed_export_leaves_nothing_beside_the_target(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    _office(db)
    db.close()
    usb = tmp_path / "usb"
    out = usb / "to-hq.xlsx"
    run = run_and_kill("export-held", db_path, str(out), after_word=("written", 1))
    assert not run.finished
    _only_private(usb)
    (left,) = _private(usb)  # the whole workbook, in clear: only in the private folder
    assert NAME in _workbook_text(left)
    # Killed while its first rows are being written.
    assert not run_and_kill("export-streaming", db_path, str(out), after_word=("row", 1)).finished
    _only_private(usb)
    assert left not in _private(usb)  # the first one's removed as the second began

    database = open_database(db_path)  # the next export removes what the killed ones left
    try:
        export_workbook(database, out, full=True)
    finally:
        database.close()
    assert {p.name for p in usb.iterdir()} == {"to-hq.xlsx"}


def test_a_killed_protected_export_never_leaves_the_clear_workbook_beside_it(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    _office(db)
    db.close()
    usb = tmp_path / "usb"
    out = usb / "to-hq.xlsx"
    run_and_kill("export-held", db_path, str(out), "Agadez 2026", after_word=("written", 1))
    _only_private(usb)
    database = open_database(db_path)
    try:
        export_workbook(database, out, full=True, password="Agadez 2026")
    finally:
        database.close()
    assert {p.name for p in usb.iterdir()} == {"to-hq.xlsx"}
    assert out.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # encrypted: an OLE file, not a zip


def test_a_killed_import_of_a_protected_workbook_leaves_no_clear_copy_in_tmpdir(
    db: Database, db_path: Path, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The decrypted copy being read when the import is killed is in the user's own private
    folder, never in the system's temporary folder; the next start erases it."""
    db.close()
    office = open_database(site_copy(template_db, tmp_path / "office" / "office.db", "ML-BKO"))
    try:
        _office(office)
        workbook = export_workbook(
            office, tmp_path / "usb" / "from-bamako.xlsx", full=True, password=PASSWORD
        ).path
    finally:
        office.close()
    system_temp, own_data = tmp_path / "system-temp", tmp_path / "user-data"
    system_temp.mkdir()
    run = run_and_kill(
        "import-protected",
        db_path,
        str(workbook),
        PASSWORD,
        after_word=("row", 1),
        env={"TMPDIR": str(system_temp), "XDG_DATA_HOME": str(own_data)},
    )
    assert not run.finished
    assert list(system_temp.rglob("*")) == []  # nothing at all, clear or not
    own = own_data / "Registre"
    _only_private(own)
    (left,) = _private(own)  # the decrypted copy: in the private folder only
    assert NAME in _workbook_text(left)
    assert {p.name for p in workbook.parent.iterdir()} == {workbook.name}  # nothing beside it

    monkeypatch.setenv("XDG_DATA_HOME", str(own_data))
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    assert main(["--db", str(db_path), "check"]) == 0  # the next start, of any command
    assert _private(own) == [] and not private_folder.root_of(own).exists()


def _killed_backup(db_path: Path, folder: Path) -> None:
    run = run_and_kill("backup-held", db_path, str(folder), after_word=("copied", 1))
    assert not run.finished


def test_a_killed_backup_leaves_no_file_under_a_backup_name(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    add_persons(db, 1500)
    db.close()
    folder = tmp_path / "backups"
    _killed_backup(db_path, folder)
    assert not list(folder.glob("*.db")), "a killed backup must not appear under its name"
    assert not list(folder.glob("*.partial"))
    _only_private(folder, *(p.name for p in folder.glob("*.db.json")))
    (left,) = _private(folder)
    assert encryption.has_plain_header(left)  # the whole copy: in the private folder only
    assert backups.list_backups(folder, db_path.stem) == []

    database = open_database(db_path)
    try:
        made = backups.backup_now(database, folder, reason="manual")
    finally:
        database.close()
    assert made.verified
    assert _private(folder) == [] and not private_folder.root_of(folder).exists()
    assert [info.path for info in backups.list_backups(folder, db_path.stem)] == [made.path]


def test_unencrypted_copies_left_by_a_killed_backup_are_offered_for_removal(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    add_persons(db, 500)
    db.close()
    folder = db_path.parent / "backups"  # the default backup folder
    _killed_backup(db_path, folder)
    (left,) = _private(folder)
    assert left in privacy_encryption.plain_backups(folder)
    assert left in plain_backups_of(db_path, folder)  # the window's offer includes it
    assert privacy_encryption.remove_plain_backups((left,)) == 1
    assert not private_folder.root_of(folder).exists()


def test_encrypt_and_remove_plain_backups_leaves_no_clear_copy(
    db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_persons(db, 500)
    db.close()
    folder = db_path.parent / "backups"
    _killed_backup(db_path, folder)
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("REGISTRE_NEW_PASSPHRASE", "Sahel 2026 Agadez")
    assert main(["--db", str(db_path), "encrypt", "--remove-plain-backups"]) == 0
    clear = [
        path
        for path in db_path.parent.rglob("*")
        if path.is_file() and path.stat().st_size and encryption.has_plain_header(path)
    ]
    assert clear == []


def _verified(folder: Path, when: dt.datetime, reason: str = "closing") -> Path:
    path = folder / f"registre-{when:%Y%m%d-%H%M%S}-{reason}.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    record = {"verified": True, "row_counts": {"person": 1}}
    path.with_name(path.name + ".json").write_text(json.dumps(record), encoding="utf-8")
    return path


def test_rotation_never_trades_a_verified_backup_for_a_broken_one(tmp_path: Path) -> None:
    """What an older Registre left when killed: an empty file under the newest name of a day."""
    today = dt.date(2026, 3, 10)
    yesterday_verified = _verified(tmp_path, dt.datetime(2026, 3, 9, 8))
    yesterday_empty = tmp_path / "registre-20260309-180000-closing.db"
    yesterday_empty.write_bytes(b"")
    today_verified = _verified(tmp_path, dt.datetime(2026, 3, 10, 8))
    today_empty = tmp_path / "registre-20260310-180000-manual.db"
    today_empty.write_bytes(b"")

    listed = {info.path for info in backups.list_backups(tmp_path, "registre")}
    assert listed == {yesterday_verified, today_verified}  # an empty file is no backup

    removed = backups.rotate(tmp_path, "registre", keep_daily=2, keep_weekly=0, today=today)
    assert set(removed) == {yesterday_empty, today_empty}
    assert yesterday_verified.exists() and today_verified.exists()


def test_registre_backups_does_not_list_a_broken_file(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    empty = folder / f"{db_path.stem}-20260309-180000-closing.db"
    empty.write_bytes(b"")
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    assert main(["--db", str(db_path), "backups"]) == 0
    out = capsys.readouterr().out
    assert str(empty) not in out and "no backups" in out
