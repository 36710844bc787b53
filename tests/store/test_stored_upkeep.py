"""Revision 0005 brings what was stored before the field rules in line: this site's names in
the registry's style and its texts without control characters, as audited changes that travel;
the records of other sites are left to them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from desktop_app.store import open_database
from desktop_app.store.migrations import alembic_config
from desktop_app.store.models import AuditEntry, Person, Site
from desktop_app.sync.export import export_workbook

NOW = "2024-03-01 10:00:00.000000"
COLUMNS = (
    "uuid, origin_site, revision, changed_at, changed_by_site, synced_revision, deleted, "
    "family_name, given_names, consent_contact, search_text"
)


def _database_at_0003(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO site (code, name, country, is_local) VALUES ('NE-NIA', 'Niamey', 'NE', 1)"
        )
        connection.execute(  # an export was made: the next one sends what changed since
            "INSERT INTO export_log (export_uuid, exported_at, mode, row_counts) "
            f"VALUES ('{'e' * 32}', '{NOW}', 'full', '{{}}')"
        )
        rows = [
            ("a" * 32, "NE-NIA", 3, "n'diaye", "aïssatou\x07", "n diaye aissatou"),
            ("b" * 32, "NE-NIA", 1, "GUIDIMEY", "Célestin", "guidimey celestin"),
            ("c" * 32, "ML-BKO", 2, "traoré", "awa", "traore awa"),
            ("d" * 32, "NE-NIA", 1, "ould\x1b[31m abdallah", "mohamed", "ould abdallah"),
        ]
        connection.executemany(
            f"INSERT INTO person ({COLUMNS}) VALUES (?, ?, ?, '{NOW}', ?, ?, 0, ?, ?, 0, ?)",
            [
                (u, site, rev, site, rev, family, given, text)
                for u, site, rev, family, given, text in rows
            ],
        )
    connection.close()


@pytest.mark.sqlite_only  # builds a file at an older revision
def test_migration_restyles_this_sites_names_as_changes_that_travel(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    _database_at_0003(path)
    database = open_database(path)
    try:
        with database.session() as session:
            persons = {p.uuid[0]: p for p in session.scalars(select(Person))}
            audit = {
                entry.record_uuid[0]: entry
                for entry in session.scalars(
                    select(AuditEntry).where(AuditEntry.action == "restyle")
                )
            }
            site = session.scalars(select(Site).where(Site.is_local)).one()
            assert site.install_id is not None and len(site.install_id) == 32
            assert (persons["a"].family_name, persons["a"].given_names) == ("N'DIAYE", "Aïssatou")
            assert (persons["a"].revision, persons["a"].changed_by_site) == (4, "NE-NIA")
            assert persons["d"].family_name == "ould ABDALLAH"
            assert persons["d"].revision == 2
            # Already in style: untouched. Another office's record: left to that office.
            assert (persons["b"].revision, persons["c"].revision) == (1, 2)
            assert persons["c"].family_name == "traoré"
            assert set(audit) == {"a", "d"}
            assert audit["a"].changes == {
                "family_name": ["n'diaye", "N'DIAYE"],
                "given_names": ["aïssatou\x07", "Aïssatou"],
            }
            assert audit["a"].revision == 4 and audit["a"].site_code == "NE-NIA"
        # The fixes travel: revision above the one last sent.
        sent = export_workbook(database, tmp_path / "niamey.xlsx", language="en")
        assert sent.row_counts["person"] == 2
    finally:
        database.close()
