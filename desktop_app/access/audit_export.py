"""The audit trail written out: JSON (one object per entry) and an Excel workbook (one row per
changed field, to filter and sort in a spreadsheet)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.access.audit_log import AuditLine
from desktop_app.access.audit_words import ACTIONS, RECORD_TYPES
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.workbooks.cells import CellWriter, new_workbook

Translate = Callable[[str, str], str]
HEADERS = (
    QT_TRANSLATE_NOOP("Access", "When (UTC)"),
    QT_TRANSLATE_NOOP("Access", "Office"),
    QT_TRANSLATE_NOOP("Access", "Server user"),
    QT_TRANSLATE_NOOP("Access", "Action"),
    QT_TRANSLATE_NOOP("Access", "Record type"),
    QT_TRANSLATE_NOOP("Access", "Record"),
    QT_TRANSLATE_NOOP("Access", "Record uuid"),
    QT_TRANSLATE_NOOP("Access", "Revision"),
    QT_TRANSLATE_NOOP("Access", "Field"),
    QT_TRANSLATE_NOOP("Access", "Old value"),
    QT_TRANSLATE_NOOP("Access", "New value"),
)


def as_json(lines: Sequence[AuditLine]) -> str:
    return json.dumps(
        [
            {
                "id": line.id,
                "changed_at": line.changed_at.isoformat(),
                "site": line.site_code,
                "user": line.user_name,
                "action": line.action,
                "table": line.table_name,
                "record_uuid": line.record_uuid,
                "record": line.record,
                "revision": line.revision,
                "changes": line.changes,
            }
            for line in lines
        ],
        ensure_ascii=False,
        indent=2,
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _old_new(values: Any) -> tuple[Any, Any]:
    if isinstance(values, list) and len(values) == 2:
        return values[0], values[1]
    return None, values


def write_xlsx(
    lines: Sequence[AuditLine],
    path: Path,
    translate: Translate,
    field_label: Callable[[str, str], str],
) -> int:
    """The workbook at `path`; returns its number of rows (a created record: one row)."""
    workbook = new_workbook(path)
    cells = CellWriter(workbook)  # a name typed as =1+1 stays text
    sheet = workbook.add_worksheet(translate("Access", QT_TRANSLATE_NOOP("Access", "History")))
    bold = cells.format({"bold": True})
    when = cells.format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for index, header in enumerate(HEADERS):
        cells.text(sheet, 0, index, translate("Access", header), bold)
    row = 0
    for line in lines:
        fields = sorted(line.changes.items()) or [("", [None, None])]
        for key, values in fields:
            row += 1
            old, new = _old_new(values)
            cells.write(sheet, row, 0, line.changed_at, when)
            texts = (
                line.site_code,
                line.user_name or "",
                translate("Access", ACTIONS.get(line.action, line.action)),
                translate("Access", RECORD_TYPES.get(line.table_name, line.table_name)),
                line.record,
                line.record_uuid,
                str(line.revision),
                field_label(line.table_name, key) if key else "",
                _cell(old),
                _cell(new),
            )
            for index, text in enumerate(texts, start=1):
                cells.text(sheet, row, index, text)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(row, 1), len(HEADERS) - 1)
    sheet.set_column(0, 0, 19)
    sheet.set_column(5, 5, 30)
    sheet.set_column(8, 10, 22)
    workbook.close()
    return row
