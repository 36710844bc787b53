"""`registre imports`: the workbooks received, and the offices, in French and English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import output
from desktop_app.settings import load_settings, save_settings
from tests.cli.conftest import Run
from tests.sync.received_builders import receive_workbooks


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    output.use_language("en")


def speak(language: str) -> None:
    save_settings(load_settings().with_changes(language=language))
    output.use_language(language)


def hq_location(template_db: Path, tmp_path: Path) -> Path | str:
    """HQ's database (a file or a server's URL) after it received the workbooks."""
    received = receive_workbooks(template_db, tmp_path)
    received.hq.close()
    return received.hq.target


def test_imports_are_listed_newest_first_in_english(
    run: Run, template_db: Path, tmp_path: Path
) -> None:
    result = run(hq_location(template_db, tmp_path), "imports")
    assert result.code == 0, result.err
    header, *rows = result.out.splitlines()
    assert header.split()[:4] == ["imported", "(UTC)", "office", "file"]
    assert "unchanged" in header and "conflicts" in header
    assert [row.split()[4] for row in rows] == ["NE-NIA", "ML-BKO", "NE-NIA"]
    assert "Niamey" in rows[0] and "bamako.xlsx" in rows[1]
    assert all(" full " in row for row in rows)


def test_offices_in_french(run: Run, template_db: Path, tmp_path: Path) -> None:
    database = hq_location(template_db, tmp_path)
    speak("fr")
    result = run(database, "imports", "--offices")
    assert result.code == 0, result.err
    header, *rows = result.out.splitlines()
    assert header.startswith("bureau") and "classeurs" in header and "importations" in header
    by_office = {row.split()[0]: row for row in rows}
    assert set(by_office) == {"ML-BKO", "NE-NIA"}
    assert by_office["NE-NIA"].split()[-2:] == ["1", "2"]  # one workbook, imported twice
    assert by_office["ML-BKO"].split()[-2:] == ["1", "1"]
    assert "/20" in by_office["NE-NIA"]  # dates as 27/11/2026


def test_imports_in_french_name_the_mode(run: Run, template_db: Path, tmp_path: Path) -> None:
    database = hq_location(template_db, tmp_path)
    speak("fr")
    result = run(database, "imports")
    assert result.code == 0, result.err
    header = result.out.splitlines()[0]
    assert header.startswith("importé") and "nouveaux" in header
    assert "complet" in result.out


def test_json_is_the_same_in_both_languages(run: Run, template_db: Path, tmp_path: Path) -> None:
    database = hq_location(template_db, tmp_path)
    english = run(database, "imports", "--format", "json").out
    speak("fr")
    french = run(database, "imports", "--format", "json").out
    assert english == french
    listed = json.loads(english)
    assert [i["site"] for i in listed] == ["NE-NIA", "ML-BKO", "NE-NIA"]
    assert listed[0]["export_id"] == listed[2]["export_id"]
    assert listed[0]["totals"]["new"] == 0 and listed[2]["totals"]["new"] > 0
    assert listed[2]["types"]["person"]["new"] == 3
    assert listed[1]["site_name"] is None and listed[0]["mode"] == "full"
    offices = json.loads(run(database, "imports", "--offices", "--format", "json").out)
    assert {o["site"]: o["imports"] for o in offices} == {"NE-NIA": 2, "ML-BKO": 1}


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "No workbook has been imported into this database yet."),
    ("fr", "Aucun classeur n'a encore été importé dans cette base."),
])  # fmt: skip
def test_nothing_imported_says_so(run: Run, db_path: Path, language: str, sentence: str) -> None:
    speak(language)
    for arguments in (("imports",), ("imports", "--offices")):
        result = run(db_path, *arguments)
        assert result.code == 0 and result.out.strip() == sentence
    assert json.loads(run(db_path, "imports", "--format", "json").out) == []
