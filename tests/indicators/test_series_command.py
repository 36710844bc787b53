"""Tags and series from the command line: `activity add --tag`, `activity list --tag`,
`indicator add --measure series --percent 75 --filter tag=...`, and `progress` counting it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run


def _activity(run: Run, db: Path | str, title: str, start: str, end: str, *tags: str) -> str:
    options = [option for tag in tags for option in ("--tag", tag)]
    result = run(
        db, "activity", "add", "--title", title, "--kind", "training", "--start", start,
        "--end", end, "--country", "NE", "--city", "Niamey", "--project", "COH", *options,
    )  # fmt: skip
    assert result.code == 0, result.err
    return result.out.strip()


def test_a_tagged_series_from_the_command_line(run: Run, db_path: Path | str) -> None:
    first = _activity(run, db_path, "Module 1", "2022-10-03", "2022-10-04", "cohort-A, DDR")
    second = _activity(run, db_path, "Module 2", "2022-11-07", "2022-11-08", "Cohort-a")
    _activity(run, db_path, "Hors série", "2022-11-20", "2022-11-20")
    listed = run(db_path, "activity", "list", "--tag", "COHORT-A")
    assert [line.split("\t")[0] for line in listed.out.splitlines()] == [second, first]
    person = run(db_path, "person", "add", "--family", "MAÏGA", "--given", "Awa").out.strip()
    other = run(db_path, "person", "add", "--family", "KONÉ", "--given", "Ali").out.strip()
    for activity, day in ((first, "2022-10-03"), (first, "2022-10-04"), (second, "2022-11-07")):
        assert run(db_path, "checkin", "--activity", activity, "--person", person,
                   "--day", day).code == 0  # fmt: skip
    run(db_path, "checkin", "--activity", first, "--person", other, "--day", "2022-10-03")
    run(db_path, "project", "add", "--code", "COH", "--name", "Cohorte", "--office", "NE-NIA")
    added = run(
        db_path, "indicator", "add", "--project", "COH", "--code", "S", "--name", "Cohorte",
        "--measure", "series", "--percent", "75", "--filter", "tag=cohort-a",
    )  # fmt: skip
    assert added.code == 0, added.err
    shown = run(db_path, "indicator", "show", "--project", "COH", "--code", "S")
    assert shown.out.splitlines() == ["S\tseries 75%\ttag=cohort-a\t-\tCohorte"]
    # The series: 2 + 2 = 4 days; Awa 3/4 (75 %) counts, Ali 1/4 does not.
    result = run(db_path, "progress", "--project", "COH", "--period", "2022Q4", "--format", "json")
    assert result.code == 0, result.err
    cells = json.loads(result.out)["cells"]
    assert {(c["office"], c["actual"]) for c in cells} == {("NE-NIA", 1), (None, 1)}


def test_a_series_without_its_share_is_refused(run: Run, db_path: Path | str) -> None:
    run(db_path, "project", "add", "--code", "COH", "--name", "Cohorte")
    refused = run(
        db_path, "indicator", "add", "--project", "COH", "--code", "S", "--name", "x",
        "--measure", "series", "--filter", "tag=cohort-a",
    )  # fmt: skip
    assert refused.code != 0 and "share of the series' days" in refused.err
    no_series = run(
        db_path, "indicator", "add", "--project", "COH", "--code", "S", "--name", "x",
        "--measure", "series", "--percent", "75",
    )  # fmt: skip
    assert no_series.code != 0 and "a kind or a tag" in no_series.err
    bad_role = run(
        db_path, "indicator", "add", "--project", "COH", "--code", "F", "--name", "x",
        "--measure", "unique_persons", "--filter", "role=chef",
    )  # fmt: skip
    assert bad_role.code != 0 and "There is no role called chef" in bad_role.err
    long_tag = run(
        db_path, "activity", "add", "--title", "T", "--kind", "training", "--start", "2022-10-03",
        "--country", "NE", "--city", "Niamey", "--tag", "x" * 41,
    )  # fmt: skip
    assert long_tag.code != 0 and "--tag: The tag" in long_tag.err
    assert run(db_path, "indicator", "list", "--project", "COH").out == ""
    assert run(db_path, "activity", "list").out == ""
