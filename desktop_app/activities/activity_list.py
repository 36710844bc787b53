"""The activity list: every activity's line with its counts, filtered, searched and sorted in
memory.

Activities number thousands, their attendance hundreds of thousands: the lines themselves are
read in a few milliseconds, the counts (one grouped query over all the attendance) take about a
second on a big database. So the window keeps every line with its counts (`KeptList`) and
filters, searches and sorts them in memory (a millisecond for a thousand); a write reads again
only the lines and counts of the activities it touched (`read_list`). The command line reads
the lines, picks and orders them the same way (`select_rows`), and counts only those it shows.

Counts are the rules of activities/counting_rules.py, as in every report: the named part summed
by `counting_sums.tally` (one statement for every rule and every activity), head counts added
with `headcounts.unnamed`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.activities import counting_rules as rules
from desktop_app.activities.activities import ActivitySummary
from desktop_app.activities.counting import ActivityRow
from desktop_app.activities.counting_sums import tally
from desktop_app.activities.headcounts import head_counts_by_activity, unnamed
from desktop_app.activities.tags import tag_key, tags_in_use
from desktop_app.records.page_cache import use_large_page_cache
from desktop_app.records.text import normalise
from desktop_app.store import Database
from desktop_app.store.models import Activity, ActivityTag, Attendance


@dataclass(frozen=True)
class ActivityFilter:
    """Filters and order of `list_activities`. `search` matches title, city and venue; `tag`
    keeps the activities with that tag (whatever its case and accents)."""

    search: str | None = None
    year: int | None = None
    kind: str | None = None
    country: str | None = None
    status: str | None = None
    office: str | None = None
    tag: str | None = None
    include_deleted: bool = False
    sort: str = "start_date"  # start_date, title, kind, city, country, status, participants
    descending: bool = True
    limit: int | None = None
    offset: int = 0
    youth_threshold: int = 30


SORT_KEYS = ("start_date", "title", "kind", "city", "country", "status", "participants")
COUNT_NAMES = tuple(f.name for f in dataclasses.fields(rules.Counts))
_SUMMARY_NAMES = tuple(f.name for f in dataclasses.fields(ActivitySummary))
_LINE = (*(getattr(Activity, name) for name in _SUMMARY_NAMES), Activity.office)
_NOT_COUNTED: dict[str, Any] = dict.fromkeys(COUNT_NAMES, 0) | {"counted": False}
MANY = 200  # more lines than this are counted with every activity's attendance


@dataclass(frozen=True)
class Line:
    """An activity's row, the office it belongs to and its tags' keys."""

    row: ActivityRow
    office: str | None
    tags: frozenset[str] = frozenset()


@lru_cache(maxsize=50_000)
def _words(title: str, city: str, venue: str | None) -> str:
    """What the search looks in: title, city and venue, normalised (once per activity)."""
    return normalise(f"{title} {city} {venue or ''}")


def _lines(session: Session, ids: Collection[int] | None) -> list[Line]:
    """The lines of the activities `ids` (None: all), deleted ones too, not counted yet."""
    statement = select(*_LINE)
    tag_rows = select(ActivityTag.activity_id, ActivityTag.key)
    if ids is not None:
        statement = statement.where(Activity.id.in_(list(ids)))
        tag_rows = tag_rows.where(ActivityTag.activity_id.in_(list(ids)))
    tags: dict[int, set[str]] = {}
    for activity_id, key in session.execute(tag_rows):
        tags.setdefault(activity_id, set()).add(key)
    return [
        Line(
            ActivityRow(**dict(zip(_SUMMARY_NAMES, values, strict=False)), **_NOT_COUNTED),
            office,
            frozenset(tags.get(values[0], ())),
        )
        for *values, office in session.execute(statement)
    ]


def _counted(session: Session, lines: Sequence[Line], youth_threshold: int) -> list[Line]:
    """The same lines with every count of the rules: one statement for all of them."""
    if not lines:
        return []
    use_large_page_cache(session)
    ids = [line.row.id for line in lines]
    whole = len(ids) >= MANY
    # Many lines: no list of ids to send (a thousand parameters), every activity is counted.
    chosen = select(Activity.id)
    if not whole:
        chosen = chosen.where(Activity.id.in_(ids))
    tallies = tally(session, chosen, rules.RULES, youth_threshold)
    head_counts = head_counts_by_activity(session, None if whole else ids)
    counted = []
    for line in lines:
        row = line.row
        extra = unnamed(head_counts.get(row.id, ()), (row.end_date - row.start_date).days + 1)
        counts: dict[str, Any] = tallies.counts(row.id, extra)
        row = dataclasses.replace(row, **counts, counted=True)
        counted.append(Line(row, line.office, line.tags))
    return counted


def matching(lines: Iterable[Line], filters: ActivityFilter) -> list[Line]:
    """The lines the filters and the search keep."""
    words = normalise(filters.search).split()
    country = filters.country.upper() if filters.country else None
    tag = tag_key(filters.tag) if filters.tag else None
    kept = []
    for line in lines:
        row = line.row
        if (
            (row.deleted and not filters.include_deleted)
            or (filters.year is not None and row.start_date.year != filters.year)
            or (filters.kind and row.kind != filters.kind)
            or (country and row.country != country)
            or (filters.status and row.status != filters.status)
            or (filters.office and line.office != filters.office)
            or (tag and tag not in line.tags)
            or (words and not all(w in _words(row.title, row.city, row.venue) for w in words))
        ):
            continue
        kept.append(line)
    return kept


def ordered(lines: Iterable[Line], filters: ActivityFilter) -> list[Line]:
    """In the filters' order, then their page (offset, limit). Equal keys: the newest record
    first (highest id), and for the participants the order of the sort's direction."""
    key = filters.sort if filters.sort in SORT_KEYS else "start_date"
    if key == "participants":
        result = sorted(lines, key=lambda line: (line.row.participants, line.row.id))
        if filters.descending:
            result.reverse()
    else:
        result = sorted(lines, key=lambda line: line.row.id, reverse=True)
        result.sort(key=lambda line: getattr(line.row, key), reverse=filters.descending)
    end = None if filters.limit is None else filters.offset + filters.limit
    return result[filters.offset : end]


