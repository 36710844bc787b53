"""`registre duplicates list | merge | distinct` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import open_database


@pytest.fixture
def twins(db_path: Path) -> tuple[int, int]:
    database = open_database(db_path)
    try:
        first = create_person(
            database,
            PersonFields(family_name="GUIDIMEY", given_names="Célestin", phone="+227 90 12 34 56"),
        ).id
        second = create_person(
            database, PersonFields(family_name="Celestin", given_names="Guidimey", phone="90123456")
        ).id
        create_person(database, PersonFields(family_name="OUATTARA", given_names="Rokia"))
    finally:
        database.close()
    return first, second


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "duplicates", *args])


def test_list_merge_and_list_again(
    db_path: Path, twins: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = twins
    assert _run(db_path, "list") == 0
    out = capsys.readouterr().out
    assert f"#{first} GUIDIMEY Célestin" in out and f"#{second} CELESTIN Guidimey" in out
    assert "same phone, same name ignoring accents and order" in out
    assert "score of at least 80: 1." in out and "OUATTARA" not in out

    assert _run(db_path, "merge", str(first), str(second)) == 0
    assert f"Merged #{second} into #{first}" in capsys.readouterr().out
    assert _run(db_path, "list", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_json_list_and_distinct(
    db_path: Path, twins: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = twins
    assert _run(db_path, "list", "--format", "json", "--min-score", "90") == 0
    [pair] = json.loads(capsys.readouterr().out)
    assert {pair["first"]["id"], pair["second"]["id"]} == {first, second}
    assert pair["score"] >= 90 and pair["reasons"][0] == "same_phone"

    assert _run(db_path, "distinct", str(first), str(second)) == 0
    assert "different people" in capsys.readouterr().out
    assert _run(db_path, "list") == 0
    assert "score of at least 80: 0." in capsys.readouterr().out


def test_bad_ids_are_one_clear_line_and_a_failure(
    db_path: Path, twins: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    first, _ = twins
    assert _run(db_path, "merge", str(first), "4242") != 0
    err = capsys.readouterr().err
    assert err.strip() == "registre: There is no person with id 4242."
    assert _run(db_path, "distinct", str(first), str(first)) != 0
    assert "itself" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["101", "-1", "high"])
def test_a_bad_min_score_is_refused(
    db_path: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        _run(db_path, "list", "--min-score", bad)
    assert exit_.value.code == 2
    assert "is not a score from 0 to 100" in capsys.readouterr().err
