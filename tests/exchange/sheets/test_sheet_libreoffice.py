"""Sheets saved by LibreOffice itself as .ods and .xls (the formats partners re-save into) are
read like the .xlsx they came from, merged title cells included."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from sheet_fixtures import FRENCH_ROWS, preview_file, write_xlsx

from desktop_app.exchange.sheets import NEW, load_sheets
from desktop_app.store import Database


def convert(source: Path, targets: tuple[str, ...], folder: Path) -> dict[str, Path]:
    """Both conversions at once: LibreOffice spends most of its time starting."""
    executable = shutil.which("soffice") or shutil.which("libreoffice")
    assert executable, "LibreOffice (soffice) is needed: .ci/run installs it"
    jobs = [
        subprocess.Popen(
            [
                executable,
                f"-env:UserInstallation={(folder / f'profile-{target}').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(folder / target),
                str(source),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for target in targets
    ]
    for job in jobs:
        assert job.wait(timeout=240) == 0
    return {target: folder / target / f"{source.stem}.{target}" for target in targets}


def test_libreoffice_ods_and_xls(db: Database, tmp_path: Path, one_day_activity_id: int) -> None:
    source = write_xlsx(tmp_path / "presence.xlsx", {"Feuil1": FRENCH_ROWS})
    expected = preview_file(db, source, one_day_activity_id)
    for kind, path in convert(source, ("ods", "xls"), tmp_path).items():
        [(_grid, layout)] = load_sheets(db, path)
        assert layout.header_row == 4, kind
        preview = preview_file(db, path, one_day_activity_id)
        assert [r.outcome for r in preview.rows] == [NEW, NEW, NEW], kind
        assert [r.row.person for r in preview.rows] == [r.row.person for r in expected.rows], kind
        assert [r.row.presences for r in preview.rows] == [r.row.presences for r in expected.rows]
