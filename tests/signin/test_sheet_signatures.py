"""How a sheet's signatures decide its presences: marks on some rows set the others apart, an
empty column counts everyone, "absent" written in the cell is an absence whatever is chosen."""

from __future__ import annotations

from pathlib import Path

from sheet_fixtures import preview_file, write_xlsx

from desktop_app.signin import Choices, summary, tally
from desktop_app.signin.rows import MARKED_ABSENT, PRESENT, UNSIGNED
from desktop_app.store import Database

HEADER = ("N°", "Nom", "Prénom", "Sexe", "Émargement")


def test_absent_written_in_the_cell_is_never_counted(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [HEADER, (1, "ISSA", "Mariama", "F", "signé"), (2, "SANI", "Ibrahim", "M", "absent"),
            (3, "KANE", "Fatou", "F", None), (4, "ALI", "Moussa", "M", "non")]  # fmt: skip
    path = write_xlsx(tmp_path / "absents.xlsx", {"Feuil1": rows})
    preview = preview_file(db, path, one_day_activity_id)
    states = [r.row.attendance for r in preview.rows]
    assert states == [PRESENT, MARKED_ABSENT, UNSIGNED, MARKED_ABSENT]
    assert tally(preview).presences == 1
    # Counting the unsigned rows counts KANE, who left her cell empty, not the two marked absent.
    assert tally(preview, Choices(unsigned_present=True)).presences == 2


def test_a_column_of_absences_and_blanks_is_a_used_column(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [HEADER, (1, "ISSA", "Mariama", "F", "absente"), (2, "SANI", "Ibrahim", "M", None)]
    path = write_xlsx(tmp_path / "absents.xlsx", {"Feuil1": rows})
    preview = preview_file(db, path, one_day_activity_id)
    assert [r.row.attendance for r in preview.rows] == [MARKED_ABSENT, UNSIGNED]
    lines = [line.render() for line in summary(preview)]
    assert "Sheet Feuil1: 1 rows without signature, counted absent." in lines


def test_an_empty_signature_column_counts_everyone_and_says_so(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    rows = [HEADER, (1, "ISSA", "Mariama", "F", None), (2, "SANI", "Ibrahim", "M", "-")]
    path = write_xlsx(tmp_path / "papier.xlsx", {"Feuil1": rows})
    preview = preview_file(db, path, one_day_activity_id)
    assert [r.row.attendance for r in preview.rows] == [PRESENT, PRESENT]
    assert tally(preview).presences == 2
    lines = [line.render() for line in summary(preview)]
    assert (
        "Sheet Feuil1: the signature column is empty on every row (a list typed from paper): "
        "every row counted present." in lines
    )
