"""The activity list: filtered and sorted in SQL, each activity with its counts.

The counts are those of every report (`counting.counted_rows`, the rules of
activities/counting_rules.py), summed by one grouped query for the page asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.activities.counting import ActivityRow, counted_rows
from desktop_app.records.text import normalise
from desktop_app.store import Database
from desktop_app.store.models import Activity
from desktop_app.store.sql_dialect import is_server, year_of


@dataclass(frozen=True)
class ActivityFilter:
    """Filters and order of `list_activities`. `search` matches title, city and venue."""

    search: str | None = None
    year: int | None = None
    kind: str | None = None
    country: str | None = None
    status: str | None = None
    office: str | None = None
    include_deleted: bool = False
    sort: str = "start_date"  # start_date, title, kind, city, country, status, participants
    descending: bool = True
    limit: int | None = None
    offset: int = 0
    youth_threshold: int = 30


SORT_COLUMNS = {
    "start_date": Activity.start_date,
    "title": Activity.title,
    "kind": Activity.kind,
    "city": Activity.city,
    "country": Activity.country,
    "status": Activity.status,
}


def _register_normaliser(session: Session) -> None:
    """SQLite: the search's normaliser as an SQL function of this connection (a server has
    none: `_matching_ids` applies it in Python)."""
    if is_server(session):
        return
    raw = session.connection().connection.driver_connection
    raw.create_function("registre_normalise", 1, normalise, deterministic=True)  # type: ignore[union-attr]


def _matching_ids(session: Session, words: list[str]) -> list[int]:
    """Activities whose title, city and venue hold every word (activities number thousands)."""
    rows = session.execute(select(Activity.id, Activity.title, Activity.city, Activity.venue))
    return [
        record_id
        for record_id, title, city, venue in rows
        if all(word in normalise(f"{title} {city} {venue or ''}") for word in words)
    ]


def filtered_ids(filters: ActivityFilter, session: Session | None = None) -> Select[Any]:
    """The ids the filters keep. Give the session when searching on a server."""
    statement = select(Activity.id)
    if not filters.include_deleted:
        statement = statement.where(~Activity.deleted)
    if filters.year is not None:
        statement = statement.where(year_of(Activity.start_date) == filters.year)
    words = normalise(filters.search).split()
    if words and session is not None and is_server(session):
        return statement.where(Activity.id.in_(_matching_ids(session, words)))
    for column, value in (
        (Activity.kind, filters.kind),
        (Activity.country, filters.country.upper() if filters.country else None),
        (Activity.status, filters.status),
        (Activity.office, filters.office),
    ):
        if value:
            statement = statement.where(column == value)
    for word in words:
        haystack = func.registre_normalise(
            Activity.title + " " + Activity.city + " " + func.coalesce(Activity.venue, "")
        )
        statement = statement.where(func.instr(haystack, word) > 0)
    return statement


def count_activities(database: Database, filters: ActivityFilter | None = None) -> int:
    """How many activities `list_activities` would give without limit and offset."""
    filters = filters or ActivityFilter()
    with database.session() as session:
        if filters.search:
            _register_normaliser(session)
        ids = filtered_ids(filters, session).subquery()
        return int(session.scalar(select(func.count()).select_from(ids)) or 0)


def list_activities(database: Database, filters: ActivityFilter | None = None) -> list[ActivityRow]:
    """The activities matching `filters` in their order, with counts by the counting rules."""
    filters = filters or ActivityFilter()
    with database.session() as session:
        if filters.search:
            _register_normaliser(session)
        by_participants = filters.sort == "participants"
        ids = filtered_ids(filters, session)
        if not by_participants:
            # Count only the page asked for: ordering and slicing need no counts.
            column = SORT_COLUMNS.get(filters.sort, Activity.start_date)
            ordering = (column.desc() if filters.descending else column.asc(), Activity.id.desc())
            ids = ids.order_by(*ordering).offset(filters.offset).limit(filters.limit)
        statement = select(Activity).where(Activity.id.in_(ids))
        if not by_participants:
            statement = statement.order_by(*ordering)
        rows = counted_rows(session, ids, statement, filters.youth_threshold)
    if by_participants:
        rows.sort(key=lambda r: (r.participants, r.id), reverse=filters.descending)
        end = None if filters.limit is None else filters.offset + filters.limit
        rows = rows[filters.offset : end]
    return rows
