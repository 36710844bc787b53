"""A 50,000-row sheet is read and previewed with progress; a large import reports progress
too. (The full 50,000-row import is timed by bench/bench_sheets.py.)"""

from __future__ import annotations

from pathlib import Path

from sheet_fixtures import Rows, write_fast_xlsx

from desktop_app.signin import (
    NEW,
    SheetChoice,
    apply_preview,
    load_sheets,
    preview_sheets,
)
from desktop_app.signin.layout import column_letter
from desktop_app.store import Database


def big_sheet(path: Path, count: int) -> Path:
    rows: Rows = [
        ("Liste des participants",),
        (),
        ("N°", "Nom", "Prénoms", "Sexe", "Âge", "Structure", "Signature"),
        *(
            # Names of letters: a name holding digits is no person (a count, a page number).
            (i + 1, f"NOM{column_letter(i)}", f"Prénom{column_letter(i % 97)}", "FM"[i % 2],
             20 + i % 50, f"Structure {i % 40}", "signé")
            for i in range(count)
        ),
    ]  # fmt: skip
    return write_fast_xlsx(path, "Liste", rows)


class Recorder:
    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def rose_to_the_end(self) -> bool:
        done = [d for d, _total in self.reports]
        return done == sorted(done) and self.reports[-1][0] == self.reports[-1][1]


def test_fifty_thousand_rows_read_and_previewed_with_progress(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    path = big_sheet(tmp_path / "big.xlsx", 50_000)
    reading = Recorder()
    loaded = load_sheets(db, path, progress=reading)
    assert len(reading.reports) > 50 and reading.rose_to_the_end()
    previewing = Recorder()
    choices = [SheetChoice(grid, layout) for grid, layout in loaded]
    preview = preview_sheets(db, one_day_activity_id, choices, progress=previewing)
    assert len(preview.rows) == 50_000 and preview.count(NEW) == 50_000
    assert preview.rows[-1].row.row == 50_003
    assert len(previewing.reports) > 100 and previewing.rose_to_the_end()


def test_large_import_reports_progress(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    path = big_sheet(tmp_path / "big.xlsx", 3_000)
    choices = [SheetChoice(grid, layout) for grid, layout in load_sheets(db, path)]
    preview = preview_sheets(db, one_day_activity_id, choices)
    writing = Recorder()
    result = apply_preview(db, preview, progress=writing)
    assert (result.persons_created, result.attendances_added) == (3_000, 3_000)
    assert result.organisations_created == 40
    assert len(writing.reports) == 7 and writing.rose_to_the_end()
