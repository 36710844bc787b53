"""Two offices built with the command line, consolidated at HQ in any order, then edited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.activities.counting import PeriodTotals, period_counts
from desktop_app.cli.main import main
from desktop_app.store import open_database
from desktop_app.store.models import Person
from desktop_app.sync.records import RECORD_TYPES, load_stored
from tests.sync.hq_builders import edit_person

COUNTED = ("activities", "participants", "women", "men", "person_days", "unnamed", "team")


def registre(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> str:
    assert main(["--db", str(database), *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out.strip()


def build_niamey(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    registre(capsys, db, "init", "--site", "NE-NIA", "--name", "Niamey", "--country", "NE")
    activity = registre(
        capsys, db, "activity", "add", "--title", "Restitution de l'évaluation",
        "--kind", "restitution", "--start", "2022-12-05", "--country", "NE",
        "--city", "Niamey", "--partner", "CDS",
    )  # fmt: skip
    for family, sex, role in (("ADAMOU", "F", "participant"), ("ISSA", "M", "participant"),
                              ("PADONOU", "M", "expert")):  # fmt: skip
        person = registre(capsys, db, "person", "add", "--family", family, "--sex", sex)
        registre(capsys, db, "checkin", "--activity", activity, "--person", person,
                 "--day", "2022-12-05", "--role", role)  # fmt: skip
    registre(capsys, db, "headcount", "--activity", activity, "--total", "20", "--women", "6")


def build_bamako(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    registre(capsys, db, "init", "--site", "ML-BKO", "--name", "Bamako", "--country", "ML")
    activity = registre(
        capsys, db, "activity", "add", "--title", "Formation des médias", "--kind", "training",
        "--start", "2022-12-05", "--end", "2022-12-06", "--country", "ML", "--city", "Bamako",
    )  # fmt: skip
    for family, sex in (("KEITA", "F"), ("TRAORE", "F")):
        person = registre(capsys, db, "person", "add", "--family", family, "--sex", sex)
        for day in ("2022-12-05", "2022-12-06"):
            registre(capsys, db, "checkin", "--activity", activity, "--person", person,
                     "--day", day)  # fmt: skip


def records(path: Path) -> dict[str, dict[str, Any]]:
    """Every travelling record: uuid -> (revision, content), database ids left out."""
    database = open_database(path)
    with database.engine.connect() as connection:
        found = {
            t.name: {u: (s.revision, s.content) for u, s in load_stored(connection, t).items()}
            for t in RECORD_TYPES
        }
    database.close()
    return found


def totals(path: Path) -> PeriodTotals:
    database = open_database(path)
    result = period_counts(database).totals
    database.close()
    return result


def person_uuid(path: Path, family: str) -> str:
    database = open_database(path)
    with database.session() as session:
        uuid = session.scalars(select(Person.uuid).where(Person.family_name == family)).one()
    database.close()
    return uuid


def counts_of(output: str, file_name: str) -> dict[str, list[int]]:
    """The summary table the command printed for one file: record type -> six counts."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(file_name))
    table: dict[str, list[int]] = {}
    for line in lines[start + 2 :]:
        if not line.startswith("  ") or line.startswith("  invalid"):
            break
        *name, new, updated, unchanged, older, conflicts, invalid = line.split()
        table[" ".join(name)] = [
            int(v) for v in (new, updated, unchanged, older, conflicts, invalid)
        ]
    return table


def test_two_offices_consolidate_at_hq_in_any_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    niamey, bamako = tmp_path / "niamey.db", tmp_path / "bamako.db"
    build_niamey(capsys, niamey)
    build_bamako(capsys, bamako)
    n1, b1 = tmp_path / "niamey-1.xlsx", tmp_path / "bamako-1.xlsx"
    registre(capsys, niamey, "export", "--out", str(n1))
    registre(capsys, bamako, "export", "--out", str(b1), "--language", "en")

    hq_paths = []
    for name, order in (("hq-a.db", (n1, b1)), ("hq-b.db", (b1, n1))):
        hq = tmp_path / name
        registre(capsys, hq, "init", "--site", "HQ-GVA", "--name", "Genève", "--country", "CH")
        dry = registre(capsys, hq, "import", "--dry-run", *map(str, order))
        assert "Dry run: 16 changes found, nothing was changed." in dry
        first = registre(capsys, hq, "import", *map(str, order))
        assert "Applied: 16 changes." in first
        again = registre(capsys, hq, "import", *map(str, order))
        assert "Nothing to change" in again and "already imported" in again
        hq_paths.append(hq)
    assert records(hq_paths[0]) == records(hq_paths[1])

    office_totals = [totals(niamey), totals(bamako)]
    hq_totals = totals(hq_paths[0])
    for name in COUNTED:
        assert getattr(hq_totals, name) == sum(getattr(t, name) for t in office_totals), name
    assert hq_totals.participants == 2 + 20 + 2 and hq_totals.women == 1 + 6 + 2

    # Edits on both sides, then a second round of exports.
    hq = hq_paths[0]
    with_hq = open_database(hq)
    edit_person(with_hq, person_uuid(hq, "ISSA"), position="Commissaire (HQ)")
    with_hq.close()
    for path, family, values in (
        (niamey, "ISSA", {"position": "Commissaire"}),  # both sides: a conflict
        (niamey, "ADAMOU", {"given_names": "Mariama"}),  # office only: an update
        (bamako, "TRAORE", {"deleted": True}),  # a deletion travels as an update
    ):
        database = open_database(path)
        edit_person(database, person_uuid(path, family), **values)
        database.close()
    n2, b2 = tmp_path / "niamey-2.xlsx", tmp_path / "bamako-2.xlsx"
    registre(capsys, niamey, "export", "--out", str(n2))  # changes only
    registre(capsys, bamako, "export", "--out", str(b2), "--full")
    output = registre(capsys, hq, "import", str(b2), str(n2))
    assert counts_of(output, "niamey-2.xlsx") == {
        "organisations": [0, 0, 0, 0, 0, 0],
        "activities": [0, 0, 0, 0, 0, 0],
        "persons": [0, 1, 0, 0, 1, 0],
        "attendance": [0, 0, 0, 0, 0, 0],
        "head counts": [0, 0, 0, 0, 0, 0],
        "total": [0, 1, 0, 0, 1, 0],
    }
    assert counts_of(output, "bamako-2.xlsx") == {
        "organisations": [0, 0, 0, 0, 0, 0],
        "activities": [0, 0, 1, 0, 0, 0],
        "persons": [0, 1, 1, 0, 0, 0],
        "attendance": [0, 0, 4, 0, 0, 0],
        "head counts": [0, 0, 0, 0, 0, 0],
        "total": [0, 1, 6, 0, 0, 0],
    }
    listing = registre(capsys, hq, "conflicts", "list")
    assert "ISSA" in listing and "Commissaire (HQ)" in listing and "NE-NIA" in listing
    assert "Nothing to change" in registre(capsys, hq, "import", str(n2), str(b2))

    # HQ's consolidated workbook teaches Bamako the persons known in Niamey
    consolidated = tmp_path / "hq-full.xlsx"
    registre(capsys, hq, "export", "--out", str(consolidated), "--full")
    learned = registre(capsys, bamako, "import", str(consolidated))
    table = counts_of(learned, "hq-full.xlsx")
    assert table["persons"][:3] == [3, 0, 2]  # Niamey's three new, Bamako's own two unchanged
    assert table["total"][4:] == [0, 0]
    assert "ADAMOU" in registre(capsys, bamako, "person", "find", "adamou")
