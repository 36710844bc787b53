"""A full disk during an import and during an export: a clear message, the database unchanged,
no half workbook at the destination."""

from __future__ import annotations

import errno
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop_app.exchange.hq_export import export_workbook
from desktop_app.exchange.hq_import import import_workbooks
from desktop_app.messages import RegistreError
from desktop_app.services.privacy_export import export_pseudonymised
from desktop_app.store import Database, open_database
from desktop_app.store.errors import DiskFull
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
