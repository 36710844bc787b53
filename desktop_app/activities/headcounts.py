"""Head counts: unnamed attendees of an activity, for one day or for the whole activity.

How they count (one rule, used by the activity list and by every report):
- whole-activity head counts (no day) are added together; when there is at least one, they give
  the unnamed total, women and youth of the activity;
- otherwise per-day head counts are added together day by day, and the largest day (by total)
  gives the unnamed total, women and youth: the same people usually come back each day;
- person-days: the per-day totals added up when per-day head counts exist, otherwise the
  whole-activity total times the number of days of the activity;
- women not stated: the head count's people are all "sex not stated"; women stated: the rest of
  the total are men. Youth not stated: all "age unknown"; youth stated: the rest are not youth.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import astuple, dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.field_rules import MAX_COUNT, TEXT_LIMITS, above_total, count_in_range
from desktop_app.records.revisions import check_revision, refusing_stale
from desktop_app.records.validation import Problems, not_found, optional_text
from desktop_app.store import Database
from desktop_app.store.models import Activity, HeadCount


@dataclass(frozen=True)
class HeadCountRow:
    id: int
    activity_id: int
    day: dt.date | None
    total: int
    women: int | None
    youth: int | None
    note: str | None
    revision: int = 0


@dataclass(frozen=True)
class Unnamed:
    """What head counts add to the counts of an activity (or what one head count adds)."""

    total: int = 0
    women: int = 0
    men: int = 0
    sex_not_stated: int = 0
    youth: int = 0
    not_youth: int = 0
    age_unknown: int = 0
    person_days: int = 0

    def __add__(self, other: Unnamed) -> Unnamed:
        return Unnamed(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def head_count_parts(
    rows: Iterable[HeadCountRow], day_count: int
) -> list[tuple[HeadCountRow, Unnamed]]:
    """What each live head count of one activity adds, by the rule of the module docstring: the
    rows behind every unnamed figure. A day's head count that is not the largest day adds
    person-days only."""
    whole: list[HeadCountRow] = []
    by_day: dict[dt.date, list[HeadCountRow]] = defaultdict(list)
    for row in rows:
        if row.day is None:
            whole.append(row)
        else:
            by_day[row.day].append(row)
    if whole:
        return [(row, _part(row, row.total * day_count)) for row in whole]
    if not by_day:
        return []
    chosen = max(by_day.values(), key=lambda day_rows: sum(r.total for r in day_rows))
    return [
        (row, _part(row, row.total) if day_rows is chosen else Unnamed(person_days=row.total))
        for day_rows in by_day.values()
        for row in day_rows
    ]


def _part(row: HeadCountRow, person_days: int) -> Unnamed:
    women = men = not_stated = youth = not_youth = unknown = 0
    if row.women is None:
        not_stated = row.total
    else:
        women, men = row.women, row.total - row.women
    if row.youth is None:
        unknown = row.total
    else:
        youth, not_youth = row.youth, row.total - row.youth
    return Unnamed(row.total, women, men, not_stated, youth, not_youth, unknown, person_days)


def unnamed(rows: Iterable[HeadCountRow], day_count: int) -> Unnamed:
    """The rule of the module docstring, applied to the live head counts of one activity: the
    sum of `head_count_parts`."""
    return sum((part for _row, part in head_count_parts(rows, day_count)), Unnamed())


def row(head_count: HeadCount) -> HeadCountRow:
    return HeadCountRow(
        head_count.id,
        head_count.activity_id,
        head_count.day,
        head_count.total,
        head_count.women,
        head_count.youth,
        head_count.note,
        head_count.revision,
    )


def _check(
    activity: Activity,
    day: dt.date | None,
    total: int,
    women: int | None,
    youth: int | None,
    note: str | None,
) -> str | None:
    """The note cleaned, once every value is checked (field_rules)."""
    problems = Problems()
    for name, value in (("total", total), ("women", women), ("youth", youth)):
        if value is not None and value < 0:
            problems.add(name, QT_TRANSLATE_NOOP("Validation", "A count cannot be negative."))
        elif value is not None and not count_in_range(value):
            problems.add(
                name,
                QT_TRANSLATE_NOOP("Validation", "A count lies between 0 and {most}."),
                most=MAX_COUNT,
            )
    for name, value in (("women", women), ("youth", youth)):
        if value is not None and name not in problems and above_total(total, value):
            problems.add(
                name,
                QT_TRANSLATE_NOOP("Validation", "This cannot be more than the total ({total})."),
                total=total,
            )
    if day is not None and not activity.start_date <= day <= activity.end_date:
        problems.add(
            "day",
            QT_TRANSLATE_NOOP(
                "Validation", "The day must lie within the activity's dates ({start} to {end})."
            ),
            start=activity.start_date.isoformat(),
            end=activity.end_date.isoformat(),
        )
    clean_note = optional_text(
        problems, "note", note, TEXT_LIMITS["head_count"]["note"], multiline=True
    )
    problems.raise_if_any()
    return clean_note


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise not_found("activity", activity_id)
    return activity


def add_head_count(
    database: Database,
    activity_id: int,
    total: int,
    women: int | None = None,
    youth: int | None = None,
    day: dt.date | None = None,
    note: str | None = None,
) -> HeadCountRow:
    """Record unnamed attendees for the whole activity (day None) or for one of its days."""
    with database.session() as session:
        activity = _activity(session, activity_id)
        clean_note = _check(activity, day, total, women, youth, note)
        head_count = HeadCount(
            activity_id=activity_id,
            day=day,
            total=total,
            women=women,
            youth=youth,
            note=clean_note,
        )
        session.add(head_count)
        session.flush()
        return row(head_count)


def edit_head_count(
    database: Database,
    head_count_id: int,
    total: int,
    women: int | None = None,
    youth: int | None = None,
    day: dt.date | None = None,
    note: str | None = None,
    *,
    expected_revision: int | None = None,
) -> HeadCountRow:
    """`expected_revision`: the revision the dialog was loaded at (records/revisions.py)."""
    with refusing_stale("head_count"), database.session() as session:
        head_count = session.get(HeadCount, head_count_id)
        if head_count is None or head_count.deleted:
            raise not_found("head count", head_count_id)
        check_revision(head_count, expected_revision, "head_count")
        clean_note = _check(
            _activity(session, head_count.activity_id), day, total, women, youth, note
        )
        head_count.day, head_count.total = day, total
        head_count.women, head_count.youth, head_count.note = women, youth, clean_note
        session.flush()
        return row(head_count)


def delete_head_count(
    database: Database, head_count_id: int, *, expected_revision: int | None = None
) -> None:
    with refusing_stale("head_count"), database.session() as session:
        head_count = session.get(HeadCount, head_count_id)
        if head_count is None or head_count.deleted:
            raise not_found("head count", head_count_id)
        check_revision(head_count, expected_revision, "head_count")
        head_count.deleted = True


def list_head_counts(database: Database, activity_id: int) -> list[HeadCountRow]:
    """Live head counts of an activity: whole-activity first, then by day."""
    with database.session() as session:
        rows = session.scalars(
            select(HeadCount)
            .where(HeadCount.activity_id == activity_id, ~HeadCount.deleted)
            .order_by(HeadCount.day.is_not(None), HeadCount.day, HeadCount.id)
        )
        return [row(h) for h in rows]


def head_counts_by_activity(
    session: Session, activity_ids: Select[Any] | Iterable[int] | None = None
) -> dict[int, list[HeadCountRow]]:
    """Live head counts grouped by activity (all when `activity_ids`, ids or a select, is None)."""
    statement = select(HeadCount).where(~HeadCount.deleted)
    if isinstance(activity_ids, Select):
        statement = statement.where(HeadCount.activity_id.in_(activity_ids))
    elif activity_ids is not None:
        statement = statement.where(HeadCount.activity_id.in_(list(activity_ids)))
    grouped: dict[int, list[HeadCountRow]] = defaultdict(list)
    for head_count in session.scalars(statement):
        grouped[head_count.activity_id].append(row(head_count))
    return grouped
