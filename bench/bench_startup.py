"""Command start-up: `registre --help` and `registre report` on the demonstration database,
each against `python -c "import sqlalchemy"` measured in the same run.

Target: both under 0.4 s and at most twice the floor. Each figure is the median of a few runs
taken in turn with the floor, bytecode compiled and files in the page cache (a first run warms
them). Also printed: how many modules `registre --help` imports, and whether Alembic is among
what `registre report` imports (it must not be: the database is at head).

    python -m bench.bench_startup [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.floors import against, compiled_env, load, medians, wall_seconds

Figures = list[tuple[str, str]]
TARGET = "< 0.4 s and ≤ 2x"


def registre() -> list[str]:
    """The `registre` console script beside this Python (what users run), else the module."""
    script = Path(sys.executable).with_name("registre")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "desktop_app"]


def imported(arguments: list[str], env: dict[str, str]) -> set[str]:
    script = (
        "import json, sys, contextlib, io\n"
        "from desktop_app.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({arguments!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, env=env
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def run(_db_path: Path | None = None, runs: int = 7) -> Figures:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        env = {**compiled_env(), "REGISTRE_CONFIG_DIR": str(Path(folder) / "config")}
        demo = Path(folder) / "demo.db"
        subprocess.run([*registre(), "--db", str(demo), "demo"], check=True, env=env,
                       capture_output=True)  # fmt: skip
        floor_command = [sys.executable, "-c", "import sqlalchemy"]
        help_command = [*registre(), "--help"]
        report_command = [*registre(), "--db", str(demo), "report"]
        for command in (floor_command, help_command, report_command):  # compile, warm up
            wall_seconds(command, env)
        timed = medians(
            runs,
            floor=lambda: wall_seconds(floor_command, env),
            help=lambda: wall_seconds(help_command, env),
            report=lambda: wall_seconds(report_command, env),
        )
        help_modules = imported(["--help"], env)
        report_modules = imported(["--db", str(demo), "report"], env)
    migrating = sorted({m.split(".")[0] for m in report_modules} & {"alembic", "mako", "pygments"})
    floor = timed["floor"]
    what = "import sqlalchemy"
    return [
        (f"registre --help (median of {runs}, {load()})",
         against(timed["help"], floor, what, target=TARGET)),
        ("registre report, demonstration database",
         against(timed["report"], floor, what, target=TARGET)),
        ("  modules imported by --help / by report",
         f"{len(help_modules)} / {len(report_modules)}"),
        ("  Alembic, Mako or Pygments imported by report", ", ".join(migrating) or "none"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    for label, figure in run(None, args.runs):
        print(f"{label:48} {figure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
