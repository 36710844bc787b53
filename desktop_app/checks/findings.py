"""What a data check finds (checks/checks.py): a `Finding`, with what to open to fix
it, and the `Scope` a check looks at."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select

from desktop_app.activities.counting import PeriodFilter
from desktop_app.activities.explain import ActivityRef, Explanation, explain
from desktop_app.messages import UserMessage
from desktop_app.store import Database

CONTEXT = "Checks"
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# What to open to fix a finding.
PERSON, ACTIVITY, HEAD_COUNTS, ATTENDANCE = "person", "activity", "head_counts", "attendance"


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `target` says what to open to fix it (PERSON, ACTIVITY,
    HEAD_COUNTS of the activity, or its ATTENDANCE grid); `other_person_id` is the second
    person of a possible duplicate."""

    check: str
    target: str
    detail: UserMessage
    activity: ActivityRef | None = None
    person_id: int | None = None
    person_name: str = ""
    head_count_id: int | None = None
    day: dt.date | None = None
    other_person_id: int | None = None
    other_person_name: str = ""
    roles: tuple[str, ...] = ()  # attendance role codes


@dataclass(frozen=True)
class Scope:
    """The activities checked: `ids` (an SQL select) and what a report of them is about."""

    database: Database
    ids: Select[Any]
    activities: dict[int, ActivityRef]
    activity_id: int | None
    period: PeriodFilter | None
    youth_threshold: int
    progress: Progress
    cancelled: Cancelled

    def explain(self, field: str) -> Explanation:
        return explain(
            self.database,
            field,
            activity_id=self.activity_id,
            period=self.period,
            youth_threshold=self.youth_threshold,
        )


def message(text: str, **params: object) -> UserMessage:
    """A finding's detail (`text` marked QT_TRANSLATE_NOOP("Checks", ...))."""
    return UserMessage(CONTEXT, text, dict(params))
