"""Approving a payment list freezes it.

The approved list is a travelling record (`PaymentList`): who approved it and when, and the
lines as they were (days, amounts, channel, number) with the rules that made them, as JSON.
From then on the list shown, printed and sent is the frozen one; a later change to the
attendance, the rules or the settings is flagged (`changes_since_approval`), never applied to
it. The record travels to HQ in the sync workbook, where `consolidation.py` reads it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.payments import rules as payment_rules
from desktop_app.payments import settings
from desktop_app.payments.computation import PaymentLine, PaymentList, compute_in
from desktop_app.records.validation import Problems, not_found
from desktop_app.store import Database
from desktop_app.store.models import Activity, Person, PersonAlias
from desktop_app.store.models import PaymentList as ListRow

CONTEXT = "Payments"
MAX_LINES_TEXT = 32_000  # a workbook cell holds 32,767 characters


@dataclass(frozen=True)
class Approval:
    uuid: str
    prepared_by: str
    approved_by: str
    approved_on: dt.date
    budget_line: str | None
    origin_site: str


@dataclass(frozen=True)
class Change:
    """A difference between the frozen list and what the list would be now."""

    person_id: int | None
    name: str
    frozen_days: tuple[dt.date, ...]
    current_days: tuple[dt.date, ...]
    frozen_total: int
    current_total: int


def _payments_error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def approved_rows(session: Session, activity_id: int) -> list[ListRow]:
    """The parts of the activity's approved list, in order; empty for a draft."""
    return list(
        session.scalars(
            select(ListRow)
            .where(ListRow.activity_id == activity_id, ListRow.deleted.is_(False))
            .order_by(ListRow.part, ListRow.id)
        )
    )


def approve(
    database: Database,
    activity_id: int,
    *,
    approved_by: str,
    prepared_by: str = "",
    approved_on: dt.date | None = None,
    budget_line: str | None = None,
) -> Approval:
    problems = Problems()
    if not approved_by.strip():
        problems.add("approved_by", QT_TRANSLATE_NOOP("Validation", "Say who approves the list."))
    problems.raise_if_any()
    with database.session() as session:
        if settings.rules_of_in(session, activity_id) is None:
            raise _payments_error(
                QT_TRANSLATE_NOOP(
                    "Payments", "This activity has no payment rules yet: set them first."
                )
            )
        if approved_rows(session, activity_id):
            raise _payments_error(
                QT_TRANSLATE_NOOP("Payments", "This activity's payment list is already approved.")
            )
        drafted = compute_in(session, activity_id)
        chunks = _parts(drafted)
        rows = [
            ListRow(
                activity_id=activity_id,
                status="approved",
                prepared_by=prepared_by.strip(),
                approved_by=approved_by.strip(),
                approved_on=approved_on or dt.date.today(),
                budget_line=(budget_line or "").strip() or None,
                currency=drafted.rules.currency,
                total=sum(line.total for line in chunk),
                lines=encode(drafted, chunk),
                part=number,
                parts=len(chunks),
            )
            for number, chunk in enumerate(chunks, start=1)
        ]
        session.add_all(rows)
        session.flush()
        return _approval(rows[0])


def _parts(payment_list: PaymentList) -> list[tuple[PaymentLine, ...]]:
    """The lines in as few parts as fit a workbook cell each (one part, empty, for no line)."""
    base = len(encode(payment_list, ()))
    parts: list[tuple[PaymentLine, ...]] = []
    current: list[PaymentLine] = []
    size = base
    for line in payment_list.lines:
        length = len(_dumps(_line_json(line))) + 1  # and its comma
        if current and size + length > MAX_LINES_TEXT:
            parts.append(tuple(current))
            current, size = [], base
        current.append(line)
        size += length
    parts.append(tuple(current))
    return parts


def _approval(row: ListRow) -> Approval:
    return Approval(
        row.uuid,
        row.prepared_by,
        row.approved_by,
        row.approved_on,
        row.budget_line,
        row.origin_site,
    )


def approval_of(database: Database, activity_id: int) -> Approval | None:
    with database.session() as session:
        rows = approved_rows(session, activity_id)
        return _approval(rows[0]) if rows else None


def encode(payment_list: PaymentList, lines: tuple[PaymentLine, ...] | None = None) -> str:
    chosen = payment_list.lines if lines is None else lines
    return _dumps(
        {
            "rules": payment_rules.to_json(payment_list.rules),
            "lines": [_line_json(line) for line in chosen],
        }
    )


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _line_json(line: PaymentLine) -> dict[str, Any]:
    return {
        "p": line.person_uuid,
        "n": line.name,
        "o": line.organisation,
        "r": line.role,
        "k": line.category,
        "res": line.resident,
        "z": line.zone,
        "d": [day.isoformat() for day in line.days],
        "x": [[day.isoformat(), reason] for day, reason in line.exceptions],
        "pd": line.per_diem,
        "t": line.transport,
        "l": list(line.lump_sums),
        "a": line.adjustment,
        "ar": line.adjustment_reason,
        "c": line.channel,
        "m": line.number,
    }


