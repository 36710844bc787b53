"""`registre person add --wg … --disability-consent` and `registre progress` by disability
status, through the real entry point, with the setting on and off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop_app.cli.main import main
from desktop_app.indicators import frameworks
from desktop_app.registry.persons import get_person
from desktop_app.settings import CONFIG_DIR_ENV, load_settings, save_settings
from desktop_app.store import open_database
from tests.disability import sample


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


def _switch(on: bool) -> None:
    save_settings(load_settings().with_changes(record_disability=on, language="en"))


def _run(
    capsys: pytest.CaptureFixture[str], db_path: Path | str, *arguments: str
) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_person_add_with_answers(db_path: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
    _switch(True)
    code, out, err = _run(
        capsys, db_path, "person", "add", "--family", "SANI", "--wg", "walking=a_lot",
        "--wg", "seeing = some", "--disability-consent", "--consent-date", "2022-12-05",
    )  # fmt: skip
    assert (code, err) == (0, "")
    database = open_database(db_path)
    stored = get_person(database, int(out)).disability
    database.close()
    assert dict(stored.answers) == {"walking": "a_lot", "seeing": "some"}
    assert stored.status == "with" and str(stored.consent_date) == "2022-12-05"


def test_bad_answers_and_missing_consent_are_refused(
    db_path: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    _switch(True)
    code, out, err = _run(
        capsys, db_path, "person", "add", "--family", "SANI", "--wg", "walking=lots",
        "--disability-consent",
    )  # fmt: skip
    assert code != 0 and out == "" and "--wg walking=lots: write DOMAIN=ANSWER" in err
    code, out, err = _run(
        capsys, db_path, "person", "add", "--family", "SANI", "--wg", "walking=some"
    )
    assert code != 0 and out == "" and "--disability-consent:" in err


def test_the_options_are_refused_with_the_setting_off(
    db_path: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    _switch(False)
    code, out, err = _run(
        capsys, db_path, "person", "add", "--family", "SANI", "--wg", "walking=some",
        "--disability-consent",
    )  # fmt: skip
    assert code != 0 and out == "" and "record_disability" in err


def test_progress_by_disability_status(
    db_path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _switch(True)
    database = open_database(db_path)
    sample.build(database)
    frameworks.add_project(database, "PAG", "Gouvernance", offices=["NE-NIA"])
    database.close()
    code, out, err = _run(
        capsys, db_path, "indicator", "add", "--project", "PAG", "--code", "1.1", "--name",
        "Persons trained", "--measure", "unique_persons", "--by", "disability",
    )  # fmt: skip
    assert (code, err) == (0, "")
    code, out, _err = _run(capsys, db_path, "progress", "--project", "PAG", "--period", "2022Q4")
    assert code == 0
    assert "Disability status: Without disability 3, Not recorded 2, With disability 2" in out
    code, out, _err = _run(
        capsys, db_path, "progress", "--project", "PAG", "--period", "2022Q4", "--format", "json"
    )
    cells = json.loads(out)["cells"]
    every = next(c for c in cells if c["office"] is None)
    assert every["breakdown"]["disability"] == {"with": 2, "without": 3, "not_recorded": 2}
    book = tmp_path / "progress.xlsx"
    code, _out, _err = _run(
        capsys, db_path, "progress", "--project", "PAG", "--period", "2022Q4", "--format",
        "xlsx", "--out", str(book),
    )  # fmt: skip
    assert code == 0
    workbook = CalamineWorkbook.from_path(str(book))
    texts = {
        str(value)
        for name in workbook.sheet_names
        for row in workbook.get_sheet_by_name(name).to_python()
        for value in row
    }
    assert any("With disability 2" in text for text in texts)
    _switch(False)
    code, out, _err = _run(capsys, db_path, "progress", "--project", "PAG", "--period", "2022Q4")
    assert code == 0 and "Disability" not in out and "handicap" not in out
