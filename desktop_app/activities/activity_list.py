"""The activity list: filtered and sorted in SQL, with participants, women and youth at a glance.

Counts are the rules of activities/counting_rules.py, as in every report: the named part summed
by one grouped query for the page asked for, head counts added with `headcounts.unnamed`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.activities import counting_rules as rules
from desktop_app.activities.activities import ActivityFilter, ActivityRow
from desktop_app.activities.counting_sums import tally
from desktop_app.activities.headcounts import head_counts_by_activity, unnamed
from desktop_app.records.page_cache import use_large_page_cache
from desktop_app.records.text import normalise
from desktop_app.store.models import Activity
from desktop_app.store.sql_dialect import is_server, year_of

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


def count_rows(session: Session, filters: ActivityFilter) -> int:
    if filters.search:
        _register_normaliser(session)
    ids = filtered_ids(filters, session).subquery()
    return int(session.scalar(select(func.count()).select_from(ids)) or 0)


def activity_rows(session: Session, filters: ActivityFilter) -> list[ActivityRow]:
    use_large_page_cache(session)
    if filters.search:
        _register_normaliser(session)
    by_participants = filters.sort == "participants"
    ids = filtered_ids(filters, session)
    if not by_participants:
        # Count only the page asked for: ordering and slicing need no counts.
        column = SORT_COLUMNS.get(filters.sort, Activity.start_date)
        ordering = (column.desc() if filters.descending else column.asc(), Activity.id.desc())
        ids = ids.order_by(*ordering).offset(filters.offset).limit(filters.limit)
    counted = (rules.PARTICIPANTS, rules.WOMEN, rules.YOUTH, rules.TEAM)
    tallies = tally(session, ids, counted, filters.youth_threshold)
    statement = select(Activity).where(Activity.id.in_(ids))
    if not by_participants:
        statement = statement.order_by(*ordering)
    head_counts = head_counts_by_activity(session, ids)
    rows: list[ActivityRow] = []
    for activity in session.scalars(statement):
        extra = unnamed(
            head_counts.get(activity.id, ()),
            (activity.end_date - activity.start_date).days + 1,
        )
        count = tallies.counter(activity.id, extra)
        rows.append(
            ActivityRow(
                id=activity.id,
                title=activity.title,
                kind=activity.kind,
                status=activity.status,
                start_date=activity.start_date,
                end_date=activity.end_date,
                country=activity.country,
                city=activity.city,
                venue=activity.venue,
                deleted=activity.deleted,
                participants=count(rules.PARTICIPANTS),
                women=count(rules.WOMEN),
                youth=count(rules.YOUTH),
                team=count(rules.TEAM),
            )
        )
    if by_participants:
        rows.sort(key=lambda r: (r.participants, r.id), reverse=filters.descending)
        end = None if filters.limit is None else filters.offset + filters.limit
        rows = rows[filters.offset : end]
    return rows
