"""One badge scan at the door on a big database (100,000 persons, 200,000 attendance rows).

    python -m bench.bench_door [--db PATH] [--rounds 60]

Target: under 50 ms from the scanner's Enter to the counter updated. Measured through the real
check-in screen: the badge's code is put in the search box (as the scanner's keys would), then
Enter is pressed (the token read, the person resolved, the check-in recorded, the counter,
day log and expected list refreshed, events processed). The scanner's own typing (19 keys at a
few milliseconds each) is the scanner's time, not measured. Runs on a copy of the generator's
database, which stays untouched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bench.bench_ui import PARAMS, Figures, _times
from bench.generate import cached


def attendees(database: Any, activity_id: int) -> list[int]:
    from sqlalchemy import select

    from desktop_app.store.models import Attendance

    with database.session() as session:
        return list(
            session.scalars(
                select(Attendance.person_id).where(Attendance.activity_id == activity_id).distinct()
            )
        )


def run(db_path: Path, rounds: int = 60) -> list[tuple[str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.activities.activity_list import ActivityFilter, list_activities
    from desktop_app.door.badges import issue_badges
    from desktop_app.door.expected import add_expected
    from desktop_app.door.scans import read_scan
    from desktop_app.registry.person_search import search_persons
    from desktop_app.store import open_database
    from desktop_app.ui.check_in.view import CheckInView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench-door.db"
        shutil.copyfile(db_path, copy)
        database = open_database(copy)
        try:
            biggest = list_activities(database, ActivityFilter(sort="participants", limit=20))
            activity = next(a for a in biggest if a.status != "cancelled")
            persons = [p.id for p in search_persons(database, "", limit=rounds * 3)]
            badges = issue_badges(database, persons)
            view = CheckInView(database, activity.id)
            view.resize(1000, 700)
            view.show()
            app.processEvents()
            tokens = iter(badge.token for badge in badges)

            def scan_step() -> None:
                view.search_edit.setText(next(tokens))
                QTest.keyClick(view.search_edit, Qt.Key.Key_Return)
                app.processEvents()

            scan = _times(scan_step, rounds)
            codes = iter(badge.token for badge in badges[rounds : 2 * rounds])
            resolve = _times(lambda: read_scan(database, next(codes)), rounds)
            # The door with an expected list: everyone who came and the badges' persons invited,
            # the panel under the counter counting it again after each scan.
            add_expected(database, activity.id, [*attendees(database, activity.id), *persons])
            view.counts_changed.emit()
            listed = view.expected_panel.summary.text()
            tokens = iter(badge.token for badge in badges[2 * rounds :])
            scan_listed = _times(scan_step, rounds)
            checked = view.log.rowCount()
        finally:
            database.close()

    def line(figures: Figures) -> str:
        median, p95, most, cpu = figures
        return f"median {median:.1f} ms (processor {cpu:.1f}), p95 {p95:.1f}, max {most:.1f}"

    return [
        ("activity scanned into", f"{activity.title[:40]}… ({activity.participants})"),
        (f"one scan: Enter to counter updated ({rounds} scans)", line(scan)),
        (f"the same with an expected list ({listed})", line(scan_listed)),
        (f"a badge's code resolved to its person alone ({checked} in the log)", line(resolve)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_door", description=__doc__)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args(argv)
    source = args.db or cached(PARAMS).path
    before = os.getloadavg()[0]
    rows = run(source, args.rounds)
    after = os.getloadavg()[0]
    print(f"A badge scan on {source.name} (target: under 50 ms)")
    print(f"  load average {before:.1f} before, {after:.1f} after, on {os.cpu_count()} processors")
    for label, value in rows:
        print(f"  {label:<62} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
