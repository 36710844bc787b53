"""What a previewed import would record, with the user's choices: the role of each row, the
persons by role, the rows without signature, the rows that are not persons. The preview, the
command line's summary and the import's result all say it with these numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.signin.preview import (
    INVALID,
    MATCHED,
    OUTCOMES,
    RowPreview,
    SheetPreview,
)
from desktop_app.signin.roles import PARTICIPANT, role_key
from desktop_app.signin.rows import ABSENT, UNSIGNED
from desktop_app.vocabularies import attendance_roles, team_roles


@dataclass(frozen=True)
class Choices:
    """What the user decided in the preview: whether rows without signature count, and the
    role of role values (by `role_key`: "point focal" -> "participant")."""

    unsigned_present: bool = False
    roles: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RoleValue:
    """A role as a sheet writes it, how many rows write it, and what it reads as."""

    text: str
    key: str
    rows: int
    role: str | None  # the vocabulary's role it names; None when unknown
    chosen: str | None  # the role the user gave it


@dataclass(frozen=True)
class Tally:
    # Persons recorded by outcome (NEW, MATCHED, DUPLICATE): those with a presence that counts;
    # INVALID: the invalid rows.
    recorded: dict[str, int]
    persons_by_role: tuple[tuple[str, int], ...]  # vocabulary order; persons with a presence
    unknown_roles: tuple[RoleValue, ...]  # still to decide
    unsigned_rows: int
    absent_rows: int  # pre-filled on Registre's sheet, not signed
    presences: int
    skipped: int

    @property
    def team(self) -> int:
        return sum(count for role, count in self.persons_by_role if role in team_roles())


def role_codes() -> tuple[str, ...]:
    return tuple(term.code for term in attendance_roles())


def row_role(
    row: RowPreview,
    choices: Choices,
    roles_held: Mapping[int, str],
    person_id: int | None = None,
) -> str | None:
    """The role a row's presences get: the user's choice for its value, the role it names, the
    role a known person already holds in the activity, else participant. None: a value still to
    decide."""
    text = row.row.role_text
    if text:
        return choices.roles.get(role_key(text)) or row.row.role
    if person_id is None and row.outcome == MATCHED and row.known is not None:
        person_id = row.known.person_id
    if person_id is not None and person_id in roles_held:
        return roles_held[person_id]
    return PARTICIPANT


def role_values(preview: SheetPreview, choices: Choices) -> tuple[RoleValue, ...]:
    """Every role value the sheets write, in order of first appearance."""
    counts: Counter[str] = Counter()
    first: dict[str, RowPreview] = {}
    for row in preview.rows:
        if row.outcome == INVALID or not row.row.role_text:
            continue
        key = role_key(row.row.role_text)
        counts[key] += 1
        first.setdefault(key, row)
    return tuple(
        RoleValue(row.row.role_text, key, counts[key], row.row.role, choices.roles.get(key))
        for key, row in first.items()
    )


def _person(index: int, row: RowPreview) -> tuple[str, int]:
    if row.outcome == MATCHED and row.known is not None:
        return ("person", row.known.person_id)
    return ("row", row.same_as if row.same_as is not None else index)


def tally(preview: SheetPreview, choices: Choices | None = None) -> Tally:
    choices = choices or Choices()
    persons: dict[str, set[tuple[str, int]]] = {}
    recorded: dict[str, set[tuple[str, int]]] = {outcome: set() for outcome in OUTCOMES}
    presences = 0
    for index, row in enumerate(preview.rows):
        if row.outcome == INVALID:
            continue
        counted = row.row.counted(choices.unsigned_present)
        presences += len(counted)
        if counted:
            recorded[row.outcome].add(_person(index, row))
        role = row_role(row, choices, preview.roles_held)
        if counted and role is not None:
            persons.setdefault(role, set()).add(_person(index, row))
    unknown = tuple(
        value
        for value in role_values(preview, choices)
        if value.role is None and value.chosen is None
    )
    valid = [r.row for r in preview.rows if r.outcome != INVALID]
    return Tally(
        recorded={
            outcome: preview.count(INVALID) if outcome == INVALID else len(recorded[outcome])
            for outcome in OUTCOMES
        },
        persons_by_role=tuple(
            (code, len(persons[code])) for code in role_codes() if persons.get(code)
        ),
        unknown_roles=unknown,
        unsigned_rows=sum(1 for row in valid if row.attendance == UNSIGNED),
        absent_rows=sum(1 for row in valid if row.attendance == ABSENT),
        presences=presences,
        skipped=len(preview.skipped),
    )
