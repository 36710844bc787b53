"""The same HQ work on a SQLite file and on a PostgreSQL database: the sync bench's workbook of
100,000 attendance rows imported into an empty database, imported again (all unchanged), then
the period report over everything.

    python -m bench.bench_engines [--pg-url URL] [--only sqlite|postgresql]

The PostgreSQL server is REGISTRE_BENCH_PG_URL (default: the development cluster of the
project, postgresql+psycopg://registre@127.0.0.1:54329/postgres); a throw-away database is
created on it and dropped at the end. Each step runs in its own process so that its peak memory
(maximum resident set size) is its own. Times are wall clock and the process's CPU time; on
PostgreSQL part of the work is the server's, which the CPU time of the program does not show.
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
import uuid
from pathlib import Path
from typing import Any

from bench.bench_sync import ACTIVITIES, ATTENDANCE, PERSONS, _cpu_seconds, _peak_mb, step_in_child

PG_URL_VARIABLE = "REGISTRE_BENCH_PG_URL"
DEFAULT_PG_URL = "postgresql+psycopg://registre@127.0.0.1:54329/postgres"


def _server_cpu_seconds(database: Any) -> float | None:
    """CPU time of the server process serving this program's connection, when the server runs
    on this machine (the development cluster); None otherwise."""
    if not database.is_server:
        return None
    from sqlalchemy import text

    with database.engine.connect() as connection:  # the pool hands back the import's connection
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_step(step: str, target: str, book: Path) -> dict[str, Any]:
    """One step in this process (`target`: a file path or a server URL); its figures."""
    from desktop_app.activities.counting import period_counts
    from desktop_app.store import open_database
    from desktop_app.store.models import Site
    from desktop_app.sync.importing import import_workbooks

    database = open_database(target)
    if database.site_code is None:
        with database.session() as session:
            session.add(Site(code="HQ-GVA", name="Genève", country="CH", is_local=True))
        database.refresh_site()
    server_started = _server_cpu_seconds(database)
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    figures: dict[str, Any] = {}
    if step == "import":
        figures["changes"] = import_workbooks(database, [book]).changes
    else:
        counts = period_counts(database)
        figures["activities"] = len(counts.activities)
        figures["participations"] = counts.totals.participations
    figures["seconds"] = round(time.perf_counter() - started, 2)
    figures["cpu_s"] = round(_cpu_seconds() - cpu_started, 2)
    figures["peak_mb"] = round(_peak_mb(), 1)
    server_finished = _server_cpu_seconds(database)
    if server_started is not None and server_finished is not None:
        figures["server_cpu_s"] = round(server_finished - server_started, 2)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    if children.ru_maxrss:  # the import reads the attendance sheet in a second process
        figures["reader_cpu_s"] = round(children.ru_utime + children.ru_stime, 2)
        figures["reader_peak_mb"] = round(children.ru_maxrss / 1024, 1)
    database.close()
    return figures


def _child(step: str, target: str, book: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.bench_engines", "--step", step, "--target", target]
    command += ["--book", str(book)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1][:200]}
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


class ServerDatabase:
    """A throw-away database on the bench's PostgreSQL server."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine

        from desktop_app.store import server

        self.base = server.normalise_url(admin_url)
        self.name = f"registre_bench_{uuid.uuid4().hex[:8]}"
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT")

    def __enter__(self) -> str:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.name}"'))
        return self.base.set(database=self.name).render_as_string(hide_password=False)

    def __exit__(self, *_exc: object) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


def _engine_rows(engine: str, target: str, book: Path) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{engine}: import into empty HQ", _child("import", target, book)),
        (f"{engine}: re-import (all unchanged)", _child("import", target, book)),
        (f"{engine}: period report, everything", _child("report", target, book)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_engines", description=__doc__)
    parser.add_argument("--pg-url", default=os.environ.get(PG_URL_VARIABLE, DEFAULT_PG_URL))
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--step", choices=("import", "report"), help=argparse.SUPPRESS)
    parser.add_argument("--target", help=argparse.SUPPRESS)
    parser.add_argument("--book", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        print(json.dumps(run_step(args.step, args.target, args.book)))
        return 0

    from bench.generate import Params, cached  # not in the measured child processes

    params = Params(persons=PERSONS, activities=ACTIVITIES, attendance=ATTENDANCE, seed=1)
    source = cached(params).path
    folder = Path(tempfile.mkdtemp(prefix="bench-engines-"))
    try:
        office, book = folder / "office.db", folder / "office.xlsx"
        shutil.copyfile(source, office)  # the export marks records as sent: work on a copy
        print(f"office database: {source}")
        print(f"machine load (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        export = step_in_child("export", office, book)
        print(f"workbook: {export['rows']:,} rows, {export['size_mb']} MB")
        rows: list[tuple[str, dict[str, Any]]] = []
        if args.only in (None, "sqlite"):
            rows += _engine_rows("sqlite", str(folder / "hq.db"), book)
        if args.only in (None, "postgresql"):
            with ServerDatabase(args.pg_url) as url:
                rows += _engine_rows("postgresql", url, book)
        for name, figures in rows:
            if "error" in figures:
                print(f"{name:38} failed: {figures['error']}")
                continue
            details = ", ".join(f"{k}={v}" for k, v in figures.items() if k != "seconds")
            print(f"{name:38} {figures['seconds']:>7.2f} s   {details}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
