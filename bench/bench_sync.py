"""HQ sync figures with 100,000 attendance rows and their persons and activities.

Targets: export under 15 s and under 200 MB peak memory; import into an empty HQ database
under 5 s; re-import of the same workbook (all unchanged) under 5 s.

    python -m bench.bench_sync [--db PATH] [--keep DIR] [--attendance N --persons N --activities N]

Without --db the generator's database is used (built into bench/out/ on first use). Each step
runs in its own process so that its peak memory (maximum resident set size) is its own; an
import's reading process (sync/parallel.py) is reported apart as reader_peak_mb, and its
start-up alone (the program in its reading mode, given no file) first. The
import steps also print the wall-clock seconds of their phases (ImportResult.timings): reading
here, loading stored records, waiting for the reading process, merging, writing, commit.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PERSONS, ACTIVITIES, ATTENDANCE = 30_000, 1_000, 100_000


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """CPU time of this process (or of its finished children): on a machine shared with other
    work, closer to what the step costs than the wall clock."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_step(step: str, db: Path, book: Path) -> dict[str, Any]:
    """One step in this process; prints its figures as JSON."""
    from desktop_app.store import open_database
    from desktop_app.store.models import Site
    from desktop_app.sync.export import export_workbook
    from desktop_app.sync.importing import import_workbooks, preview_import

    database = open_database(db)
    if database.site_code is None:
        with database.session() as session:
            session.add(Site(code="HQ-GVA", name="Genève", country="CH", is_local=True))
        database.refresh_site()
    baseline = _peak_mb()
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    figures: dict[str, Any] = {}
    if step == "export":
        exported = export_workbook(database, book, full=True, language="fr")
        figures["rows"] = exported.total_rows
        figures["size_mb"] = round(book.stat().st_size / 1e6, 1)
    else:
        run = preview_import if step == "preview" else import_workbooks
        imported = run(database, [book])
        figures["changes"] = imported.changes
        figures["phases"] = {name: round(s, 2) for name, s in imported.timings.items()}
    figures["seconds"] = round(time.perf_counter() - started, 2)
    figures["cpu_s"] = round(_cpu_seconds() - cpu_started, 2)
    figures["peak_mb"] = round(_peak_mb(), 1)
    # the process reading the attendance sheets of a big workbook (hq_parallel.py)
    figures["reader_peak_mb"] = round(_peak_mb(resource.RUSAGE_CHILDREN), 1)
    figures["reader_cpu_s"] = round(_cpu_seconds(resource.RUSAGE_CHILDREN), 2)
    figures["peak_before_mb"] = round(baseline, 1)
    # Both processes at their peaks at once: what the machine must have, at most.
    figures["tree_peak_mb"] = round(figures["peak_mb"] + figures["reader_peak_mb"], 1)
    database.close()
    return figures


def step_in_child(step: str, db: Path, book: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.bench_sync", "--step", step, "--db", str(db)]
    command += ["--book", str(book)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return figures


def reader_start_seconds(runs: int = 3) -> list[tuple[float, float]]:
    """(wall clock, CPU) seconds of the import's reading process given no file: its start-up
    alone (Python and the modules it imports), what it costs before it reads."""
    from desktop_app.sync.parallel import reader_command

    seconds = []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), _cpu_seconds(resource.RUSAGE_CHILDREN)
        subprocess.run(reader_command([]), check=True, capture_output=True)
        cpu = _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu_started
        seconds.append((round(time.perf_counter() - started, 2), round(cpu, 2)))
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_sync", description=__doc__)
    parser.add_argument("--db", type=Path, help="an office database (default: generated)")
    parser.add_argument("--keep", type=Path, help="keep the workbook and HQ database here")
    parser.add_argument("--persons", type=int, default=PERSONS)
    parser.add_argument("--activities", type=int, default=ACTIVITIES)
    parser.add_argument("--attendance", type=int, default=ATTENDANCE)
    parser.add_argument("--step", choices=("export", "preview", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--book", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        print(json.dumps(run_step(args.step, args.db, args.book)))
        return 0

    from bench.generate import Params, cached  # not in the measured child processes

    params = Params(
        persons=args.persons, activities=args.activities, attendance=args.attendance, seed=1
    )
    source = args.db or cached(params).path
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        office, hq, book = folder / "office.db", folder / "hq.db", folder / "office.xlsx"
        shutil.copyfile(source, office)  # the export marks records as sent: work on a copy
        print(f"office database: {source}")
        print(f"machine load (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"reading process start-up (wall, CPU): {reader_start_seconds()} s")
        rows = [
            ("export (full, constant memory)", step_in_child("export", office, book)),
            ("preview into empty HQ", step_in_child("preview", hq, book)),
            ("import into empty HQ", step_in_child("import", hq, book)),
            ("re-import (all unchanged)", step_in_child("import", hq, book)),
        ]
        for name, figures in rows:
            phases = figures.pop("phases", None)
            details = ", ".join(f"{k}={v}" for k, v in figures.items() if k != "seconds")
            print(f"{name:34} {figures['seconds']:>7.2f} s   {details}")
            if phases:
                print(f"{'':34} phases: " + ", ".join(f"{k} {v} s" for k, v in phases.items()))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for path in (book, hq):
                shutil.copy2(path, args.keep / path.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
