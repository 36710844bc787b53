"""What a sign-in sheet file must pass before python-calamine opens it (.xlsx, .xlsm, .xlsb and
.ods are zip archives): the archive checks the HQ import makes too (workbooks/archive_guard.py),
with limits of a sign-in sheet's size, then the memory its sheets would take once read
(workbooks/cell_budget.py). A file refused changes nothing and says why.

Measured with bench/bench_sheets.py: a sheet of 100,000 rows × 10 columns (5.7 MB) is read
within the budget; one of 190,000 rows (10.8 MB) is over it and refused, like the sheet bombs
(a few megabytes that unpack to gigabytes, one stray value far down and right).
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.signin import problems
from desktop_app.workbooks.archive_guard import (
    ARCHIVE_ERRORS,
    DECLARATIONS,
    TOO_LARGE,
    ArchiveLimits,
    ArchiveRefused,
    check_archive,
)
from desktop_app.workbooks.cell_budget import OverBudget, check_budget

LIMITS = ArchiveLimits(part_bytes=256 << 20, total_bytes=512 << 20)
# Memory for the sheets once read, estimated from their XML: with the program itself (about
# 70 MB), reading any sheet stays under 300 MB.
READ_BUDGET = 200 << 20
MEGABYTE = 1 << 20


def check_sheet_file(path: Path) -> None:
    """Raise SheetError unless the zip archive at `path` is safe and small enough to read. A
    damaged archive is left to the reader, which says it cannot be read."""
    try:
        check_archive(path, LIMITS)
        check_budget(str(path), READ_BUDGET)
    except ArchiveRefused as refused:
        if refused.reason in (TOO_LARGE, DECLARATIONS):
            raise _refused(refused, path) from None
    except ARCHIVE_ERRORS:
        pass  # python-calamine says it cannot be read
    except OverBudget as over:
        sheet = over.sheet
        raise problems.SheetError(
            problems.message(
                QT_TRANSLATE_NOOP(
                    "SheetImport",
                    "{path} is too large to import as a sign-in sheet: once read, its sheet "
                    "{sheet} would take more than {limit} MB (at least {rows} rows × {columns} "
                    "columns, {values} cells with a value). Delete what is not part of the list "
                    "(one value far below or right of it makes the sheet that large), or split "
                    "the list into several files, and import it again.",
                ),
                path=path,
                sheet=sheet.name,
                rows=sheet.rows,
                columns=sheet.columns,
                values=sheet.values,
                limit=READ_BUDGET // MEGABYTE,
            )
        ) from None


def _refused(refused: ArchiveRefused, path: Path) -> problems.SheetError:
    if refused.reason == TOO_LARGE:
        text = QT_TRANSLATE_NOOP(
            "SheetImport",
            "{path} would expand to an abnormal size when opened ({part}): it was not opened. "
            "Ask for the sheet again, or open it in Excel or LibreOffice and save it again.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "SheetImport",
            "{path} contains XML declarations that a spreadsheet never has ({part}): it was "
            "not opened.",
        )
    return problems.SheetError(problems.message(text, path=path, part=refused.part))
