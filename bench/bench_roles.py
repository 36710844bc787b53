"""What row-level security costs: the period report over the sync bench's 100,000 attendance
rows on PostgreSQL, read as the owner (no policy applies), as an officer of every office, as
an officer and a viewer limited to one office, and as an analyst (the persons read through the
analyst's views); the list behind the period's youth count; and a person's history of changes
(refused to the analyst).

    python -m bench.bench_roles [--pg-url URL]

The server is REGISTRE_BENCH_PG_URL (as bench_engines); a throw-away database and two server
users are made on it and dropped at the end. Each figure is the best of three runs (wall clock).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from bench.bench_engines import DEFAULT_PG_URL, PG_URL_VARIABLE, ServerDatabase
from bench.bench_sync import ACTIVITIES, ATTENDANCE, PERSONS, step_in_child


def _best(work: Callable[[], object], runs: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return round(best, 2), result


def _as(url: str, user: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=user).render_as_string(hide_password=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_roles", description=__doc__)
    parser.add_argument("--pg-url", default=os.environ.get(PG_URL_VARIABLE, DEFAULT_PG_URL))
    args = parser.parse_args(argv)

    from sqlalchemy import func, select, text

    from bench.generate import Params, cached
    from desktop_app.access import roles
    from desktop_app.access.audit_log import AuditFilter, read_audit
    from desktop_app.activities.counting import period_counts
    from desktop_app.activities.explain import explain
    from desktop_app.store import open_database
    from desktop_app.store.models import Activity, Attendance, Site
    from desktop_app.sync.importing import import_workbooks

    params = Params(persons=PERSONS, activities=ACTIVITIES, attendance=ATTENDANCE, seed=1)
    folder = Path(tempfile.mkdtemp(prefix="bench-roles-"))
    names = ("officer", "limited", "viewer", "analyst")
    users = [f"bench.{uuid.uuid4().hex[:8]}.{n}" for n in names]
    try:
        office, book = folder / "office.db", folder / "office.xlsx"
        shutil.copyfile(cached(params).path, office)
        step_in_child("export", office, book)
        print(f"machine load (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        with ServerDatabase(args.pg_url) as url:
            owner = open_database(url)
            with owner.session() as session:
                session.add(Site(code="HQ-GVA", name="Genève", country="CH", is_local=True))
            owner.refresh_site()
            import_workbooks(owner, [book])
            roles.init_roles(owner)
            with owner.session() as session:
                # One office of several: the activities split by city stand for offices.
                cities = session.execute(
                    select(Activity.city, func.count())
                    .group_by(Activity.city)
                    .order_by(func.count().desc())
                ).all()
                session.execute(
                    text("UPDATE activity SET office = CASE WHEN city = :city THEN 'NE-NIA' "
                         "ELSE 'ML-BKO' END"),
                    {"city": cities[0][0]},
                )  # fmt: skip
                person_id = session.scalar(
                    select(Attendance.person_id)
                    .join(Activity, Activity.id == Attendance.activity_id)
                    .where(Activity.office == "NE-NIA")
                    .limit(1)
                )
            roles.add_user(owner, users[0], "officer")
            roles.add_user(owner, users[1], "officer", ["NE-NIA"])
            roles.add_user(owner, users[2], "viewer", ["NE-NIA"])
            roles.add_user(owner, users[3], "analyst")
            readers = [("owner (no policy)", url), ("officer, every office", _as(url, users[0])),
                       ("officer, one office", _as(url, users[1])),
                       ("viewer, one office", _as(url, users[2])),
                       ("analyst (views)", _as(url, users[3]))]  # fmt: skip
            for name, target in readers:
                database = open_database(target)
                seconds, counts = _best(lambda d=database: period_counts(d))
                listed, youth = _best(lambda d=database: explain(d, "youth"))
                totals = counts.totals  # type: ignore[attr-defined]
                line = (f"{name:24} period report {seconds:>6.2f} s ({totals.participations:,} "
                        f"participations, {totals.youth:,} youth)   youth list {listed:>5.2f} s "
                        f"({len(youth.persons):,} rows)")  # type: ignore[attr-defined]  # fmt: skip
                if database.reads_persons:  # the analyst may not follow a person
                    history, lines = _best(
                        lambda d=database: read_audit(d, AuditFilter(person_id=person_id))
                    )
                    line += f"   a person's history {history:>5.2f} s ({len(lines)} entries)"  # type: ignore[arg-type]
                print(line)
                database.close()
            with owner.engine.begin() as connection:
                for user in users:
                    connection.execute(text(f'DROP ROLE IF EXISTS "{user}"'))
            owner.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
