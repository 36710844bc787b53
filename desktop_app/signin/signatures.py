"""Which rows of a sheet are presences, from its signatures.

- Registre's own printed sheet (recognised by its mark): a pre-filled row with neither a
  signature nor a day tick is someone expected who did not come; rows added by hand below the
  pre-filled ones are presences.
- Any other sheet whose signature column is used (marks on some rows): the rows without a mark
  are set apart; the user chooses whether they count (absent unless told).
- A signature column empty on every row (a list typed from paper) counts every row, and the
  preview says so. Without a signature column, every row counts, as written.
- A signature cell that says "absent", "non" or "0" is an absence, whatever else.
Day columns need none of this: a day counts where it is ticked.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.signin import fields as f
from desktop_app.signin.layout import SheetLayout
from desktop_app.signin.mark import PrintedMark
from desktop_app.signin.rows import (
    ABSENT,
    MARKED_ABSENT,
    PRESENT,
    UNSIGNED,
    DayPlan,
    SheetRow,
)

# How a sheet's signatures were read.
PRINTED = "printed"  # Registre's own sheet
USED = "used"  # marks on some rows: the others are unsigned
EMPTY = "empty"  # a signature column empty on every row: every row counts
NO_COLUMN = "none"  # no signature column: every row counts
DAY_COLUMNS = "days"  # one column per day: a day counts where it is ticked


def settle(
    rows: tuple[SheetRow, ...],
    layout: SheetLayout,
    plan: DayPlan,
    mark: PrintedMark | None,
) -> tuple[tuple[SheetRow, ...], str]:
    """The rows with their presences settled, and how the sheet's signatures were read."""
    if mark is not None:
        return _printed(rows, mark), PRINTED
    if plan.columns:
        return rows, DAY_COLUMNS
    if layout.column_of(f.SIGNATURE) is None:
        return rows, NO_COLUMN
    # "absent", "non", "0" written in the signature cell: absent, whatever the user chooses.
    rows = tuple(replace(row, attendance=MARKED_ABSENT) if row.said_absent else row for row in rows)
    if not any(p.signed for row in rows for p in row.presences) and not any(
        row.said_absent for row in rows
    ):
        return rows, EMPTY
    return (
        tuple(
            replace(row, attendance=UNSIGNED)
            if row.attendance == PRESENT
            and row.presences
            and not any(p.signed for p in row.presences)
            else row
            for row in rows
        ),
        USED,
    )


def _printed(rows: tuple[SheetRow, ...], mark: PrintedMark) -> tuple[SheetRow, ...]:
    """Pre-filled rows are numbered 1 to `mark.prefilled` (in order, when the N° column is
    gone); those without a signature or a tick did not come."""
    settled = []
    for position, row in enumerate(rows):
        number = row.number if row.number is not None else position + 1
        prefilled = 1 <= number <= mark.prefilled
        if prefilled and not any(p.signed for p in row.presences):
            row = replace(row, attendance=ABSENT)
        settled.append(row)
    return tuple(settled)
