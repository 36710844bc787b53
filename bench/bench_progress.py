"""Progress of a project's indicators on the bench database (1,000 activities, 200,000
attendance rows, 100,000 persons): 20 indicators x 4 quarters x 2 offices (and all offices),
disaggregated by sex and age bands (target: under 2 s); then the same table with three more
indicators that read everyone's roles (a series of the trainings at 10 %, the same at 75 %
counting facilitators too, the facilitators reached), and the list behind the series.

    python -m bench.bench_progress [--db PATH] [--year 2023] [--disability]

With --disability, a third of the persons are given answers to the Washington Group questions
(one in ten of them with a lot of difficulty walking) and every indicator is disaggregated by
disability status too, the setting on (docs/disability.md).

Also: the chart beside the window's table, for every row of it in turn (its series read from the
table, then painted at the size it has at 1366×768), as when the arrow keys go down the table.

Without --db the generator's database is used (built into bench/out/ on first use). A copy is
opened (migrated to the current revision: its activities' project codes become projects), every
activity is put in one project so that the table reads the whole database, and the framework
below is added.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from bench.bench_reports import PARAMS, timed
from bench.generate import cached
from desktop_app.indicators import frameworks
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.progress import Progress, chart_series, progress
from desktop_app.store import Database, open_database

PROJECT = "BENCH-SAHEL"
OFFICES = ("NE-NIA", "ML-BKO")
# code, measure, filters, disaggregations: 20 indicators, each by sex and age (or office).
MEASURES = ("unique_persons", "participations", "person_days", "completed")
FILTERS: tuple[dict[str, list[str]], ...] = (
    {},
    {"kind": ["training"]},
    {"kind": ["workshop", "seminar"]},
    {"category": ["fds", "justice"]},
    {"category": ["civil_society", "media"]},
)


def _framework(path: Path, disability: bool = False) -> int:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE activity SET project_code = ?", (PROJECT,))
    if disability:
        answered = "wg_seeing = 'none', wg_hearing = 'some', wg_remembering = 'none',"
        answered += " wg_self_care = 'none', wg_communicating = 'none'"
        connection.execute(
            "UPDATE person SET disability_consent = 1, disability_consent_date = '2023-01-01',"
            f" {answered}, wg_walking = CASE WHEN id % 30 = 0 THEN 'a_lot' ELSE 'none' END"
            " WHERE id % 3 = 0"
        )
    connection.commit()
    connection.close()
    database = open_database(path)
    try:
        frameworks.add_project(database, PROJECT, "Bench", offices=list(OFFICES))
        frameworks.add_age_band_set(database, "UN", "15-24 / 25-34 / 35+", "15-24, 25-34, 35+")
        count = 0
        for filters in FILTERS:
            for measure in MEASURES:
                count += 1
                frameworks.add_indicator(
                    database,
                    PROJECT,
                    f"{count}",
                    f"{measure} {filters}",
                    measure,
                    filters=filters,
                    disaggregations=["sex", "age:UN", *(["disability"] if disability else [])],
                    with_disability=disability,
                )
                frameworks.set_target(database, PROJECT, f"{count}", "2023", 1000)
        return count
    finally:
        database.close()


def _charts(table: Progress) -> tuple[str, str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.indicators.progress_chart import ProgressChart

    _app = QApplication.instance() or QApplication([])
    chart = ProgressChart()
    chart.resize(490, 420)
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)

    def every_row() -> None:
        for cell in table.cells:
            chart.set_series(
                chart_series(table, cell.indicator.code, cell.office), "en", cell.period.code
            )
            chart.render(image)

    _, seconds = timed(every_row)
    return (f"the chart of each of the {len(table.cells)} rows, read and painted", str(seconds))


def run(db_path: Path, year: str = "2023", disability: bool = False) -> list[tuple[str, str]]:
    """The figures, for `python -m bench.run` too."""
    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "progress.db"
        shutil.copyfile(db_path, path)
        open_database(path).close()  # migrated: the activities' project codes become projects
        indicators = _framework(path, disability)
        database = open_database(path)
        by = "sex, age and disability status" if disability else "sex and age"
        try:
            table, seconds = timed(
                lambda: progress(database, PROJECT, year, with_disability=disability)
            )
            figures.append(
                (
                    f"progress {year}: {indicators} indicators x {len(table.periods)} quarters x "
                    f"{len(table.offices)} offices (2 and all), by {by} "
                    f"({len(table.cells)} figures)",
                    str(seconds),
                )
            )
            figures.append(_charts(table))
            last = table.periods[-1]
            everyone = table.cell("1", last.code, None)
            listed, seconds = timed(lambda: cell_list(database, PROJECT, "1", last, None))
            figures.append(
                (
                    f"list behind the unique persons of {last.code} ({listed.total}, the figure"
                    f" {everyone.actual.value:.0f})",
                    str(seconds),
                )
            )
            life, seconds = timed(
                lambda: progress(database, PROJECT, "life", with_disability=disability)
            )
            figures.append(
                (
                    f"progress over the project's life (all 1,000 activities, {len(life.cells)}"
                    " figures)",
                    str(seconds),
                )
            )
            figures += _with_series(database, year)
        finally:
            database.close()
    return figures


def _with_series(database: Database, year: str) -> list[tuple[str, str]]:
    add = frameworks.add_indicator
    training = {"kind": ["training"]}
    # 10 %: the bench's trainings are separate cohorts; a share everyone's list can reach.
    add(database, PROJECT, "S1", "series", "series", filters=training, series_percent=10,
        disaggregations=["sex", "age:UN"])  # fmt: skip
    add(database, PROJECT, "S2", "series with the team", "series",
        filters={**training, "role": ["participant", "facilitator"]}, series_percent=75,
        disaggregations=["sex"])  # fmt: skip
    add(database, PROJECT, "R1", "facilitators", "unique_persons",
        filters={"role": ["facilitator"]}, disaggregations=["sex"])  # fmt: skip
    table, seconds = timed(lambda: progress(database, PROJECT, year))
    figures = [
        (
            f"progress {year} with a series and role filters ({len(table.indicators)} indicators,"
            f" {len(table.cells)} figures, everyone's roles read)",
            str(seconds),
        )
    ]
    last = table.periods[-1]
    series = table.cell("S1", last.code, None).actual.value
    listed, seconds = timed(lambda: cell_list(database, PROJECT, "S1", last, None))
    figures.append(
        (
            f"list behind the series of {last.code} ({listed.total}, the figure {series:.0f},"
            f" {listed.series_days} days)",
            str(seconds),
        )
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--year", default="2023")
    parser.add_argument("--disability", action="store_true")
    args = parser.parse_args()
    for label, value in run(args.db or cached(PARAMS).path, args.year, args.disability):
        print(f"{label}: {value}")


if __name__ == "__main__":
    main()
