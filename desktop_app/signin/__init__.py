"""Importing sign-in sheets (feuilles d'émargement) in any layout: see docs/signin-sheets.md.

grids = load_sheets(db, path)                      # [(SheetGrid, SheetLayout)]
preview = preview_sheets(db, activity_id, [SheetChoice(grid, layout) for grid, layout in grids])
result = apply_preview(db, preview, decisions, choices=Choices())  # all or nothing
"""

from desktop_app.signin.apply import ImportResult, apply_preview
from desktop_app.signin.importing import (
    SheetChoice,
    load_sheets,
    preview_sheets,
    read_workbook,
)
from desktop_app.signin.layout import (
    SheetLayout,
    check_mapping,
    detect_layout,
    parse_overrides,
    with_mapping,
)
from desktop_app.signin.nonperson import SkippedRow
from desktop_app.signin.preview import (
    DUPLICATE,
    INVALID,
    MATCHED,
    NEW,
    Candidate,
    RowPreview,
    SheetPreview,
)
from desktop_app.signin.problems import SheetError
from desktop_app.signin.reading import SheetGrid, Workbook, open_workbook
from desktop_app.signin.sources import open_sheets
from desktop_app.signin.summary import result_summary, summary
from desktop_app.signin.tally import Choices, Tally, tally

__all__ = [
    "DUPLICATE",
    "INVALID",
    "MATCHED",
    "NEW",
    "Candidate",
    "Choices",
    "ImportResult",
    "RowPreview",
    "SheetChoice",
    "SheetError",
    "SheetGrid",
    "SheetLayout",
    "SheetPreview",
    "SkippedRow",
    "Tally",
    "Workbook",
    "apply_preview",
    "check_mapping",
    "detect_layout",
    "load_sheets",
    "open_sheets",
    "open_workbook",
    "parse_overrides",
    "preview_sheets",
    "read_workbook",
    "result_summary",
    "summary",
    "tally",
    "with_mapping",
]
