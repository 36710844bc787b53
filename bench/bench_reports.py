"""Report figures over 1,000 activities and 200,000 attendance rows (target: a period report
rendered in under 3 s).

    python -m bench.bench_reports [--db PATH]

Without --db the generator's database is used (built into bench/out/ on first use).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bench.generate import Params, cached
from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.activities.counting import PeriodFilter
from desktop_app.activities.explain import explain
from desktop_app.checks.checks import check_counts
from desktop_app.reports.data import activity_report, period_report
from desktop_app.reports.documents import activity_document, period_document
from desktop_app.reports.pdf_render import render_pdf
from desktop_app.reports.xlsx import write_period_xlsx
from desktop_app.signin.printing import load_signin_sheet, write_signin_pdf
from desktop_app.store import open_database

PARAMS = Params(persons=100_000, activities=1_000, attendance=200_000, seed=1, duplicates=2_000)
REPEAT = 3
T = TypeVar("T")


@dataclass(frozen=True)
class Seconds:
    """Median wall-clock and processor time: on a shared machine the two differ a lot."""

    wall: float
    cpu: float

    def __add__(self, other: Seconds) -> Seconds:
        return Seconds(self.wall + other.wall, self.cpu + other.cpu)

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (processor {self.cpu:.2f} s)"


def timed(work: Callable[[], T]) -> tuple[T, Seconds]:
    """The result of the last run and the median times of REPEAT runs."""
    walls, cpus = [], []
    result: T
    for _ in range(REPEAT):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, Seconds(statistics.median(walls), statistics.median(cpus))


def with_birth_dates(db_path: Path, folder: Path, tenths: int = 6) -> Path:
    """A copy of the database in which `tenths` of the persons with a birth year have a whole
    date of birth in that year (as the forms and the sheet import now keep it): the exact-age
    branch of the youth rule is then read for most participants."""
    copy = folder / "with-birth-dates.db"
    source, target = sqlite3.connect(db_path), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute(
        "UPDATE person SET birth_date = printf('%04d-%02d-%02d', birth_year, 1 + id % 12,"
        " 1 + id % 28) WHERE birth_year IS NOT NULL AND id % 10 < ?",
        (tenths,),
    )
    target.commit()
    target.close()
    return copy


def _dated_report(path: Path) -> list[tuple[str, str]]:
    database = open_database(path)
    try:
        report, counting = timed(lambda: period_report(database, PeriodFilter()))
        youth, listing = timed(lambda: explain(database, "youth", period=PeriodFilter()))
    finally:
        database.close()
        path.unlink()  # 80 MB
    t = report.totals
    return [
        (
            "period report data, 60 % dates of birth",
            f"{counting} [{t.youth} youth, {t.age_from_year_only} ages from a year only]",
        ),
        ("list behind youth, 60 % dates of birth", f"{listing} [{len(youth.persons)}]"),
    ]


def run(db_path: Path) -> list[tuple[str, str]]:
    figures: list[tuple[str, str]] = []
    database = open_database(db_path)
    out = Path(tempfile.mkdtemp(prefix="registre-bench-reports-"))
    try:
        everything = PeriodFilter()
        report, counting = timed(lambda: period_report(database, everything))
        t = report.totals
        figures.append(
            (
                "period report data (all activities)",
                f"{counting} [{t.activities} activities, {t.participations} participations, "
                f"{t.unique_persons} unique persons, {t.youth} youth]",
            )
        )
        figures += _dated_report(with_birth_dates(db_path, out))
        pages, pdf = timed(
            lambda: render_pdf(period_document(report, "fr", "DCAF"), out / "period.pdf")
        )
        figures.append(("period report PDF", f"{pdf} [{pages} pages]"))
        _, xlsx = timed(lambda: write_period_xlsx(report, out / "period.xlsx", "fr"))
        figures.append(("period report .xlsx", f"{xlsx}"))
        figures.append(("period report, data + PDF", f"{counting + pdf} [target < 3 s]"))
        figures.append(("period report, data + .xlsx", f"{counting + xlsx} [target < 3 s]"))

        first = report.activities[0].start_date
        year = PeriodFilter(first.replace(month=1, day=1), first.replace(month=12, day=31))
        one_year, yearly = timed(lambda: period_report(database, year))
        figures.append((f"period report data, year {first.year}", f"{yearly}"))

        rows, listing = timed(lambda: list_activities(database, ActivityFilter()))
        figures.append(("activity list, all with counts", f"{listing} [{len(rows)} activities]"))
        _, page = timed(lambda: list_activities(database, ActivityFilter(limit=100)))
        figures.append(("activity list, a page of 100", f"{page}"))
        unique, explained = timed(lambda: explain(database, "unique_persons", period=everything))
        figures.append(
            ("list behind unique persons (all)", f"{explained} [{len(unique.persons)} persons]")
        )
        youth, explained = timed(lambda: explain(database, "youth", period=everything))
        figures.append(
            ("list behind youth (all)", f"{explained} [{len(youth.persons)} participations]")
        )

        biggest = max(one_year.activities, key=lambda a: a.named)
        single, activity = timed(lambda: activity_report(database, biggest.id))
        figures.append(
            ("activity report data (largest)", f"{activity} [{len(single.names)} names]")
        )
        pages, activity_pdf = timed(
            lambda: render_pdf(activity_document(single, "fr", "DCAF"), out / "activity.pdf")
        )
        figures.append(("activity report PDF", f"{activity_pdf} [{pages} pages]"))
        checks, checking = timed(lambda: check_counts(database, activity_id=biggest.id))
        figures.append(("data checks, largest activity", f"{checking} [{checks.findings} found]"))
        checks, checking = timed(lambda: check_counts(database, period=year))
        figures.append((f"data checks, year {first.year}", f"{checking} [{checks.findings} found]"))
        sheet = load_signin_sheet(database, biggest.id, biggest.start_date, 10)
        pages, signin = timed(lambda: write_signin_pdf(sheet, out / "sheet.pdf", "fr", "DCAF"))
        figures.append(("sign-in sheet PDF", f"{signin} [{pages} pages]"))
    finally:
        database.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_reports", description=__doc__)
    parser.add_argument("--db", type=Path, help="an existing database (default: generated)")
    args = parser.parse_args(argv)
    db_path = args.db or cached(PARAMS).path
    print(f"database: {db_path}")
    for name, value in run(db_path):
        print(f"{name:<38} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
