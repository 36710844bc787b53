"""Importing a corpus sheet as a user would, through the command line: a dry run (nothing
changes), the import, `report --format json` for the activity's counts, then the same import
again (nobody added)."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sheet_fixtures import table_sizes

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.cli.main import main
from desktop_app.store import Database, open_database

# Builds the sheet file, once the activity exists (Registre's printed sheets need persons).
Build = Callable[[Path, Database, int], Path]


@dataclass(frozen=True)
class Counts:
    """What a careful person counts by hand on the sheet (docs/domain.md's rules)."""

    participants: int
    women: int
    youth: int
    team: int
    person_days: int
    unsigned: int = 0  # rows without signature on a sheet where others signed


@dataclass(frozen=True)
class Activity:
    title: str
    kind: str
    start: dt.date
    end: dt.date
    country: str = "NE"
    city: str = "Niamey"


@dataclass(frozen=True)
class Case:
    name: str
    activity: Activity
    build: Build
    expected: Counts
    # The one choice a user has to make, if any ("--map", "Timestamp=ignore").
    options: tuple[str, ...] = ()
    says: tuple[str, ...] = field(default=())  # lines the preview must print


def run(db_path: Path | str, *arguments: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db_path), *arguments])
        except SystemExit as stop:  # argparse refusing an option
            code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    separator: str = ",",
    encoding: str = "utf-8",
    quote_all: bool = False,
) -> Path:
    """A CSV file as an export writes it ("utf-8-sig": with a byte-order mark)."""
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(buffer, delimiter=separator, quoting=quoting, lineterminator="\r\n")
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def import_and_count(case: Case, db_path: Path | str, folder: Path) -> tuple[Counts, str]:
    """The activity's counts after the import, and what the import printed."""
    database = open_database(db_path)
    try:
        fields = ActivityFields(
            title=case.activity.title,
            kind=case.activity.kind,
            start_date=case.activity.start,
            end_date=case.activity.end,
            country=case.activity.country,
            city=case.activity.city,
        )
        activity_id = create_activity(database, fields).id
        path = case.build(folder, database, activity_id)
        before = table_sizes(database)
    finally:
        database.close()
    command = ("import-sheet", str(path), "--activity", str(activity_id), *case.options)
    code, out, err = run(db_path, *command, "--dry-run")
    assert code == 0, err
    for line in case.says:
        assert line in out, f"{line!r} not in:\n{out}"
    database = open_database(db_path)
    try:
        assert table_sizes(database) == before, "a dry run changed the database"
    finally:
        database.close()
    code, out, err = run(db_path, *command)
    assert code == 0, err
    unsigned = re.search(r"rows without signature: (\d+)", out)
    assert unsigned is not None, out
    code, report, err = run(db_path, "report", "--format", "json")
    assert code == 0, err
    [counts] = [a for a in json.loads(report)["activities"] if a["id"] == activity_id]
    found = Counts(
        counts["participants"],
        counts["women"],
        counts["youth"],
        counts["team"],
        counts["person_days"],
        int(unsigned.group(1)),
    )
    database = open_database(db_path)
    try:
        persons = table_sizes(database)["person"]
    finally:
        database.close()
    code, again, err = run(db_path, *command)
    assert code == 0, err
    assert "Persons created: 0;" in again and "attendances added: 0;" in again, again
    database = open_database(db_path)
    try:
        assert table_sizes(database)["person"] == persons
    finally:
        database.close()
    return found, out
