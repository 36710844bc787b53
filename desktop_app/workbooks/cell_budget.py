"""How much memory a workbook's sheets would take once read, worked out from their XML before
any parser opens them.

python-calamine holds each sheet as a dense rectangle of cells up to its last cell with a value,
then Registre holds the same rectangle as Python values (from the sheet's first row and column).
So memory follows three figures, summed over the sheets (workbooks/cell_tally.py): the
rectangle's cells (one stray value at XFD1048576 makes 17 billion of them out of a 2 KB file,
and the reader aborts), the cells with a value, and the characters of their texts (a shared
string is copied into every cell that names it). They are read from the sheets' XML, streamed
a few megabytes at a time (workbooks/xlsx_cells.py, workbooks/ods_cells.py), and the reading stops
as soon as the estimate is over the budget.
"""

from __future__ import annotations

import zipfile

from desktop_app.workbooks.cell_tally import DEFAULT_COSTS, Costs, OverBudget, SheetSize, Tally
from desktop_app.workbooks.ods_cells import ods_sizes
from desktop_app.workbooks.xlsx_cells import xlsx_sizes

__all__ = ["Costs", "OverBudget", "SheetSize", "check_budget"]


def check_budget(path: str, budget: int, costs: Costs = DEFAULT_COSTS) -> list[SheetSize]:
    """The sizes of the workbook's sheets (.xlsx, .xlsm or .ods); OverBudget as soon as their
    estimated memory, all sheets together, is over `budget` bytes. Other formats: []."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        tally = Tally(budget, costs)
        if "content.xml" in names:
            ods_sizes(archive, tally)
        elif "xl/workbook.xml" in names:
            xlsx_sizes(archive, names, tally)
        return tally.sheets
