"""Sign-in sheet import figures.

- A 300-row sheet against the registry (100,000 persons in `make bench`): reading the file,
  finding the header row and mapping, normalising every row and matching it against the
  registry. 200 rows are registry persons typed again (names swapped on one in three, accents
  dropped on one in four, phone without +227 on one in two), 100 are new people. Cold: from the
  open database, no index in memory and no name normalised yet, to every row's outcome (the
  target: under 2 s), as the import does it (an index of the persons the rows can meet), then
  with the whole registry's index (check-in's, and the wizard's, built in the background);
  warm: the same sheet again with the whole index kept. Both ways must give every row the same
  outcome, candidates and scores.
- A 50,000-row sheet: reading (calamine), preview, and the import itself into a fresh database.
- Sheet bombs and heavy honest sheets (bench/sheet_bombs.py), each read in a process of its own
  (`--read PATH`): refused or read, in how long, and the process's peak memory (the program's
  own modules included), against the targets: a bomb refused in under 2 s, under 300 MB.
- A 50,000-row CSV as KoboToolbox exports a repeat (one row per person per day, three days):
  reading, preview and import, each with its progress reports.

    python -m bench.bench_sheets [--db PATH]   # default: bench/out's 100,000-person registry
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import phonenumbers
import xlsxwriter
from sqlalchemy import func, select

from bench import sheet_bombs
from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.dedup.records import forget_normalised_names
from desktop_app.registry.person_index import PersonIndex
from desktop_app.signin import (
    DUPLICATE,
    INVALID,
    MATCHED,
    NEW,
    RowPreview,
    SheetChoice,
    SheetError,
    SheetPreview,
    apply_preview,
    load_sheets,
    preview_sheets,
    read_workbook,
)
from desktop_app.signin.finder import RegistryFinder
from desktop_app.signin.layout import column_letter
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, Organisation, Person, Site

Figures = list[tuple[str, str]]
KNOWN_ROWS, NEW_ROWS, BIG_ROWS = 200, 100, 50_000
START = dt.date(2022, 12, 5)
HEADERS = ["N°", "Nom", "Prénom(s)", "Sexe", "Année de naissance", "Structure", "Téléphone",
           "Signature"]  # fmt: skip


class Clock:
    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        return f"{wall:.2f} s (CPU {cpu:.2f} s)"


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Jour 1")
    sheet.merge_range(0, 0, 0, len(HEADERS) - 1, "FEUILLE DE PRÉSENCE")
    sheet.merge_range(1, 0, 1, len(HEADERS) - 1, "Atelier de restitution")
    sheet.write_row(3, 0, HEADERS)
    for number, row in enumerate(rows, start=1):
        sheet.write_row(3 + number, 0, [number, *row])
    workbook.close()
    return path


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _valid(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number, "NE"))


def registry_rows(database: Database) -> list[list[object]]:
    """Persons of the registry as an assistant would type them again, then new people."""
    statement = (
        select(
            Person.family_name,
            Person.given_names,
            Person.sex,
            Person.birth_year,
            Organisation.name,
            Person.phone,
        )
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(~Person.deleted)
    )
    with database.session() as session:
        persons = list(session.execute(statement))
    rng = random.Random(11)
    rows: list[list[object]] = []
    for number, (family, given, sex, born, organisation, phone) in enumerate(
        rng.sample(persons, min(KNOWN_ROWS, len(persons)))
    ):
        if number % 3 == 1:
            family, given = given, family
        if number % 4 == 2:
            family, given = _plain(family), _plain(given)
        if phone and not _valid(phone):
            phone = None  # the generator gives a few numbers no country would
        elif phone and number % 2:
            phone = phone[4:]
        rows.append([family, given, sex or "", born or "", organisation or "", phone or "", "x"])
    for number in range(NEW_ROWS):
        # Names of letters: a name holding digits is no person for the import (a count).
        rows.append(
            [f"NOUVEAU{column_letter(number)}", "Aminata", "F", 1990 + number % 20, "OSC", "",
             "signé"]
        )  # fmt: skip
    return rows


def sheet_against_registry(db_path: Path, folder: Path) -> Figures:
    database = open_database(db_path)
    try:
        with database.session() as session:
            activity_id = (
                session.scalar(
                    select(Activity.id).where(Activity.start_date == Activity.end_date).limit(1)
                )
                or 1
            )
            registry = session.scalar(select(func.count()).select_from(Person)) or 0
        path = write_sheet(folder / "sheet-300.xlsx", registry_rows(database))
        forget(database)  # as in a program just started
        cold = Clock()
        preview = match_sheet(database, activity_id, path, None)
        cold_figure = str(cold)
        persons = [row.row.person for row in preview.rows if row.row.person]
        forget(database)
        cold = Clock()
        RegistryFinder(database, activity_id, persons)
        built = str(cold)
        forget(database)
        cold = Clock()
        finder = RegistryFinder(database, activity_id)
        whole_built = str(cold)
        whole = match_sheet(database, activity_id, path, finder)
        whole_figure = str(cold)
        warm = Clock()
        match_sheet(database, activity_id, path, finder)
        warm_figure = str(warm)
    finally:
        database.close()
    rows = len(preview.rows)
    same = sum(_outcome(a) == _outcome(b) for a, b in zip(preview.rows, whole.rows, strict=True))
    return [
        (f"{rows}-row sheet matched, cold: open registry of {registry:,} to outcomes", cold_figure),
        ("  of which the index of the persons the sheet can meet", built),
        (f"{rows}-row sheet matched, cold, index of the whole registry (check-in's)", whole_figure),
        ("  of which the whole registry's index", whole_built),
        (f"{rows}-row sheet matched, warm: whole index already in memory", warm_figure),
        (
            "  known / possible duplicate / new",
            f"{preview.count(MATCHED)} / {preview.count(DUPLICATE)} / {preview.count(NEW)}"
            f" (typed: {KNOWN_ROWS} known, {NEW_ROWS} new; {preview.count(INVALID)} invalid)",
        ),
        ("  rows with the same outcome, candidates and scores either way", f"{same} / {rows}"),
    ]  # fmt: skip


def forget(database: Database) -> None:
    """No person index in memory, no name normalised yet: as in a program just started."""
    PersonIndex.forget(database)
    forget_normalised_names()


def _outcome(row: RowPreview) -> tuple[object, ...]:
    return (row.outcome, row.known, row.candidates, row.same_as)


def match_sheet(
    database: Database, activity_id: int, path: Path, finder: RegistryFinder | None
) -> SheetPreview:
    """Read the file, find the header row and mapping, normalise and match every row (with
    no finder: the import's own, made from the sheet's rows)."""
    loaded = load_sheets(database, path)
    choices = [SheetChoice(grid, layout) for grid, layout in loaded]
    return preview_sheets(database, activity_id, choices, finder=finder)


def fresh_activity(folder: Path, name: str, end: dt.date) -> tuple[Database, int]:
    """An empty database of the Niamey office with one activity from 5 December to `end`."""
    database = open_database(folder / f"{name}.db")
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.refresh_site()
    fields = ActivityFields(
        title="Forum", kind="forum", start_date=START, end_date=end, country="NE", city="Niamey"
    )
    return database, create_activity(database, fields).id


def big_sheet(folder: Path) -> Figures:
    rows: list[list[object]] = [
        [f"NOM{column_letter(i)}", f"Prénom{column_letter(i % 97)}", "FM"[i % 2], 1960 + i % 45,
         f"Structure {i % 40}", f"9{i % 10}{i:06d}", "x"]
        for i in range(BIG_ROWS)
    ]  # fmt: skip
    path = write_sheet(folder / "sheet-50000.xlsx", rows)
    database, activity_id = fresh_activity(folder, "empty", START)
    try:
        clock = Clock()
        loaded = load_sheets(database, path)
        read = str(clock)
        clock = Clock()
        preview = preview_sheets(
            database, activity_id, [SheetChoice(grid, layout) for grid, layout in loaded]
        )
        previewed = str(clock)
        clock = Clock()
        result = apply_preview(database, preview)
        imported = str(clock)
    finally:
        database.close()
    return [
        (f"{BIG_ROWS:,}-row sheet read (calamine)", read),
        ("  preview (normalise, match against an empty registry)", previewed),
        (f"  import ({result.persons_created:,} persons, one transaction)", imported),
    ]


def peak_megabytes() -> float:
    """This process's peak resident memory. Linux's ru_maxrss would include the parent's at
    the fork; the high-water mark in /proc starts anew with the program."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_alone(path: Path) -> dict[str, object]:
    """Read the workbook as the import does first (every sheet), in this process."""
    started, cpu = time.perf_counter(), time.process_time()
    try:
        grids = read_workbook(path)
        outcome = f"read, {sum(len(grid.rows) for grid in grids):,} rows,"
    except SheetError as error:
        outcome = "refused (" + str(error).replace(str(path), "").strip()[:40] + "…)"
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_megabytes(), "outcome": outcome}


