"""HQ's consolidation of the approved payment lists: by project, budget line, office and month.

Each approved list counts once, in the month its activity started, under its activity's
project code and organising office (the office that approved it when the activity names
none). Lists in different currencies are never added together: the currency is part of a row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.payments.approval import decode_lines
from desktop_app.store import Database
from desktop_app.store.models import Activity
from desktop_app.store.models import PaymentList as ListRow


@dataclass(frozen=True)
class ConsolidatedRow:
    project: str  # "" when the activity has no project code
    budget_line: str
    office: str
    month: str  # "2022-12"
    currency: str
    lists: int
    persons: int  # payment lines: a person paid by two lists counts twice
    days: int
    total: int
    activity_ids: tuple[int, ...]  # the activities behind the row


def consolidate(
    database: Database, *, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[ConsolidatedRow, ...]:
    query = (
        select(ListRow, Activity)
        .join(Activity, Activity.id == ListRow.activity_id)
        .where(ListRow.deleted.is_(False), Activity.deleted.is_(False))
    )
    if start is not None:
        query = query.where(Activity.start_date >= start)
    if end is not None:
        query = query.where(Activity.start_date <= end)
    sums: dict[tuple[str, str, str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    activities: dict[tuple[str, str, str, str, str], set[int]] = defaultdict(set)
    with database.session() as session:
        for row, activity in session.execute(query):
            key = (
                activity.project_code or "",
                row.budget_line or "",
                activity.office or row.origin_site,
                activity.start_date.strftime("%Y-%m"),
                row.currency,
            )
            _, lines = decode_lines(row.lines)
            figures = sums[key]
            figures[0] += 1 if row.part == 1 else 0  # a list approved in parts counts once
            figures[1] += len(lines)
            figures[2] += sum(len(line["d"]) for line in lines)
            figures[3] += row.total
            activities[key].add(activity.id)
    return tuple(
        ConsolidatedRow(
            project=key[0],
            budget_line=key[1],
            office=key[2],
            month=key[3],
            currency=key[4],
            lists=figures[0],
            persons=figures[1],
            days=figures[2],
            total=figures[3],
            activity_ids=tuple(sorted(activities[key])),
        )
        for key, figures in sorted(sums.items())
    )