def decode_lines(text: str) -> tuple[payment_rules.PaymentRules, list[dict[str, Any]]]:
    """The rules and lines of an approved list. The text came through a workbook that may have
    been edited on the way: what cannot be read (not JSON, a line without its person, days or
    amounts) is left out rather than trusted, and the list's own total stays as it came."""
    try:
        data = json.loads(text)
        rules = payment_rules.from_json(data.get("rules") or {})
        raw = data.get("lines") or []
    except (ValueError, TypeError, AttributeError, KeyError):
        return payment_rules.PaymentRules(), []
    return rules, [item for item in raw if _readable(item)]


def _readable(item: object) -> bool:
    if not isinstance(item, dict) or not isinstance(item.get("p"), str):
        return False
    try:
        for day in item["d"]:
            dt.date.fromisoformat(day)
        for day, _reason in item.get("x") or ():
            dt.date.fromisoformat(day)
        numbers = [item["pd"], item["t"], *(item.get("l") or ()), item.get("a") or 0]
        return all(isinstance(n, int) and not isinstance(n, bool) for n in numbers)
    except (KeyError, TypeError, ValueError):
        return False


def frozen_list(session: Session, rows: list[ListRow], person_ids: dict[str, int]) -> PaymentList:
    """The list as approved, its parts together. `person_ids`: person uuid -> local id (a
    merged person's uuid names the survivor); a person unknown here gets id 0."""
    activity = session.get(Activity, rows[0].activity_id)
    if activity is None:
        raise not_found("activity", rows[0].activity_id)
    rules, raw = decode_lines(rows[0].lines)
    for row in rows[1:]:
        raw += decode_lines(row.lines)[1]
    lines = tuple(
        sorted(
            (
                PaymentLine(
                    person_id=person_ids.get(str(item["p"]), 0),
                    person_uuid=str(item["p"]),
                    name=str(item["n"]),
                    organisation=str(item.get("o") or ""),
                    role=str(item["r"]),
                    category=item.get("k"),
                    resident=bool(item.get("res", True)),
                    zone=item.get("z"),
                    days=tuple(dt.date.fromisoformat(d) for d in item["d"]),
                    exceptions=tuple(
                        (dt.date.fromisoformat(d), str(r)) for d, r in item.get("x") or ()
                    ),
                    per_diem=int(item["pd"]),
                    transport=int(item["t"]),
                    lump_sums=tuple(int(a) for a in item.get("l") or ()),
                    adjustment=int(item.get("a") or 0),
                    adjustment_reason=item.get("ar"),
                    channel=str(item.get("c") or "cash"),
                    number=item.get("m"),
                )
                for item in raw
            ),
            key=lambda line: (line.name.casefold(), line.person_uuid),
        )
    )
    return PaymentList.of(activity, rules, lines)


def person_ids_for(session: Session, uuids: set[str]) -> dict[str, int]:
    """Person uuid -> local id of a live person, through the aliases a merge left (the
    merged-away record is kept as a tombstone: its uuid names the survivor)."""
    if not uuids:
        return {}
    chosen = sorted(uuids)
    found: dict[str, int] = {
        uuid: person_id
        for uuid, person_id in session.execute(
            select(Person.uuid, Person.id).where(Person.uuid.in_(chosen), Person.deleted.is_(False))
        )
    }
    for old, person_id in session.execute(
        select(PersonAlias.old_uuid, PersonAlias.person_id).where(PersonAlias.old_uuid.in_(chosen))
    ):
        found.setdefault(old, person_id)
    return {str(k): int(v) for k, v in found.items()}


@dataclass(frozen=True)
class CurrentList:
    """What the activity's Payments tab shows: the frozen list once approved, else the draft."""

    payment_list: PaymentList
    approval: Approval | None
    changes: tuple[Change, ...]  # since approval: flagged, not applied
    # parts of the approved list not (yet) here: a workbook that brought only some of them
    missing_parts: int = 0


def current_list(database: Database, activity_id: int) -> CurrentList:
    with database.session() as session:
        draft = compute_in(session, activity_id)
        rows = approved_rows(session, activity_id)
        if not rows:
            return CurrentList(draft, None, ())
        uuids = {str(item["p"]) for row in rows for item in decode_lines(row.lines)[1]}
        frozen = frozen_list(session, rows, person_ids_for(session, uuids))
        missing = rows[0].parts - len(rows)
        return CurrentList(frozen, _approval(rows[0]), _changes(frozen, draft), missing)


def _changes(frozen: PaymentList, draft: PaymentList) -> tuple[Change, ...]:
    now = {line.person_id: line for line in draft.lines}
    then = {line.person_id: line for line in frozen.lines if line.person_id}
    changes: list[Change] = []
    for person_id in sorted(set(now) | set(then)):
        before, after = then.get(person_id), now.get(person_id)
        days_before = before.days if before else ()
        days_after = after.days if after else ()
        total_before = before.total if before else 0
        total_after = after.total if after else 0
        if days_before != days_after or total_before != total_after:
            shown = after or before
            name = shown.name if shown else ""
            changes.append(
                Change(person_id, name, days_before, days_after, total_before, total_after)
            )
    return tuple(sorted(changes, key=lambda c: c.name.casefold()))
