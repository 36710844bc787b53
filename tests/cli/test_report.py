"""`report` with exactly the JSON keys of the format, and the newsletter's numbers from `demo`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.cli.conftest import Run

ACTIVITY_KEYS = {
    "id", "title", "kind", "start_date", "end_date", "country", "city", "participants",
    "women", "men", "sex_not_stated", "youth", "age_unknown", "age_from_year_only",
    "person_days", "team",
}  # fmt: skip
TOTAL_KEYS = {
    "participants", "women", "men", "sex_not_stated", "youth", "age_unknown",
    "age_from_year_only", "person_days", "team", "unique_persons",
}  # fmt: skip
NEWSLETTER = {  # kind, start: participants, women, team; youth where the newsletter gives it
    ("restitution", "2022-12-05"): {"participants": 35, "women": 11, "team": 1},
    ("training", "2022-12-05"): {"participants": 22, "women": 9, "team": 3},
    ("symposium", "2022-12-07"): {"participants": 151, "women": 51, "team": 1},
    ("forum", "2022-12-10"): {"participants": 200, "women": 68, "team": 0},
    ("meeting", "2022-12-14"): {"participants": 88, "women": 23, "team": 0, "youth": 18},
    ("seminar", "2023-01-17"): {"participants": 68, "women": 14, "team": 2},
}


def _by_kind(report: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(a["kind"], a["start_date"]): a for a in report["activities"]}


def test_demo_then_report_gives_the_newsletter_numbers(run: Run, tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    demo = run(database, "demo")
    assert demo.code == 0
    assert "6 activities" in demo.out
    result = run(database, "report", "--format", "json")
    assert result.code == 0
    report = json.loads(result.out)
    assert set(report) == {"activities", "totals"}
    assert all(set(activity) == ACTIVITY_KEYS for activity in report["activities"])
    assert set(report["totals"]) == TOTAL_KEYS
    activities = _by_kind(report)
    assert set(activities) == set(NEWSLETTER)
    for key, expected in NEWSLETTER.items():
        activity = activities[key]
        assert {name: activity[name] for name in expected} == expected, key
        assert activity["participants"] == (
            activity["women"] + activity["men"] + activity["sex_not_stated"]
        )
    ccs = activities[("meeting", "2022-12-14")]
    assert round(100 * ccs["youth"] / ccs["participants"]) == 20  # "20% were under 30"
    training = activities[("training", "2022-12-05")]
    assert (training["start_date"], training["end_date"], training["city"]) == (
        "2022-12-05",
        "2022-12-07",
        "Bamako",
    )
    totals = report["totals"]
    assert totals["participants"] == sum(a["participants"] for a in report["activities"]) == 564
    assert totals["unique_persons"] < totals["participants"]  # some came to two activities

    text = run(database, "report")
    assert "participants 88 (named 88, head counts 0): women 23" in text.out
    assert "youth (under 30) 18 = 20%" in text.out
    assert "participants 151 (named 0, head counts 151): women 51" in text.out

    again = run(database, "demo")
    assert again.code != 0 and "already in this database" in again.err
    assert json.loads(run(database, "report", "--format", "json").out) == report


def test_report_period_and_threshold(run: Run, tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    run(database, "demo")
    december = json.loads(
        run(
            database, "report", "--from", "2022-12-01", "--to", "2022-12-31", "--format", "json"
        ).out
    )
    assert len(december["activities"]) == 5
    niger = json.loads(run(database, "report", "--country", "NE", "--format", "json").out)
    assert [a["city"] for a in niger["activities"]] == ["Niamey"]
    older = json.loads(
        run(
            database, "report", "--kind", "meeting", "--youth-threshold", "35", "--format", "json"
        ).out
    )
    assert older["activities"][0]["youth"] > 18
    bad = run(database, "report", "--from", "December")
    assert bad.code != 0 and "--from: December is not a date" in bad.err
    backwards = run(database, "report", "--from", "2023-01-01", "--to", "2022-01-01")
    assert backwards.code != 0 and backwards.out == ""
    assert backwards.err == "registre: --to: the period cannot end before it starts.\n"
    zero = run(database, "report", "--youth-threshold", "0")
    assert zero.code != 0 and "--youth-threshold: an age between 1 and 120." in zero.err


def test_empty_report(run: Run, db_path: Path) -> None:
    report = json.loads(run(db_path, "report", "--format", "json").out)
    assert report == {"activities": [], "totals": dict.fromkeys(TOTAL_KEYS, 0)}


def test_installed_command(tmp_path: Path) -> None:
    registre = Path(sys.executable).parent / "registre"
    database = tmp_path / "x.db"
    env = {**os.environ, "REGISTRE_CONFIG_DIR": str(tmp_path / "config")}
    demo = subprocess.run(
        [str(registre), "--db", str(database), "demo"], capture_output=True, text=True, env=env
    )
    assert demo.returncode == 0, demo.stderr
    report = subprocess.run(
        [str(registre), "--db", str(database), "report", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert report.returncode == 0, report.stderr
    meeting = _by_kind(json.loads(report.stdout))[("meeting", "2022-12-14")]
    assert (meeting["participants"], meeting["women"], meeting["youth"]) == (88, 23, 18)
