"""An activity's rules at the door: the share of its days a participant must attend to complete
it (the counting rules' completion, docs/domain.md), and the time after which an arrival is late.

Both travel with the activity (two optional columns of the HQ workbook). The late time is the
activity's local time, in minutes from midnight (8:30 is 510).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.activities.counting_rules import DEFAULT_COMPLETION_PERCENT
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.field_rules import MINUTES_IN_A_DAY
from desktop_app.records.validation import Problems, not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})\s*$")  # 8:30, 08h30, 8.30


@dataclass(frozen=True)
class DoorRules:
    completion_percent: int  # the activity's, or the default
    own_completion: bool  # set for this activity (else the default)
    late_after_minutes: int | None  # None: nobody is late

    @property
    def late_after(self) -> str:
        """ "08:30", or "" when nobody is late."""
        if self.late_after_minutes is None:
            return ""
        return f"{self.late_after_minutes // 60:02d}:{self.late_after_minutes % 60:02d}"


def parse_time(text: str) -> int | None:
    """Minutes from midnight of "8:30", "08h30" or "8.30"; None when it is none of these."""
    match = _TIME.match(text)
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


def door_rules(database: Database, activity_id: int) -> DoorRules:
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise not_found("activity", activity_id)
        own = activity.completion_percent
        return DoorRules(
            own or DEFAULT_COMPLETION_PERCENT, own is not None, activity.late_after_minutes
        )


def checked_rules(completion_percent: int | None, late_after: str | None) -> int | None:
    """The late time in minutes, when both rules are acceptable; else ValidationError naming
    the field (`completion_percent`, `late_after`). Nothing is written: a form checks them
    before it saves anything."""
    problems = Problems()
    minutes: int | None = None
    if completion_percent is not None and not 1 <= completion_percent <= 100:
        problems.add(
            "completion_percent",
            QT_TRANSLATE_NOOP(
                "Validation", "The completion rule is a share of the days from 1 to 100%."
            ),
        )
    if late_after:
        minutes = parse_time(late_after)
        if minutes is None or not 0 <= minutes < MINUTES_IN_A_DAY:
            problems.add(
                "late_after",
                QT_TRANSLATE_NOOP("Validation", "{value} is not a time of day such as 08:30."),
                value=late_after,
            )
    problems.raise_if_any()
    return minutes


def set_door_rules(
    database: Database, activity_id: int, completion_percent: int | None, late_after: str | None
) -> DoorRules:
    """Set both rules (None: the default completion rule; nobody late)."""
    minutes = checked_rules(completion_percent, late_after)
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise not_found("activity", activity_id)
        activity.completion_percent = completion_percent
        activity.late_after_minutes = minutes
    return door_rules(database, activity_id)
