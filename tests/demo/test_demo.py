"""The demonstration data: the newsletter's figures, refused a second time, real records."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.activities.counting import period_counts
from desktop_app.demo.loading import load_demo
from desktop_app.messages import RegistreError
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.sites import local_site
from desktop_app.store import Database, open_database
from desktop_app.store.models import Attendance, AuditEntry


def test_figures_match_the_newsletter(db: Database) -> None:
    summary = load_demo(db)
    assert summary.site_created is None  # the database already had its site
    counts = {(a.kind, a.start_date.isoformat()): a for a in period_counts(db).activities}
    media = counts[("training", "2022-12-05")]
    assert (media.participants, media.women, media.team, media.day_count) == (22, 9, 3, 3)
    symposium = counts[("symposium", "2022-12-07")]
    assert (symposium.participants, symposium.women, symposium.unnamed) == (151, 51, 151)
    assert symposium.team == 1
    ccs = counts[("meeting", "2022-12-14")]
    assert (ccs.participants, ccs.women, ccs.youth, ccs.age_unknown) == (88, 23, 18, 0)
    assert round(100 * (ccs.youth_share or 0)) == 20
    seminar = counts[("seminar", "2023-01-17")]
    assert (seminar.participants, seminar.women) == (68, 14)
    assert len(counts) == len(summary.activity_ids) == 6
    assert [r.display_name for r in search_persons(db, "celestin guid")] == ["Célestin GUIDIMEY"]
    assert [r.display_name for r in search_persons(db, "chappuis")] == ["Fairlie CHAPPUIS"]


def test_second_load_is_refused_and_changes_nothing(db: Database) -> None:
    load_demo(db)
    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(Attendance))
    with pytest.raises(RegistreError, match="already in this database"):
        load_demo(db)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == before


def test_a_new_database_gets_a_site_and_an_audit_trail(tmp_path: Path) -> None:
    database = open_database(tmp_path / "demo.db")
    try:
        summary = load_demo(database)
        assert summary.site_created is not None
        assert local_site(database) == summary.site_created
        with database.session() as session:
            entry = session.scalars(
                select(AuditEntry).where(AuditEntry.table_name == "attendance").limit(1)
            ).one()
            assert entry.action == "create" and entry.site_code == "ML-BKO"
            assert entry.changes["person_id"][1] is not None
    finally:
        database.close()
