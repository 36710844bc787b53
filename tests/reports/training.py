"""A three-day training with named participants, a facilitation team and a head count (the
`training` fixture), and no test reading the user's real settings (registered by the root
conftest as a plugin, for every folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.store import Database
from tests.reports.report_samples import (
    DAYS,
    Training,
    add_activity,
    add_head_count,
    add_person,
    attend,
)


@pytest.fixture(autouse=True)
def own_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's real settings (organisation, logo, language) are never read by a test."""
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def training(db: Database) -> Training:
    activity = add_activity(
        db,
        title="Formation des médias sur le guide de reportage",
        kind="training",
        start=DAYS[0],
        end=DAYS[2],
        city="Bamako",
        country="ML",
        venue="École de maintien de la paix",
        office="ML-BKO",
        partner="Maison de la presse",
    )
    people = {
        "awa": add_person(
            db,
            "TRAORÉ",
            "Awa",
            sex="F",
            birth_year=1998,
            category="media",
            region="Bamako",
            organisation="ORTM",
            position="Journaliste",
            phone="+22376000001",
            email="awa@ortm.ml",
        ),
        "ibrahim": add_person(
            db, "DIARRA", "Ibrahim", sex="M", birth_year=1970, category="media", region="Kayes"
        ),
        "mariam": add_person(db, "KONÉ", "Mariam", sex="F", category="civil_society"),
        "x": add_person(db, "SANOGO", "", sex=None, birth_year=2001),
        "expert": add_person(db, "CHAPPUIS", "Fairlie", sex="F", organisation="DCAF"),
        "facilitator": add_person(db, "COULIBALY", "Moussa", sex="M"),
    }
    for day in DAYS:
        attend(db, activity, people["awa"], day, signed=True)
        attend(db, activity, people["expert"], day, role="expert", signed=True)
    for day in DAYS[:2]:
        attend(db, activity, people["ibrahim"], day, signed=day == DAYS[0])
    attend(db, activity, people["mariam"], DAYS[2])
    attend(db, activity, people["x"], DAYS[1])
    attend(db, activity, people["facilitator"], DAYS[0], role="facilitator")
    add_head_count(db, activity, 4, day=DAYS[0], women=1, youth=None, note="Auditeurs libres")
    return Training(activity, people)
