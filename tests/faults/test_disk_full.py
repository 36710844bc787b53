"""A full disk during an import and during an export: a clear message, the database unchanged,
no half workbook at the destination."""

from __future__ import annotations

import errno
import gc
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app import exit_codes, private_folder
from desktop_app.cli.main import main
from desktop_app.messages import RegistreError
from desktop_app.privacy.pseudonymised import export_pseudonymised
from desktop_app.store import Database, encryption, open_database
from desktop_app.store.errors import DiskFull
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.faults.fault_builders import add_activity, add_persons, check_in_all, dump, site_copy


def _no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every write into a workbook archive fails as on a full disk."""
    monkeypatch.setattr(zipfile.ZipFile, "write", _no_space)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", _no_space)


def _office(db: Database) -> None:
    activity = add_activity(db)
    check_in_all(db, activity, add_persons(db, 30))


def _files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def test_disk_full_during_the_hq_export(
    db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office(db)
    before = dump(db_path)
    out_folder = tmp_path / "usb"
    out_folder.mkdir()
    _fill_the_disk(monkeypatch)
    with pytest.raises(RegistreError) as raised:
        export_workbook(db, out_folder / "to-hq.xlsx", full=True)
    text = str(raised.value).lower()
    assert "full" in text or "space" in text
    assert _files(out_folder) == set()
    assert dump(db_path) == before  # not recorded as exported


def test_disk_full_during_the_pseudonymised_export(
    db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office(db)
    export_pseudonymised(db, tmp_path / "first.xlsx")  # makes the pseudonym key
    before = dump(db_path)
    out_folder = tmp_path / "share"
    out_folder.mkdir()
    _fill_the_disk(monkeypatch)
    with pytest.raises(RegistreError, match="disk is full"):
        export_pseudonymised(db, out_folder / "shared.xlsx")
    assert _files(out_folder) == set()
    assert dump(db_path) == before


def test_disk_full_during_an_import(db: Database, template_db: Path, tmp_path: Path) -> None:
    _office(db)
    workbook = export_workbook(db, tmp_path / "to-hq.xlsx", full=True).path
    hq_path = site_copy(template_db, tmp_path / "hq" / "hq.db")
    with sqlite3.connect(hq_path) as raw:
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    before = dump(hq_path)
    hq = open_database(hq_path, extra_pragmas={"max_page_count": pages + 3})
    try:
        with pytest.raises(DiskFull) as raised:
            import_workbooks(hq, [workbook])
        assert "full" in str(raised.value) and "nothing was saved" in str(raised.value)
    finally:
        hq.close()
    assert dump(hq_path) == before
    # With room again, the same workbook imports whole.
    hq = open_database(hq_path)
    try:
        result = import_workbooks(hq, [workbook])
        assert result.applied
    finally:
        hq.close()
    assert dump(hq_path) != before


class _DiskFillingUp:
    """A file whose writes fail with ENOSPC once `room` bytes are written, and whose close
    fails too while data is left unwritten: what a buffered file on a full disk does."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle, self._room, self._stuck = handle, room, False

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            self._stuck = True
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return int(self._handle.write(data))

    def close(self) -> None:
        self._handle.close()
        if self._stuck:
            raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def _disk_fills_up(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    original = zipfile.ZipFile.__init__

    def opening(archive: zipfile.ZipFile, *args: Any, **kwargs: Any) -> None:
        original(archive, *args, **kwargs)
        if archive.mode == "w":
            archive.fp = _DiskFillingUp(archive.fp, room)  # type: ignore[assignment]

    monkeypatch.setattr(zipfile.ZipFile, "__init__", opening)


@pytest.mark.parametrize("room", [500, 5_000])
def test_disk_full_during_an_export_says_it_once(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    room: int,
) -> None:
    """The archive left open by the failed write must not fail again when Python collects it
    ("Exception ignored in ZipFile.__del__": pytest turns it into an error here)."""
    _office(db)
    export_pseudonymised(db, tmp_path / "first.xlsx")
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    out_folder = tmp_path / "usb"
    _disk_fills_up(monkeypatch, room)
    for command in (["export-pseudonymised"], ["export", "--full"]):
        out = out_folder / "shared.xlsx"
        code = main(["--db", str(db_path), *command, "--out", str(out)])
        gc.collect()
        err = capsys.readouterr().err
        assert code == exit_codes.FILE, err
        assert "disk is full" in err and "Traceback" not in err
        assert not out.exists()


def _full_target(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite finds the disk full while it writes a copy (a backup, a safety copy)."""
    original = encryption.connect

    def connect(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
        connection = original(path, passphrase, read_only=read_only)
        if not read_only:
            connection.execute("PRAGMA max_page_count = 3")
        return connection

    monkeypatch.setattr(encryption, "connect", connect)


def test_disk_full_during_a_backup(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _office(db)
    db.close()
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    _full_target(monkeypatch)
    code = main(["--db", str(db_path), "backup"])
    err = capsys.readouterr().err
    assert code == exit_codes.FILE, err
    assert "is full" in err and "Traceback" not in err and err.count("\n") == 1
    folder = db_path.parent / "backups"
    assert not list(folder.glob("*.db")) and not list(folder.glob("*.json"))
    assert not (folder / private_folder.FOLDER_NAME).exists()


def test_disk_full_during_encrypt(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _office(db)
    db.close()
    before = dump(db_path)
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("REGISTRE_NEW_PASSPHRASE", "Sahel 2026 Agadez")

    def no_room(*_args: object) -> None:
        raise encryption._driver().OperationalError("database or disk is full")

    # Full while the safety copy is written, then while the encrypted copy is.
    for fill in (_full_target, lambda patch: patch.setattr(encryption, "export_copy", no_room)):
        with monkeypatch.context() as patch:
            fill(patch)
            code = main(["--db", str(db_path), "encrypt"])
        err = capsys.readouterr().err
        assert code == exit_codes.FILE, err
        assert "is full" in err and "Traceback" not in err and err.count("\n") == 1
        assert encryption.has_plain_header(db_path) and dump(db_path) == before
