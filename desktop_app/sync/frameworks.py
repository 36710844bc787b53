"""A project's results framework is kept by the site that made the project (HQ, usually): an
incoming project, age band set, indicator or target changed by another site is refused, row by
row, with the reason, and the rest of the workbook is imported (docs/indicators.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.store.models import AgeBandSet, Indicator, Project
from desktop_app.sync.sheet_rows import InvalidRow, ParsedSheet
from desktop_app.sync.types import FRAMEWORK_TYPES, RecordType

REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "The results framework of project {project} is kept by {keeper}: this change made at"
    " {site} was refused. {keeper} changes it, and sends it with its export.",
)
REFUSED_BANDS = QT_TRANSLATE_NOOP(
    "Sync",
    "The age band set {code} is kept by {keeper}: this change made at {site} was refused.",
)


def _keepers(
    connection: Connection, record_type: RecordType, sheets: Sequence[ParsedSheet]
) -> dict[str, tuple[str, str]]:
    """uuid -> (project code or set code, keeper site) of the records the rows name or are."""
    uuids = [u for sheet in sheets for u in sheet.uuids]
    found: dict[str, tuple[str, str]] = {}
    if record_type.name == "project":
        rows: Any = connection.execute(
            select(Project.uuid, Project.code, Project.origin_site).where(Project.uuid.in_(uuids))
        )
    elif record_type.name == "age_band_set":
        rows = connection.execute(
            select(AgeBandSet.uuid, AgeBandSet.code, AgeBandSet.origin_site).where(
                AgeBandSet.uuid.in_(uuids)
            )
        )
    elif record_type.name == "indicator":
        projects = {c for sheet in sheets for c in sheet.content[0]}
        rows = connection.execute(
            select(Project.uuid, Project.code, Project.origin_site).where(
                Project.uuid.in_(projects)
            )
        )
    else:
        indicators = {c for sheet in sheets for c in sheet.content[0]}
        rows = connection.execute(
            select(Indicator.uuid, Project.code, Project.origin_site)
            .join(Project, Project.id == Indicator.project_id)
            .where(Indicator.uuid.in_(indicators))
        )
    for uuid, code, keeper in rows:
        found[uuid] = (code, keeper)
    return found


def kept_rows(
    connection: Connection,
    record_type: RecordType,
    sheets: list[ParsedSheet],
    invalid: list[InvalidRow],
) -> list[ParsedSheet]:
    """The sheets without the rows another site than the framework's keeper changed (added to
    `invalid` with the reason); other record types pass unchanged."""
    if record_type.name not in FRAMEWORK_TYPES or not any(s.uuids for s in sheets):
        return sheets
    keepers = _keepers(connection, record_type, sheets)
    own = record_type.name in ("project", "age_band_set")
    code_at = record_type.index("code") if own else None
    kept_sheets = []
    for sheet in sheets:
        keep = []
        for index, uuid in enumerate(sheet.uuids):
            origin, changed_by = sheet.travel[0][index], sheet.travel[3][index]
            if own:
                assert code_at is not None
                code, keeper = keepers.get(uuid, (sheet.content[code_at][index], origin))
            else:
                named = sheet.content[0][index]
                if named not in keepers:
                    keep.append(index)  # an unknown reference: the merge says so
                    continue
                code, keeper = keepers[named]
            if changed_by == keeper and origin == keeper:
                keep.append(index)
                continue
            text = REFUSED_BANDS if record_type.name == "age_band_set" else REFUSED
            params = {"project": code, "code": code, "keeper": keeper, "site": changed_by}
            invalid.append(
                InvalidRow(sheet.sheet, sheet.numbers[index], UserMessage("Sync", text, params))
            )
        kept_sheets.append(_only(sheet, keep))
    return kept_sheets


def _only(sheet: ParsedSheet, keep: list[int]) -> ParsedSheet:
    if len(keep) == len(sheet.uuids):
        return sheet
    return sheet._replace(
        numbers=[sheet.numbers[i] for i in keep],
        uuids=[sheet.uuids[i] for i in keep],
        travel=[[column[i] for i in keep] for column in sheet.travel],
        content=[[column[i] for i in keep] for column in sheet.content],
    )
