"""What the safety checks cost: the retention purge with its reading back of the file, and a
backup written in the private folder and checked before it is moved in place.

    python -m bench.bench_purge [--db PATH]

Without --db the generator's database is used (built into bench/out/ on first use); the work
runs on a copy. One person in 50 is made inactive for the purge.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from bench.generate import Params, cached
from desktop_app.backups import backups
from desktop_app.privacy import retention
from desktop_app.store import open_database

PARAMS = Params(persons=100_000, activities=1_000, attendance=200_000, seed=1, duplicates=2_000)
T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[T, str]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, f"{time.perf_counter() - wall:.2f} s (CPU {time.process_time() - cpu:.2f} s)"


def run(db_path: Path) -> list[tuple[str, str]]:
    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="registre-bench-purge-") as folder:
        copy = Path(folder) / "office.db"
        shutil.copyfile(db_path, copy)
        with sqlite3.connect(copy) as raw:
            raw.execute("UPDATE person SET changed_at = '2000-01-01 00:00:00' WHERE id % 50 = 0")
        raw.close()
        size = copy.stat().st_size / 1e6
        database = open_database(copy)
        try:
            info, spent = timed(
                lambda: backups.backup_now(database, Path(folder) / "backups", reason="manual")
            )
            figures.append((f"backup_now of {size:.0f} MB (copy, check, move in place)", spent))
            # Cut-off 1 January 2001: those changed in 2000 and never seen since.
            plan = retention.plan_purge(database, years=1, today=retention.dt.date(2002, 1, 1))
            result, spent = timed(lambda: retention.purge(database, plan))
            label = f"purge of {result.persons:,} persons, file read back"
            figures.append((label, spent))
            # Values shaped like real ones (the search text, phone and e-mail of 100 persons),
            # each made absent by a last character no value has.
            with sqlite3.connect(copy) as raw:
                rows = raw.execute(
                    "SELECT search_text, phone, email FROM person WHERE NOT deleted LIMIT 100"
                ).fetchall()
            raw.close()
            values = {value + "\x01" for row in rows for value in row if value}
            _found, spent = timed(lambda: retention._file_holds(copy, values))
            label = f"reading back alone: {len(values)} values over {size:.0f} MB"
            figures.append((label, spent))
        finally:
            database.close()
        del info
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or cached(PARAMS).path
    for label, value in run(path):
        print(f"{label}: {value}")


if __name__ == "__main__":
    main()
