"""Each row's outcome before anything is written: new person, known person, possible duplicate
to confirm, or invalid with its reasons.

The same person on several rows of one import (one sheet per day, a long layout) is one person:
later rows point at the first with `same_as`. Rows that are not persons are listed apart
(`skipped`), with their reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop_app.signin.layout import SheetLayout
from desktop_app.signin.nonperson import TOTAL, SkippedRow
from desktop_app.signin.reading import Progress
from desktop_app.signin.rows import PersonData, SheetRow

NEW = "new"
MATCHED = "matched"
DUPLICATE = "duplicate"
INVALID = "invalid"
OUTCOMES = (NEW, MATCHED, DUPLICATE, INVALID)


@dataclass(frozen=True)
class Candidate:
    """An existing person a row may be: how sure (0-100) and why (short reason codes)."""

    person_id: int
    label: str
    score: float
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """What the registry says of a row: the known person, or candidates to confirm."""

    known: Candidate | None = None
    candidates: tuple[Candidate, ...] = ()


# Finds a sheet person in the registry; built once per import, asked once per row.
PersonFinder = Callable[[PersonData], Verdict]


@dataclass(frozen=True)
class RowPreview:
    row: SheetRow
    outcome: str
    known: Candidate | None = None
    candidates: tuple[Candidate, ...] = ()
    same_as: int | None = None  # index of an earlier row standing for the same person


@dataclass(frozen=True)
class SheetPreview:
    """What an import would do; `apply_preview` writes it."""

    activity_id: int
    activity_start: dt.date
    activity_end: dt.date
    layouts: tuple[SheetLayout, ...]
    rows: tuple[RowPreview, ...]
    counts: dict[str, int] = field(default_factory=dict)
    skipped: tuple[SkippedRow, ...] = ()
    # How each sheet's signatures were read (signatures.py): (sheet, PRINTED / USED / EMPTY…).
    signatures: tuple[tuple[str, str], ...] = ()
    # The role each person already attending the activity holds (a team role first): the role
    # of a known person on a sheet that gives none.
    roles_held: dict[int, str] = field(default_factory=dict)

    def count(self, outcome: str) -> int:
        return self.counts.get(outcome, 0)

    @property
    def total_rows_skipped(self) -> int:
        return sum(1 for row in self.skipped if row.reason == TOTAL)

    @property
    def days(self) -> tuple[dt.date, ...]:
        return tuple(sorted({p.day for r in self.rows if r.row.valid for p in r.row.presences}))


def _same_person(first: PersonData, second: PersonData) -> bool:
    if first.name_key != second.name_key:
        return False
    return not (first.phone and second.phone and first.phone != second.phone)


def build_preview(
    activity_id: int,
    activity_start: dt.date,
    activity_end: dt.date,
    layouts: Sequence[SheetLayout],
    rows: Sequence[SheetRow],
    finder: PersonFinder,
    *,
    skipped: Sequence[SkippedRow] = (),
    signatures: Sequence[tuple[str, str]] = (),
    roles_held: dict[int, str] | None = None,
    progress: Progress | None = None,
) -> SheetPreview:
    previews: list[RowPreview] = []
    seen: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        if progress is not None and index % 200 == 0:
            progress(index, len(rows))
        if not row.valid or row.person is None:
            previews.append(RowPreview(row, INVALID))
            continue
        earlier = next(
            (
                i
                for i in seen.get(row.person.name_key, [])
                if _same_person(previews[i].row.person, row.person)  # type: ignore[arg-type]
            ),
            None,
        )
        if earlier is not None:
            first = previews[earlier]
            previews.append(
                RowPreview(row, first.outcome, first.known, first.candidates, same_as=earlier)
            )
            continue
        verdict = finder(row.person)
        if verdict.known is not None:
            preview = RowPreview(row, MATCHED, known=verdict.known)
        elif verdict.candidates:
            preview = RowPreview(row, DUPLICATE, candidates=verdict.candidates)
        else:
            preview = RowPreview(row, NEW)
        seen.setdefault(row.person.name_key, []).append(index)
        previews.append(preview)
    if progress is not None:
        progress(len(rows), len(rows))
    counts = {outcome: 0 for outcome in OUTCOMES}
    for preview in previews:
        if preview.same_as is None:
            counts[preview.outcome] += 1
    return SheetPreview(
        activity_id,
        activity_start,
        activity_end,
        tuple(layouts),
        tuple(previews),
        counts,
        tuple(skipped),
        tuple(signatures),
        roles_held or {},
    )
