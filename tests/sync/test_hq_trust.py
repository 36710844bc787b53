"""Forged and tampered workbooks: a sheet renamed or deleted, row counts that differ from the
manifest, another office's code, this site's own code, every person marked deleted. Each is
refused, or waits for a confirmation that the preview asks for; nothing is applied in part."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.main import main
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks, preview_import
from tests.sync.hq_builders import (
    add_sample,
    counts,
    dump,
    edit_part,
    rewrite,
    site_database,
)


@pytest.fixture
def hq(template_db: Path, tmp_path: Path) -> Database:
    return site_database(template_db, tmp_path / "hq", "HQ-GVA")


def _refused(hq: Database, path: Path, **confirmations: bool) -> str:
    before = dump(hq)
    with pytest.raises(RegistreError) as raised:
        import_workbooks(hq, [path], **confirmations)
    assert dump(hq) == before
    return str(raised.value)


def test_a_renamed_persons_sheet_is_refused(
    hq: Database, office_book: Path, tmp_path: Path
) -> None:
    forged = edit_part(
        office_book,
        tmp_path / "renamed.xlsx",
        "xl/workbook.xml",
        lambda xml: xml.replace(b'name="Persons"', b'name="People"'),
    )
    message = _refused(hq, forged)
    assert "the sheet Persons (Personnes) is missing" in message


def test_a_deleted_head_counts_sheet_is_refused(
    hq: Database, office_book: Path, tmp_path: Path
) -> None:
    forged = rewrite(
        office_book,
        tmp_path / "deleted.xlsx",
        lambda sheet, rows: rows.clear() if sheet == "Head counts" else None,
    )
    # rewrite keeps an empty sheet; drop it from the workbook's list of sheets too
    forged = edit_part(
        forged,
        tmp_path / "deleted2.xlsx",
        "xl/workbook.xml",
        lambda xml: xml.replace(b'<sheet name="Head counts" sheetId="7" r:id="rId7"/>', b""),
    )
    assert "the sheet Head counts (Effectifs) is missing" in _refused(hq, forged)


@pytest.mark.parametrize(
    ("key", "change"), [("rows_person", 1), ("rows_attendance", -1), ("rows_head_count", 1)]
)
def test_row_counts_off_by_one_from_the_manifest_are_refused(
    hq: Database, office_book: Path, tmp_path: Path, key: str, change: int
) -> None:
    def forge(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Manifest":
            for row in rows:
                if row[0] == key:
                    row[1] = int(row[1]) + change

    message = _refused(hq, rewrite(office_book, tmp_path / "counts.xlsx", forge))
    assert "but the manifest says" in message and "rows were added or removed" in message


def test_a_row_deleted_from_a_sheet_is_refused(
    hq: Database, office_book: Path, tmp_path: Path
) -> None:
    def forge(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Attendance":
            del rows[3]

    message = _refused(hq, rewrite(office_book, tmp_path / "row.xlsx", forge))
    assert "the sheet Attendance holds 9 rows but the manifest says 10" in message


def _set_manifest(book: Path, out: Path, key: str, value: str) -> Path:
    def forge(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Manifest":
            for row in rows:
                if row[0] == key:
                    row[1] = value

    return rewrite(book, out, forge)


def test_another_offices_code_waits_for_a_confirmation(
    template_db: Path, hq: Database, office_book: Path, tmp_path: Path
) -> None:
    import_workbooks(hq, [office_book])  # Niamey's installation is known as NE-NIA
    bamako = site_database(template_db, tmp_path / "bamako", "ML-BKO")
    add_sample(bamako, "ML ")
    bamako_book = export_workbook(bamako, tmp_path / "bamako.xlsx", language="en").path
    bamako.close()
    forged = _set_manifest(bamako_book, tmp_path / "claims-niamey.xlsx", "site", "NE-NIA")
    preview = preview_import(hq, [forged]).files[0]
    assert [w.render() for w in preview.office_warnings] == [
        "claims-niamey.xlsx says it comes from NE-NIA, but the earlier workbooks of NE-NIA "
        "came from another installation: the office reinstalled Registre, or this workbook "
        "claims to be that office."
    ]
    assert "Confirm the office to import" in _refused(hq, forged)
    result = import_workbooks(hq, [forged], accept_office_change=True)
    assert result.applied and result.changes > 0
    # Niamey's real installation under another code: the code changed.
    recoded = _set_manifest(office_book, tmp_path / "recoded.xlsx", "site", "NE-NIAMEY")
    (warning,) = preview_import(hq, [recoded]).files[0].office_warnings
    assert "sent its earlier workbooks as NE-NIA: the office code changed" in warning.render()


def test_a_workbook_claiming_to_be_this_site_waits_for_a_confirmation(
    hq: Database, office_book: Path, tmp_path: Path
) -> None:
    forged = _set_manifest(office_book, tmp_path / "claims-hq.xlsx", "site", "HQ-GVA")
    (warning,) = preview_import(hq, [forged]).files[0].office_warnings
    assert "this database's own site HQ-GVA" in warning.render()
    _refused(hq, forged)
    assert import_workbooks(hq, [forged], accept_office_change=True).changes > 0


def test_every_person_marked_deleted_is_shown_apart_and_needs_a_second_confirmation(
    hq: Database, office_book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_workbooks(hq, [office_book])

    def forge(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            deleted, revision = rows[0].index("Deleted"), rows[0].index("Revision")
            for row in rows[1:]:
                row[deleted], row[revision] = "Yes", int(row[revision]) + 1

    forged = rewrite(office_book, tmp_path / "all-deleted.xlsx", forge)
    preview = preview_import(hq, [forged]).files[0]
    assert [(m.type_name, m.count, m.live) for m in preview.mass_deletions] == [("person", 5, 5)]
    assert preview.types[2].deletions == 5
    message = _refused(hq, forged)
    assert "Deletes all-deleted.xlsx: 5 of the 5 persons held here" in message
    # The command line, on the same database (a file, or the server's URL with its password).
    target = str(hq.path) if hq.path else hq.engine.url.render_as_string(hide_password=False)
    code = main(["--db", target, "import", str(forged)])
    assert code != 0 and counts(hq)["person"] == 5
    code = main(["--db", target, "import", "--dry-run", str(forged)])
    out = capsys.readouterr().out
    assert "to confirm (--allow-mass-delete): deletes 5 of the 5 persons held here" in out
    assert main(["--db", target, "import", "--allow-mass-delete", str(forged)]) == 0
    assert import_workbooks(hq, [forged]).changes == 0  # applied: nothing left to confirm


def test_one_deletion_among_many_needs_no_confirmation(
    template_db: Path, hq: Database, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    uuids = add_sample(office, people=20)
    import_workbooks(hq, [export_workbook(office, tmp_path / "first.xlsx").path])
    from tests.sync.hq_builders import edit_person

    edit_person(office, uuids["persons"][0], deleted=True)
    second = export_workbook(office, tmp_path / "second.xlsx").path
    office.close()
    result = import_workbooks(hq, [second])
    assert result.files[0].types[2].deletions == 1 and result.files[0].mass_deletions == ()
