"""An expected list from a sheet or from pasted lines, through the sign-in sheet import's
reading, column mapping and registry matching (signin/importing.py).

The sheet's rows are read as the sign-in sheet import reads them (titles, totals, signatories
left out; the same person on two rows is one), but nobody is checked in: each row's person,
known or new, goes on the expected list. Signatures and days do not matter here. A row that
may be someone already in the registry is that person when the user says so (`decisions`, or
`duplicates="existing"`) or when that someone is on the list already (the same list imported
again), else a new person. Invalid rows stop the import unless skipped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.activities.activities import get_activity
from desktop_app.door.expected import add_expected, listed_ids
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.signin import fields as sheet_fields
from desktop_app.signin.importing import SheetChoice, load_sheets, preview_sheets
from desktop_app.signin.preview import DUPLICATE, INVALID, MATCHED, SheetPreview
from desktop_app.signin.rows import PersonData
from desktop_app.store import Database


@dataclass(frozen=True)
class ExpectedImport:
    created: int  # new persons added to the registry
    matched: int  # rows that are persons already in the registry
    added: int  # persons newly on the expected list
    already: int  # on the list before
    invalid_skipped: int


def preview_expected(
    database: Database, activity_id: int, path: Path | str, overrides: Sequence[str] = ()
) -> SheetPreview:
    """Every row of the sheet with the registry's verdict (new, known, possible duplicate,
    invalid); nothing is written."""
    activity = get_activity(database, activity_id)
    loaded = load_sheets(database, path, overrides=overrides)
    # The list names no day: the first day of the activity stands for any.
    choices = [SheetChoice(grid, layout, day=activity.start_date) for grid, layout in loaded]
    return preview_sheets(database, activity_id, choices)


def _fields(person: PersonData) -> PersonFields:
    return PersonFields(
        family_name=person.family_name,
        given_names=person.given_names,
        sex=person.sex,
        birth_year=person.birth_year,
        birth_date=person.birth_date,
        age_band=person.age_band,
        organisation_name=person.organisation,
        position=person.position,
        category=person.category,
        region=person.region,
        phone=person.phone,
        email=person.email,
    )


def apply_expected(
    database: Database,
    preview: SheetPreview,
    decisions: Mapping[int, int | None] | None = None,
    *,
    duplicates: str = "new",
    skip_invalid: bool = False,
) -> ExpectedImport:
    """Put every person of the preview on the list, creating the new ones."""
    decisions = decisions or {}
    invalid = sum(1 for row in preview.rows if row.outcome == INVALID)
    if invalid and not skip_invalid:
        raise RegistreError(
            UserMessage(
                "Door",
                QT_TRANSLATE_NOOP(
                    "Door",
                    "{count} rows are invalid: correct the sheet, or skip them.",
                    None,
                    1,
                ),
                {"count": invalid},
                n=invalid,
            )
        )
    person_of_row: dict[int, int] = {}
    created = matched = 0
    listed = listed_ids(database, preview.activity_id)
    for index, row in enumerate(preview.rows):
        person = row.row.person
        if row.outcome == INVALID or person is None:
            continue
        first = row.same_as if row.same_as is not None else index
        if first in person_of_row:
            continue
        person_id: int | None = None
        first_row = preview.rows[first]
        if first_row.outcome == MATCHED and first_row.known is not None:
            person_id = first_row.known.person_id
        elif first_row.outcome == DUPLICATE:
            person_id = decisions.get(first)
            on_list = [c.person_id for c in first_row.candidates if c.person_id in listed]
            if person_id is None and on_list:
                person_id = on_list[0]  # a list imported again: the one already invited
            if person_id is None and duplicates == "existing" and first_row.candidates:
                person_id = first_row.candidates[0].person_id
        if person_id is None:
            person_id = create_person(database, _fields(person)).id
            created += 1
        else:
            matched += 1
        person_of_row[first] = person_id
    result = add_expected(database, preview.activity_id, person_of_row.values())
    return ExpectedImport(created, matched, len(result.added), len(result.already), invalid)


def pasted_as_sheet(text: str, folder: Path) -> Path:
    """Lines pasted from a list or a spreadsheet, written as a tab-separated sheet the sheet
    import reads: with their own header row when the first line names columns ("Nom",
    "Structure"…), else one name per line."""
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if not lines:
        raise RegistreError(
            UserMessage("Door", QT_TRANSLATE_NOOP("Door", "Nothing was pasted."), {})
        )
    rows = [line.split("\t") for line in lines]
    named = sum(1 for cell in rows[0] if sheet_fields.field_for_header(cell) is not None)
    if not named:
        if any(len([c for c in row if c.strip()]) > 1 for row in rows):
            raise RegistreError(
                UserMessage(
                    "Door",
                    QT_TRANSLATE_NOOP(
                        "Door",
                        "The pasted lines have several columns but no header row: paste the "
                        "header row too (Nom, Prénoms, Structure…).",
                    ),
                    {},
                )
            )
        rows = [["Nom et prénoms"], *([" ".join(c for c in row if c.strip())] for row in rows)]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\n").writerows(rows)
    path = folder / "pasted.tsv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path
