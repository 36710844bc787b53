"""Soak through the services: many check-ins with random undos, an export for HQ and a
re-import every so often; counts must stay exact and memory flat.

    python -m bench.bench_soak [--check-ins 50000] [--every 5000] [--persons 2000] [--seed 7]

An office database checks people in through `services.attendance` (one transaction each, as at
the door), undoing about one in ten. Every `--every` check-ins it exports its changes for HQ,
HQ imports them, and the office re-imports its own workbook (all unchanged). After each round
the live attendance is compared with what the soak itself kept: in the office, at HQ, and row
counts of the import. Memory: the process's resident set and Python's traced allocations after
each round; "flat" means the last rounds do not grow.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.activities import activities, attendance
from desktop_app.registry.sites import init_site
from desktop_app.store import Database, open_database
from desktop_app.store.models import Attendance, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks

DAY = dt.date(2026, 3, 2)
DAYS = 5
ACTIVITIES = 4


@dataclass
class Round:
    check_ins: int
    live: int
    office_live: int
    hq_live: int
    imported_new_or_updated: int
    reimport_changes: int
    seconds: float
    cpu_seconds: float  # this process's own CPU time: what the work costs on an idle machine
    rss_mb: float
    traced_mb: float


@dataclass
class SoakResult:
    rounds: list[Round] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return all(
            r.live == r.office_live == r.hq_live and r.reimport_changes == 0 for r in self.rounds
        )


def _rss_mb() -> float:
    """The resident set now (Linux), in MB."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1 << 20)


def _database(folder: Path, code: str, name: str, country: str) -> Database:
    database = open_database(folder / f"{code}.db")
    init_site(database, code, name, country)
    return database


def _live_attendance(database: Database) -> int:
    with database.session() as session:
        return int(
            session.scalar(select(func.count()).select_from(Attendance).where(~Attendance.deleted))
            or 0
        )


def soak(
    folder: Path,
    *,
    check_ins: int = 50_000,
    every: int = 5_000,
    persons: int = 2_000,
    seed: int = 7,
    trace: bool = False,
    report: Callable[[Round], None] | None = None,
) -> SoakResult:
    """Run the soak in `folder`; returns one `Round` per export."""
    rng = random.Random(seed)
    office = _database(folder, "NE-NIA", "Niamey", "NE")
    hq = _database(folder, "HQ-GVA", "Genève", "CH")
    result = SoakResult()
    try:
        activity_ids = [
            activities.create_activity(
                office,
                activities.ActivityFields(
                    title=f"Atelier {number}",
                    kind="workshop",
                    start_date=DAY,
                    end_date=DAY + dt.timedelta(days=DAYS - 1),
                    country="NE",
                    city="Niamey",
                ),
            ).id
            for number in range(ACTIVITIES)
        ]
        with office.session() as session:
            people = [
                Person(family_name=f"SOAK{n}", search_text=f"soak{n}") for n in range(persons)
            ]
            session.add_all(people)
            session.flush()
            person_ids = [p.id for p in people]
        live: dict[tuple[int, int, dt.date], int] = {}  # (activity, person, day) -> attendance id
        recent: list[tuple[int, int, dt.date]] = []
        if trace:  # exact Python allocations, at the price of a slower run
            tracemalloc.start()
        started, cpu_started = time.perf_counter(), time.process_time()
        for number in range(1, check_ins + 1):
            key = (
                rng.choice(activity_ids),
                rng.choice(person_ids),
                DAY + dt.timedelta(days=rng.randrange(DAYS)),
            )
            row = attendance.check_in(office, *key)
            live[key] = row.id
            recent = [*recent[-19:], key]
            if rng.random() < 0.1:  # an undo of one of the last check-ins
                undone = rng.choice(recent)
                if undone in live:
                    attendance.undo_check_in(office, live.pop(undone))
            if number % every == 0:
                book = export_workbook(office, folder / f"round-{number}.xlsx").path
                incoming = import_workbooks(hq, [book]).files[0].totals()
                # The office's own workbook coming back: confirmed, as the preview would ask.
                again = import_workbooks(office, [book], accept_office_change=True)
                again = again.files[0].totals()
                book.unlink()
                gc.collect()
                current = tracemalloc.get_traced_memory()[0] if trace else 0
                entry = Round(
                    check_ins=number,
                    live=len(live),
                    office_live=_live_attendance(office),
                    hq_live=_live_attendance(hq),
                    imported_new_or_updated=incoming.new + incoming.updated,
                    reimport_changes=again.new + again.updated + again.conflicts,
                    seconds=time.perf_counter() - started,
                    cpu_seconds=time.process_time() - cpu_started,
                    rss_mb=_rss_mb(),
                    traced_mb=current / (1 << 20),
                )
                result.rounds.append(entry)
                if report:
                    report(entry)
        if trace:
            tracemalloc.stop()
    finally:
        office.close()
        hq.close()
    return result


def _print(entry: Round) -> None:
    print(
        f"{entry.check_ins:>7,} check-ins  live {entry.live:>6,}  office {entry.office_live:>6,}  "
        f"HQ {entry.hq_live:>6,}  sent {entry.imported_new_or_updated:>6,}  "
        f"re-import changes {entry.reimport_changes}  {entry.seconds:7.0f} s "
        f"(CPU {entry.cpu_seconds:5.0f} s)  "
        f"RSS {entry.rss_mb:6.1f} MB  traced {entry.traced_mb:6.1f} MB (0: not traced)",
        flush=True,
    )


def run(_db_path: Path | None = None) -> list[tuple[str, str]]:
    """Figures for bench/run.py."""
    folder = Path(tempfile.mkdtemp(prefix="registre-soak-"))
    try:
        result = soak(folder, report=_print)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    first, last = result.rounds[0], result.rounds[-1]
    return [
        ("soak: counts exact after every round", "yes" if result.exact else "NO"),
        (
            f"soak: {last.check_ins:,} check-ins with undos, {len(result.rounds)} export/import",
            f"{last.seconds:.0f} s (CPU {last.cpu_seconds:.0f} s)",
        ),
        (
            "soak: memory after the first and the last round",
            f"RSS {first.rss_mb:.0f} -> {last.rss_mb:.0f} MB, "
            f"traced {first.traced_mb:.1f} -> {last.traced_mb:.1f} MB",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-ins", type=int, default=50_000)
    parser.add_argument("--every", type=int, default=5_000)
    parser.add_argument("--persons", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--trace", action="store_true", help="also trace Python allocations")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the databases in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="registre-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        result = soak(
            folder,
            check_ins=args.check_ins,
            every=args.every,
            persons=args.persons,
            seed=args.seed,
            trace=args.trace,
            report=_print,
        )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    rounds = result.rounds
    print(f"counts exact after every round: {'yes' if result.exact else 'NO'}")
    if len(rounds) >= 2:
        second, last = rounds[1], rounds[-1]
        print(
            f"memory from round 2 to the last: RSS {second.rss_mb:.1f} -> {last.rss_mb:.1f} MB, "
            f"traced {second.traced_mb:.1f} -> {last.traced_mb:.1f} MB"
        )


if __name__ == "__main__":
    main()
