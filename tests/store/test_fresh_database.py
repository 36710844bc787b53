"""Every test's database starts as the template, on either engine: one local site, the
vocabularies, no records, ids from 1. (On PostgreSQL copies are emptied and reused between
tests: tests/postgres/databases.py; each run below writes, so that a leak shows in the next.)"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.store import Database, vocabulary
from desktop_app.store.models import ActivityKind, AuditEntry, Organisation, Site, every_table


@pytest.mark.parametrize("run", range(4))
def test_each_test_gets_the_template_as_it_was(db: Database, run: int) -> None:
    with db.session() as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in every_table().sorted_tables
        }
        site = session.scalars(select(Site)).one()
    vocabularies = {"activity_kind", "person_category", "attendance_role", "site"}
    assert {name for name, count in counts.items() if count} == vocabularies
    assert counts["activity_kind"] == len(vocabulary.activity_kinds())  # no kind{run} left
    assert (site.code, site.is_local) == ("NE-NIA", True)
    assert db.site_code == "NE-NIA"
    with db.session() as session:
        organisation = Organisation(name=f"Organisation {run}")
        session.add(organisation)
        session.flush()
        assert organisation.id == 1
        session.add(ActivityKind(code=f"kind{run}", label_en="x", label_fr="x", gender_fr="m"))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) >= 1
