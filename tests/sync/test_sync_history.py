"""Workbooks received at HQ: the log of imports and the offices' last workbooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert

from desktop_app.store import Database
from desktop_app.store.models import ImportLog
from desktop_app.sync.export import export_workbook
from desktop_app.sync.history import (
    imports_received,
    manifest_time,
    offices_received,
)
from desktop_app.sync.importing import import_workbooks
from tests.sync.hq_builders import add_sample, rewrite, site_database
from tests.sync.received_builders import receive_workbooks


def test_imports_are_listed_newest_first_and_a_preview_is_not(
    template_db: Path, tmp_path: Path
) -> None:
    received = receive_workbooks(template_db, tmp_path)
    imports = imports_received(received.hq)
    received.hq.close()
    assert [(i.file_name, i.site_code, i.site_name) for i in imports] == [
        ("niamey.xlsx", "NE-NIA", "Niamey"),
        ("bamako.xlsx", "ML-BKO", ""),
        ("niamey.xlsx", "NE-NIA", "Niamey"),
    ]
    assert imports[0].imported_at >= imports[1].imported_at >= imports[2].imported_at
    assert imports[0].export_uuid == imports[2].export_uuid == received.niamey.export_id
    assert imports[1].exported_at == received.bamako.exported_at
    assert [i.mode for i in imports] == ["full", "full", "full"]


def test_totals_are_the_sum_of_the_record_types(template_db: Path, tmp_path: Path) -> None:
    received = receive_workbooks(template_db, tmp_path)
    latest, bamako, first = imports_received(received.hq)
    received.hq.close()
    persons = {t.type_name: t for t in first.types}["person"]
    assert persons.new == 3 and persons.unchanged == 0
    assert first.totals.new == sum(t.new for t in first.types) == received.niamey.total_rows
    assert first.totals.unchanged == 0
    # The same workbook again brings nothing new: every record is unchanged.
    assert latest.totals.new == latest.totals.updated == latest.totals.conflicts == 0
    assert latest.totals.unchanged == received.niamey.total_rows
    assert {t.type_name: t.new for t in bamako.types}["person"] == 2


def test_offices_show_their_newest_workbook_and_how_many(template_db: Path, tmp_path: Path) -> None:
    received = receive_workbooks(template_db, tmp_path)
    imports = imports_received(received.hq)
    offices = {o.site_code: o for o in offices_received(received.hq)}
    received.hq.close()
    assert set(offices) == {"NE-NIA", "ML-BKO"}
    niamey, bamako = offices["NE-NIA"], offices["ML-BKO"]
    assert (niamey.workbooks, niamey.imports) == (1, 2)
    assert (bamako.workbooks, bamako.imports) == (1, 1)
    assert niamey.last_exported_at == received.niamey.exported_at
    assert niamey.last_imported_at == imports[0].imported_at
    assert bamako.last_imported_at == imports[1].imported_at


def test_the_office_furthest_behind_comes_first_and_old_rows_have_no_export_time(
    db: Database,
) -> None:
    moment = dt.datetime(2026, 10, 1, 9, 0)
    with db.session() as session:
        session.execute(
            insert(ImportLog),
            [
                {"export_uuid": "a" * 32, "source_site": "ML-BKO", "imported_at": moment,
                 "file_name": "b.xlsx", "exported_at": moment - dt.timedelta(days=1),
                 "mode": "changes", "summary": {"person": {"new": 2, "invalid": 1}}},
                {"export_uuid": "b" * 32, "source_site": "XX-OLD", "imported_at": moment,
                 "file_name": "old.xlsx", "summary": {"person": "damaged"}},
                {"export_uuid": "c" * 32, "source_site": "NE-NIA", "imported_at": moment,
                 "file_name": "n.xlsx", "exported_at": moment - dt.timedelta(days=9),
                 "mode": "full", "summary": {}},
            ],
        )  # fmt: skip
    offices = offices_received(db)
    assert [o.site_code for o in offices] == ["XX-OLD", "NE-NIA", "ML-BKO"]
    assert offices[0].last_exported_at is None and offices[0].site_name == ""
    by_file = {i.file_name: i for i in imports_received(db)}
    assert by_file["old.xlsx"].mode is None and by_file["old.xlsx"].types == ()
    assert by_file["b.xlsx"].totals.new == 2 and by_file["b.xlsx"].totals.invalid == 1


def test_manifest_time_reads_iso_text_and_refuses_the_rest() -> None:
    assert manifest_time("2026-11-20T08:30:00") == dt.datetime(2026, 11, 20, 8, 30)
    assert manifest_time("2026-11-20T09:30:00+01:00") == dt.datetime(2026, 11, 20, 8, 30)
    assert manifest_time("20/11/2026") is None
    assert manifest_time("") is None
    assert manifest_time(None) is None


def test_an_export_time_that_is_not_a_time_is_kept_as_unknown(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="en").path
    office.close()

    def spoil(sheet: str, rows: list[list[object]]) -> None:
        for row in rows:
            if row and row[0] == "exported_at":
                row[1] = "last Tuesday"

    edited = rewrite(book, tmp_path / "niamey-edited.xlsx", spoil)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [edited])
    (received,) = imports_received(hq)
    hq.close()
    assert received.exported_at is None and received.mode == "full"
    assert received.file_name == "niamey-edited.xlsx" and received.totals.new > 0
