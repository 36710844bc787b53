"""The backup every import makes first (`backups.backup_now(reason="before-import")`) on the
bench database, against SQLite's backup API copying the same file in the same run (the floor:
what any copy costs), and the same database's integrity check alone.

Target: under 1 s per 100,000 records (rows of every table), one integrity check.

    python -m bench.bench_backup [--db PATH] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.floors import against, load, medians

Figures = list[tuple[str, str]]


def _raw_copy(source: Path, folder: Path) -> float:
    target = folder / "raw-copy.db"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()
    return time.perf_counter() - started


def _integrity(path: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    return time.perf_counter() - started


def run(db_path: Path, runs: int = 3) -> Figures:
    from desktop_app.backups import backups
    from desktop_app.store import open_database

    with tempfile.TemporaryDirectory(prefix="bench-backup-") as name:
        folder = Path(name)
        database_file = folder / "registre.db"
        shutil.copyfile(db_path, database_file)
        database = open_database(database_file)
        made: list[backups.BackupInfo] = []

        def backup() -> float:
            started = time.perf_counter()
            made.append(backups.backup_now(database, folder / "backups", reason="before-import"))
            seconds = time.perf_counter() - started
            made[-1].path.unlink()
            return seconds

        try:
            timed = medians(
                runs,
                floor=lambda: _raw_copy(database_file, folder),
                backup=backup,
                integrity=lambda: _integrity(database_file),
            )
        finally:
            database.close()
    records = sum(made[-1].row_counts.values())
    per_100k = timed["backup"] / records * 100_000
    return [
        (f"backup before an import, {records:,} rows (median of {runs}, {load()})",
         against(timed["backup"], timed["floor"], "backup API copy alone")),
        ("  per 100,000 rows", f"{per_100k:.2f} s; target < 1 s"),
        ("  of which the integrity check (one)", f"{timed['integrity']:.2f} s"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_backup", description=__doc__)
    parser.add_argument("--db", type=Path, help="a database (default: the bench database)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if args.db is None:
        from bench.generate import Params, cached

        args.db = cached(Params(duplicates=2000)).path
    for label, figure in run(args.db, args.runs):
        print(f"{label:58} {figure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
