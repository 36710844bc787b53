"""The scale table: 10,000, 100,000 and 1,000,000 attendance rows (with 3,000, 30,000 and
300,000 persons, 100, 1,000 and 3,000 activities: 13,000 to 1.3 million records), and at each
size the full export for HQ, its import into an empty HQ database, the same import again (all
unchanged), the period report over everything and the window's start, each with its time and
its peak memory.

Every step runs in a process of its own, so that its peak (maximum resident set size) is its
own; an import's reading process is added to it ("tree": both at their peaks at once, what
the machine must have at most). Targets: re-import and export under 600 MB for the process
tree at 1.3 million records, the time growing no faster than the rows (each size's time is
printed against ten times the size below it: the floor of linear growth).

    python -m bench.bench_scale [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_sync import step_in_child
from bench.floors import compiled_env, load

Figures = list[tuple[str, str]]
# attendance rows -> (persons, activities), the proportions of bench_sync's 100,000 rows
SIZES = {10_000: (3_000, 100), 100_000: (30_000, 1_000), 1_000_000: (300_000, 3_000)}
MEMORY_TARGET_MB = 600
STEPS = ("export", "import", "re-import", "report", "window")


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def report_step(db: Path) -> dict[str, Any]:
    """The period report over the whole database, in this process."""
    from desktop_app.activities.counting import period_counts
    from desktop_app.store import open_database

    database = open_database(db)
    started, cpu = time.perf_counter(), time.process_time()
    counts = period_counts(database)
    figures = {
        "seconds": round(time.perf_counter() - started, 2),
        "cpu_s": round(time.process_time() - cpu, 2),
        "peak_mb": round(_peak_mb(), 1),
        "activities": len(counts.activities),
    }
    database.close()
    return figures


def _child(arguments: list[str]) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.bench_scale", *arguments]
    output = subprocess.run(
        command, check=True, capture_output=True, text=True, env=compiled_env()
    ).stdout
    figures: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return figures


def window_start(db: Path, folder: Path) -> dict[str, Any]:
    """The window's start on `db` (bench_window's child: from launching to usable, and to its
    list counted), its peak memory."""
    env = {
        **compiled_env(),
        "REGISTRE_CONFIG_DIR": str(folder / "config"),
        "XDG_CONFIG_HOME": str(folder / "xdg"),
        "HOME": str(folder),
        "REGISTRE_BENCH_LAUNCHED": repr(time.time()),
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "bench.bench_window", "--child", str(db)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def measure(attendance: int) -> dict[str, dict[str, Any]]:
    from bench.generate import Params, cached

    persons, activities = SIZES[attendance]
    params = Params(persons=persons, activities=activities, attendance=attendance, seed=1)
    source = cached(params).path
    folder = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        office, hq, book = folder / "office.db", folder / "hq.db", folder / "office.xlsx"
        shutil.copyfile(source, office)  # the export marks records as sent: work on a copy
        figures = {
            "export": step_in_child("export", office, book),
            "import": step_in_child("import", hq, book),
            "re-import": step_in_child("import", hq, book),
            "report": _child(["--report", str(hq)]),
        }
        window_start(office, folder)  # the first start reads the file from disk
        figures["window"] = window_start(office, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def _tree(figures: dict[str, Any]) -> float:
    return float(figures.get("tree_peak_mb", figures.get("peak_mb", 0.0)))


def table(results: dict[int, dict[str, dict[str, Any]]]) -> list[str]:
    """The table of docs/bench.md: one row per step, one column per size."""
    sizes = sorted(results)
    head = "| step | " + " | ".join(f"{n:,} attendance rows" for n in sizes) + " |"
    lines = [head, "|---|" + "---|" * len(sizes)]
    for step in STEPS:
        cells = []
        for size in sizes:
            f = results[size][step]
            if step == "window":
                cells.append(
                    f"usable {f['usable']:.2f} s, counted {f['filled']:.2f} s; "
                    f"{f.get('peak_mb', 0):.0f} MB"
                )
            else:
                cpu = f.get("cpu_s", 0) + f.get("reader_cpu_s", 0)
                cells.append(f"{f['seconds']:.2f} s (CPU {cpu:.2f} s); {_tree(f):.0f} MB")
        lines.append(f"| {step} | " + " | ".join(cells) + " |")
    return lines


def figures_of(results: dict[int, dict[str, dict[str, Any]]]) -> Figures:
    rows: Figures = []
    sizes = sorted(results)
    for step in STEPS:
        for index, size in enumerate(sizes):
            f = results[size][step]
            if step == "window":  # not expected to grow with the rows
                rows.append(
                    (f"window, {size:,} attendance rows",
                     f"usable {f['usable']:.2f} s, its list counted {f['filled']:.2f} s; "
                     f"{f['peak_mb']:.0f} MB")
                )  # fmt: skip
                continue
            seconds = f["seconds"]
            shown = f"{seconds:.2f} s, {_tree(f):.0f} MB"
            if index and sizes[index - 1] * 10 == size:
                floor = 10 * results[sizes[index - 1]][step]["seconds"]
                shown += f"; floor {floor:.2f} s (10x the size below), {seconds / floor:.1f}x"
            if step in ("export", "re-import") and size == max(SIZES):
                met = "met" if _tree(f) < MEMORY_TARGET_MB else "NOT met"
                shown += f"; target < {MEMORY_TARGET_MB} MB: {met}"
            rows.append((f"{step}, {size:,} attendance rows", shown))
    return rows


def run(_db_path: Path | None = None, sizes: tuple[int, ...] = tuple(SIZES)) -> Figures:
    results = {size: measure(size) for size in sizes}
    return [(f"scale ({load()})", ""), *figures_of(results)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_scale", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.report:
        print(json.dumps(report_step(args.report)))
        return 0
    print(f"machine: {load()}")
    results = {size: measure(size) for size in args.sizes}
    for label, figure in figures_of(results):
        print(f"{label:40} {figure}")
    print()
    print("\n".join(table(results)))
    print(json.dumps({str(k): v for k, v in results.items()}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
