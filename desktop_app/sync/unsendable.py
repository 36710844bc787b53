"""Records an export leaves out: those HQ's import would refuse.

Every value is checked against the same rules as the import's (field_rules, through the
import's own cell parsers), before anything is written. A record that breaks one (stored by an
older version, or straight into the database) is not written and not marked as sent: it stays
in every export until it is corrected, and the user is told which and why. The records that
point to it (a person's attendance, an activity's head counts) wait with it, so that HQ never
receives a reference to a record it does not have.

Attendance, the big table, is checked in SQL: its only values under a rule are dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records import field_rules
from desktop_app.sync import cells
from desktop_app.sync.format import SHEETS, SheetSpec
from desktop_app.sync.records import iter_stored
from desktop_app.sync.sheet_rows import content_problem

_CHECKED_KINDS = frozenset(
    {"text", "date", "datetime", "year", "count", "percent", "minutes", "country"}
)
_LABEL_WIDTH = 60


@dataclass(frozen=True)
class Unsent:
    """A record left out of an export, and why."""

    type_name: str
    record_id: int
    uuid: str
    label: str
    reason: UserMessage


@dataclass
class Unsendable:
    """The records an export leaves out, by type: their uuids and, for the user, why."""

    uuids: dict[str, set[str]]
    ids: dict[str, set[int]]
    records: list[Unsent]

    def count(self, type_name: str) -> int:
        return len(self.ids.get(type_name, ()))


def _label(type_name: str, values: dict[str, Any]) -> str:
    if type_name == "person":
        text = f"{values['family_name']} {values['given_names']}"
    elif type_name == "organisation":
        text = str(values["name"])
    elif type_name == "activity":
        text = str(values["title"])
    else:
        text = ""
    text = field_rules.clean_text(text)
    return text if len(text) <= _LABEL_WIDTH else text[: _LABEL_WIDTH - 1] + "…"


def _problem(spec: SheetSpec, values: dict[str, Any], revision: int) -> UserMessage | None:
    if not field_rules.revision_in_range(revision):
        return UserMessage(
            "Sync",
            QT_TRANSLATE_NOOP("Sync", "Its revision {revision} is out of range."),
            {"revision": revision},
        )
    required = {f.key for f in spec.record_type.fields if f.required}
    for column in spec.columns:
        if column.kind not in _CHECKED_KINDS or column.key not in values:
            continue
        try:
            value = cells.parse(column, values[column.key])
        except cells.BadCell as bad:
            return UserMessage(
                "Sync", bad.message.text, {**bad.message.params, "column": column.en}
            )
        if value is None and column.key in required:
            return UserMessage(
                "Sync", QT_TRANSLATE_NOOP("Sync", "{column} is empty."), {"column": column.en}
            )
    return content_problem(spec.type_name, tuple(values.values()))


def _refers_to_unsent(
    values: dict[str, Any], spec: SheetSpec, uuids: dict[str, set[str]]
) -> str | None:
    """The type of an unsent record this one points to, or None."""
    for record_field in spec.record_type.fields:
        if record_field.ref is None:
            continue
        unsent = uuids.get(record_field.ref, set())
        value = values[record_field.key]
        targets = value if record_field.many else (value,)
        if any(target in unsent for target in targets):
            return record_field.ref
    return None


_WAITS = QT_TRANSLATE_NOOP("Sync", "It points to {what} that is not sent either.")
_WHAT = {
    "organisation": QT_TRANSLATE_NOOP("Sync", "an organisation"),
    "activity": QT_TRANSLATE_NOOP("Sync", "an activity"),
    "person": QT_TRANSLATE_NOOP("Sync", "a person"),
}


def find_unsendable(connection: Connection, selections: dict[str, Any]) -> Unsendable:
    """The records among those selected for the export (`selections`: type -> where clause,
    None for all) that the export must leave out."""
    found = Unsendable({}, {}, [])
    for spec in SHEETS:
        if spec.type_name == "attendance":
            _attendance(connection, spec, selections[spec.type_name], found)
            continue
        fields = [f.key for f in spec.record_type.fields]
        for uuid, stored in iter_stored(connection, spec.record_type, selections[spec.type_name]):
            values = dict(zip(fields, stored.content, strict=True))
            reason = _problem(spec, values, stored.revision)
            if reason is None and (target := _refers_to_unsent(values, spec, found.uuids)):
                reason = UserMessage("Sync", _WAITS, {"what": _WHAT[target]})
            if reason is not None:
                _add(found, spec.type_name, stored.id, uuid, _label(spec.type_name, values), reason)
    return found


def _add(
    found: Unsendable, type_name: str, record_id: int, uuid: str, label: str, reason: UserMessage
) -> None:
    found.uuids.setdefault(type_name, set()).add(uuid)
    found.ids.setdefault(type_name, set()).add(record_id)
    found.records.append(Unsent(type_name, record_id, uuid, label, reason))


def _attendance(connection: Connection, spec: SheetSpec, where: Any, found: Unsendable) -> None:
    table = spec.record_type.table
    first = field_rules.EARLIEST_DATE
    last = field_rules.LATEST_DATE
    conditions: list[Any] = [
        table.c.day < first,
        table.c.day > last,
        table.c.checked_in_at < first,
        table.c.checked_in_at >= _day_after(last),
        table.c.revision > field_rules.MAX_REVISION,
        table.c.revision < 1,
    ]
    for column, type_name in ((table.c.activity_id, "activity"), (table.c.person_id, "person")):
        ids = found.ids.get(type_name)
        if ids:
            conditions.append(column.in_(sorted(ids)))
    query = select(table.c.id, table.c.uuid).where(or_(*conditions))
    if where is not None:
        query = query.where(where)
    reason = UserMessage(
        "Sync",
        QT_TRANSLATE_NOOP(
            "Sync", "Its day is out of range, or it points to a record that is not sent."
        ),
        {},
    )
    for record_id, uuid in connection.execute(query):
        _add(found, "attendance", record_id, uuid, "", reason)


def _day_after(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(days=1)


def described(records: Iterable[Unsent]) -> list[Unsent]:
    """The records to name one by one (attendance rows are counted, not named)."""
    return [record for record in records if record.type_name != "attendance"]
