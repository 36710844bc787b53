"""`registre progress` on the newsletter's demo prints the actuals counted by hand from it, and
the framework commands refuse bad input with a clear message, changing nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import Run

# Counted by hand from the newsletter (desktop_app/demo/newsletter.py), 4th quarter 2022:
# restitution Niamey 35 (11 women); media training 22 (9 women), 3 days, 3 absent one day;
# symposium 151 unnamed (51 women), 2 days; forum 200 (68 women) of whom 186 unnamed and 2
# journalists of the training; CCS meeting 88 (23 women).
Q4 = {
    # Each person once: the two journalists back at the forum once.
    ("1.1", None): 35 + 22 + 151 + 200 + 88 - 2,
    ("1.1", "NE-NIA"): 35,
    ("1.1", "ML-BKO"): 22 + 151 + 200 + 88 - 2,
    ("1.2", None): 22,
    ("1.3", None): 35 + 22 + 151 + 200 + 88,
    ("1.4", None): 5,
    ("1.4", "ML-BKO"): 4,
    # 35 x 1 + (22 x 3 - 3) + 151 x 2 + 200 x 1 + 88 x 1
    ("1.5", None): 35 + 63 + 302 + 200 + 88,
}


def _cells(result: str) -> dict[tuple[str, str, str | None], dict[str, Any]]:
    return {(c["indicator"], c["period"], c["office"]): c for c in json.loads(result)["cells"]}


def test_progress_of_the_demo_is_the_count_by_hand(run: Run, db_path: Path | str) -> None:
    assert run(db_path, "demo").code == 0
    result = run(
        db_path, "progress", "--project", "GSS-SAHEL", "--period", "2022Q4", "--format", "json"
    )
    assert result.code == 0, result.err
    cells = _cells(result.out)
    for (indicator, office), expected in Q4.items():
        assert cells[(indicator, "2022Q4", office)]["actual"] == expected, (indicator, office)
    everyone = cells[("1.1", "2022Q4", None)]
    assert everyone["breakdown"]["sex"] == {"F": 11 + 9 + 51 + 68 + 23, "M": 494 - 162}
    trained = cells[("1.2", "2022Q4", None)]
    assert trained["breakdown"]["sex"] == {"F": 9, "M": 13}
    # The seminar of January 2023: 68 participants over 2 days, 8 absent one day.
    year = _cells(
        run(
            db_path, "progress", "--project", "GSS-SAHEL", "--period", "2023", "--format", "json"
        ).out
    )
    assert year[("1.3", "2023Q1", None)]["actual"] == 68
    assert year[("1.5", "2023Q1", None)]["actual"] == 2 * 68 - 8
    assert year[("1.4", "2023Q1", None)]["target"] == 2


def test_progress_as_text_speaks_the_narrative(run: Run, db_path: Path | str) -> None:
    run(db_path, "demo")
    french = run(
        db_path, "progress", "--project", "GSS-SAHEL", "--period", "2022Q4", "--language", "fr"
    )
    assert french.code == 0, french.err
    # 22 trained, 9 women (41 %), annual target 30 (73 %).
    assert (
        "Au 4e trimestre 2022, 22 personnes ont été formées, dont 41\u202f% de femmes,"
        " soit 73\u202f% de la cible annuelle." in french.out
    )
    english = run(
        db_path, "progress", "--project", "GSS-SAHEL", "--period", "2022Q4", "--language", "en"
    )
    assert "494 persons took part, 33% of them women: 82% of the annual target." in english.out


def test_sharing_hides_small_disaggregated_figures(run: Run, db_path: Path | str) -> None:
    run(db_path, "demo")
    shared = run(
        db_path,
        "progress",
        "--project",
        "GSS-SAHEL",
        "--period",
        "2023Q1",
        "--share",
        "--language",
        "en",
    )
    assert shared.code == 0, shared.err
    line = next(
        row for row in shared.out.splitlines() if row.startswith("1.3") and "All offices" in row
    )
    assert "< 5" in line and "Men 54, Women 14" in line
    plain = run(
        db_path, "progress", "--project", "GSS-SAHEL", "--period", "2023Q1", "--language", "en"
    )
    assert "< 5" not in plain.out


def test_a_framework_built_from_the_command_line(run: Run, db_path: Path | str) -> None:
    assert (
        run(
            db_path,
            "project",
            "add",
            "--code",
            "PAG",
            "--name",
            "Gouvernance",
            "--office",
            "NE-NIA",
        ).code
        == 0
    )
    assert (
        run(
            db_path,
            "indicator",
            "age-bands",
            "--code",
            "Y",
            "--name",
            "Jeunes",
            "--bands",
            "15-24, 25-34, 35+",
        ).code
        == 0
    )
    added = run(
        db_path, "indicator", "add", "--project", "PAG", "--code", "1.1", "--name", "Formés",
        "--measure", "unique_persons", "--filter", "kind=training", "--by", "sex", "--by", "age:Y",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert (
        run(
            db_path,
            "target",
            "set",
            "--project",
            "PAG",
            "--indicator",
            "1.1",
            "--period",
            "2022",
            "--value",
            "40",
        ).code
        == 0
    )
    assert (
        run(
            db_path,
            "target",
            "set",
            "--project",
            "PAG",
            "--indicator",
            "1.1",
            "--period",
            "2022",
            "--value",
            "15",
            "--for",
            "sex=F",
        ).code
        == 0
    )
    shown = run(db_path, "indicator", "show", "--project", "PAG", "--code", "1.1")
    assert shown.out.splitlines() == [
        "1.1\tunique_persons\tkind=training\tsex,age:Y\tFormés",
        "    2022\tall offices\t40",
        "    2022\tall offices\t15\tsex=F",
    ]
    assert run(db_path, "project", "list").out.startswith("PAG\tGouvernance\t-\t-\tNE-NIA")


def test_bad_input_is_refused_and_changes_nothing(run: Run, db_path: Path | str) -> None:
    run(db_path, "project", "add", "--code", "PAG", "--name", "Gouvernance")
    wrong_measure = run(
        db_path,
        "indicator",
        "add",
        "--project",
        "PAG",
        "--code",
        "1",
        "--name",
        "x",
        "--measure",
        "people",
    )
    assert wrong_measure.code != 0 and "There is no measure called people" in wrong_measure.err
    wrong_period = run(db_path, "progress", "--project", "PAG", "--period", "Q4 2022")
    assert wrong_period.code != 0 and "is not a period" in wrong_period.err
    no_project = run(db_path, "progress", "--project", "NOPE")
    assert no_project.code != 0 and "There is no project NOPE" in no_project.err
    assert run(db_path, "indicator", "list", "--project", "PAG").out == ""