def guarded_files(folder: Path) -> Figures:
    made = [
        ("4 GB of shared strings in a 4 MB .xlsx",
         sheet_bombs.shared_strings_bomb(folder / "shared-4g.xlsx", 4 << 30)),
        ("256 MB of sheet XML, .xlsx",
         sheet_bombs.sheet_xml_bomb(folder / "sheet.xlsx", 256 << 20)),
        ("256 MB of content.xml, .ods",
         sheet_bombs.ods_content_bomb(folder / "content.ods", 256 << 20)),
        ("2,000,000 numbers, compressing like real ones, .xlsx",
         sheet_bombs.dense_cells(folder / "dense.xlsx", 2_000_000)),
        ("a value at A1 and at XFD1048576, .xlsx", sheet_bombs.far_cell(folder / "far.xlsx")),
        ("a row of 16,384 cells repeated 1,048,576 times, .ods",
         sheet_bombs.ods_repeated_rows(folder / "repeated.ods")),
        ("a 30,000-character shared string in 100,000 cells, .xlsx",
         sheet_bombs.amplified_shared_string(folder / "copies.xlsx")),
        ("honest: 2,000 people and 4 photos of the signed sheets",
         sheet_bombs.honest_sheet(folder / "photos.xlsx", sheet_bombs.people(2000), photos=4)),
        ("honest: 100,000 people",
         sheet_bombs.honest_sheet(folder / "100k.xlsx", sheet_bombs.people(100_000))),
        ("honest: 190,000 people",
         sheet_bombs.honest_sheet(folder / "190k.xlsx", sheet_bombs.people(190_000))),
    ]  # fmt: skip
    figures: Figures = []
    for label, path in made:
        found = subprocess.run(
            [sys.executable, "-m", "bench.bench_sheets", "--read", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        read = json.loads(found.stdout)
        size = path.stat().st_size / 1_000_000
        figures.append(
            (
                f"{label} ({size:.1f} MB)",
                f"{read['outcome']} in {read['seconds']:.2f} s (CPU {read['cpu']:.2f} s), "
                f"peak {read['peak_mb']:.0f} MB",
            )
        )
    return figures


class Reports:
    """A progress callback that counts its reports and checks they reach the end."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))

    def __str__(self) -> str:
        done, total = self.calls[-1] if self.calls else (0, 0)
        return f"{len(self.calls)} progress reports, last {done:,}/{total:,}"


def write_kobo_csv(path: Path, rows: int) -> Path:
    """A KoboToolbox export of a repeat, one row per person per day over three days (group
    paths, semicolons, roles, Kobo's own columns), UTF-8 with its byte-order mark."""
    header = ["start", "today", "identite/nom", "identite/prenom", "identite/sexe",
              "identite/age", "identite/structure", "contact/telephone", "participation/qualite",
              "participation/date", "_id", "_uuid", "_submission_time"]  # fmt: skip
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for row in range(rows):
            person, day = divmod(row, 3)
            date = (START + dt.timedelta(days=day)).isoformat()
            role = "facilitateur" if person % 50 == 0 else ("participante", "participant")[
                person % 2]  # fmt: skip
            writer.writerow([
                f"{date}T08:00:00.000+01:00", date, f"NOM{column_letter(person)}",
                f"Prénom{column_letter(person % 97)}", ("femme", "homme")[person % 2],
                18 + person % 50, f"Structure {person % 40}", f"9{person % 10}{person:06d}",
                role, date, row, f"uuid-{row}", f"{date}T09:00:00",
            ])  # fmt: skip
    return path


def big_csv(folder: Path) -> Figures:
    """A 50,000-row CSV (a long layout) read, previewed and imported, each with progress."""
    path = write_kobo_csv(folder / "kobo-50000.csv", BIG_ROWS)
    database, activity_id = fresh_activity(folder, "csv", START + dt.timedelta(days=2))
    try:
        reading, previewing, writing = Reports(), Reports(), Reports()
        clock = Clock()
        loaded = load_sheets(database, path, progress=reading)
        read = str(clock)
        clock = Clock()
        preview = preview_sheets(
            database,
            activity_id,
            [SheetChoice(grid, layout) for grid, layout in loaded],
            progress=previewing,
        )
        previewed = str(clock)
        clock = Clock()
        result = apply_preview(database, preview, progress=writing)
        imported = str(clock)
    finally:
        database.close()
    return [
        (f"{BIG_ROWS:,}-row CSV (KoboToolbox, long) read", f"{read}; {reading}"),
        ("  preview (same person over three days, roles)", f"{previewed}; {previewing}"),
        (
            f"  import ({result.persons_created:,} persons, {result.attendances_added:,} "
            "attendances)",
            f"{imported}; {writing}",
        ),
    ]


def run(db_path: Path) -> Figures:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        return (
            sheet_against_registry(db_path, here)
            + big_sheet(here)
            + big_csv(here)
            + guarded_files(here)
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="registry to match against")
    parser.add_argument("--read", type=Path, help="only read this workbook; print JSON")
    parser.add_argument("--guards", action="store_true", help="only the sheet bombs")
    args = parser.parse_args(argv)
    if args.read:
        print(json.dumps(read_alone(args.read)))
        return 0
    if args.guards:
        with tempfile.TemporaryDirectory() as folder:
            for name, value in guarded_files(Path(folder)):
                print(f"{name:<70} {value}")
        return 0
    db_path = args.db
    if db_path is None:
        from bench.generate import Params, cached

        db_path = cached(Params(duplicates=2000)).path  # the registry `make bench` uses
    for name, value in run(db_path):
        print(f"{name:<70} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
