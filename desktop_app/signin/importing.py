"""The whole import in a few calls, for the command line and the wizard alike:
`load_sheets` (file -> sheets with their layouts), `preview_sheets` (-> every row's outcome),
then `apply_preview` (apply.py) writes it, and `summary` (summary.py) tells what it did or
would do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.activities.activities import ActivityDetails, get_activity
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.validation import not_found
from desktop_app.signin import problems
from desktop_app.signin.finder import RegistryFinder, held_roles
from desktop_app.signin.layout import (
    NAME_FIELDS,
    SheetLayout,
    check_mapping,
    detect_layout,
    parse_overrides,
    with_mapping,
)
from desktop_app.signin.nonperson import SkippedRow
from desktop_app.signin.preview import PersonFinder, SheetPreview, build_preview
from desktop_app.signin.reading import Progress, SheetGrid
from desktop_app.signin.rows import SheetRow, plan_days, read_rows
from desktop_app.signin.signatures import settle
from desktop_app.signin.sources import open_sheets
from desktop_app.signin.values import DEFAULT_PHONE_COUNTRIES
from desktop_app.store import Database

Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class SheetChoice:
    """A sheet to import, its layout (mapping confirmed) and, for a one-day sheet, its day."""

    grid: SheetGrid
    layout: SheetLayout
    day: dt.date | None = None
    # Row numbers the user says are persons although they look like none ("12 DIALLO").
    keep: frozenset[int] = frozenset()


def phone_countries(database: Database, activity: ActivityDetails | None = None) -> tuple[str, ...]:
    """The activity's country first ("76 12 34 56" at a Bamako activity is a Mali number),
    then the office's, then Niger and Mali."""
    first = tuple(
        country
        for country in (activity.country if activity else None, database.site_country)
        if country
    )
    return tuple(dict.fromkeys(first + DEFAULT_PHONE_COUNTRIES))


def _part(progress: Progress | None, start: int, width: int) -> Progress | None:
    """A progress callback for one phase, reported on a 0-1000 scale."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + (width * done) // max(total, 1), 1000)

    return report


def _check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise problems.cancelled()


def read_workbook(
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[SheetGrid, ...]:
    """Every sheet of the workbook, empty ones too (the wizard lets the user pick)."""
    with open_sheets(path) as workbook:
        names = workbook.sheet_names
        grids: list[SheetGrid] = []
        for number, name in enumerate(names):
            _check_cancel(cancelled)
            share = 1000 // len(names)
            grids.append(workbook.read(name, _part(progress, share * number, share)))
    if progress is not None:
        progress(1000, 1000)
    return tuple(grids)


def load_sheets(
    database: Database,
    path: Path | str,
    *,
    sheet_names: Sequence[str] | None = None,
    header_row: int | None = None,
    overrides: Sequence[str] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[tuple[SheetGrid, SheetLayout]]:
    """Read the sheets (all those with a header row, or the ones named) and find their layout.
    `overrides` are "Header=field" texts applied over the proposed or remembered mapping."""
    with open_sheets(path) as workbook:
        names = list(sheet_names) if sheet_names else list(workbook.sheet_names)
        if not sheet_names and set(names) - workbook.hidden:
            names = [name for name in names if name not in workbook.hidden]
        for name in names:
            if name not in workbook.sheet_names:
                raise problems.no_such_sheet(name)
        loaded: list[tuple[SheetGrid, SheetLayout]] = []
        first_failure: problems.SheetError | None = None
        for number, name in enumerate(names):
            _check_cancel(cancelled)
            grid = workbook.read(
                name, _part(progress, 1000 * number // len(names), 1000 // len(names))
            )
            try:
                layout = detect_layout(database, grid, header_row)
            except problems.SheetError as error:
                if sheet_names:  # a sheet asked for by name must be readable
                    raise
                first_failure = first_failure or error
                continue  # another sheet of the workbook (notes, totals) is left alone
            if overrides:
                layout = with_mapping(layout, parse_overrides(layout, list(overrides)))
            if not sheet_names and not NAME_FIELDS & set(layout.mapping):
                # A summary sheet ("Synthèse": Structure | Hommes | Femmes) lists nobody.
                first_failure = first_failure or problems.no_name_column(name)
                continue
            loaded.append((grid, layout))
    if progress is not None:
        progress(1000, 1000)
    if not loaded:
        if first_failure is not None:
            raise first_failure
        raise problems.nothing_to_import()
    return loaded


def preview_sheets(
    database: Database,
    activity_id: int,
    choices: Sequence[SheetChoice],
    *,
    finder: PersonFinder | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SheetPreview:
    """Every row's outcome; nothing is written."""
    activity = get_activity(database, activity_id)
    if activity.deleted:
        raise not_found("activity", activity_id)
    if activity.status == "cancelled":
        raise problems.SheetError(
            problems.message(
                QT_TRANSLATE_NOOP("SheetImport", "This activity is cancelled: nobody can attend.")
            )
        )
    rows: list[SheetRow] = []
    skipped: list[SkippedRow] = []
    signatures: list[tuple[str, str]] = []
    countries = phone_countries(database, activity)
    for number, choice in enumerate(choices):
        _check_cancel(cancelled)
        check_mapping(choice.layout)
        mark = choice.grid.mark
        plan = plan_days(
            choice.layout,
            activity.start_date,
            activity.end_date,
            choice.day,
            mark.day if mark else None,
        )
        content = read_rows(
            choice.grid,
            choice.layout,
            plan,
            on=activity.start_date,
            phone_countries=countries,
            keep=choice.keep,
            progress=_part(progress, 500 * number // len(choices), 500 // len(choices)),
        )
        settled, read_as = settle(content.rows, choice.layout, plan, mark)
        rows.extend(settled)
        skipped.extend(content.skipped)
        signatures.append((choice.layout.sheet, read_as))
    if not rows:
        raise problems.nothing_to_import()
    _check_cancel(cancelled)
    return build_preview(
        activity_id,
        activity.start_date,
        activity.end_date,
        [choice.layout for choice in choices],
        rows,
        finder or RegistryFinder(database, activity_id, [r.person for r in rows if r.person]),
        skipped=skipped,
        signatures=signatures,
        roles_held=held_roles(database, activity_id),
        progress=_part(progress, 500, 500),
    )
