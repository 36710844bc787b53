"""Sheets saved by LibreOffice itself as .ods and .xls (the formats partners re-save into) are
read like the .xlsx they came from, merged title cells included; Registre's printed sheet keeps
its mark."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from corpus_workbooks import check_in_all, printed_and_filled
from sheet_fixtures import FRENCH_ROWS, preview_file, write_xlsx

from desktop_app.signin import NEW, load_sheets
from desktop_app.signin.printed import read_mark
from desktop_app.signin.rows import ABSENT, PRESENT
from desktop_app.store import Database

START = dt.date(2022, 12, 5)  # the first day of the activity of conftest.py


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


def test_registre_mark_survives_libreoffice(db: Database, tmp_path: Path, activity_id: int) -> None:
    """Registre's printed sheet saved again by LibreOffice (as .ods or .xlsx) is still known as
    Registre's: the pre-filled person who did not sign did not come."""
    check_in_all(db, activity_id, [
        ("GUIDIMEY", "Célestin", "M", 1970, "expert", [START]),
        ("DIALLO", "Aïssata", "F", 1995, "participant", [START]),
    ])  # fmt: skip
    source = printed_and_filled(
        db, activity_id, START + dt.timedelta(days=1), tmp_path / "jour2.xlsx", "fr",
        {"GUIDIMEY": "signé"}, [],
    )  # fmt: skip
    for kind, path in convert(source, ("ods", "xlsx"), tmp_path).items():
        mark = read_mark(path)
        assert mark is not None and mark.prefilled == 2, kind
        preview = preview_file(db, path, activity_id)
        absent = {r.row.person.family_name: r.row.attendance for r in preview.rows if r.row.person}
        assert absent == {"DIALLO": ABSENT, "GUIDIMEY": PRESENT}, kind
