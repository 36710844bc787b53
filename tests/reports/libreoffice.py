"""LibreOffice as a reader of our workbooks: every sheet of several files to CSV in one run.

The profile folder is the test's own and tells LibreOffice to recalculate every formula when it
loads a file (its default for .xlsx is to trust the values stored with the formulas): the CSV
then shows what LibreOffice computes itself, and a text that had become a formula would show
its result instead of the text.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

# Comma, double quote, UTF-8, from line 1, cells as shown, every sheet (-1) to its own file.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def to_csv(workbooks: list[Path], folder: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Every sheet of every workbook as LibreOffice shows it: {file stem: {sheet: rows}}."""
    executable = shutil.which("soffice") or shutil.which("libreoffice")
    assert executable, "LibreOffice (soffice) is needed: .ci/run installs it"
    profile = folder / "profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALCULATE_ON_LOAD, "utf-8")
    out = folder / "csv"
    done = subprocess.run(
        [
            executable,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            CSV_ALL_SHEETS,
            "--outdir",
            str(out),
            *map(str, workbooks),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    sheets: dict[str, dict[str, list[list[str]]]] = {book.stem: {} for book in workbooks}
    for path in sorted(out.glob("*.csv")):
        stem = next(s for s in sorted(sheets, key=len, reverse=True) if path.stem.startswith(s))
        with path.open(encoding="utf-8", newline="") as handle:
            sheets[stem][path.stem[len(stem) + 1 :]] = list(csv.reader(handle))
    for stem, found in sheets.items():
        assert found, f"LibreOffice wrote no sheet of {stem}"
    return sheets


def row_labelled(rows: list[list[str]], first: str) -> list[str]:
    """The row whose first cell is `first` (the last such row)."""
    found = [row for row in rows if row and row[0] == first]
    assert found, f"no row {first!r} in {rows[:3]}…"
    return found[-1]
