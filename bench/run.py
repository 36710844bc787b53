"""Print the bench figures (`make bench`): generation, registry search as you type, the period
report over the whole database, then each bench/bench_*.py module that has
`run(db_path) -> list[tuple[str, str]]` (duplicates, reports, ...).

    python -m bench.run [--persons N] [--activities N] [--attendance N] [--duplicates N]
                        [--seed N] [--fresh] [--only NAME ...]

The database comes from bench/out/ (generated on first use, reused after); --fresh makes it anew.
The figures that have a target are printed again at the end, each with its floor and ratio.
Times are wall clock and, in brackets, the process's own CPU time: the machine is shared, and the
CPU time is what the work costs when nothing else runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from bench.generate import OUT_DIR, Params, cached, generate, meta_path

Figures = list[tuple[str, str]]
BENCH_DIR = Path(__file__).resolve().parent
# What people type in the registry's search box, one keystroke at a time.
TYPED_QUERIES = ("diallo ai", "celestin guid", "GUIDIMEY Célestin", "traore mou", "90 12", "cndh")


def timed(seconds: float, cpu: float) -> str:
    return f"{seconds:.2f} s (CPU {cpu:.2f} s)"


def generation_figures(params: Params, fresh: bool, out_dir: Path) -> tuple[Path, Figures]:
    if fresh:
        generate(out_dir / params.file_name(), params)
    result = cached(params, out_dir)
    meta_file = meta_path(result.path)
    meta = json.loads(meta_file.read_text("utf-8")) if meta_file.exists() else {}
    label = (
        f"generation: {params.persons:,} persons (+{params.duplicates:,} duplicates), "
        f"{params.activities:,} activities, {params.attendance:,} attendance rows"
    )
    value = timed(meta["seconds"], meta["cpu_seconds"]) if meta else "unknown (use --fresh)"
    return result.path, [(label, value)]


def search_figures(db_path: Path) -> Figures:
    from desktop_app.registry.person_search import search_persons
    from desktop_app.store import open_database

    database = open_database(db_path)
    try:
        search_persons(database, "warm up")
        times: list[float] = []
        for query in TYPED_QUERIES:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                search_persons(database, query[:end])
                times.append((time.perf_counter() - started) * 1000)
    finally:
        database.close()
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return [
        (
            f"registry search as you type ({len(times)} keystrokes)",
            f"median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, max {times[-1]:.0f} ms",
        )
    ]


def report_figures(db_path: Path) -> Figures:
    from desktop_app.activities.counting import period_counts
    from desktop_app.store import open_database

    database = open_database(db_path)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        counts = period_counts(database)
        spent = timed(time.perf_counter() - wall, time.process_time() - cpu)
    finally:
        database.close()
    totals = counts.totals
    return [
        (f"period report, whole database ({len(counts.activities)} activities)", spent),
        (
            "  unique persons / participations",
            f"{totals.unique_persons:,} / {totals.participations:,}",
        ),
    ]


def bench_modules(only: list[str]) -> list[str]:
    names = sorted(path.stem for path in BENCH_DIR.glob("bench_*.py"))
    return [name for name in names if not only or name.removeprefix("bench_") in only]


def module_figures(name: str, db_path: Path) -> Figures:
    module = importlib.import_module(f"bench.{name}")
    run: Callable[[Path], Figures] | None = getattr(module, "run", None)
    if run is None:
        return []
    return run(db_path)


def print_table(title: str, figures: Figures) -> None:
    width = max((len(label) for label, _ in figures), default=0)
    print(f"\n{title}")
    for label, value in figures:
        print(f"  {label.ljust(width)}  {value}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    defaults = Params(duplicates=2000)
    for name, value in asdict(defaults).items():
        parser.add_argument(f"--{name}", type=int, default=value)
    parser.add_argument("--fresh", action="store_true", help="generate the database anew")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR, help="where databases are kept")
    parser.add_argument(
        "--only", nargs="*", default=[], help="core, dedup, reports, ... (default: all)"
    )
    args = parser.parse_args(argv)
    params = Params(**{name: getattr(args, name) for name in asdict(defaults)})
    # One QApplication before anything renders a PDF: the PDF writer would otherwise make a bare
    # QGuiApplication, on which the window bench cannot create widgets.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    application = QApplication.instance() or QApplication(["registre-bench"])
    db_path, figures = generation_figures(params, args.fresh, args.out_dir)
    print(f"database: {db_path}")
    if not args.only or "core" in args.only:
        figures += search_figures(db_path)
        figures += report_figures(db_path)
        print_table("core", figures)
    failed = 0
    targets: Figures = []  # every figure with a target, again at the end
    for name in bench_modules(args.only):
        try:
            module = module_figures(name, db_path)
        except Exception:  # one bench's failure must not hide the others' figures
            failed += 1
            traceback.print_exc()
            module = [("failed", "see the error above")]
        if module:
            print_table(name.removeprefix("bench_"), module)
            short = name.removeprefix("bench_")
            targets += [(f"{short}: {label.strip()}", v) for label, v in module if "target" in v]
    if targets:
        print_table("targets (each figure against its floor, with its target)", targets)
    del application
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
