"""Workbooks protected by a password on the way to HQ: `export --protect`, `import` asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.store import open_database
from desktop_app.workbooks.protection import is_protected
from tests.sync.hq_builders import add_sample, counts, site_database


def test_protected_export_imports_with_the_password_only(
    template_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    add_sample(office)
    office.close()
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    hq.close()
    workbook = tmp_path / "niamey.xlsx"

    monkeypatch.setenv("REGISTRE_WORKBOOK_PASSWORD", "Sahel-2022")
    assert (
        main(["--db", str(office.target), "export", "--full", "--protect", "--out", str(workbook)])
        == 0
    )
    assert is_protected(workbook)
    assert b"NOM0" not in workbook.read_bytes()

    monkeypatch.delenv("REGISTRE_WORKBOOK_PASSWORD")
    assert main(["--db", str(hq.target), "import", str(workbook)]) == exit_codes.REFUSED
    assert "protected by a password" in capsys.readouterr().err

    monkeypatch.setenv("REGISTRE_WORKBOOK_PASSWORD", "wrong")
    assert main(["--db", str(hq.target), "import", str(workbook)]) == exit_codes.REFUSED
    assert "does not open" in capsys.readouterr().err
    assert person_count(hq.target) == 0

    monkeypatch.setenv("REGISTRE_WORKBOOK_PASSWORD", "Sahel-2022")
    assert main(["--db", str(hq.target), "import", str(workbook)]) == 0
    assert "Applied" in capsys.readouterr().out
    assert person_count(hq.target) == 3


def person_count(path: Path | str) -> int:
    database = open_database(path)
    try:
        return counts(database)["person"]
    finally:
        database.close()
