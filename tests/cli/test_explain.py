"""`report --explain FIELD` and `check-counts` from a terminal, in English and in French."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import output
from desktop_app.demo.loading import load_demo
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import open_database
from tests.cli.conftest import Run

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    load_demo(database)
    database.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(demo_file, tmp_path / "demo.db"))


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    output.use_language("en")


def speak(language: str) -> None:
    save_settings(load_settings().with_changes(language=language))


def _json(run: Run, demo: Path, *arguments: str) -> dict[str, object]:
    result = run(demo, *arguments, "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, dict)
    return data


def test_each_list_adds_up_to_the_report_figure(run: Run, demo: Path) -> None:
    report = _json(run, demo, "report")
    activities = report["activities"]
    assert isinstance(activities, list)
    for activity in activities:
        for field in (
            "participants",
            "women",
            "men",
            "youth",
            "age_unknown",
            "person_days",
            "team",
        ):
            explained = _json(
                run, demo, "report", "--explain", field, "--activity", str(activity["id"])
            )
            persons, head_counts = explained["persons"], explained["head_counts"]
            assert isinstance(persons, list) and isinstance(head_counts, list)
            total = sum(p["counted"] for p in persons) + sum(h["counted"] for h in head_counts)
            assert total == explained["count"] == activity[field], (activity["title"], field)
    totals = report["totals"]
    assert isinstance(totals, dict)
    unique = _json(run, demo, "report", "--explain", "unique_persons")
    assert unique["count"] == totals["unique_persons"]


def test_the_meetings_women_by_name_in_english(run: Run, demo: Path) -> None:
    meeting = 5  # the Bamako security committee: 88 participants, 23 women, no head count
    result = run(demo, "report", "--explain", "women", "--activity", str(meeting))
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("Women: 23, activity #5 3e réunion du Comité consultatif")
    header = lines[2].split()
    assert header[:5] == ["Id", "Name", "Sex", "Age", "Organisation"]
    assert sum(1 for line in lines if "Female" in line) == 23
    assert lines[-1] == "Total: 23 (23 persons, 0 from head counts)"


def test_a_head_count_is_a_row_of_its_own_in_french(run: Run, demo: Path) -> None:
    speak("fr")
    symposium = 3  # 151 attendees counted without names, over two days
    result = run(demo, "report", "--explain", "person_days", "--activity", str(symposium))
    assert result.code == 0
    assert result.out.startswith(f"Personnes-jours{NBSP}: 302, activité n°3 14e édition")
    assert f"Effectifs (sans nom){NBSP}:" in result.out
    assert "tous les jours" in result.out and "Participants au colloque" in result.out
    assert result.out.rstrip().endswith(
        f"Total{NBSP}: 302 (0 par les personnes, 302 par les effectifs)"
    )
    again = run(demo, "report", "--explain", "women", "--activity", "2")
    assert "Âge" in again.out and "Structure" in again.out and "(année seule)" in again.out
    wrong = run(demo, "report", "--explain", "épouses", "--activity", "2")
    assert wrong.code == 1
    assert "Il n'y a pas de comptage nommé épouses" in wrong.err


def test_explain_refuses_a_file_format(run: Run, demo: Path) -> None:
    result = run(demo, "report", "--explain", "women", "--format", "pdf", "--out", "x.pdf")
    assert result.code == 1 and "--explain goes with --format text or json" in result.err


def test_check_counts_in_both_languages(run: Run, demo: Path) -> None:
    english = _json(run, demo, "check-counts", "--activity", "2")
    checks = english["checks"]
    assert isinstance(checks, list)
    by_code = {check["check"]: check["findings"] for check in checks}
    # The training: two participants who never signed (3 days each), its team of three, and
    # its 22 participants all known by a birth year alone (the demonstration has no dates).
    assert len(by_code["unsigned"]) == 6 and len(by_code["team"]) == 3
    assert len(by_code["age_from_year_only"]) == 22
    assert english["findings"] == sum(len(found) for found in by_code.values()) == 31
    speak("fr")
    french = run(demo, "check-counts", "--activity", "2")
    assert french.code == 0
    assert "31 points à vérifier" in french.out
    assert f"Âges d'après la seule année de naissance{NBSP}: 22" in french.out
    assert f"Présences sans signature{NBSP}: 6" in french.out
    assert f"Sexe non précisé{NBSP}: rien" in french.out
    assert "Présent·e, sans signature." in french.out
