"""Arrival times: in the activity's local time, by quarter hour, late after the activity's time,
presences typed from a sheet counted apart; in the activity report and the expected list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import update

from desktop_app.activities.arrivals import arrivals, local_time
from desktop_app.activities.attendance import check_in
from desktop_app.door.expected import add_expected
from desktop_app.door.rules import set_door_rules
from desktop_app.reports.charts import activity_charts
from desktop_app.reports.data import activity_report
from desktop_app.reports.document import ChartRow
from desktop_app.store import Database
from desktop_app.store.models import Attendance
from tests.cli.conftest import Run
from tests.factories import MakeActivity, MakePerson

DAY = dt.date(2022, 12, 5)
UTC_TIMES = ["07:50", "07:55", "08:10", "08:20", "08:40"]  # Niamey is UTC+1


def _morning(db: Database, make_activity: MakeActivity, make_person: MakePerson) -> int:
    activity = make_activity()  # in Niamey (NE)
    persons = [make_person(f"ARRIVÉ{n}", "Awa") for n in range(6)]
    add_expected(db, activity.id, [p.id for p in persons])
    for person, time in zip(persons, [*UTC_TIMES, None], strict=True):
        row = check_in(db, activity.id, person.id, DAY)
        moment = None if time is None else dt.datetime.combine(DAY, dt.time.fromisoformat(time))
        with db.session() as session:  # the clock of the morning, and one typed from a sheet
            session.execute(
                update(Attendance).where(Attendance.id == row.id).values(checked_in_at=moment)
            )
    set_door_rules(db, activity.id, None, "09:00")
    return activity.id


def test_by_quarter_hour_in_local_time_and_who_was_late(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity_id = _morning(db, make_activity, make_person)
    # By hand: local 08:50, 08:55, 09:10, 09:20, 09:40; one without a time. Quarters 08:45 (2),
    # 09:00 (1), 09:15 (1), 09:30 (1); after 09:00, 3 late.
    arrived = arrivals(db, activity_id)
    assert [(t.strftime("%H:%M"), n) for t, n in arrived.quarters] == [
        ("08:45", 2), ("09:00", 1), ("09:15", 1), ("09:30", 1),
    ]  # fmt: skip
    assert (arrived.timed, arrived.untimed, arrived.late) == (5, 1, 3)
    assert local_time(dt.datetime(2022, 12, 5, 7, 50), "ML") == dt.datetime(2022, 12, 5, 7, 50)


def test_the_activity_report_shows_the_arrivals(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity_id = _morning(db, make_activity, make_person)
    blocks = activity_charts(activity_report(db, activity_id), "fr")
    charts = [c for block in blocks if isinstance(block, ChartRow) for c in block.charts]
    (chart,) = [c for c in charts if c.title.startswith("Arrivées par quart d'heure")]
    assert "en retard après 09:00\u202f: 3" in chart.title and "sans heure\u202f: 1" in chart.title
    assert chart.categories == ("08:45", "09:00", "09:15", "09:30")
    assert chart.series[0].values == (2, 1, 1, 1)


def test_the_expected_list_says_when_and_who_was_late(
    db_path: Path,
    db: Database,
    run: Run,
    make_activity: MakeActivity,
    make_person: MakePerson,
) -> None:
    activity_id = _morning(db, make_activity, make_person)
    listed = run(db_path, "expected", "list", "--activity", str(activity_id), "--day", "2022-12-05")
    lines = listed.out.splitlines()
    assert any(line.endswith("08:50") for line in lines)
    assert sum(line.endswith("(late)") for line in lines) == 3
    assert any(line.endswith("✓") for line in lines)  # typed from a sheet: present, no time