def select_rows(lines: Iterable[Line], filters: ActivityFilter) -> list[ActivityRow]:
    """The rows the filters keep, in their order: the same for the window and the command line."""
    return [line.row for line in ordered(matching(lines, filters), filters)]


def count_activities(database: Database, filters: ActivityFilter | None = None) -> int:
    """How many activities `list_activities` would give without limit and offset."""
    with database.session() as session:
        return len(matching(_lines(session, None), filters or ActivityFilter()))


def list_activities(database: Database, filters: ActivityFilter | None = None) -> list[ActivityRow]:
    """The activities matching `filters` in their order, with counts by the counting rules:
    only those shown are counted, unless the order needs every count."""
    filters = filters or ActivityFilter()
    with database.session() as session:
        kept = matching(_lines(session, None), filters)
        if filters.sort == "participants":
            return select_rows(_counted(session, kept, filters.youth_threshold), filters)
        shown = _counted(session, ordered(kept, filters), filters.youth_threshold)
        return [line.row for line in shown]


@dataclass(frozen=True)
class ListRead:
    """What `read_list` read: the lines of the activities `ids` (None: of every activity), with
    their counts when asked for. An id without a line: the activity is no more."""

    ids: frozenset[int] | None
    lines: tuple[Line, ...]
    counted: bool
    tags: tuple[str, ...] = ()  # every tag in use, as shown (the list's tag filter offers them)


def read_list(
    database: Database,
    activities: Collection[int] | None = None,
    persons: Collection[int] = (),
    *,
    youth_threshold: int = 30,
    counted: bool = True,
) -> ListRead:
    """The lines to read again after a write: of the `activities` (None: every one) and of the
    activities the `persons` attended (their sex, age or category counts there)."""
    with database.session() as session:
        ids: set[int] | None = None
        if activities is not None:
            ids = set(activities)
            if persons:
                ids |= attended_by(session, persons)
        lines = _lines(session, ids)
        if counted:
            lines = _counted(session, lines, youth_threshold)
        tags = tuple(use.tag for use in tags_in_use(session))
    return ListRead(None if ids is None else frozenset(ids), tuple(lines), counted, tags)


def attended_by(session: Session, person_ids: Collection[int]) -> set[int]:
    """The activities where any of the persons has attendance, deleted or not."""
    found: set[int] = set()
    persons = list(person_ids)
    for start in range(0, len(persons), 500):
        statement = select(Attendance.activity_id).where(
            Attendance.person_id.in_(persons[start : start + 500])
        )
        found.update(session.scalars(statement.distinct()))
    return found


class KeptList:
    """Every activity's line, kept between reads; filters, search and order in memory.

    A read applied replaces the lines of the activities it read (`ListRead`). Lines read
    without counts keep the counts already known until counted ones come (`counted` False on a
    line never counted)."""

    def __init__(self, youth_threshold: int = 30) -> None:
        self.youth_threshold = youth_threshold
        self.lines: dict[int, Line] = {}

    def apply(self, read: ListRead) -> None:
        fresh = {line.row.id: line for line in read.lines}
        if not read.counted:
            fresh = {id_: self._with_known_counts(line) for id_, line in fresh.items()}
        if read.ids is None:
            self.lines = fresh
            return
        for id_ in read.ids:
            self.lines.pop(id_, None)
        self.lines.update(fresh)

    def _with_known_counts(self, line: Line) -> Line:
        known = self.lines.get(line.row.id)
        if known is None or not known.row.counted:
            return line
        counts = {name: getattr(known.row, name) for name in (*COUNT_NAMES, "counted")}
        return dataclasses.replace(line, row=dataclasses.replace(line.row, **counts))

    def select(self, filters: ActivityFilter) -> list[ActivityRow]:
        return select_rows(self.lines.values(), filters)

    def all_counted(self) -> bool:
        return all(line.row.counted for line in self.lines.values())
