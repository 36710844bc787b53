"""Arrival times: when each presence was checked in, in the activity's local time, by quarter
hour, and who was late (docs/door.md).

A check-in's time is stored in UTC (`attendance.checked_in_at`); presences typed from a
sign-in sheet have none and are counted apart ("time unknown"). The local time is the one of
the activity's country: the countries where Registre works keep one offset all year (no summer
time), listed here; elsewhere the computer's own offset is used, which is right at the door.
An arrival is late when its local time of day is after the activity's "late after" time
(`activity.late_after_minutes`, set with `registre door-rules`; none: nobody is late).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.records.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance

QUARTER = 15  # minutes
# Hours from UTC, the same all year: West and Central Africa (no summer time).
UTC_OFFSETS = {
    "NE": 1, "TD": 1, "NG": 1, "CM": 1, "BJ": 1, "CF": 1, "CG": 1, "GA": 1, "GQ": 1, "AO": 1,
    "DZ": 1, "TN": 1, "CD": 1,
    "ML": 0, "BF": 0, "SN": 0, "CI": 0, "TG": 0, "GN": 0, "MR": 0, "GH": 0, "GM": 0, "GW": 0,
    "SL": 0, "LR": 0, "ST": 0,
    "CV": -1,
}  # fmt: skip


def local_time(moment: dt.datetime, country: str | None) -> dt.datetime:
    """A stored UTC time in the activity's local time (naive)."""
    offset = UTC_OFFSETS.get((country or "").upper())
    if offset is not None:
        return moment + dt.timedelta(hours=offset)
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class Arrivals:
    """Arrivals of an activity (or one of its days) by quarter hour of local time."""

    quarters: tuple[tuple[dt.time, int], ...]  # every quarter from the first to the last arrival
    timed: int  # presences with a check-in time
    untimed: int  # presences without one (typed from a sheet)
    late: int  # timed arrivals after the late time
    late_after: dt.time | None  # None: nobody is late

    @property
    def shown(self) -> bool:
        return self.timed > 0


def is_late(local: dt.datetime, late_after_minutes: int | None) -> bool:
    if late_after_minutes is None:
        return False
    return local.hour * 60 + local.minute > late_after_minutes


def arrivals(database: Database, activity_id: int, day: dt.date | None = None) -> Arrivals:
    """The live presences of the activity (of `day` only, when given) by quarter hour."""
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise not_found("activity", activity_id)
        country, late_after = activity.country, activity.late_after_minutes
        query = select(Attendance.checked_in_at).where(
            Attendance.activity_id == activity_id, ~Attendance.deleted
        )
        if day is not None:
            query = query.where(Attendance.day == day)
        times = list(session.scalars(query))
    local = [local_time(t, country) for t in times if t is not None]
    slots = Counter((moment.hour * 60 + moment.minute) // QUARTER * QUARTER for moment in local)
    quarters: list[tuple[dt.time, int]] = []
    if slots:
        for start in range(min(slots), max(slots) + QUARTER, QUARTER):
            quarters.append((dt.time(start // 60, start % 60), slots.get(start, 0)))
    return Arrivals(
        quarters=tuple(quarters),
        timed=len(local),
        untimed=len(times) - len(local),
        late=sum(1 for moment in local if is_late(moment, late_after)),
        late_after=None if late_after is None else dt.time(late_after // 60, late_after % 60),
    )
