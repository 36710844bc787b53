"""Two programs importing two offices' workbooks into one database at the same time give
exactly what one import after the other gives.

The imports are real processes running `registre import`. The offices' workbooks overlap:
Bamako's carries the Niamey records it received, one of them edited there, so that both
imports touch the same records. On PostgreSQL both must succeed (the import serialises itself);
on one SQLite file a program may give up with a clear message (the file busy beyond the busy
timeout, or its backup before importing taken at the same second by the other), changing
nothing, and is then run again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, select

from desktop_app.store import Database, open_database
from desktop_app.store.models import (
    AuditEntry,
    ImportLog,
    Site,
    SyncConflict,
    every_table,
)
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.postgres import databases
from tests.sync.hq_builders import SITES, add_sample, edit_person

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 120  # per office: 240 attendance rows each, enough for the imports to overlap
# Columns holding a local id of another table, compared through that record's uuid.
FOREIGN = {"activity_id": "activity", "person_id": "person", "organisation_id": "organisation"}
TRAVELLING = ("organisation", "activity", "person", "attendance", "head_count")


def _set_site(database: Database, code: str) -> None:
    name, country = SITES[code]
    with database.session() as session:
        site = session.scalars(select(Site)).one()
        site.code, site.name, site.country = code, name, country
        site.install_id = uuid.uuid4().hex  # another office: another installation
    database.refresh_site()


def _office(folder: Path, code: str) -> Database:
    """An office database: always a file."""
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(folder / f"{code}.db")
    name, country = SITES[code]
    with database.session() as session:
        session.add(Site(code=code, name=name, country=country, is_local=True))
    database.refresh_site()
    return database


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("offices")
    niamey = _office(folder, "NE-NIA")
    bamako = _office(folder, "ML-BKO")
    try:
        sample = add_sample(niamey, "NE ", people=PEOPLE)
        add_sample(bamako, "ML ", people=PEOPLE)
        niamey_book = export_workbook(niamey, folder / "niamey.xlsx", full=True).path
        import_workbooks(bamako, [niamey_book])
        edit_person(bamako, sample["persons"][0], position="Commissaire")  # a newer revision
        bamako_book = export_workbook(bamako, folder / "bamako.xlsx", full=True).path
    finally:
        niamey.close()
        bamako.close()
    return Path(niamey_book), Path(bamako_book)


def _hq(target: Path | str) -> None:
    database = open_database(target)
    try:
        _set_site(database, "HQ-GVA")
    finally:
        database.close()


def _config(folder: Path, number: int) -> Path:
    """A settings folder of its own per program, each with its own backup folder: two backups
    of one file taken in the same second would otherwise share a name and collide."""
    config = folder / f"config{number}"
    config.mkdir(parents=True, exist_ok=True)
    backups = json.dumps({"backup_dir": str(folder / f"backups{number}")})
    (config / "settings.json").write_text(backups, encoding="utf-8")
    return config


def _command(target: Path | str, workbook: Path, config: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "REGISTRE_CONFIG_DIR": str(config), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--db", str(target), "import", str(workbook)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run_together(target: Path | str, books: tuple[Path, Path], folder: Path) -> list[str]:
    """Start both imports at once; return the workbooks whose import must be run again."""
    processes = [
        (book, _command(target, book, _config(folder, number))) for number, book in enumerate(books)
    ]
    again = []
    for book, process in processes:
        out, err = process.communicate(timeout=240)
        if process.returncode != 0:  # a clear message, never a crash
            assert err.startswith("registre: ") and "Traceback" not in err, err or out
            again.append(str(book))
    return again


def snapshot(target: Path | str) -> dict[str, Any]:
    """Everything the imports decide, without the local ids: every travelling record by uuid
    with all its columns (references as uuids), the conflicts, the audit trail, the import log."""
    database = open_database(target)
    tables = every_table().tables
    try:
        with database.engine.connect() as connection:
            uuids = {
                name: dict(connection.execute(select(tables[name].c.id, tables[name].c.uuid)).all())
                for name in ("organisation", "activity", "person")
            }
            result: dict[str, Any] = {}
            for name in TRAVELLING:
                table: Table = tables[name]
                rows = {}
                for row in connection.execute(select(table)).mappings():
                    values = {
                        key: uuids[FOREIGN[key]].get(value) if key in FOREIGN else value
                        for key, value in row.items()
                        if key != "id"
                    }
                    rows[row["uuid"]] = values
                result[name] = rows
            partner = tables["activity_partner"]
            result["activity_partner"] = sorted(
                (uuids["activity"][a], uuids["organisation"][o])
                for a, o in connection.execute(select(partner))
            )
            result["conflicts"] = sorted(
                connection.execute(select(SyncConflict.table_name, SyncConflict.record_uuid)).all()
            )
            result["audit"] = sorted(
                connection.execute(
                    select(
                        AuditEntry.table_name,
                        AuditEntry.record_uuid,
                        AuditEntry.action,
                        AuditEntry.revision,
                    )
                ).all()
            )
            result["imports"] = sorted(
                connection.execute(select(ImportLog.export_uuid, ImportLog.source_site)).all()
            )
    finally:
        database.close()
    return result


def _serial(template: Path | str, folder: Path, books: tuple[Path, ...]) -> dict[str, Any]:
    target = databases.copy_database(template, folder, "serial_" + "_".join(b.stem for b in books))
    _hq(target)
    database = open_database(target)
    try:
        for book in books:
            import_workbooks(database, [book])
    finally:
        database.close()
    return snapshot(target)


def test_two_imports_at_once_equal_one_after_the_other(
    db_path: Path | str,
    template_db: Path | str,
    tmp_path: Path,
    workbooks: tuple[Path, Path],
) -> None:
    _hq(db_path)
    again = _run_together(db_path, workbooks, tmp_path)
    if isinstance(db_path, str):  # a server: the import waits for the other, never fails
        assert again == []
    if again:  # the import that gave up left no trace
        assert len(snapshot(db_path)["imports"]) == len(workbooks) - len(again)
    for book in again:  # SQLite gave up: that import changed nothing, run it again
        finished = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--db", str(db_path), "import", book],
            cwd=ROOT,
            env={**os.environ, "REGISTRE_CONFIG_DIR": str(_config(tmp_path, 0))},
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert finished.returncode == 0, finished.stderr
    together = snapshot(db_path)
    niamey_first = _serial(template_db, tmp_path, workbooks)
    bamako_first = _serial(template_db, tmp_path, workbooks[::-1])

    assert len(together["person"]) == 2 * PEOPLE
    assert len(together["attendance"]) == 4 * PEOPLE
    # The records do not depend on the order of the imports; the audit trail does (a record
    # created at revision 1 then updated, or created at revision 2), so it must be one of both.
    for name in (*TRAVELLING, "activity_partner", "conflicts", "imports"):
        assert together[name] == niamey_first[name] == bamako_first[name], f"{name} differs"
    assert together["audit"] in (niamey_first["audit"], bamako_first["audit"])
    edited = [p for p in together["person"].values() if p["position"] == "Commissaire"]
    assert len(edited) == 1 and edited[0]["revision"] == 2  # the newer revision won
