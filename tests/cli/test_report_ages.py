"""Exact ages from dates of birth, the year rule otherwise, counted by hand and read back through
`report --format json`, `--explain`, the activity list and the activity report (PDF, .xlsx).

A workshop in Niamey on 05/12/2022, youth under 30. Its participants, as a careful person
counts them with a calendar:
- ISSOUFOU Amina, born 12/12/1992: 29 on 5 December (her birthday is a week later): young.
- MAHAMADOU Ali, born 01/01/1992: 30: not young.
- GARBA Zeinabou, born in 1993 (no date): 29 by the year rule: young, from a year only.
- SEYNI Moussa, born in 1992 (no date): 30 by the year rule: not young, from a year only.
- HAMANI Fati, age band 18-29: young (the band is below 30).
- ABDOU Issa, nothing known: age unknown.
The expert CHAPPUIS (born in 1980) is in the team: counted in none of these.
Participants 6, women 3, youth 3, not youth 2, age unknown 1, ages from a year only 2.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import open_database
from tests.cli.conftest import Run

DAY = "2022-12-05"
BY_HAND = {
    "participants": 6,
    "women": 3,
    "youth": 3,
    "age_unknown": 1,
    "age_from_year_only": 2,
}


def _ok(run: Run, database: Path, *arguments: str) -> str:
    result = run(database, *arguments)
    assert result.code == 0, result.err
    return result.out


def _json(run: Run, database: Path, *arguments: str) -> dict[str, Any]:
    data = json.loads(_ok(run, database, *arguments, "--format", "json"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def workshop(run: Run, tmp_path: Path) -> tuple[Path, int, dict[str, int]]:
    """The workshop, its persons typed at the command line (the band through the person form's
    service: the command line takes no band); returns the database, the activity and the ids."""
    database = tmp_path / "ages.db"
    _ok(run, database, "init", "--site", "NE-NIA", "--name", "Niamey", "--country", "NE")
    activity = int(
        _ok(
            run, database, "activity", "add", "--title", "Atelier sur le contrôle parlementaire",
            "--kind", "workshop", "--start", DAY, "--country", "NE", "--city", "Niamey",
        ).split()[0]
    )  # fmt: skip
    typed = {
        "amina": ("ISSOUFOU", "Amina", "F", "--birth-date", "1992-12-12"),
        "ali": ("MAHAMADOU", "Ali", "M", "--birth-date", "1992-01-01"),
        "zeinabou": ("GARBA", "Zeinabou", "F", "--birth-year", "1993"),
        "moussa": ("SEYNI", "Moussa", "M", "--birth-year", "1992"),
        "issa": ("ABDOU", "Issa", "M"),
        "expert": ("CHAPPUIS", "Fairlie", "F", "--birth-year", "1980"),
    }
    ids = {}
    for key, (family, given, sex, *birth) in typed.items():
        out = _ok(
            run, database, "person", "add", "--family", family, "--given", given, "--sex", sex,
            *birth,
        )  # fmt: skip
        ids[key] = int(out.split()[0])
    db = open_database(database)
    ids["fati"] = create_person(db, PersonFields("HAMANI", "Fati", sex="F", age_band="18-29")).id
    db.close()
    for key, person in ids.items():
        role = "expert" if key == "expert" else "participant"
        _ok(
            run, database, "checkin", "--activity", str(activity), "--person", str(person),
            "--day", DAY, "--role", role,
        )  # fmt: skip
    return database, activity, ids


def test_the_report_counts_exact_ages_and_ages_from_a_year_only(
    run: Run, workshop: tuple[Path, int, dict[str, int]]
) -> None:
    database, _activity, _ids = workshop
    report = _json(run, database, "report")
    (counts,) = report["activities"]
    assert {key: counts[key] for key in BY_HAND} == BY_HAND
    assert {key: report["totals"][key] for key in BY_HAND} == BY_HAND
    assert counts["team"] == 1
    # The activity list reads the same rules.
    listed = _ok(run, database, "activity", "list")
    assert "6 participants, 3 women, 3 youth" in listed
    text = _ok(run, database, "report")
    assert "age unknown 1, age from a birth year only 2" in text


def test_the_lists_behind_youth_and_ages_from_a_year_only(
    run: Run, workshop: tuple[Path, int, dict[str, int]]
) -> None:
    database, activity, ids = workshop
    scope = ("--activity", str(activity))
    youth = _json(run, database, "report", "--explain", "youth", *scope)
    assert youth["count"] == 3
    ages = {p["person_id"]: (p["age"], p["age_basis"], p["birth_date"]) for p in youth["persons"]}
    assert ages == {
        ids["amina"]: (29, "date", "1992-12-12"),
        ids["zeinabou"]: (29, "year", None),
        ids["fati"]: (None, "band", None),
    }
    table = _ok(run, database, "report", "--explain", "youth", *scope)
    rows = {line.split()[1]: line for line in table.splitlines() if re.match(r"\s*\d+ ", line)}
    assert re.search(r"\b29\s{2,}", rows["ISSOUFOU"])  # exact: no "(year only)"
    assert "29 (year only)" in rows["GARBA"]
    assert "18-29 (band)" in rows["HAMANI"]
    assert table.rstrip().endswith("Total: 3 (3 persons, 0 from head counts)")

    year_only = _json(run, database, "report", "--explain", "age_from_year_only", *scope)
    assert year_only["count"] == 2
    assert {p["person_id"]: p["age"] for p in year_only["persons"]} == {
        ids["zeinabou"]: 29,
        ids["moussa"]: 30,
    }
    unknown = _json(run, database, "report", "--explain", "age_unknown", *scope)
    assert [p["person_id"] for p in unknown["persons"]] == [ids["issa"]]
    checks = _json(run, database, "check-counts", *scope)
    by_code = {check["check"]: check["findings"] for check in checks["checks"]}
    assert sorted(f["person_id"] for f in by_code["age_from_year_only"]) == sorted(
        [ids["zeinabou"], ids["moussa"]]
    )


def test_the_activity_report_shows_the_hand_counts(
    run: Run, workshop: tuple[Path, int, dict[str, int]], tmp_path: Path
) -> None:
    database, activity, _ids = workshop
    book, pdf = tmp_path / "atelier.xlsx", tmp_path / "atelier.pdf"
    for path in (book, pdf):
        _ok(
            run, database, "report", "--activity", str(activity), "--language", "fr",
            "--format", path.suffix[1:], "--out", str(path),
        )  # fmt: skip
    summary = {
        row[0].value: row[1].value
        for row in load_workbook(book)["Synthèse"].iter_rows()
        if row[0].value and len(row) > 1
    }
    assert {
        key: summary[name]
        for key, name in (
            ("participants", "Participants"),
            ("women", "Femmes"),
            ("youth", "Jeunes (moins de 30 ans)"),
            ("age_unknown", "Âge inconnu"),
            ("age_from_year_only", "Âge d'après la seule année de naissance"),
        )
    } == BY_HAND
    # Every space made plain (str.split knows the narrow no-break space of French typography).
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "dont 3 femmes ; 50 % étaient des jeunes (moins de 30 ans)" in text
    assert (
        "Jeunes (moins de 30 ans) 3 (50 %) Âge inconnu 1 Âge d'après la seule année de naissance 2"
    ) in text
